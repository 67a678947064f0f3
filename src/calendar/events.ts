import { ROLE_LABELS } from "../schedule/build.ts";
import type { UnitRole } from "../reader/types.ts";
import type { ItemKind } from "../timing/types.ts";
import type { FeedEvent } from "./render.ts";

const KIND_LABELS: Record<ItemKind, string> = {
  span: "Thời gian thực hiện",
  deadline: "Hạn hoàn thành",
  timed: "Sự kiện",
  recurring: "Định kỳ",
  window: "Cao điểm quanh ngày kỷ niệm",
};

/** An entry as the store returns it, with where its task lives. */
export type StoredEntry = Omit<FeedEvent, "kind" | "modifiedAt" | "categories" | "url" | "alarmMinutes"> & {
  kind: string;
  provisional: boolean;
  role: string;
  modifiedAt: Date;
  planId: string;
  taskKey: string;
};

export interface EventOptions {
  /** Where task pages live (`https://lich.example`); no links without it. */
  origin: string | null;
  /** Reminder before deadlines and timed events; null for none. */
  alarmMinutes: number | null;
}

export function taskPageUrl(origin: string, planId: string, taskKey: string): string {
  return `${origin}/plans/${encodeURIComponent(planId)}/tasks/${encodeURIComponent(taskKey)}`;
}

/** Stored entries → what the renderer needs. */
export function feedEvents(entries: StoredEntry[], options: EventOptions): FeedEvent[] {
  return entries.map((e) => {
    const kind = e.kind as ItemKind;
    const url = options.origin ? taskPageUrl(options.origin, e.planId, e.taskKey) : null;
    const categories = [
      ...(e.role in ROLE_LABELS ? [ROLE_LABELS[e.role as UnitRole]] : []),
      KIND_LABELS[kind] ?? e.kind,
      ...(e.tentative ? ["Dự kiến"] : []),
      ...(e.provisional ? ["Ngày tạm tính"] : []),
    ];
    return {
      uid: e.uid,
      kind,
      start: e.start,
      end: e.end,
      rrule: e.rrule,
      summary: e.summary,
      description: url ? `${e.description}\n\nChi tiết: ${url}` : e.description,
      tentative: e.tentative,
      sequence: e.sequence,
      modifiedAt: e.modifiedAt.toISOString(),
      categories,
      url,
      alarmMinutes: options.alarmMinutes !== null && (kind === "deadline" || kind === "timed") ? options.alarmMinutes : null,
    };
  });
}
