/** Plans, their documents, tasks, units and entries. The only module that writes them. */
import type { Ceremony, ReadPlan } from "../reader/types.ts";
import type { CeremonyOverride } from "../reader/ceremony-override.ts";
import { WHOLE_PLAN, type ScheduleEntry } from "../schedule/build.ts";
import { reconcileEntries, type PublishedEntry, type Reconciliation, type VersionedEntry } from "../schedule/reconcile.ts";
import type { KnownTask } from "../schedule/identity.ts";
import { auditWrite, type AuditInput } from "./audit.ts";
import { noteChange } from "./changes.ts";
import { entryChangeWrites, pruneEntryChanges } from "./entry-changes.ts";
import { chunks } from "./chunks.ts";
import { stableHash } from "../text/hash.ts";
import type { Db } from "./db.ts";
import { unitId } from "./units.ts";
import { flatMapOf } from "../text/lists.ts";

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
  /** The document just received; null when a plan is read again (ceremony set, corrections). */
  document: NewDocument | null;
  plan: ReadPlan;
  entries: ScheduleEntry[];
  /** Outline id → identity (schedule/identity.ts); a task's own id when absent. */
  identities?: Map<string, string>;
  now: Date;
  /** Set or clear the organizers' ceremony date; undefined leaves it as it is. */
  ceremonyOverride?: CeremonyOverride | null;
  /** The audit row of this write, saved in the same transaction. */
  audit?: AuditInput;
  /** Other writes that belong to this one (a task's correction), in the same transaction. */
  alsoWrite?: Array<ReturnType<Db["taskCorrection"]["upsert"]> | ReturnType<Db["taskCorrection"]["deleteMany"]>>;
}

/** A task's row is named after its identity, so it stays the same row when a revision renumbers the task. */
export function taskRowId(planId: string, identity: string): string {
  return `t_${stableHash(`${planId}|${identity}`)}`;
}

/** The tasks a revision is matched against. */
export async function knownTasks(db: Db, planId: string): Promise<KnownTask[]> {
  return db.task.findMany({ where: { planId }, select: { key: true, identity: true, title: true } });
}

export async function findPlanIdByDocument(db: Db, sha256: string): Promise<string | null> {
  const document = await db.document.findUnique({ where: { sha256 }, select: { planId: true } });
  return document?.planId ?? null;
}

/** The plan a revised document belongs to: the same issuer and number, or the same title. */
export async function findPlanByKey(db: Db, key: string) {
  return db.plan.findFirst({ where: { key }, orderBy: { updatedAt: "desc" }, select: { id: true, ceremonyOverrideJson: true } });
}

/** What a plan is read from again: its latest document and the organizers' ceremony date. */
export async function planSource(db: Db, planId: string) {
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: { id: true, key: true, ceremonyOverrideJson: true, documents: { orderBy: { receivedAt: "desc" }, take: 1, select: { text: true } } },
  });
  if (!plan || plan.documents.length === 0) return null;
  return { id: plan.id, key: plan.key, text: plan.documents[0]!.text, ceremonyOverride: parseOverride(plan.ceremonyOverrideJson) };
}

export function parseOverride(json: string | null): CeremonyOverride | null {
  return json ? (JSON.parse(json) as CeremonyOverride) : null;
}

export interface SaveOutcome {
  revision: boolean;
  created: number;
  changed: number;
  unchanged: number;
  removed: number;
}

/**
 * Writes a plan, new or revised, in one transaction: all of it, or nothing. A revision keeps
 * each entry's UID; changed entries bump SEQUENCE, removed tasks and entries are deleted.
 */
