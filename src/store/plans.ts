/** Plans, their documents, tasks, units and entries. The only module that writes them. */
import type { ReadPlan } from "../reader/types.ts";
import type { ScheduleEntry } from "../schedule/build.ts";
import { stableHash } from "../text/hash.ts";
import type { Db } from "./db.ts";
import { unitId } from "./units.ts";

export interface NewDocument {
  sha256: string;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  text: string;
  receivedAt: Date;
}

export interface PlanToSave {
  planId: string;
  key: string;
  document: NewDocument;
  plan: ReadPlan;
  entries: ScheduleEntry[];
}

export function taskRowId(planId: string, taskKey: string): string {
  return `t_${stableHash(`${planId}|${taskKey}`)}`;
}

export async function findPlanIdByDocument(db: Db, sha256: string): Promise<string | null> {
  const document = await db.document.findUnique({ where: { sha256 }, select: { planId: true } });
  return document?.planId ?? null;
}

/** Writes a whole plan in one transaction: all of it, or nothing. */
export async function savePlan(db: Db, input: PlanToSave): Promise<void> {
  const { planId, plan, document } = input;
  const slugs = plan.units.map((u) => u.slug);
  const existing = new Map(
    (await db.unit.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true, aliasesJson: true } })).map((u) => [u.slug, u]),
  );
  const now = document.receivedAt;

  try {
    await writePlan(db, input, existing, now);
  } catch (error) {
    // D1 runs a batch as separate statements; remove whatever part got written.
    await db.plan.deleteMany({ where: { id: planId } }).catch(() => undefined);
    throw error;
  }
}

type KnownUnits = Map<string, { slug: string; name: string; aliasesJson: string }>;

/** New spellings of a known unit become its aliases. */
function aliasUpdates(db: Db, plan: ReadPlan, existing: KnownUnits) {
  return plan.units.flatMap((unit) => {
    const known = existing.get(unit.slug);
    if (!known) return [];
    const aliases = new Set<string>(JSON.parse(known.aliasesJson) as string[]);
    const before = aliases.size;
    for (const alias of [unit.name, ...unit.aliases]) if (alias !== known.name) aliases.add(alias);
    return aliases.size === before ? [] : [db.unit.update({ where: { slug: unit.slug }, data: { aliasesJson: JSON.stringify([...aliases]) } })];
  });
}

async function writePlan(db: Db, input: PlanToSave, existing: KnownUnits, now: Date): Promise<void> {
  const { planId, plan, document, entries } = input;
  await db.$transaction([
    db.plan.create({
      data: {
        id: planId,
        key: input.key,
        number: plan.number,
        issuer: plan.issuer,
        place: plan.place,
        issued: plan.issued,
        title: plan.title,
        scope: plan.scope,
        signer: plan.signer,
        recipientsJson: JSON.stringify(plan.recipients),
        occasionsJson: JSON.stringify(plan.occasions),
        ceremonyJson: plan.ceremony ? JSON.stringify(plan.ceremony) : null,
        warningsJson: JSON.stringify(plan.warnings),
        coverage: plan.coverage,
        createdAt: now,
        updatedAt: now,
      },
    }),
    db.document.create({
      data: {
        id: `d_${document.sha256.slice(0, 16)}`,
        planId,
        sha256: document.sha256,
        fileName: document.fileName,
        mediaType: document.mediaType,
        size: document.bytes.byteLength,
        content: document.bytes as Uint8Array<ArrayBuffer>,
        text: document.text,
        receivedAt: now,
      },
    }),
    ...plan.units
      .filter((u) => !existing.has(u.slug))
      .map((u) =>
        db.unit.create({
          data: { id: unitId(u.slug), slug: u.slug, name: u.name, scope: u.scope, aliasesJson: JSON.stringify(u.aliases), collective: u.collective, createdAt: now },
        }),
      ),
    ...aliasUpdates(db, plan, existing),
    ...plan.tasks.map((task, ordinal) =>
      db.task.create({
        data: {
          id: taskRowId(planId, task.id),
          planId,
          key: task.id,
          ordinal,
          title: task.title,
          section: task.section,
          lineFrom: task.lines[0],
          lineTo: task.lines[1],
          timingJson: JSON.stringify(task.timing),
          units: { create: task.units.map((u) => ({ unitId: unitId(u.slug), role: u.role })) },
        },
      }),
    ),
    db.entry.createMany({
      data: entries.map((e) => ({
        id: `e_${stableHash(e.uid)}`,
        uid: e.uid,
        planId,
        taskId: taskRowId(planId, e.taskId),
        unitId: unitId(e.unitSlug),
        role: e.role,
        kind: e.kind,
        itemRole: e.itemRole,
        start: e.start,
        end: e.end,
        rrule: e.rrule,
        anchor: e.anchor,
        tentative: e.tentative,
        done: e.done,
        provisional: e.provisional,
        summary: e.summary,
        description: e.description,
        phrase: e.phrase,
        sequence: 0,
        modifiedAt: now,
      })),
    }),
  ]);
}

export async function listPlans(db: Db) {
  return db.plan.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true, number: true, issuer: true, place: true, issued: true, title: true, coverage: true, createdAt: true, updatedAt: true,
      _count: { select: { tasks: true } },
    },
  });
}

export async function getPlan(db: Db, id: string) {
  return db.plan.findUnique({
    where: { id },
    include: {
      documents: { select: { id: true, sha256: true, fileName: true, mediaType: true, size: true, receivedAt: true }, orderBy: { receivedAt: "asc" } },
      tasks: { orderBy: { ordinal: "asc" }, include: { units: { include: { unit: { select: { slug: true, name: true, scope: true, collective: true } } } } } },
    },
  });
}
