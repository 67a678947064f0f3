/** The unit registry: units with their aliases, and the corrections people make to it. */
import type { UnitCorrections } from "../units/corrections.ts";
import { stableHash } from "../text/hash.ts";
import { auditStatement, type AuditInput } from "./audit.ts";
import { noteChange } from "./changes.ts";
import { entryChangeStatements } from "./entry-changes.ts";
import { insertOne, insertRows, jsonChunks, runAtomically, sqlTime, updateOne } from "./statements.ts";
import type { Db } from "./db.ts";

export function unitId(slug: string): string {
  return `u_${stableHash(slug)}`;
}

export async function listUnits(db: Db) {
  return db.unit.findMany({
    orderBy: [{ collective: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, scope: true, aliasesJson: true, collective: true, _count: { select: { entries: true, tasks: true } } },
  });
}

export async function findUnit(db: Db, slug: string) {
  return db.unit.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, scope: true, aliasesJson: true, collective: true } });
}

/** The unit's entries with their plan, in date order: the content of its feed. */
export async function unitEntries(db: Db, unitId: string) {
  return db.entry.findMany({
    where: { unitId },
    orderBy: [{ start: "asc" }, { uid: "asc" }],
    include: { plan: { select: { number: true, title: true } } },
  });
}

/** The unit's tasks across every plan, with its role in each. */
export async function unitTasks(db: Db, unitId: string) {
  return db.taskUnit.findMany({
    where: { unitId },
    include: { task: { select: { key: true, title: true, section: true, timingJson: true, plan: { select: { id: true, number: true, title: true } } } } },
    orderBy: [{ task: { planId: "asc" } }, { task: { ordinal: "asc" } }],
  });
}

export async function loadCorrections(db: Db): Promise<UnitCorrections> {
  const rows = await db.unitCorrection.findMany({ orderBy: { createdAt: "asc" } });
  const corrections: UnitCorrections = { merges: new Map(), renames: new Map() };
  for (const row of rows) {
    if (row.kind === "merge" && row.targetSlug) corrections.merges.set(row.slug, row.targetSlug);
    if (row.kind === "rename" && row.name) corrections.renames.set(row.slug, row.name);
  }
  return corrections;
}

function correctionId(kind: string, slug: string, at: Date): string {
  return `c_${stableHash(`${kind}|${slug}|${at.toISOString()}`)}`;
}

/** A new name for a unit; the old one stays an alias. The slug does not change. */
export async function renameUnit(db: Db, slug: string, name: string, now: Date, audit?: AuditInput): Promise<void> {
  const unit = await db.unit.findUniqueOrThrow({ where: { slug } });
  const aliases = new Set<string>(JSON.parse(unit.aliasesJson) as string[]);
  if (unit.name !== name) aliases.add(unit.name);
  aliases.delete(name);
  await runAtomically(db, [
    updateOne("Unit", { name, aliasesJson: JSON.stringify([...aliases]) }, { slug }),
    insertOne("UnitCorrection", { id: correctionId("rename", slug, now), kind: "rename", slug, name, createdAt: sqlTime(now) }),
    ...(audit ? [auditStatement(audit)] : []),
  ]);
  noteChange(db);
}

/**
 * `from` and `into` are the same body: `from`'s tasks and events move to `into` (an event
 * `into` already has for the same task, role and item is not duplicated), its names become
 * aliases, and `from` is gone.
 */
export async function mergeUnits(db: Db, from: string, into: string, now: Date, audit?: AuditInput): Promise<void> {
  const [source, target] = await Promise.all([db.unit.findUniqueOrThrow({ where: { slug: from } }), db.unit.findUniqueOrThrow({ where: { slug: into } })]);
  const sourceTasks = await db.taskUnit.findMany({ where: { unitId: source.id } });
  const targetTasks = new Set((await db.taskUnit.findMany({ where: { unitId: target.id } })).map((t) => `${t.taskId}/${t.role}`));
  const sourceEntries = await db.entry.findMany({ where: { unitId: source.id }, select: { id: true, uid: true, planId: true, taskId: true, role: true, kind: true, start: true } });
  const targetEntries = new Set(
    (await db.entry.findMany({ where: { unitId: target.id }, select: { taskId: true, role: true, kind: true, start: true } })).map((e) => `${e.taskId}/${e.role}/${e.kind}/${e.start}`),
  );
  const aliases = new Set<string>([...(JSON.parse(target.aliasesJson) as string[]), source.name, ...(JSON.parse(source.aliasesJson) as string[])]);
  aliases.delete(target.name);
  const movingEntries = sourceEntries.filter((e) => !targetEntries.has(`${e.taskId}/${e.role}/${e.kind}/${e.start}`));
  const moving = movingEntries.map((e) => e.id);
  // Sync clients of the source unit lose every entry; those of the target gain the moved ones.
  const byPlan = new Map<string, Array<{ uid: string; unitId: string; removed: boolean }>>();
  for (const e of sourceEntries) byPlan.set(e.planId, [...(byPlan.get(e.planId) ?? []), { uid: e.uid, unitId: source.id, removed: true }]);
  for (const e of movingEntries) byPlan.get(e.planId)!.push({ uid: e.uid, unitId: target.id, removed: false });
  await runAtomically(db, [
    ...insertRows(
      "TaskUnit",
      ["taskId", "unitId", "role"],
      sourceTasks.filter((t) => !targetTasks.has(`${t.taskId}/${t.role}`)).map((t) => [t.taskId, target.id, t.role]),
    ),
    ...jsonChunks(moving.map((id) => [id])).map((json) => ({
      sql: `UPDATE "Entry" SET "unitId" = ?, "modifiedAt" = ? WHERE "id" IN (SELECT json_extract(value, '$[0]') FROM json_each(?))`,
      args: [target.id, sqlTime(now), json],
    })),
    updateOne("Unit", { aliasesJson: JSON.stringify([...aliases]) }, { id: target.id }),
    { sql: 'DELETE FROM "Unit" WHERE "id" = ?', args: [source.id] },
    insertOne("UnitCorrection", { id: correctionId("merge", from, now), kind: "merge", slug: from, targetSlug: into, createdAt: sqlTime(now) }),
    ...[...byPlan].flatMap(([planId, rows]) => entryChangeStatements(planId, now, rows)),
    ...(audit ? [auditStatement(audit)] : []),
  ]);
  noteChange(db);
}
