/**
 * The ceremony date organizers set where the document left it vague (`Dự kiến tháng
 * 5/2023`): the ceremony and its own task move to it, and every phrase anchored on the
 * ceremony (`trước Lễ kỷ niệm 05 ngày`) is resolved against it.
 */
import { addDays, isIsoDate, isPlausibleDay, localDateTime } from "../timing/dates.ts";
import type { Resolution, TimingItem } from "../timing/types.ts";
import type { Ceremony } from "./types.ts";

export interface CeremonyOverride {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (Asia/Ho_Chi_Minh). */
  start: string;
  /** Same form as `start`; by default the programme's length (or two hours) after a timed start. */
  end?: string | null;
  location?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const DEFAULT_MINUTES = 120;

/** What is wrong with an override, in Vietnamese, or null when it can be used. */
export function checkCeremonyOverride(input: unknown): { ok: true; value: CeremonyOverride } | { ok: false; message: string } {
  if (typeof input !== "object" || input === null) return { ok: false, message: "Cần một đối tượng JSON, ví dụ {\"start\": \"2023-05-19T07:30\"}." };
  const { start, end, location } = input as Record<string, unknown>;
  if (typeof start !== "string" || !isMoment(start)) return { ok: false, message: "\"start\" phải là một ngày có thật từ năm 1900 đến 2100, dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM (giờ Việt Nam)." };
  if (end !== undefined && end !== null && (typeof end !== "string" || !isMoment(end) || DATE.test(end) !== DATE.test(start) || end < start)) {
    return { ok: false, message: "\"end\" phải cùng dạng với \"start\" và không sớm hơn \"start\"." };
  }
  if (location !== undefined && location !== null && (typeof location !== "string" || location.length > 300)) {
    return { ok: false, message: "\"location\" phải là chuỗi (tối đa 300 ký tự)." };
  }
  return { ok: true, value: { start, end: (end as string | null | undefined) ?? null, location: (location as string | null | undefined) ?? null } };
}

function isMoment(value: string): boolean {
  const time = DATE_TIME.exec(value);
  const day = time ? time[1]! : value;
  return isIsoDate(day) && isPlausibleDay(day) && (!time || (Number(time[2]) < 24 && Number(time[3]) < 60));
}

/** The override's item: a timed event, or the day(s) when no time is given. */
export function overrideItem(override: CeremonyOverride, durationMinutes?: number): TimingItem {
  const start = DATE_TIME.exec(override.start);
  if (!start) return { kind: "span", start: override.start, end: override.end ?? override.start, role: "main", rule: "ceremony-set" };
  const [, day, hour, minute] = start;
  const end = override.end ? DATE_TIME.exec(override.end) : null;
  if (end) return { kind: "timed", start: localDateTime(day!, Number(hour), Number(minute)), end: localDateTime(end[1]!, Number(end[2]), Number(end[3])), rule: "ceremony-set" };
  const finish = Number(hour) * 60 + Number(minute) + (durationMinutes && durationMinutes > 0 ? durationMinutes : DEFAULT_MINUTES);
  const endDay = finish >= 24 * 60 ? addDays(day!, 1) : day!;
  const endMinutes = finish % (24 * 60);
  return { kind: "timed", start: localDateTime(day!, Number(hour), Number(minute)), end: localDateTime(endDay, Math.floor(endMinutes / 60), endMinutes % 60), rule: "ceremony-set" };
}

export function overrideCeremony(read: Ceremony | null, override: CeremonyOverride): Ceremony {
  return {
    name: read?.name ?? "Lễ kỷ niệm",
    start: override.start,
    end: override.end ?? override.start,
    tentative: false,
    location: override.location ?? read?.location ?? null,
    participants: read?.participants ?? null,
    ...(read?.durationMinutes ? { durationMinutes: read.durationMinutes } : {}),
    ...(read?.programme ? { programme: read.programme } : {}),
  };
}

/** The ceremony task's own timing, moved to the set date; the phrase as written is kept. */
export function overrideResolution(read: Resolution, override: CeremonyOverride): Resolution {
  return {
    ...read,
    items: [overrideItem(override, read.durationMinutes)],
    tentative: false,
    unresolved: null,
    notes: [...read.notes, "Ngày giờ do ban tổ chức đặt, thay cho thời gian ghi trong kế hoạch."],
  };
}
