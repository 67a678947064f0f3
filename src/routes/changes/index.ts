/** `GET /api/changes`: the audit trail of every write, newest first. */
import { createRoute } from "@hono/zod-openapi";
import { listAudit } from "../../store/audit.ts";
import { errors, json, router } from "../openapi.ts";
import { AuditPageSchema, AuditQuery } from "../plans/schemas.ts";

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Nhật ký"],
  summary: "Nhật ký mọi thay đổi: nhập, sửa đổi, lễ, điều chỉnh nhiệm vụ, đơn vị, xoá kế hoạch, mã lịch và mã truy cập — ai, khi nào, trước → sau, ghi chú",
  request: { query: AuditQuery },
  responses: { 200: json(AuditPageSchema, "Mới nhất trước"), ...errors(400) },
});

export const changeRoutes = router().openapi(list, async (c) => {
  const { limit, before } = c.req.valid("query");
  const page = await listAudit(c.var.db, { limit, ...(before ? { before } : {}) });
  return c.json({ changes: page.events, next: page.next }, 200);
});