export async function savePlan(db: Db, input: PlanToSave): Promise<SaveOutcome> {
  const { planId, plan } = input;
  const existingPlan = await db.plan.findUnique({ where: { id: planId }, select: { id: true } });
  const slugs = plan.units.map((u) => u.slug);
  const existingUnits = new Map(
    (await Promise.all(chunks(slugs).map((part) => db.unit.findMany({ where: { slug: { in: part } }, select: { slug: true, name: true, aliasesJson: true } }))))
      .flat()
      .map((u) => [u.slug, u]),
  );
  const keptRows = new Set(plan.tasks.map((t) => taskRowId(planId, identityOf(input, t.id))));
  const goneTasks = existingPlan ? (await db.task.findMany({ where: { planId }, select: { id: true } })).map((t) => t.id).filter((id) => !keptRows.has(id)) : [];
  const published: Array<PublishedEntry & { unitId: string | null }> = existingPlan
    ? await db.entry.findMany({
        where: { planId },
        select: {
          uid: true, unitId: true, sequence: true, modifiedAt: true, role: true, kind: true, itemRole: true, start: true, end: true, rrule: true, anchor: true,
          tentative: true, done: true, provisional: true, assumed: true, summary: true, description: true, phrase: true,
        },
      })
    : [];
  const reconciliation = reconcileEntries(published, input.entries, input.now);
  const removedUnits = new Map(published.map((e) => [e.uid, e.unitId]));

  try {
    await db.$transaction([
      ...(existingPlan ? revisionWrites(db, input, reconciliation, goneTasks) : [db.plan.create({ data: { id: planId, key: input.key, ...planFields(input), createdAt: input.now } })]),
      ...documentWrites(db, input),
      ...unitWrites(db, plan, existingUnits, input.now),
      ...plan.tasks.map((task, ordinal) => {
        const identity = identityOf(input, task.id);
        const fields = {
          key: task.id, identity, ordinal, title: task.title, section: task.section, lineFrom: task.lines[0], lineTo: task.lines[1], timingJson: JSON.stringify(task.timing),
          correctionJson: task.correction ? JSON.stringify(task.correction) : null,
        };
        const units = task.units.map((u) => ({ unitId: unitId(u.slug), role: u.role }));
        return db.task.upsert({
          where: { id: taskRowId(planId, identity) },
          create: { id: taskRowId(planId, identity), planId, ...fields, units: { create: units } },
          update: { ...fields, units: { deleteMany: {}, create: units } },
        });
      }),
      db.entry.createMany({ data: reconciliation.created.map((e) => entryRow(planId, e)) }),
      ...reconciliation.changed.map((e) => {
        const { id: _id, uid: _uid, planId: _planId, ...row } = entryRow(planId, e);
        return db.entry.update({ where: { uid: e.uid }, data: row });
      }),
      ...entryChangeWrites(db, planId, input.now, [
        ...[...reconciliation.created, ...reconciliation.changed].map((e) => ({ uid: e.uid, unitId: e.unitSlug === WHOLE_PLAN ? null : unitId(e.unitSlug), removed: false })),
        ...reconciliation.removed.map((uid) => ({ uid, unitId: removedUnits.get(uid) ?? null, removed: true })),
      ]),
      pruneEntryChanges(db, input.now),
      ...(input.audit ? [auditWrite(db, input.audit)] : []),
      ...(input.alsoWrite ?? []),
    ]);
  } catch (error) {
    // D1 runs a batch as separate statements: a new plan is removed again; see README for revisions.
    if (!existingPlan) await db.plan.deleteMany({ where: { id: planId } }).catch(() => undefined);
    throw error;
  }
  noteChange(db);
  const { created, changed, unchanged, removed } = reconciliation;
  return { revision: existingPlan !== null, created: created.length, changed: changed.length, unchanged: unchanged.length, removed: removed.length };
}

function planFields(input: PlanToSave) {
  const { plan } = input;
  return {
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
    updatedAt: input.now,
    ...(input.ceremonyOverride !== undefined ? { ceremonyOverrideJson: input.ceremonyOverride ? JSON.stringify(input.ceremonyOverride) : null } : {}),
  };
}

function identityOf(input: PlanToSave, taskId: string): string {
  return input.identities?.get(taskId) ?? taskId;
}

function revisionWrites(db: Db, input: PlanToSave, reconciliation: Reconciliation, goneTasks: string[]) {
  return [
    db.plan.update({ where: { id: input.planId }, data: { key: input.key, ...planFields(input) } }),
    // Tasks the revision no longer has go, with their entries (cascade).
    ...chunks(goneTasks).map((part) => db.task.deleteMany({ where: { id: { in: part } } })),
    // Renumbered tasks swap outline ids: move every id out of the way of the unique (planId, key) first.
    db.$executeRaw`UPDATE "Task" SET "key" = '~' || "id" WHERE "planId" = ${input.planId}`,
    ...chunks(reconciliation.removed).map((part) => db.entry.deleteMany({ where: { uid: { in: part } } })),
  ];
}

