/**
 * Corrections of a task: `PATCH /api/plans/{id}/tasks/{key}` sets its timing, units or done,
 * `DELETE …/correction` goes back to what the document says. Each moves the feeds (SEQUENCE
 * goes up on every changed event) and is written to the audit trail, in one transaction.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { getPlan } from "../../store/plans.ts";
import { requireWriteAccess } from "../access.ts";
import { publicOrigin, type AppEnv } from "../context.ts";
import { errors, json, router, WRITE_SECURITY, z } from "../openapi.ts";
import { correctTask, restoreTask, rereaderOf } from "./correct.ts";
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
    const { revision, identity } = await correctTask(c.var.db, rereaderOf(c), c.var.now, id, key, c.req.valid("json"), actor.name);
    return c.json({ revision, task: await taskAnswer(c, id, identity) }, 200);
  })
  .openapi(undo, async (c) => {
    const actor = await requireWriteAccess(c);
    const { id, key } = c.req.valid("param");
    const { revision, identity } = await restoreTask(c.var.db, rereaderOf(c), c.var.now, id, key, actor.name);
    return c.json({ revision, task: await taskAnswer(c, id, identity) }, 200);
  });

/** The task as the plan JSON shows it, found by identity (its outline id may have changed). */
async function taskAnswer(c: Context<AppEnv>, planId: string, identity: string) {
  const plan = planJson((await getPlan(c.var.db, planId))!, publicOrigin(c));
  const row = await c.var.db.task.findFirst({ where: { planId, identity }, select: { key: true } });
  return plan.tasks.find((t) => t.id === row?.key) ?? plan.tasks[0]!;
}
