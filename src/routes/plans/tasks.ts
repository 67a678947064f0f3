/**
 * Corrections of a task: `PATCH /api/plans/{id}/tasks/{key}` sets its timing, units or done,
 * `DELETE …/correction` goes back to what the document says. Each moves the feeds (SEQUENCE
 * goes up on every changed event) and is written to the audit trail, in one transaction.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { rereadPlan } from "../../store/importer.ts";
import { planTimingContext } from "../../reader/read.ts";
import type { Occasion, UnitMention } from "../../reader/types.ts";
import type { ExplicitItem, TaskCorrection } from "../../schedule/task-corrections.ts";
import { getPlan } from "../../store/plans.ts";
import { removeTaskCorrection, upsertTaskCorrection, type CorrectionInput } from "../../store/task-corrections.ts";
import { findUnit } from "../../store/units.ts";
import { resolveTiming } from "../../timing/resolve.ts";
import { canonicalUnit } from "../../units/canonical.ts";
import { parseScope } from "../../units/scope.ts";
import { requireWriteAccess } from "../access.ts";
import { publicOrigin, type AppEnv } from "../context.ts";
import { ApiError } from "../errors.ts";
import { errors, json, router, WRITE_SECURITY, z } from "../openapi.ts";
import { planJson } from "./plan-json.ts";
import { RevisionSchema, TaskKeyParams, TaskPatchSchema, TaskSchema } from "./schemas.ts";

const Answer = z.object({ revision: RevisionSchema, task: TaskSchema });

const patch = createRoute({
  method: "patch",
  path: "/{id}/tasks/{key}",
  tags: ["Kế hoạch"],
  summary: "Điều chỉnh một nhiệm vụ: thời gian (cụm từ mới hoặc ngày cụ thể), đơn vị và vai trò, đã thực hiện, ghi chú",
  description:
    "Điều chỉnh được lưu riêng với điều văn bản ghi, giữ qua các bản sửa đổi khi vẫn là nhiệm vụ đó (cùng UID lịch), hiện trong dữ liệu kế hoạch (`correction`) và trong nhật ký. Mọi lịch liên quan cập nhật (SEQUENCE tăng).",
  security: WRITE_SECURITY,
  request: { params: TaskKeyParams, body: { required: true, content: { "application/json": { schema: TaskPatchSchema } } } },
  responses: { 200: json(Answer, "Nhiệm vụ sau điều chỉnh, và các sự kiện đã đổi"), ...errors(400, 401, 403, 404, 422) },
});

const undo = createRoute({
  method: "delete",
  path: "/{id}/tasks/{key}/correction",
  tags: ["Kế hoạch"],
  summary: "Bỏ điều chỉnh của một nhiệm vụ: trở về điều văn bản ghi",
  security: WRITE_SECURITY,
  request: { params: TaskKeyParams },
  responses: { 200: json(Answer, "Nhiệm vụ theo văn bản, và các sự kiện đã đổi"), ...errors(400, 401, 403, 404) },
});

export const taskCorrectionRoutes = router()
  .openapi(patch, async (c) => {
    const actor = await requireWriteAccess(c);
    const { id, key } = c.req.valid("param");
    const body = c.req.valid("json");
    const { plan, task } = await requireTask(c, id, key);
    const input: CorrectionInput = {};
    if (typeof body.timing === "string") input.timing = { phrase: checkPhrase(body.timing, plan) };
    else if (body.timing) input.timing = { items: checkItems(body.timing.items) };
    if (body.units) input.units = await unitsOf(c, body.units, plan.scope);
    if (body.done !== undefined) input.done = body.done;
    if (body.note !== undefined) input.note = body.note;
    const { before, write } = await upsertTaskCorrection(c.var.db, id, task.identity, input, actor.name, c.var.now);
    const value: TaskCorrection = {
      identity: task.identity,
      timing: input.timing ?? (before?.timingJson ? JSON.parse(before.timingJson) : null),
      units: input.units ?? (before?.unitsJson ? (JSON.parse(before.unitsJson) as UnitMention[]) : null),
      done: input.done ?? before?.done ?? null,
      note: input.note ?? before?.note ?? null,
      actor: actor.name,
      updatedAt: c.var.now,
    };
    const audit = {
      actor: actor.name,
      action: "task.corrected" as const,
      planId: id,
      subject: key,
      before: before ? storedView(before) : { document: { timing: task.timing, units: task.units } },
      after: { timing: value.timing, units: value.units?.map(({ name, slug, role }) => ({ name, slug, role })) ?? null, done: value.done },
      note: body.note ?? null,
      at: c.var.now,
    };
    const revision = await rereadPlan(c.var.db, id, c.var.now, { audit, correction: { identity: task.identity, value, write } });
    return c.json({ revision: revision!, task: await taskAnswer(c, id, task.identity) }, 200);
  })
  .openapi(undo, async (c) => {
    const actor = await requireWriteAccess(c);
    const { id, key } = c.req.valid("param");
    const { task } = await requireTask(c, id, key);
    const stored = await c.var.db.taskCorrection.findUnique({ where: { planId_identity: { planId: id, identity: task.identity } } });
    if (!stored) throw new ApiError(404, "no-correction", `Nhiệm vụ ${key} chưa có điều chỉnh nào.`);
    const audit = { actor: actor.name, action: "task.correction-removed" as const, planId: id, subject: key, before: storedView(stored), after: null, at: c.var.now };
    const revision = await rereadPlan(c.var.db, id, c.var.now, { audit, correction: { identity: task.identity, value: null, write: removeTaskCorrection(c.var.db, id, task.identity) } });
    return c.json({ revision: revision!, task: await taskAnswer(c, id, task.identity) }, 200);
  });

async function requireTask(c: Context<AppEnv>, planId: string, key: string) {
  const plan = await c.var.db.plan.findUnique({ where: { id: planId }, select: { id: true, scope: true, issued: true, title: true, occasionsJson: true, ceremonyJson: true } });
  if (!plan) throw new ApiError(404, "plan-not-found", `Không có kế hoạch mã "${planId}".`);
  const task = await c.var.db.task.findUnique({
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
function checkPhrase(phrase: string, plan: { issued: string | null; title: string; occasionsJson: string; ceremonyJson: string | null }): string {
  const context = planTimingContext({ issued: plan.issued, title: plan.title, occasions: JSON.parse(plan.occasionsJson) as Occasion[], ceremony: plan.ceremonyJson ? JSON.parse(plan.ceremonyJson) : null });
  const resolution = resolveTiming(phrase, context);
  if (resolution.items.length === 0) {
    const why = resolution.unresolved?.text ?? (resolution.notes.join(" ") || "không có ngày nào");
    throw new ApiError(422, "timing-not-understood", `Không xếp được ngày cho "${phrase}": ${why}. Hãy ghi rõ ngày, hoặc gửi các mục ngày cụ thể ({"items": [{"kind", "start", "end"}]}).`);
  }
  return phrase;
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

async function unitsOf(c: Context<AppEnv>, given: Array<{ slug?: string | undefined; name?: string | undefined; role: UnitMention["role"] }>, scope: string | null): Promise<UnitMention[]> {
  const locality = scope ? parseScope(scope) : null;
  const units: UnitMention[] = [];
  for (const [index, unit] of given.entries()) {
    if (unit.slug) {
      const known = await findUnit(c.var.db, unit.slug);
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

/** The task as the plan JSON shows it, found by identity (its outline id may have changed). */
async function taskAnswer(c: Context<AppEnv>, planId: string, identity: string) {
  const plan = planJson((await getPlan(c.var.db, planId))!, publicOrigin(c));
  const row = await c.var.db.task.findFirst({ where: { planId, identity }, select: { key: true } });
  return plan.tasks.find((t) => t.id === row?.key) ?? plan.tasks[0]!;
}