function documentWrites(db: Db, input: PlanToSave) {
  const { document, planId } = input;
  if (!document) return [];
  return [
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
        receivedAt: document.receivedAt,
      },
    }),
  ];
}

type KnownUnits = Map<string, { slug: string; name: string; aliasesJson: string }>;

/** New units are created; new spellings of a known unit become its aliases. */
function unitWrites(db: Db, plan: ReadPlan, existing: KnownUnits, now: Date) {
  return flatMapOf(plan.units, (unit) => {
    const known = existing.get(unit.slug);
    if (!known) {
      return [
        db.unit.create({
          data: { id: unitId(unit.slug), slug: unit.slug, name: unit.name, scope: unit.scope, aliasesJson: JSON.stringify(unit.aliases), collective: unit.collective, createdAt: now },
        }),
      ];
    }
    const aliases = new Set<string>(JSON.parse(known.aliasesJson) as string[]);
    const before = aliases.size;
    for (const alias of [unit.name, ...unit.aliases]) if (alias !== known.name) aliases.add(alias);
    return aliases.size === before ? [] : [db.unit.update({ where: { slug: unit.slug }, data: { aliasesJson: JSON.stringify([...aliases]) } })];
  });
}

function entryRow(planId: string, e: VersionedEntry) {
  return {
    id: `e_${stableHash(e.uid)}`,
    uid: e.uid,
    planId,
    taskId: taskRowId(planId, e.taskId),
    unitId: e.unitSlug === WHOLE_PLAN ? null : unitId(e.unitSlug),
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
    assumed: e.assumed,
    summary: e.summary,
    description: e.description,
    phrase: e.phrase,
    sequence: e.sequence,
    modifiedAt: e.modifiedAt,
  };
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

/** One task with its plan and units: what a task's page shows. */
export async function getTask(db: Db, planId: string, key: string) {
  return db.task.findUnique({
    where: { planId_key: { planId, key } },
    include: {
      plan: { select: { id: true, number: true, title: true, issuer: true, issued: true, ceremonyJson: true } },
      units: { include: { unit: { select: { slug: true, name: true } } } },
    },
  });
}

/** Removes a plan with its documents, tasks and events: every feed loses them, sync clients get tombstones. */
export async function deletePlan(db: Db, planId: string, audit: AuditInput): Promise<boolean> {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { id: true, number: true, title: true, issuer: true } });
  if (!plan) return false;
  const entries = await db.entry.findMany({ where: { planId }, select: { uid: true, unitId: true } });
  await db.$transaction([
    ...entryChangeWrites(db, planId, audit.at, entries.map((e) => ({ ...e, removed: true }))),
    auditWrite(db, { ...audit, before: { number: plan.number, title: plan.title, issuer: plan.issuer, entries: entries.length } }),
    db.plan.delete({ where: { id: planId } }),
  ]);
  noteChange(db);
  return true;
}

export async function getPlanSummary(db: Db, id: string) {
  return db.plan.findUnique({ where: { id }, select: { id: true, number: true, title: true } });
}

/** The ceremony as the plan now has it, and whether organizers set its date. */
export async function planCeremony(db: Db, id: string): Promise<{ ceremony: Ceremony | null; set: boolean }> {
  const plan = await db.plan.findUniqueOrThrow({ where: { id }, select: { ceremonyJson: true, ceremonyOverrideJson: true } });
  return { ceremony: plan.ceremonyJson ? JSON.parse(plan.ceremonyJson) : null, set: plan.ceremonyOverrideJson !== null };
}

export async function planTasksTiming(db: Db, planId: string) {
  return db.task.findMany({ where: { planId }, orderBy: { ordinal: "asc" }, select: { key: true, title: true, lineFrom: true, lineTo: true, timingJson: true } });
}

/** Every plan with what its list on the home page shows: the ceremony, the tasks' timing (to count what needs a look) and the warnings. */
export async function planOverview(db: Db) {
  return db.plan.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, number: true, issuer: true, issued: true, title: true, ceremonyJson: true, warningsJson: true, tasks: { select: { timingJson: true } } },
  });
}
