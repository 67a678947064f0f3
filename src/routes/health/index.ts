import { createRoute } from "@hono/zod-openapi";
import { databaseHealth } from "../../store/health.ts";
import { json, router, z } from "../openapi.ts";

const Health = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    db: z.enum(["ok", "unreachable", "db-busy", "db-read-only", "disk-full", "db-unavailable"]).openapi({ description: "ok, hoặc lý do không đọc/ghi được: bận (bị khoá), chỉ đọc, đĩa đầy, không mở được" }),
  })
  .openapi("Health");

const health = createRoute({
  method: "get",
  path: "/health",
  tags: ["Dịch vụ"],
  summary: "Dịch vụ có đang chạy và cơ sở dữ liệu có đọc, ghi được không",
  responses: { 200: json(Health, "Đang chạy"), 503: json(Health, "Không đọc hoặc không ghi được cơ sở dữ liệu, và vì sao") },
});

export const healthRoutes = router().openapi(health, async (c) => {
  const known = c.var.deps.databaseFault?.();
  if (known) return c.json({ status: "unavailable" as const, db: known.code }, 503);
  const health = await databaseHealth(c.var.db, { writing: c.var.deps.importing?.() === true });
  return health.ok ? c.json({ status: "ok" as const, db: "ok" as const }, 200) : c.json({ status: "unavailable" as const, db: health.fault }, 503);
});
