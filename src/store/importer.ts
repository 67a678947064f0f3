/**
 * A received document becomes a stored plan: decode, read, schedule, save. The same
 * document twice is the same plan (by SHA-256 of its bytes).
 */
import { decodeDocument, type DecodeOptions } from "../reader/decode.ts";
import { withOcrReview } from "../reader/ocr-review.ts";
import { planTimingContext, readPlan } from "../reader/read.ts";
import { planEntries } from "../schedule/build.ts";
import type { Db } from "./db.ts";
import type { CeremonyOverride } from "../reader/ceremony-override.ts";
import type { ReadPlan } from "../reader/types.ts";
import { assignIdentities } from "../schedule/identity.ts";
import { findPlanByKey, findPlanIdByDocument, knownTasks, parseOverride, planSource, savePlan, type PlanToSave, type SaveOutcome, type StoredPlan } from "./plans.ts";
import { loadCorrections } from "./units.ts";
import { loadTaskCorrections, removeTaskCorrection, upsertTaskCorrection, type CorrectionInput } from "./task-corrections.ts";
import { applyTaskCorrections, type TaskCorrection } from "../schedule/task-corrections.ts";
import { resolveTiming } from "../timing/resolve.ts";
import type { AuditInput } from "./audit.ts";
import type { Statement } from "./statements.ts";
import { applyCorrections } from "../units/corrections.ts";
import { sha256Hex } from "../text/digest.ts";
import { foldKey } from "../text/normalize.ts";

export interface ReceivedDocument {
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
  receivedAt: Date;
}

export type ImportOutcome =
  | { ok: true; planId: string; created: boolean; revision: SaveOutcome | null; stored?: StoredPlan }
  | { ok: false; code: string; message: string };

/**
 * A new document: the same bytes again are the same plan, unchanged; a revised document of a
 * known plan (same `planKey`) updates that plan; anything else is new.
 */
export async function importDocument(db: Db, received: ReceivedDocument, actor = "loopback", options: DecodeOptions = {}): Promise<ImportOutcome> {
  try {
    return await importOnce(db, received, actor, options);
  } catch (error) {
    // The same document (or a new plan of the same key) written by another request meanwhile:
    // its batch failed whole, and reading again finds what the other wrote.
    if (!/UNIQUE constraint failed/i.test(error instanceof Error ? error.message : String(error))) throw error;
    return importOnce(db, received, actor, options);
  }
}

async function importOnce(db: Db, received: ReceivedDocument, actor: string, options: DecodeOptions): Promise<ImportOutcome> {
  const sha256 = await sha256Hex(received.bytes);
  const known = await findPlanIdByDocument(db, sha256);
  if (known) return { ok: true, planId: known, created: false, revision: null };

  const decoded = await decodeDocument(received.bytes, received.fileName, received.mediaType, options);
  if (!decoded.ok) return { ok: false, code: decoded.code, message: decoded.message };
  const tooBig = textBeyondLimits(decoded.text);
  if (tooBig) return tooBig;
  const corrections = await loadCorrections(db);
  const ocr = decoded.ocr ?? null;
  const read = (ceremony?: CeremonyOverride) => applyCorrections(withOcrReview(readPlan(decoded.text, ceremony ? { ceremony } : {}), decoded.text, ocr), corrections);
  let plan = read();
  if (plan.tasks.length === 0 && plan.title === "") {
    return { ok: false, code: "not-a-plan", message: "Không nhận ra kế hoạch: văn bản không có tiêu đề \"KẾ HOẠCH\" và không có nhiệm vụ nào." };
  }
  // An empty plan would publish nothing and look imported: refused, saying why (nothing is written).
  if (plan.tasks.length === 0) {
    return { ok: false, code: "no-tasks", message: `Không đọc được nhiệm vụ nào trong "${plan.title.slice(0, 120)}": kiểm tra văn bản có các mục nhiệm vụ (I., 1., a) …) hoặc bảng phân công, rồi gửi lại.` };
  }
  const overfull = planBeyondLimits(plan);
  if (overfull) return overfull;
  const key = planKey(plan, sha256);
  const previous = await findPlanByKey(db, key);
  const ceremony = parseOverride(previous?.ceremonyOverrideJson ?? null);
  if (ceremony) plan = read(ceremony);
  const planId = previous?.id ?? `p_${sha256.slice(0, 12)}`;
  const audit: AuditInput = {
    actor,
    action: previous ? "plan.revised" : "plan.imported",
    planId,
    after: { number: plan.number, title: plan.title, issuer: plan.issuer, tasks: plan.tasks.length, document: { fileName: received.fileName, sha256 } },
    at: received.receivedAt,
  };
  const outcome = await schedulePlan(db, {
    planId,
    key,
    document: { sha256, fileName: received.fileName, mediaType: decoded.mediaType, bytes: received.bytes, text: decoded.text, receivedAt: received.receivedAt, ocr },
    plan,
    now: received.receivedAt,
    audit,
    isNew: previous === null,
  });
  return { ok: true, planId, created: !outcome.revision, revision: outcome.revision ? outcome : null };
}

