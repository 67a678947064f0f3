/**
 * A counter per database that every write through the store moves on: what a rendered feed
 * was made from is still current while the counter has not moved. One process per
 * database file (the Node default); a Worker reads and renders on every request instead.
 */
import type { Db } from "./db.ts";

const generations = new WeakMap<object, number>();

export function noteChange(db: Db): void {
  generations.set(db, (generations.get(db) ?? 0) + 1);
}

/** A client opened again on the same database goes on from the old one's counter: nothing cached before matches after. */
export function carryGeneration(from: Db, to: Db): void {
  generations.set(to, dataGeneration(from) + 1);
}

export function dataGeneration(db: Db): number {
  return generations.get(db) ?? 0;
}

/**
 * Writes by other processes on the same SQLite file (`lich import` while the server runs):
 * SQLite's `data_version` moves when another connection commits. Polled, so a cache is at most
 * `intervalMs` behind another writer (its own writes are noted at once). Returns the stopper.
 */
export function watchOtherWriters(db: Db, intervalMs = 1000): () => void {
  let last: bigint | number | null = null;
  const poll = () =>
    db.$queryRawUnsafe<Array<{ data_version: bigint | number }>>("PRAGMA data_version")
      .then((rows) => {
        const version = rows[0]?.data_version ?? null;
        if (last !== null && version !== last) noteChange(db);
        last = version;
      })
      .catch(() => undefined);
  void poll();
  const timer = setInterval(poll, intervalMs);
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}
