/** Plans, their documents, tasks, units and entries. The only module that writes them. */
import type { Ceremony, ReadPlan } from "../reader/types.ts";
import type { OcrConfidence } from "../reader/decode-result.ts";
import type { CeremonyOverride } from "../reader/ceremony-override.ts";
import { WHOLE_PLAN, type ScheduleEntry } from "../schedule/build.ts";
import { reconcileEntries, type PublishedEntry, type Reconciliation, type VersionedEntry } from "../schedule/reconcile.ts";
import type { KnownTask } from "../schedule/identity.ts";
import { auditStatement, type AuditInput } from "./audit.ts";
import { noteChange } from "./changes.ts";
import { entryChangeStatements, pruneEntryChanges } from "./entry-changes.ts";
import { deleteWhereIn, insertOne, insertRows, jsonChunks, runAtomically, sqlBool, sqlTime, updateOne, type SqlValue, type Statement } from "./statements.ts";
import { chunks } from "./chunks.ts";
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
  /** Line confidences when the text was read by OCR. */
  ocr?: OcrConfidence | null;
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
  alsoWrite?: Statement[];
  /** The importer found no stored plan of this key: nothing to match, reconcile or remove (three reads saved). */
  isNew?: boolean;
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
    select: { id: true, key: true, ceremonyOverrideJson: true, documents: { orderBy: { receivedAt: "desc" }, take: 1, select: { id: true, text: true, parts: true, ocrJson: true } } },
  });
  if (!plan || plan.documents.length === 0) return null;
  const document = plan.documents[0]!;
  return { id: plan.id, key: plan.key, text: await documentText(db, document), ocr: document.ocrJson ? (JSON.parse(document.ocrJson) as OcrConfidence) : null, ceremonyOverride: parseOverride(plan.ceremonyOverrideJson) };
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
  const existingPlan = input.isNew ? null : await db.plan.findUnique({ where: { id: planId }, select: { id: true } });
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

  await runAtomically(db, [
    ...(existingPlan ? revisionStatements(input, reconciliation, goneTasks) : [insertOne("Plan", { id: planId, key: input.key, ...planFields(input), createdAt: sqlTime(input.now) })]),
    ...documentStatements(input),
    ...unitStatements(plan, existingUnits, input.now),
    ...taskStatements(input),
    ...insertRows("Entry", ENTRY_COLUMNS, [...reconciliation.created, ...reconciliation.changed].map((e) => entryRow(planId, e)), { upsertOn: "uid", keep: ["id"] }),
    ...entryChangeStatements(planId, input.now, [
      ...[...reconciliation.created, ...reconciliation.changed].map((e) => ({ uid: e.uid, unitId: e.unitSlug === WHOLE_PLAN ? null : unitId(e.unitSlug), removed: false })),
      ...reconciliation.removed.map((uid) => ({ uid, unitId: removedUnits.get(uid) ?? null, removed: true })),
    ]),
    pruneEntryChanges(input.now),
    ...(input.audit ? [auditStatement(input.audit)] : []),
    ...(input.alsoWrite ?? []),
  ]);
  noteChange(db);
  const { created, changed, unchanged, removed } = reconciliation;
  return { revision: existingPlan !== null, created: created.length, changed: changed.length, unchanged: unchanged.length, removed: removed.length };
}

function planFields(input: PlanToSave): Record<string, SqlValue> {
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
    updatedAt: sqlTime(input.now),
    ...(input.ceremonyOverride !== undefined ? { ceremonyOverrideJson: input.ceremonyOverride ? JSON.stringify(input.ceremonyOverride) : null } : {}),
  };
}

function identityOf(input: PlanToSave, taskId: string): string {
  return input.identities?.get(taskId) ?? taskId;
}

function revisionStatements(input: PlanToSave, reconciliation: Reconciliation, goneTasks: string[]): Statement[] {
  return [
    updateOne("Plan", { key: input.key, ...planFields(input) }, { id: input.planId }),
    // Tasks the revision no longer has go, with their entries (cascade).
    ...deleteWhereIn("Task", "id", goneTasks),
    // Renumbered tasks swap outline ids: move every id out of the way of the unique (planId, key) first.
    { sql: `UPDATE "Task" SET "key" = '~' || "id" WHERE "planId" = ?`, args: [input.planId] },
    ...deleteWhereIn("Entry", "uid", reconciliation.removed),
  ];
}

/** Under D1's 1 MB a row: a document bigger than this keeps its bytes and its text in parts of this size. */
export const DOCUMENT_PART_BYTES = 900_000;

function documentStatements(input: PlanToSave): Statement[] {
  const { document, planId } = input;
  if (!document) return [];
  const id = `d_${document.sha256.slice(0, 16)}`;
  const whole = document.bytes.byteLength + document.text.length * 3 <= DOCUMENT_PART_BYTES;
  const content = whole ? [] : slices(document.bytes.byteLength, DOCUMENT_PART_BYTES).map(([from, to]) => document.bytes.subarray(from, to));
  // A character takes at most 3 bytes in UTF-8 (Vietnamese letters 2 or 3).
  const text = whole ? [] : slices(document.text.length, Math.floor(DOCUMENT_PART_BYTES / 3)).map(([from, to]) => document.text.slice(from, to));
  return [
    insertOne("Document", {
      id,
      planId,
      sha256: document.sha256,
      fileName: document.fileName,
      mediaType: document.mediaType,
      size: document.bytes.byteLength,
      content: whole ? document.bytes : new Uint8Array(0),
      text: whole ? document.text : "",
      receivedAt: sqlTime(document.receivedAt),
      parts: content.length + text.length,
      ocrJson: document.ocr ? JSON.stringify(document.ocr) : null,
    }),
    ...content.map((piece, seq) => insertOne("DocumentPart", { documentId: id, kind: "content", seq, content: piece, text: null })),
    ...text.map((piece, seq) => insertOne("DocumentPart", { documentId: id, kind: "text", seq, content: null, text: piece })),
  ];
}

