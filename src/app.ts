/**
 * The Hono app, built from injected dependencies so that the Node server, the Worker and
 * the tests share it: a database per request, a clock, settings. Every route is declared
 * with its zod schemas (routes/openapi.ts), so `/openapi.json` describes exactly what runs.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps, AppEnv } from "./routes/context.ts";
import { changeRoutes } from "./routes/changes/index.ts";
import { docsRoutes } from "./routes/docs/index.ts";
import { ApiError, errorBody, handleError } from "./routes/errors.ts";
import { feedRoutes } from "./routes/feeds/index.ts";
import { feedTokenRoutes } from "./routes/feed-tokens/index.ts";
import { healthRoutes } from "./routes/health/index.ts";
import { occasionRoutes } from "./routes/occasions/index.ts";
import { pageRoutes } from "./routes/pages/index.ts";
import { planRoutes } from "./routes/plans/index.ts";
import { scheduleRoutes } from "./routes/schedule/index.ts";
import { timingRoutes } from "./routes/timing/index.ts";
import { tokenRoutes } from "./routes/tokens/index.ts";
import { unitRoutes } from "./routes/units/index.ts";

export type { Db } from "./store/db.ts";
export { DEFAULT_SETTINGS, type AppDeps, type AppEnv, type AppSettings, type AppVariables } from "./routes/context.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.use(secureHeaders({ crossOriginResourcePolicy: "cross-origin", strictTransportSecurity: false }));
  app.use(async (c, next) => {
    await next();
    // Pages load nothing from another host and run no script of their own (the API reference runs its one inline start-up script).
    if ((c.res.headers.get("content-type") ?? "").startsWith("text/html")) {
      const script = new URL(c.req.url).pathname === "/docs" ? "'self' 'unsafe-inline'" : "'self'";
      c.res.headers.set("Content-Security-Policy", `default-src 'self'; script-src ${script}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'`);
    }
    // HSTS only where the service is reached over https: over plain http it would lock browsers out.
    const https = new URL(c.req.url).protocol === "https:" || (c.var.settings?.publicBaseUrl ?? "").startsWith("https:");
    if (https) c.res.headers.set("Strict-Transport-Security", "max-age=15552000; includeSubDomains");
  });
  app.use(async (c, next) => {
    c.set("deps", deps);
    c.set("db", deps.db(c.env));
    c.set("now", deps.clock());
    c.set("settings", deps.settings(c.env));
    await next();
  });
  // A fault the runtime sees before any statement (the file deleted, the disk full): writes are refused at once, reads go on.
  app.use(async (c, next) => {
    const fault = SAFE_METHODS.has(c.req.method) ? null : (deps.databaseFault?.() ?? null);
    if (fault) throw new ApiError(fault.status, fault.code, fault.message);
    await next();
  });
  app.use("*", async (c, next) => {
    const limit = c.var.settings.maxUploadBytes;
    return bodyLimit({
      maxSize: limit,
      onError: (ctx) => ctx.json(errorBody("too-large", `Tệp quá lớn: tối đa ${Math.round(limit / 1024 / 1024)} MB.`), 413),
    })(c, next);
  });

  app.route("/", healthRoutes);
  app.route("/api/plans", planRoutes);
  app.route("/api", scheduleRoutes);
  app.route("/api/changes", changeRoutes);
  app.route("/api/units", unitRoutes);
  app.route("/api/timing", timingRoutes);
  app.route("/api/occasions", occasionRoutes);
  app.route("/api/feed-tokens", feedTokenRoutes);
  app.route("/api/tokens", tokenRoutes);
  app.route("/feeds", feedRoutes);
  // Pages' forms: refused when posted from another origin (the form token is checked too).
  app.use("/plans/*", csrf());
  app.use("/plans", csrf());
  app.use("/sign-in", csrf());
  app.use("/sign-out", csrf());
  app.route("/", pageRoutes);
  app.route("/", docsRoutes(app, deps.docsScript));

  app.notFound((c) => c.json(errorBody("not-found", `Không có địa chỉ ${new URL(c.req.url).pathname}.`), 404));
  app.onError(handleError);
  return app;
}
