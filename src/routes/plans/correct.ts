/**
 * What organizers set, for the API and the pages alike: the ceremony date, and a task's
 * correction and its undoing. A correction is checked (a phrase must give dates in the plan's
 * context, units must exist or be recognizable), saved with the plan it changes and its audit
 * row in one write.
 */
import type { Context } from "hono";
import { rereadRequested, type Rereader } from "../../store/importer.ts";
import { planTimingContext } from "../../reader/read.ts";
import type { Occasion, UnitMention } from "../../reader/types.ts";
import type { ExplicitItem, TaskCorrection } from "../../schedule/task-corrections.ts";
import type { Db } from "../../store/db.ts";
import type { SaveOutcome } from "../../store/plans.ts";
import { storedTaskCorrection, type CorrectionInput } from "../../store/task-corrections.ts";
import { findUnit } from "../../store/units.ts";
import { resolveTiming } from "../../timing/resolve.ts";
import type { Resolution } from "../../timing/types.ts";
import { canonicalUnit } from "../../units/canonical.ts";
import { parseScope } from "../../units/scope.ts";
import type { CeremonyOverride } from "../../reader/ceremony-override.ts";
import type { AppEnv } from "../context.ts";
import { ApiError, planNotFound } from "../errors.ts";
import type { z } from "../openapi.ts";
import type { TaskPatchSchema } from "./schemas.ts";

export type TaskPatch = z.infer<typeof TaskPatchSchema>;

export interface CorrectionOutcome {
  revision: SaveOutcome;
  /** The task's identity: its outline id may change, this does not. */
  identity: string;
}

/** Where a plan is read again: off the request's thread where the runtime can (Node), in-process otherwise. */
export function rereaderOf(c: Context<AppEnv>): Rereader {
  return c.var.deps.rereader ?? ((request) => rereadRequested(c.var.db, request));
}

/** Sets (or, with null, clears) the organizers' ceremony date: everything anchored on it moves. */
export async function setCeremony(db: Db, reread: Rereader, now: Date, id: string, ceremony: CeremonyOverride | null, actor: string): Promise<SaveOutcome> {
  const before = await db.plan.findUnique({ where: { id }, select: { ceremonyOverrideJson: true } });
  if (!before) throw planNotFound(id);
  const audit = { actor, action: ceremony ? ("ceremony.set" as const) : ("ceremony.cleared" as const), planId: id, before: before.ceremonyOverrideJson ? JSON.parse(before.ceremonyOverrideJson) : null, after: ceremony, at: now };
  const outcome = await reread({ planId: id, now, ceremony, audit });
  if (!outcome) throw planNotFound(id);
  return outcome;
}

export async function correctTask(db: Db, reread: Rereader, now: Date, id: string, key: string, body: TaskPatch, actor: string): Promise<CorrectionOutcome> {
  const { plan, task } = await requireTask(db, id, key);
  const input: CorrectionInput = {};
  if (typeof body.timing === "string") input.timing = { phrase: checkPhrase(body.timing, plan).phrase };
  else if (body.timing) input.timing = { items: checkItems(body.timing.items) };
  if (body.units) input.units = await unitsOf(db, body.units, plan.scope);
  if (body.done !== undefined) input.done = body.done;
  if (body.note !== undefined) input.note = body.note;
  const before = await storedTaskCorrection(db, id, task.identity);
  const value: TaskCorrection = {
    identity: task.identity,
    timing: input.timing ?? (before?.timingJson ? JSON.parse(before.timingJson) : null),
    units: input.units ?? (before?.unitsJson ? (JSON.parse(before.unitsJson) as UnitMention[]) : null),
    done: input.done ?? before?.done ?? null,
    note: input.note ?? before?.note ?? null,
    actor,
    updatedAt: now,
  };
  const audit = {
    actor,
    action: "task.corrected" as const,
    planId: id,
    subject: key,
    before: before ? storedView(before) : { document: { timing: task.timing, units: task.units } },
    after: { timing: value.timing, units: value.units?.map(({ name, slug, role }) => ({ name, slug, role })) ?? null, done: value.done },
    note: body.note ?? null,
    at: now,
  };
  const revision = await reread({ planId: id, now, audit, correction: { identity: task.identity, value, change: { set: input, actor } } });
  if (!revision) throw planNotFound(id);
  return { revision, identity: task.identity };
}

export async function restoreTask(db: Db, reread: Rereader, now: Date, id: string, key: string, actor: string): Promise<CorrectionOutcome> {
  const { task } = await requireTask(db, id, key);
  const stored = await storedTaskCorrection(db, id, task.identity);
  if (!stored) throw new ApiError(404, "no-correction", `Nhiệm vụ ${key} chưa có điều chỉnh nào.`);
  const audit = { actor, action: "task.correction-removed" as const, planId: id, subject: key, before: storedView(stored), after: null, at: now };
  const revision = await reread({ planId: id, now, audit, correction: { identity: task.identity, value: null, change: "remove" } });
  if (!revision) throw planNotFound(id);
  return { revision, identity: task.identity };
}

