import { Hono } from "hono";
import type { AppEnv } from "../app.ts";
import { databaseReachable } from "../store/health.ts";

export const healthRoutes = new Hono<AppEnv>().get("/health", async (c) => {
  const ok = await databaseReachable(c.var.db);
  return c.json({ status: ok ? "ok" : "unavailable", db: ok ? "ok" : "unreachable" }, ok ? 200 : 503);
});
