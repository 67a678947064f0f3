import type { Db } from "./db.ts";

export async function listUnits(db: Db) {
  return db.unit.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, aliasesJson: true, collective: true, _count: { select: { entries: true, tasks: true } } },
  });
}

export async function findUnit(db: Db, slug: string) {
  return db.unit.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, aliasesJson: true, collective: true } });
}

/** The unit's entries with their plan, in date order: the content of its feed. */
export async function unitEntries(db: Db, unitId: string) {
  return db.entry.findMany({
    where: { unitId },
    orderBy: [{ start: "asc" }, { uid: "asc" }],
    include: { plan: { select: { number: true, title: true } } },
  });
}
