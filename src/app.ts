/**
 * The Hono app, built from injected dependencies so that the Node server, the Worker and
 * the tests share it: a database per request, a clock, settings.
 */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { ApiError, errorBody, handleError } from "./routes/errors.ts";
import { feedRoutes } from "./routes/feeds.ts";
import { healthRoutes } from "./routes/health.ts";
import { feedTokenRoutes } from "./routes/feed-tokens.ts";
import { occasionRoutes } from "./routes/occasions.ts";
import { pageRoutes } from "./routes/pages.ts";
import { planRoutes } from "./routes/plans.ts";
import { timingRoutes } from "./routes/timing.ts";
import { unitRoutes } from "./routes/units.ts";
import type { Db } from "./store/db.ts";

export type { Db };

export interface AppSettings {
  /** Bearer tokens accepted for writes; empty = writes only from loopback. */
  apiTokens: string[];
  /** Origin used in links (feed URLs); defaults to the request's own origin. */
  publicBaseUrl: string | null;
  maxUploadBytes: number;
  /** Feeds need a secret token per feed (FEEDS_PRIVATE); otherwise they are public. */
  privateFeeds: boolean;
  /** Default reminder before deadlines and timed events, in minutes; null for none. */
  alarmMinutes: number | null;
}

export interface AppDeps {
  db: (env: unknown) => Db;
  clock: () => Date;
  settings: (env: unknown) => AppSettings;
  /** The client's address, where the runtime knows it. */
  remoteAddress: (c: Context) => string | undefined;
  /** Keep rendered feeds in memory until the store changes: one process per database (Node). */
  feedCache?: boolean;
}

export interface AppVariables {
  db: Db;
  now: Date;
  settings: AppSettings;
  deps: AppDeps;
}

export type AppEnv = { Variables: AppVariables; Bindings: Record<string, unknown> };

export const DEFAULT_SETTINGS: AppSettings = { apiTokens: [], publicBaseUrl: null, maxUploadBytes: 20 * 1024 * 1024, privateFeeds: false, alarmMinutes: 24 * 60 };

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(secureHeaders({ crossOriginResourcePolicy: "cross-origin" }));
  app.use(async (c, next) => {
    c.set("deps", deps);
    c.set("db", deps.db(c.env));
    c.set("now", deps.clock());
    c.set("settings", deps.settings(c.env));
    await next();
  });
  app.use("/api/*", async (c, next) => {
    const limit = c.var.settings.maxUploadBytes;
    return bodyLimit({
      maxSize: limit,
      onError: (ctx) => ctx.json(errorBody("too-large", `Tệp quá lớn: tối đa ${Math.round(limit / 1024 / 1024)} MB.`), 413),
    })(c, next);
  });

  app.get("/", (c) =>
    c.json({
      service: "lich-kehoach",
      description: "Lịch kế hoạch: lịch đăng ký theo từng đơn vị từ các kế hoạch hành chính.",
      links: { plans: "/api/plans", units: "/api/units", occasions: "/api/occasions", resolve: "/api/timing/resolve", feedTokens: "/api/feed-tokens", allFeed: "/feeds/all.ics", health: "/health" },
    }),
  );
  app.route("/", healthRoutes);
  app.route("/api/plans", planRoutes);
  app.route("/api/units", unitRoutes);
  app.route("/api/timing", timingRoutes);
  app.route("/api/occasions", occasionRoutes);
  app.route("/api/feed-tokens", feedTokenRoutes);
  app.route("/feeds", feedRoutes);
  app.route("/", pageRoutes);

  app.notFound((c) => c.json(errorBody("not-found", `Không có địa chỉ ${new URL(c.req.url).pathname}.`), 404));
  app.onError(handleError);
  return app;
}

/** Writes need a bearer token when tokens are configured, and come from loopback otherwise. */
export function requireWriteAccess(c: Context<AppEnv>): void {
  const { apiTokens } = c.var.settings;
  if (apiTokens.length > 0) {
    const header = c.req.header("authorization") ?? "";
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!token) throw new ApiError(401, "unauthorized", "Cần mã truy cập: gửi tiêu đề Authorization: Bearer <mã>.");
    if (!apiTokens.some((known) => timingSafeEqual(known, token))) throw new ApiError(403, "forbidden", "Mã truy cập không hợp lệ.");
    return;
  }
  const address = c.var.deps.remoteAddress(c);
  if (!address || !isLoopback(address)) {
    throw new ApiError(403, "writes-loopback-only", "Máy chủ chưa cấu hình API_TOKENS: chỉ nhận ghi dữ liệu từ chính máy chủ (localhost).");
  }
}

export function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === "::1" || address === "::ffff:127.0.0.1" || /^::ffff:127\./.test(address);
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The origin used in links the API hands out. */
export function publicOrigin(c: Context<AppEnv>): string {
  return (c.var.settings.publicBaseUrl ?? new URL(c.req.url).origin).replace(/\/+$/, "");
}
