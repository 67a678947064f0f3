import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { publishFeed, type FeedSelector, type PublishedFeed } from "../../store/publisher.ts";
import type { UnitRole } from "../../reader/types.ts";
import { tokenOpens } from "../../store/feed-tokens.ts";
import type { DateWindow } from "../../store/feeds.ts";
import { isIsoDate, toDayNumber } from "../../timing/dates.ts";
import { etagMatches } from "../conditional.ts";
import { parseAlarm } from "../settings.ts";
import { publicOrigin, type AppEnv } from "../context.ts";
import { ApiError } from "../errors.ts";
import { feedScope } from "../feed-links.ts";
import { errors, router, z } from "../openapi.ts";

const ROLES: UnitRole[] = ["lead", "support", "advise"];
const MAX_WINDOW_DAYS = 3660;

const FeedQuery = z.object({
  from: z.string().optional().openapi({ description: "Từ ngày YYYY-MM-DD (mặc định: mọi mục, kể cả đã qua; lịch quá khoảng 800 KB bỏ bớt mục cũ nhất)" }),
  to: z.string().optional().openapi({ description: "Đến ngày YYYY-MM-DD; khoảng tối đa 10 năm" }),
  alarm: z.string().optional().openapi({ description: "Nhắc trước bao nhiêu phút (1–40320), hoặc none" }),
  key: z.string().optional().openapi({ description: "Mã bí mật của lịch (khi FEEDS_PRIVATE)" }),
});
const UnitFeedQuery = FeedQuery.extend({ role: z.string().optional().openapi({ description: "Chỉ các vai trò: lead, support, advise (cách nhau bằng dấu phẩy)" }) });
const FileParam = (example: string) => z.object({ file: z.string().openapi({ param: { name: "file", in: "path" }, example }) });

const CALENDAR = {
  200: { description: "Lịch iCalendar (RFC 5545); ETag, Last-Modified", content: { "text/calendar": { schema: z.string() } } },
  304: { description: "Lịch không đổi từ lần trước (If-None-Match / If-Modified-Since)" },
  ...errors(400, 401, 403, 404),
};

function feedRoute(path: string, summary: string, params?: ReturnType<typeof FileParam>, unit = false) {
  return createRoute({ method: "get", path, tags: ["Lịch .ics"], summary, request: { ...(params ? { params } : {}), query: unit ? UnitFeedQuery : FeedQuery }, responses: CALENDAR });
}

/** `/feeds/units/<slug>.ics`, `/feeds/plans/<id>.ics`, `/feeds/occasions/<slug>.ics`, `/feeds/all.ics`. */
export const feedRoutes = router()
  .openapi(feedRoute("/units/{file}", "Lịch của một đơn vị: các nhiệm vụ đơn vị chủ trì, phối hợp, tham mưu", FileParam("so-van-hoa-the-thao-va-du-lich-tinh-lai-chau.ics"), true), (c) =>
    serveFeed(c, { kind: "unit", slug: icsName(c, "units") }),
  )
  .openapi(feedRoute("/plans/{file}", "Lịch của cả một kế hoạch", FileParam("p_6e4cf58b1858.ics")), (c) => serveFeed(c, { kind: "plan", id: icsName(c, "plans") }))
  .openapi(feedRoute("/occasions/{file}", "Lịch của một dịp kỷ niệm", FileParam("2024-01-01-ky-niem-20-nam-thanh-lap-tinh-lai-chau.ics")), (c) =>
    serveFeed(c, { kind: "occasion", slug: icsName(c, "occasions") }),
  )
  .openapi(feedRoute("/all.ics", "Lịch của mọi kế hoạch"), (c) => serveFeed(c, { kind: "all" }));

function icsName(c: Context<AppEnv>, folder: string): string {
  const file = c.req.param("file" as never) ?? "";
  if (!file.endsWith(".ics") || file.length <= 4) {
    throw new ApiError(404, "feed-not-found", `Không có lịch "${file}": địa chỉ lịch có dạng /feeds/${folder}/<mã>.ics.`);
  }
  return file.slice(0, -4);
}

const NOT_FOUND: Record<FeedSelector["kind"], [string, string]> = {
  unit: ["unit-not-found", "Không có đơn vị"],
  plan: ["plan-not-found", "Không có kế hoạch mã"],
  occasion: ["occasion-not-found", "Không có dịp kỷ niệm"],
  all: ["feed-not-found", "Không có lịch"],
};

