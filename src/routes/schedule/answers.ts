/**
 * The schedule's answers, shared by the API and the pages: an entry as the contract gives
 * it, a plan's undated tasks, its countdown.
 */
import type { z } from "@hono/zod-openapi";
import { addDays, toDayNumber, vietnamDay } from "../../timing/dates.ts";
import { planCeremony, planTasksTiming } from "../../store/plans.ts";
import { everyEntry, schedulePage, type ScheduleRow } from "../../store/schedule.ts";
import type { Db } from "../../store/db.ts";
import type { Resolution } from "../../timing/types.ts";
import { daysWords } from "../pages/format.ts";
import type { CountdownSchema, ScheduleEntrySchema, UnresolvedSchema } from "./schemas.ts";

export type Entry = z.infer<typeof ScheduleEntrySchema>;
export type Countdown = z.infer<typeof CountdownSchema>;
export type Unresolved = z.infer<typeof UnresolvedSchema>["unresolved"];

export function entryOf(row: ScheduleRow, origin: string): Entry {
  return {
    uid: row.uid,
    removed: false,
    plan: row.plan,
    task: { key: row.task.key, title: row.task.title, url: taskUrl(origin, row.planId, row.task.key) },
    unit: row.unit,
    role: row.role as Entry["role"],
    units: row.task.units.map(({ role, unit }) => ({ slug: unit.slug, name: unit.name, role: role as Entry["units"][number]["role"] })),
    kind: row.kind as Entry["kind"],
    itemRole: row.itemRole as Entry["itemRole"],
    start: row.start,
    end: row.end,
    allDay: !row.start.includes("T"),
    rrule: row.rrule,
    tentative: row.tentative,
    provisional: row.provisional,
    assumedDay: row.assumed,
    done: row.done,
    corrected: row.task.correctionJson !== null,
    phrase: row.phrase,
    sequence: row.sequence,
    updatedAt: row.modifiedAt.toISOString(),
  };
}

export function taskUrl(origin: string, planId: string, key: string): string {
  return `${origin}/plans/${encodeURIComponent(planId)}/tasks/${encodeURIComponent(key)}`;
}

const NO_TIMING = "Văn bản không ghi thời gian cho nhiệm vụ này.";

export async function unresolvedOf(db: Db, planId: string, origin: string): Promise<Unresolved> {
  const tasks = await planTasksTiming(db, planId);
  type Row = z.infer<typeof UnresolvedSchema>["unresolved"][number];
  return tasks.flatMap((task): Row[] => {
    const ref = { key: task.key, title: task.title, url: taskUrl(origin, planId, task.key) };
    const lines: [number, number] = [task.lineFrom, task.lineTo];
    const timing = JSON.parse(task.timingJson) as Resolution[];
    if (timing.length === 0) return [{ task: ref, phrase: null, reason: "no-timing", text: NO_TIMING, lines }];
    return timing
      .filter((r) => r.items.length === 0)
      .map((r) => ({ task: ref, phrase: r.phrase, reason: r.unresolved?.reason ?? "no-date", text: r.unresolved?.text ?? (r.notes.join(" ") || "Chưa xác định được ngày."), lines }));
  });
}

export async function countdownOf(db: Db, planId: string, now: Date, origin: string): Promise<Countdown> {
  const { ceremony, set } = await planCeremony(db, planId);
  const today = vietnamDay(now);
  const start = ceremony?.start && /^\d{4}-\d{2}-\d{2}/.test(ceremony.start) ? ceremony.start : null;
  let days: number | null = null;
  let hours: number | null = null;
  let minutes: number | null = null;
  if (start) {
    days = toDayNumber(start.slice(0, 10)) - toDayNumber(today);
    const instant = Date.parse(`${start.slice(0, 10)}T${start.length > 10 ? start.slice(11, 16) : "00:00"}:00+07:00`);
    const ms = instant - now.getTime();
    hours = Math.trunc(ms / 3_600_000);
    minutes = Math.trunc(ms / 60_000);
  }
  const rows = await schedulePage(db, everyEntry({ planIds: [planId] }, today, "open"), null, 5000);
  const item = (row: ScheduleRow) => ({ uid: row.uid, task: { key: row.task.key, title: row.task.title, url: taskUrl(origin, planId, row.task.key) }, kind: row.kind as Entry["kind"], start: row.start, end: row.end, phrase: row.phrase });
  const endDay = (row: ScheduleRow) => row.end.slice(0, 10);
  const dueWithin = (n: number) => rows.filter((row) => row.kind !== "recurring" && endDay(row) >= today && endDay(row) <= addDays(today, n)).map(item);
  return {
    now: now.toISOString(),
    ceremony: ceremony ? { name: ceremony.name, start: ceremony.start, end: ceremony.end, location: ceremony.location, tentative: ceremony.tentative, source: set ? "organizers" : "document" } : null,
    days,
    hours,
    minutes,
    text: countdownText(days, ceremony !== null),
    dueIn7Days: dueWithin(7),
    dueIn30Days: dueWithin(30),
    overdue: rows.filter((row) => row.kind !== "recurring" && endDay(row) < today).map(item),
    unresolved: await unresolvedOf(db, planId, origin),
  };
}

export function countdownText(days: number | null, hasCeremony: boolean): string {
  if (!hasCeremony) return "Kế hoạch không có lễ chính.";
  if (days === null) return "Lễ chưa có ngày cụ thể.";
  return daysWords(days);
}
