import { createRoute } from "@hono/zod-openapi";
import { databaseReachable } from "../../store/health.ts";
import { json, router, z } from "../openapi.ts";

const Health = z.object({ status: z.enum(["ok", "unavailable"]), db: z.enum(["ok", "unreachable"]) }).openapi("Health");

const health = createRoute({
  method: "get",
  path: "/health",
  tags: ["Dịch vụ"],
  summary: "Dịch vụ và cơ sở dữ liệu có đang chạy không",
  responses: { 200: json(Health, "Đang chạy"), 503: json(Health, "Không tới được cơ sở dữ liệu") },
});

export const healthRoutes = router().openapi(health, async (c) => {
  const ok = await databaseReachable(c.var.db);
  return ok ? c.json({ status: "ok" as const, db: "ok" as const }, 200) : c.json({ status: "unavailable" as const, db: "unreachable" as const }, 503);
});