export interface RereadOptions {
  /** Set (or null: clear) the organizers' ceremony date; undefined keeps the stored one. */
  ceremony?: CeremonyOverride | null;
  audit?: AuditInput;
  /** A task's correction being set (or removed: null), saved with the plan it changes. */
  correction?: PendingCorrection;
}

export interface PendingCorrection {
  identity: string;
  value: TaskCorrection | null;
  write: Statement;
}

/**
 * A re-reading as plain data (it crosses to the import thread): the plan, the ceremony to set
 * or clear, the audit row, and the task correction to merge in (`set`) or remove.
 */
export interface RereadRequest {
  planId: string;
  now: Date;
  ceremony?: CeremonyOverride | null;
  audit?: AuditInput;
  correction?: { identity: string; value: TaskCorrection | null; change: { set: CorrectionInput; actor: string } | "remove" };
}

/** A re-reading stopped before it finished (too slow, too big for its memory): nothing was written. */
export class ReadingStopped extends Error {
  constructor(
    readonly code: "too-slow" | "too-large-to-read",
    message: string,
  ) {
    super(message);
  }
}

export type Rereader = (request: RereadRequest) => Promise<SaveOutcome | null>;

/** Runs a re-reading request on this connection. */
export async function rereadRequested(db: Db, request: RereadRequest): Promise<SaveOutcome | null> {
  const { planId, now, correction } = request;
  const options: RereadOptions = {
    ...(request.ceremony !== undefined ? { ceremony: request.ceremony } : {}),
    ...(request.audit ? { audit: request.audit } : {}),
  };
  if (correction) {
    const write =
      correction.change === "remove"
        ? removeTaskCorrection(planId, correction.identity)
        : upsertTaskCorrection(planId, correction.identity, correction.change.set, correction.change.actor, now);
    options.correction = { identity: correction.identity, value: correction.value, write };
  }
  return rereadPlan(db, planId, now, options);
}

/**
 * Reads a stored plan again from its latest document, with the organizers' ceremony date
 * (`ceremony`: set, or null to clear; undefined keeps the stored one), the unit corrections and
 * the task corrections (one of them possibly being set or removed in the same write).
 */
export async function rereadPlan(db: Db, planId: string, now: Date, options: RereadOptions = {}): Promise<SaveOutcome | null> {
  const source = await planSource(db, planId);
  if (!source) return null;
  const override = options.ceremony === undefined ? source.ceremonyOverride : options.ceremony;
  const plan = applyCorrections(withOcrReview(readPlan(source.text, { ceremony: override }), source.text, source.ocr), await loadCorrections(db));
  return schedulePlan(
    db,
    { planId, key: source.key, document: null, plan, now, ceremonyOverride: override, ...(options.audit ? { audit: options.audit } : {}), ...(options.correction ? { alsoWrite: [options.correction.write] } : {}) },
    options.correction,
  );
}

/**
 * What one plan may hold: far above any real plan (the largest in the corpus has a few hundred
 * tasks), low enough that one upload cannot hold the server for long or exhaust its memory.
 */
export const LIMITS = { lines: 30_000, lineLength: 20_000, tasks: 3_000, unitsPerTask: 150, itemsPerTask: 200, events: 60_000 } as const;

type Refusal = Extract<ImportOutcome, { ok: false }>;