// Calendar bodies are not JSON: the route's typed responses cannot describe them, so the handlers answer plain Responses.
async function serveFeed(c: Context<AppEnv>, selector: FeedSelector): Promise<never> {
  const { settings, db } = c.var;
  if (settings.privateFeeds) {
    const key = c.req.query("key");
    if (!key) throw new ApiError(401, "feed-key-required", "Lịch này là lịch riêng: địa chỉ cần có mã bí mật (?key=...). Hãy xin địa chỉ mới từ người quản trị.");
    if (!(await tokenOpens(db, key, feedScope(selector)))) throw new ApiError(403, "feed-key-invalid", "Mã bí mật của lịch không đúng hoặc đã bị thu hồi.");
  }
  const feed = await publishFeed(
    db,
    { selector, roles: rolesFrom(c, selector), window: windowFrom(c), alarmMinutes: alarmFrom(c), origin: publicOrigin(c) },
    { cache: c.var.deps.feedCache === true },
  );
  if (!feed) {
    const [code, label] = NOT_FOUND[selector.kind];
    const name = "slug" in selector ? selector.slug : "id" in selector ? selector.id : "";
    throw new ApiError(404, code, `${label} "${name}".`);
  }
  return sendCalendar(c, feed) as never;
}

function rolesFrom(c: Context<AppEnv>, selector: FeedSelector): UnitRole[] | null {
  const value = c.req.query("role");
  if (value === undefined || value === "") return null;
  if (selector.kind !== "unit") throw new ApiError(400, "role-filter-units-only", "Chỉ lịch của một đơn vị lọc được theo vai trò (?role=lead,support,advise).");
  const roles = value.split(",").map((r) => r.trim());
  const unknown = roles.filter((r) => !ROLES.includes(r as UnitRole));
  if (unknown.length > 0) throw new ApiError(400, "invalid-role", `Vai trò không hợp lệ: ${unknown.join(", ")}. Dùng lead (chủ trì), support (phối hợp), advise (tham mưu).`);
  return ROLES.filter((r) => roles.includes(r));
}

/** `from`/`to` narrow a feed; by default it holds every dated item (within FEED_BYTES). */
function windowFrom(c: Context<AppEnv>): DateWindow {
  const from = c.req.query("from") || null;
  const to = c.req.query("to") || null;
  for (const [name, value] of [["from", from], ["to", to]] as const) {
    if (value !== null && !isIsoDate(value)) {
      throw new ApiError(400, "invalid-window", `"${name}" phải là ngày dạng YYYY-MM-DD (nhận "${value}").`);
    }
  }
  if (from && to) {
    const days = toDayNumber(to) - toDayNumber(from);
    if (days < 0 || days > MAX_WINDOW_DAYS) throw new ApiError(400, "invalid-window", `Khoảng thời gian phải từ "from" đến "to", không quá 10 năm (nhận ${from} – ${to}).`);
  }
  return { from, to };
}

function alarmFrom(c: Context<AppEnv>): number | null {
  const value = c.req.query("alarm");
  if (value === undefined) return c.var.settings.alarmMinutes;
  const minutes = parseAlarm(value);
  if (minutes === undefined) throw new ApiError(400, "invalid-alarm", `"alarm" là số phút nhắc trước (1–40320) hoặc "none" (nhận "${value}").`);
  return minutes;
}

/** Strong ETag and Last-Modified from the data; 304 when the client is current. */
function sendCalendar(c: Context<AppEnv>, feed: PublishedFeed): Response {
  const headers: Record<string, string> = {
    "Content-Type": "text/calendar; charset=utf-8",
    ETag: feed.etag,
    "Last-Modified": feed.lastModified.toUTCString(),
    "Cache-Control": c.var.settings.privateFeeds ? "private, max-age=300" : "public, max-age=300",
  };
  const ifNoneMatch = c.req.header("if-none-match");
  const ifModifiedSince = c.req.header("if-modified-since");
  const notModified = ifNoneMatch
    ? etagMatches(ifNoneMatch, feed.etag)
    : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= feed.lastModified.getTime();
  if (notModified) return new Response(null, { status: 304, headers });
  return new Response(c.req.method === "HEAD" ? null : feed.body, { status: 200, headers });
}