function slices(length: number, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let from = 0; from < length; from += size) out.push([from, Math.min(length, from + size)]);
  return out;
}

/** A document's bytes, from its row or its parts. */
export async function documentContent(db: Db, id: string): Promise<Uint8Array | null> {
  const document = await db.document.findUnique({ where: { id }, select: { content: true, parts: true } });
  if (!document) return null;
  if (document.parts === 0) return document.content;
  const parts = await db.documentPart.findMany({ where: { documentId: id, kind: "content" }, orderBy: { seq: "asc" }, select: { content: true } });
  const pieces = parts.map((p) => p.content ?? new Uint8Array(0));
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.byteLength;
  }
  return out;
}

async function documentText(db: Db, document: { id: string; text: string; parts: number }): Promise<string> {
  if (document.parts === 0) return document.text;
  const parts = await db.documentPart.findMany({ where: { documentId: document.id, kind: "text" }, orderBy: { seq: "asc" }, select: { text: true } });
  return parts.map((p) => p.text ?? "").join("");
}

type KnownUnits = Map<string, { slug: string; name: string; aliasesJson: string }>;

/** New units are created; new spellings of a known unit become its aliases. */
function unitStatements(plan: ReadPlan, existing: KnownUnits, now: Date): Statement[] {
  const created: unknown[][] = [];
  const aliased: unknown[][] = [];
  for (const unit of plan.units) {
    const known = existing.get(unit.slug);
    if (!known) {
      created.push([unitId(unit.slug), unit.slug, unit.name, unit.scope, JSON.stringify(unit.aliases), sqlBool(unit.collective), sqlTime(now)]);
      continue;
    }
    const aliases = new Set<string>(JSON.parse(known.aliasesJson) as string[]);
    const before = aliases.size;
    for (const alias of [unit.name, ...unit.aliases]) if (alias !== known.name) aliases.add(alias);
    if (aliases.size !== before) aliased.push([unit.slug, JSON.stringify([...aliases])]);
  }
  return [
    ...insertRows("Unit", ["id", "slug", "name", "scope", "aliasesJson", "collective", "createdAt"], created),
    ...jsonChunks(aliased).map((json) => ({
      sql: `UPDATE "Unit" SET "aliasesJson" = json_extract(j.value, '$[1]') FROM json_each(?) AS j WHERE "Unit"."slug" = json_extract(j.value, '$[0]')`,
      args: [json],
    })),
  ];
}

/** Every task's row (kept by its identity across revisions) and its units with their roles, replaced whole. */
function taskStatements(input: PlanToSave): Statement[] {
  const { planId, plan } = input;
  const tasks: unknown[][] = [];
  const links: unknown[][] = [];
  plan.tasks.forEach((task, ordinal) => {
    const identity = identityOf(input, task.id);
    const id = taskRowId(planId, identity);
    tasks.push([id, planId, task.id, identity, ordinal, task.title, task.section, task.lines[0], task.lines[1], JSON.stringify(task.timing), task.correction ? JSON.stringify(task.correction) : null]);
    for (const unit of task.units) links.push([id, unitId(unit.slug), unit.role]);
  });
  return [
    ...insertRows("Task", ["id", "planId", "key", "identity", "ordinal", "title", "section", "lineFrom", "lineTo", "timingJson", "correctionJson"], tasks, { upsertOn: "id" }),
    { sql: `DELETE FROM "TaskUnit" WHERE "taskId" IN (SELECT "id" FROM "Task" WHERE "planId" = ?)`, args: [planId] },
    // A task naming a unit twice in one role holds it once.
    ...insertRows("TaskUnit", ["taskId", "unitId", "role"], links, { orIgnore: true }),
  ];
}

const ENTRY_COLUMNS = ["id", "uid", "planId", "taskId", "unitId", "role", "kind", "itemRole", "start", "end", "rrule", "anchor", "tentative", "done", "provisional", "assumed", "summary", "description", "phrase", "sequence", "modifiedAt"];

function entryRow(planId: string, e: VersionedEntry): unknown[] {
  return [
    `e_${stableHash(e.uid)}`,
    e.uid,
    planId,
    taskRowId(planId, e.taskId),
    e.unitSlug === WHOLE_PLAN ? null : unitId(e.unitSlug),
    e.role,
    e.kind,
    e.itemRole,
    e.start,
    e.end,
    e.rrule,
    e.anchor,
    sqlBool(e.tentative),
    sqlBool(e.done),
    sqlBool(e.provisional),
    sqlBool(e.assumed),
    e.summary,
    e.description,
    e.phrase,
    e.sequence,
    sqlTime(e.modifiedAt),
  ];
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

/** A plan as the API and pages show it: its documents (without their bytes), tasks and units. */
export type StoredPlan = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

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
  await runAtomically(db, [
    ...entryChangeStatements(planId, audit.at, entries.map((e) => ({ ...e, removed: true }))),
    auditStatement({ ...audit, before: { number: plan.number, title: plan.title, issuer: plan.issuer, entries: entries.length } }),
    { sql: 'DELETE FROM "Plan" WHERE "id" = ?', args: [planId] },
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
