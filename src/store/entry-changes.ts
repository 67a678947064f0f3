/**
 * The log of entry changes that sync tokens count in (`/api/schedule?syncToken=`): every
 * created, changed or removed calendar entry, in order. Kept for a retention period; a token
 * older than that is expired and the client syncs again from scratch.
 */
import { chunks } from "./chunks.ts";
import type { Db } from "./db.ts";

export const SYNC_RETENTION_DAYS = 90;

export interface EntryChangeRow {
  uid: string;
  unitId: string | null;
  removed: boolean;
}

export function entryChangeWrites(db: Db, planId: string, at: Date, rows: EntryChangeRow[]) {
  return chunks(rows, 200).map((part) => db.entryChange.createMany({ data: part.map((row) => ({ ...row, planId, at })) }));
}

export function pruneEntryChanges(db: Db, now: Date) {
  return db.entryChange.deleteMany({ where: { at: { lt: new Date(now.getTime() - SYNC_RETENTION_DAYS * 86_400_000) } } });
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