const UNSUPPORTED = new Set(["unsupported-format", "image-not-document"]);
const TOO_LARGE = new Set(["docx-too-large", "too-many-lines", "line-too-long", "too-many-tasks", "too-many-events", "too-large-to-read"]);

/** The kind of file is wrong (415); it is bigger than a plan can be (413); otherwise it is of the right kind but unusable (422). */
export function refusalStatus(code: string): 413 | 415 | 422 {
  return UNSUPPORTED.has(code) ? 415 : TOO_LARGE.has(code) ? 413 : 422;
}

function textBeyondLimits(text: string): Refusal | null {
  let lines = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    if (i - start > LIMITS.lineLength) return { ok: false, code: "line-too-long", message: `Dòng ${lines} dài ${i - start} ký tự, quá giới hạn ${LIMITS.lineLength} ký tự một dòng của một kế hoạch.` };
    lines++;
    start = i + 1;
  }
  if (lines - 1 > LIMITS.lines) return { ok: false, code: "too-many-lines", message: `Văn bản có ${lines - 1} dòng, quá giới hạn ${LIMITS.lines} dòng của một kế hoạch.` };
  return null;
}

function planBeyondLimits(plan: ReadPlan): Refusal | null {
  if (plan.tasks.length > LIMITS.tasks) return { ok: false, code: "too-many-tasks", message: `Văn bản có ${plan.tasks.length} nhiệm vụ, quá giới hạn ${LIMITS.tasks} nhiệm vụ của một kế hoạch.` };
  let events = 0;
  for (const task of plan.tasks) {
    if (task.units.length > LIMITS.unitsPerTask) {
      return { ok: false, code: "too-many-units", message: `Nhiệm vụ ${task.id} (dòng ${task.lines[0]}) nêu ${task.units.length} đơn vị, quá giới hạn ${LIMITS.unitsPerTask} đơn vị một nhiệm vụ.` };
    }
    const items = task.timing.reduce((sum, r) => sum + r.items.length, 0);
    if (items > LIMITS.itemsPerTask) return { ok: false, code: "too-many-dates", message: `Nhiệm vụ ${task.id} (dòng ${task.lines[0]}) có ${items} mốc thời gian, quá giới hạn ${LIMITS.itemsPerTask} mốc một nhiệm vụ.` };
    events += items * (task.units.length + 1);
  }
  if (events > LIMITS.events) return { ok: false, code: "too-many-events", message: `Kế hoạch sẽ có ${events} sự kiện lịch, quá giới hạn ${LIMITS.events} sự kiện của một kế hoạch.` };
  return null;
}

/** The plan's events, with each task matched to the one it was in the stored version, saved. */
async function schedulePlan(db: Db, input: Omit<PlanToSave, "entries" | "identities">, pending?: PendingCorrection): Promise<SaveOutcome> {
  const { planId } = input;
  const identities = assignIdentities(input.isNew ? [] : await knownTasks(db, planId), input.plan.tasks);
  const stored = (input.isNew ? [] : await loadTaskCorrections(db, planId)).filter((c) => c.identity !== pending?.identity);
  const corrections = pending?.value ? [...stored, pending.value] : stored;
  const plan = applyTaskCorrections(input.plan, identities, corrections, resolveTiming, planTimingContext(input.plan));
  const entries = planEntries({ planId, number: plan.number, title: plan.title }, plan.tasks, identities);
  return savePlan(db, { ...input, plan, entries, identities });
}

/**
 * Identity of a plan across revisions: its issuer and number; without a number (`Số: /KH-UBND`),
 * its title within its issuer and locality, since communes issue plans with the same title;
 * without an issuer or a title, the document itself (a revision of it cannot be told).
 */
export function planKey(plan: Pick<ReadPlan, "issuer" | "number" | "title" | "scope">, sha256: string): string {
  if (plan.issuer && plan.number) return `${foldKey(plan.issuer)}|${foldKey(plan.number)}`;
  // Without an issuer nothing tells two plans of one title apart: such a document is its own plan.
  if (!plan.issuer || !plan.title) return `document|${sha256}`;
  return [plan.scope, plan.issuer, plan.title].map((part) => foldKey(part ?? "")).join("|");
}
