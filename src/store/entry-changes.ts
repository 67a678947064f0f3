/**
 * The log of entry changes that sync tokens count in (`/api/schedule?syncToken=`): every
 * created, changed or removed calendar entry, in order. Kept for a retention period; a token
 * older than that is expired and the client syncs again from scratch.
 */
import type { Db } from "./db.ts";
import { insertRows, sqlBool, sqlTime, type Statement } from "./statements.ts";

export const SYNC_RETENTION_DAYS = 90;

export interface EntryChangeRow {
  uid: string;
  unitId: string | null;
  removed: boolean;
}

export function entryChangeStatements(planId: string, at: Date, rows: EntryChangeRow[]): Statement[] {
  const time = sqlTime(at);
  return insertRows("EntryChange", ["uid", "planId", "unitId", "removed", "at"], rows.map((row) => [row.uid, planId, row.unitId, sqlBool(row.removed), time]));
}

export function pruneEntryChanges(now: Date): Statement {
  return { sql: 'DELETE FROM "EntryChange" WHERE "at" < ?', args: [sqlTime(new Date(now.getTime() - SYNC_RETENTION_DAYS * 86_400_000))] };
}

/** The newest sequence number, 0 when nothing was ever logged. */
export async function latestChange(db: Db): Promise<number> {
  const row = await db.entryChange.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return row?.seq ?? 0;
}

/** The oldest sequence number still kept; null when the log is empty. */
export async function oldestChange(db: Db): Promise<number | null> {
  const row = await db.entryChange.findFirst({ orderBy: { seq: "asc" }, select: { seq: true } });
  return row?.seq ?? null;
}

/** Changes after `seq`, oldest first, for one unit's entries or for the plan-wide ones. */
export async function changesAfter(db: Db, seq: number, where: { planIds: string[] | null; unitId: string | null }, limit: number) {
  return db.entryChange.findMany({
    where: { seq: { gt: seq }, unitId: where.unitId, ...(where.planIds ? { planId: { in: where.planIds } } : {}) },
    orderBy: { seq: "asc" },
    take: limit,
    select: { seq: true, uid: true, removed: true },
  });
}
