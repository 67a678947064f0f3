/** What each feed holds: entries by unit, plan, occasion or all plans, inside a date window. */
import type { StoredEntry } from "../calendar/events.ts";
import type { Occasion } from "../reader/types.ts";
import { slugify } from "../text/normalize.ts";
import type { Db } from "./db.ts";

export interface DateWindow {
  /** `YYYY-MM-DD`, inclusive; null: from the first item. */
  from: string | null;
  /** `YYYY-MM-DD`, inclusive; null: to the last item. */
  to: string | null;
}

const ENTRY_FIELDS = {
  uid: true, planId: true, role: true, kind: true, start: true, end: true, rrule: true, summary: true, description: true,
  tentative: true, provisional: true, sequence: true, modifiedAt: true, task: { select: { key: true } },
} as const;

/** An item overlaps the window: it ends on or after its first day and starts before the day after its last. */
function inWindow(window: DateWindow, dayAfter: string | null) {
  return { ...(window.from ? { end: { gte: window.from } } : {}), ...(dayAfter ? { start: { lt: dayAfter } } : {}) };
}

type Row = Omit<StoredEntry, "taskKey"> & { task: { key: string } };

function toStored(rows: Row[]): StoredEntry[] {
  return rows.map(({ task, ...row }) => ({ ...row, taskKey: task.key }));
}

const ORDER = [{ start: "asc" as const }, { uid: "asc" as const }];

export async function unitFeedEntries(db: Db, unitId: string, roles: string[] | null, window: DateWindow, dayAfter: string | null): Promise<StoredEntry[]> {
  const rows = await db.entry.findMany({
    where: { unitId, ...(roles ? { role: { in: roles } } : {}), ...inWindow(window, dayAfter) },
    orderBy: ORDER,
    select: ENTRY_FIELDS,
  });
  return toStored(rows);
}

/** Plan-wide events (one per task item) of the given plans, or of every plan. */
export async function planFeedEntries(db: Db, planIds: string[] | null, window: DateWindow, dayAfter: string | null): Promise<StoredEntry[]> {
  const rows = await db.entry.findMany({
    where: { unitId: null, ...(planIds ? { planId: { in: planIds } } : {}), ...inWindow(window, dayAfter) },
    orderBy: ORDER,
    select: ENTRY_FIELDS,
  });
  return toStored(rows);
}

/** Windows around an occasion in plans that are not about it (seed 003's five occasions). */
export async function anchoredEntries(db: Db, anchor: string, excludePlans: string[], window: DateWindow, dayAfter: string | null): Promise<StoredEntry[]> {
  const rows = await db.entry.findMany({
    where: { unitId: null, anchor, planId: { notIn: excludePlans }, ...inWindow(window, dayAfter) },
    orderBy: ORDER,
    select: ENTRY_FIELDS,
  });
  return toStored(rows);
}

export interface StoredOccasion extends Omit<Occasion, "main"> {
  slug: string;
  /** Plans that celebrate it (it is among their occasions); main first. */
  plans: Array<{ id: string; number: string | null; title: string; main: boolean }>;
}

/** `2024-10-29-ngay-giai-phong-huyen-phong-tho`: the date keeps two anniversaries of one name apart. */
export function occasionSlug(occasion: Pick<Occasion, "name" | "date">): string {
  return `${occasion.date}-${slugify(occasion.name)}`.slice(0, 96).replace(/-+$/, "");
}

export async function listOccasions(db: Db): Promise<StoredOccasion[]> {
  const plans = await db.plan.findMany({ select: { id: true, number: true, title: true, occasionsJson: true }, orderBy: { createdAt: "asc" } });
  const bySlug = new Map<string, StoredOccasion>();
  for (const plan of plans) {
    for (const occasion of JSON.parse(plan.occasionsJson) as Occasion[]) {
      const slug = occasionSlug(occasion);
      let stored = bySlug.get(slug);
      if (!stored) {
        const { main: _main, ...described } = occasion;
        stored = { ...described, slug, plans: [] };
        bySlug.set(slug, stored);
      }
      stored.plans.push({ id: plan.id, number: plan.number, title: plan.title, main: occasion.main });
    }
  }
  return [...bySlug.values()].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
}
