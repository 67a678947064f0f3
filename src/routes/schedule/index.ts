/**
 * `GET /api/schedule`, `GET /api/plans/{id}/schedule`: dated entries, filtered, paged, and
 * followed by sync tokens; `/unresolved` and `/countdown` of a plan.
 */
import { createRoute, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { vietnamDay } from "../../timing/dates.ts";
import { listOccasions } from "../../store/feeds.ts";
import { changesAfter, latestChange, oldestChange, SYNC_RETENTION_DAYS } from "../../store/entry-changes.ts";
import { findUnit } from "../../store/units.ts";
import { schedulePage, scheduleEntriesByUid, type ScheduleFilter, type ScheduleStatus } from "../../store/schedule.ts";
import { decodeCursor, decodeSyncToken, encodeCursor, encodeSyncToken, QUERY_KEYS, type ScheduleQuery } from "../../schedule/sync-token.ts";
import { publicOrigin, type AppEnv } from "../context.ts";
import { ApiError, planNotFound } from "../errors.ts";
import { errors, json, router } from "../openapi.ts";
import { AllScheduleQuery, CountdownQuery, CountdownSchema, PlanIdParam, ScheduleFilterQuery, SchedulePageSchema, UnresolvedSchema } from "./schemas.ts";
import { getPlanSummary } from "../../store/plans.ts";
import { countdownOf, entryOf, unresolvedOf } from "./answers.ts";

type Page = z.infer<typeof SchedulePageSchema>;

const listAll = createRoute({
  method: "get",
  path: "/schedule",
  tags: ["Lịch"],
  summary: "Các mục có ngày của mọi kế hoạch: lọc theo đơn vị, kế hoạch, dịp, khoảng ngày, loại, vai trò, trạng thái",
  description:
    "Thứ tự ổn định (ngày bắt đầu, rồi uid), phân trang bằng `cursor` (`limit` ≤ 500). Mỗi câu trả lời có `syncToken`: gửi lại `?syncToken=…` để chỉ nhận những mục đã thêm, đổi hoặc bỏ từ đó (mục bỏ là `{uid, removed: true}`), như sync token của Google Calendar. Mã hết hạn (quá " +
    `${SYNC_RETENTION_DAYS} ngày) hoặc không nhận ra: 410, đồng bộ lại từ đầu.`,
  request: { query: AllScheduleQuery },
  responses: { 200: json(SchedulePageSchema, "Một trang các mục"), ...errors(400, 404, 410) },
});

const listOfPlan = createRoute({
  method: "get",
  path: "/plans/{id}/schedule",
  tags: ["Lịch"],
  summary: "Các mục có ngày của một kế hoạch",
  request: { params: PlanIdParam, query: ScheduleFilterQuery },
  responses: { 200: json(SchedulePageSchema, "Một trang các mục"), ...errors(400, 404, 410) },
});

const unresolved = createRoute({
  method: "get",
  path: "/plans/{id}/unresolved",
  tags: ["Lịch"],
  summary: "Các nhiệm vụ chưa xếp được ngày: thời gian như văn bản ghi và lý do",
  request: { params: PlanIdParam },
  responses: { 200: json(UnresolvedSchema, "Các nhiệm vụ chưa có ngày"), ...errors(400, 404) },
});

const countdown = createRoute({
  method: "get",
  path: "/plans/{id}/countdown",
  tags: ["Lịch"],
  summary: "Đếm ngược đến lễ: số ngày, việc đến hạn trong 7 và 30 ngày, việc quá hạn, việc chưa có ngày",
  description: "Số ngày tính theo ngày lịch giờ Việt Nam (từ 08:00 ngày 01/12/2023 đến lễ 08:00 ngày 10/01/2024 là 40 ngày). `now` cho câu trả lời lặp lại được.",
  request: { params: PlanIdParam, query: CountdownQuery },
  responses: { 200: json(CountdownSchema, "Đếm ngược"), ...errors(400, 404) },
});

export const scheduleRoutes = router()
  .openapi(listAll, async (c) => c.json(await answerSchedule(c, c.req.valid("query")), 200))
  .openapi(listOfPlan, async (c) => {
    const { id } = c.req.valid("param");
    await requirePlan(c, id);
    return c.json(await answerSchedule(c, { ...c.req.valid("query"), plan: id }), 200);
  })
  .openapi(unresolved, async (c) => {
    const plan = await requirePlan(c, c.req.valid("param").id);
    return c.json({ plan: { id: plan.id, number: plan.number, title: plan.title }, unresolved: await unresolvedOf(c.var.db, plan.id, publicOrigin(c)) }, 200);
  })
  .openapi(countdown, async (c) => {
    const plan = await requirePlan(c, c.req.valid("param").id);
    const given = c.req.valid("query").now;
    const now = given ? new Date(given) : c.var.now;
    return c.json(await countdownOf(c.var.db, plan.id, now, publicOrigin(c)), 200);
  });

async function requirePlan(c: Context<AppEnv>, id: string) {
  const plan = await getPlanSummary(c.var.db, id);
  if (!plan) throw planNotFound(id);
  return plan;
}

type Asked = z.infer<typeof AllScheduleQuery>;

async function answerSchedule(c: Context<AppEnv>, asked: Asked): Promise<Page> {
  if (asked.syncToken) return answerSync(c, asked.syncToken, asked.limit);
  const cursor = asked.cursor ? decodeCursor(asked.cursor) : null;
  if (asked.cursor && !cursor) throw new ApiError(400, "invalid-cursor", '"cursor" không đúng: dùng nguyên giá trị "next" của trang trước.');
  const query = cursor?.query ?? queryOf(asked);
  const filter = await filterOf(c, query);
  const seq = cursor?.seq ?? (await latestChange(c.var.db));
  const issuedAt = cursor?.issuedAt ?? c.var.now.getTime();
  const rows = await schedulePage(c.var.db, filter, cursor?.after ?? null, asked.limit);
  const page = rows.slice(0, asked.limit);
  const last = page[page.length - 1];
  return {
    entries: page.map((row) => entryOf(row, publicOrigin(c))),
    next: rows.length > asked.limit && last ? encodeCursor({ query, after: { start: last.start, uid: last.uid }, seq, issuedAt }) : null,
    syncToken: encodeSyncToken({ query, seq, issuedAt }),
  };
}

async function answerSync(c: Context<AppEnv>, text: string, limit: number): Promise<Page> {
  const token = decodeSyncToken(text);
  const again = "Hãy đồng bộ lại từ đầu: gọi /api/schedule không có syncToken.";
  if (!token) throw new ApiError(410, "sync-token-invalid", `Không nhận ra mã đồng bộ. ${again}`);
  const [latest, oldest] = await Promise.all([latestChange(c.var.db), oldestChange(c.var.db)]);
  if (token.seq > latest) throw new ApiError(410, "sync-token-invalid", `Mã đồng bộ không thuộc dữ liệu này. ${again}`);
  const expired = c.var.now.getTime() - token.issuedAt > SYNC_RETENTION_DAYS * 86_400_000 || (oldest !== null && token.seq + 1 < oldest);
  if (expired) throw new ApiError(410, "sync-token-expired", `Mã đồng bộ đã hết hạn (giữ ${SYNC_RETENTION_DAYS} ngày). ${again}`);
  const filter = await filterOf(c, token.query, { tolerateMissing: true });
  const changes = await changesAfter(c.var.db, token.seq, { planIds: filter.planIds, unitId: filter.unitId }, limit);
  const uids = [...new Set(changes.map((change) => change.uid))];
  const current = new Map((await scheduleEntriesByUid(c.var.db, filter, uids)).map((row) => [row.uid, row]));
  const origin = publicOrigin(c);
  const entries: Page["entries"] = [
    ...[...current.values()].map((row) => entryOf(row, origin)),
    ...uids.filter((uid) => !current.has(uid)).sort().map((uid) => ({ uid, removed: true as const })),
  ];
  const more = changes.length === limit;
  const reached = more ? changes[changes.length - 1]!.seq : latest;
  const next = encodeSyncToken({ query: token.query, seq: reached, issuedAt: c.var.now.getTime() });
  return { entries, next: more ? next : null, syncToken: next };
}

function queryOf(asked: Asked): ScheduleQuery {
  const query: ScheduleQuery = {};
  for (const key of QUERY_KEYS) if (asked[key] !== undefined) query[key] = asked[key];
  return query;
}

/**
 * The store's filter for a query. A sync token names a unit or plan that may since have been
 * merged or deleted: then its entries are all gone (`tolerateMissing`), not an error.
 */
async function filterOf(c: Context<AppEnv>, query: ScheduleQuery, options: { tolerateMissing?: boolean } = {}): Promise<ScheduleFilter> {
  const { db } = c.var;
  let unitId: string | null = null;
  if (query.unit) {
    const unit = await findUnit(db, query.unit);
    if (!unit && !options.tolerateMissing) throw new ApiError(404, "unit-not-found", `Không có đơn vị "${query.unit}".`);
    unitId = unit?.id ?? `missing:${query.unit}`;
  }
  let planIds: string[] | null = query.plan ? [query.plan] : null;
  if (query.occasion) {
    const occasion = (await listOccasions(db)).find((o) => o.slug === query.occasion);
    if (!occasion && !options.tolerateMissing) throw new ApiError(404, "occasion-not-found", `Không có dịp kỷ niệm "${query.occasion}".`);
    const ids = occasion?.plans.map((p) => p.id) ?? [];
    planIds = planIds ? planIds.filter((id) => ids.includes(id)) : ids;
  }
  if (query.from && query.to && query.to < query.from) throw new ApiError(400, "invalid-window", `"to" (${query.to}) phải không sớm hơn "from" (${query.from}).`);
  return {
    planIds,
    unitId,
    from: query.from ?? null,
    to: query.to ?? null,
    kinds: query.kind ? query.kind.split(",").map((k) => k.trim()) : null,
    roles: query.role ? query.role.split(",").map((r) => r.trim()) : null,
    status: (query.status as ScheduleStatus | undefined) ?? null,
    today: vietnamDay(c.var.now),
  };
}