/** What a phrase would give in the plan's context, without saving anything (the pages' preview). */
export async function previewPhrase(db: Db, id: string, phrase: string): Promise<Resolution> {
  const plan = await db.plan.findUnique({ where: { id }, select: { issued: true, title: true, occasionsJson: true, ceremonyJson: true } });
  if (!plan) throw planNotFound(id);
  return resolveTiming(phrase, contextOf(plan));
}

async function requireTask(db: Db, planId: string, key: string) {
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { id: true, scope: true, issued: true, title: true, occasionsJson: true, ceremonyJson: true } });
  if (!plan) throw planNotFound(planId);
  const task = await db.task.findUnique({
    where: { planId_key: { planId, key } },
    select: { identity: true, key: true, timingJson: true, units: { select: { role: true, unit: { select: { slug: true, name: true } } } } },
  });
  if (!task) throw new ApiError(404, "task-not-found", `Kế hoạch "${planId}" không có nhiệm vụ "${key}".`);
  return {
    plan,
    task: {
      identity: task.identity || task.key,
      timing: (JSON.parse(task.timingJson) as Array<{ phrase: string }>).map((r) => r.phrase),
      units: task.units.map(({ role, unit }) => ({ ...unit, role })),
    },
  };
}

/** A new phrase must give dates in this plan's context: what it cannot date is refused with the reason, before anything is saved. */
type StoredContext = { issued: string | null; title: string; occasionsJson: string; ceremonyJson: string | null };

function contextOf(plan: StoredContext) {
  return planTimingContext({ issued: plan.issued, title: plan.title, occasions: JSON.parse(plan.occasionsJson) as Occasion[], ceremony: plan.ceremonyJson ? JSON.parse(plan.ceremonyJson) : null });
}

function checkPhrase(phrase: string, plan: StoredContext): Resolution {
  const resolution = resolveTiming(phrase, contextOf(plan));
  if (resolution.items.length === 0) {
    const why = resolution.unresolved?.text ?? (resolution.notes.join(" ") || "không có ngày nào");
    throw new ApiError(422, "timing-not-understood", `Không xếp được ngày cho "${phrase}": ${why}. Hãy ghi rõ ngày, hoặc gửi các mục ngày cụ thể ({"items": [{"kind", "start", "end"}]}).`);
  }
  return resolution;
}

function checkItems(items: ExplicitItem[]): ExplicitItem[] {
  items.forEach((item, index) => {
    const timed = item.start.includes("T");
    if (timed !== item.end.includes("T") || item.end < item.start || timed !== (item.kind === "timed")) {
      throw new ApiError(400, "invalid-request", `Mục thời gian thứ ${index + 1}: "end" phải cùng dạng với "start", không sớm hơn, và chỉ loại timed có giờ.`, [{ path: `timing.items.${index}`, message: "start/end không hợp lệ" }]);
    }
  });
  return items;
}

async function unitsOf(db: Db, given: Array<{ slug?: string | undefined; name?: string | undefined; role: UnitMention["role"] }>, scope: string | null): Promise<UnitMention[]> {
  const locality = scope ? parseScope(scope) : null;
  const units: UnitMention[] = [];
  for (const [index, unit] of given.entries()) {
    if (unit.slug) {
      const known = await findUnit(db, unit.slug);
      if (!known) throw new ApiError(400, "unit-not-found", `Không có đơn vị "${unit.slug}" (units.${index}.slug): dùng mã trong GET /api/units, hoặc gửi tên mới trong "name".`, [{ path: `units.${index}.slug`, message: "không có đơn vị này" }]);
      units.push({ name: known.name, slug: known.slug, scope: known.scope, collective: known.collective, role: unit.role, written: known.name });
      continue;
    }
    const canonical = canonicalUnit(unit.name!, locality);
    if (!canonical) throw new ApiError(400, "invalid-unit", `Không nhận ra tên đơn vị "${unit.name}" (units.${index}.name).`, [{ path: `units.${index}.name`, message: "không phải tên đơn vị" }]);
    units.push({ name: canonical.name, slug: canonical.slug, scope: canonical.scope, collective: canonical.collective, role: unit.role, written: unit.name! });
  }
  return units;
}

function storedView(row: { timingJson: string | null; unitsJson: string | null; done: boolean | null; note: string | null; actor: string }) {
  const units = row.unitsJson ? (JSON.parse(row.unitsJson) as UnitMention[]).map(({ name, slug, role }) => ({ name, slug, role })) : null;
  return { timing: row.timingJson ? JSON.parse(row.timingJson) : null, units, done: row.done, note: row.note, by: row.actor };
}
