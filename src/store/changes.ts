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

export function dataGeneration(db: Db): number {
  return generations.get(db) ?? 0;
}
