/**
 * The schedule as other services query it: the dated entries of one unit (its feed's events)
 * or the plan-wide ones, filtered and paged in a stable order (start, then uid).
 */
import type { Prisma } from "../generated/prisma/client.ts";
import { addDays } from "../timing/dates.ts";
import { chunks } from "./chunks.ts";
import type { Db } from "./db.ts";

export type ScheduleStatus = "done" | "open" | "overdue";

export interface ScheduleFilter {
  /** Plans to keep (a plan, an occasion's plans); null for every plan. */
  planIds: string[] | null;
  /** A unit's entries; null for the plan-wide entries. */
  unitId: string | null;
  from: string | null;
  to: string | null;
  kinds: string[] | null;
  roles: string[] | null;
  status: ScheduleStatus | null;
  /** Today in Vietnam, for `overdue`. */
  today: string;
}

/** Every entry of some plans (the plan-wide ones) or of one unit, whatever its dates, kind or role. */
export function everyEntry(scope: { planIds: string[] } | { unitId: string }, today: string, status: ScheduleStatus | null = null): ScheduleFilter {
  return { planIds: "planIds" in scope ? scope.planIds : null, unitId: "unitId" in scope ? scope.unitId : null, from: null, to: null, kinds: null, roles: null, status, today };
}

const INCLUDE = {
  plan: { select: { id: true, number: true, title: true } },
  unit: { select: { slug: true, name: true } },
  task: { select: { key: true, title: true, correctionJson: true, units: { select: { role: true, unit: { select: { slug: true, name: true } } } } } },
} as const;

export type ScheduleRow = Prisma.EntryGetPayload<{ include: typeof INCLUDE }>;

function whereOf(filter: ScheduleFilter): Prisma.EntryWhereInput {
  const and: Prisma.EntryWhereInput[] = [{ unitId: filter.unitId }];
  if (filter.planIds) and.push({ planId: { in: filter.planIds } });
  if (filter.kinds) and.push({ kind: { in: filter.kinds } });
  if (filter.roles) and.push(filter.unitId ? { role: { in: filter.roles } } : { task: { units: { some: { role: { in: filter.roles } } } } });
  if (filter.from) and.push({ end: { gte: filter.from } });
  if (filter.to) and.push({ start: { lt: addDays(filter.to, 1) } });
  if (filter.status === "done") and.push({ done: true });
  if (filter.status === "open") and.push({ done: false });
  if (filter.status === "overdue") and.push({ done: false, kind: { not: "recurring" }, end: { lt: filter.today } });
  return { AND: and };
}

/** One page after `after` (the last entry of the page before); `limit + 1` rows tell whether more follow. */
export async function schedulePage(db: Db, filter: ScheduleFilter, after: { start: string; uid: string } | null, limit: number): Promise<ScheduleRow[]> {
  const where = whereOf(filter);
  return db.entry.findMany({
    where: after ? { AND: [where, { OR: [{ start: { gt: after.start } }, { start: after.start, uid: { gt: after.uid } }] }] } : where,
    orderBy: [{ start: "asc" }, { uid: "asc" }],
    take: limit + 1,
    include: INCLUDE,
  });
}

/** Of these uids, the entries that still exist and pass the filter. */
export async function scheduleEntriesByUid(db: Db, filter: ScheduleFilter, uids: string[]): Promise<ScheduleRow[]> {
  const where = whereOf(filter);
  const parts = await Promise.all(chunks(uids).map((part) => db.entry.findMany({ where: { AND: [where, { uid: { in: part } }] }, include: INCLUDE })));
  return parts.flat().sort((a, b) => (a.start === b.start ? (a.uid < b.uid ? -1 : 1) : a.start < b.start ? -1 : 1));
}

/** Plan ids, to tell a filter by plan from a plan that does not exist. */
export async function planExists(db: Db, id: string): Promise<boolean> {
  return (await db.plan.findUnique({ where: { id }, select: { id: true } })) !== null;
}
