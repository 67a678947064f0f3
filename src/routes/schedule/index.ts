/**
 * `GET /api/schedule`, `GET /api/plans/{id}/schedule`: dated entries, filtered, paged, and
 * followed by sync tokens; `/unresolved` and `/countdown` of a plan.
 */
import { createRoute, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { vietnamDay } from "../../store/publisher.ts";
import type { Resolution } from "../../timing/types.ts";
import { addDays, toDayNumber } from "../../timing/dates.ts";
import { listOccasions } from "../../store/feeds.ts";
import { changesAfter, latestChange, oldestChange, SYNC_RETENTION_DAYS } from "../../store/entry-changes.ts";
import { findUnit } from "../../store/units.ts";
import { schedulePage, scheduleEntriesByUid, type ScheduleFilter, type ScheduleRow, type ScheduleStatus } from "../../store/schedule.ts";
import { decodeCursor, decodeSyncToken, encodeCursor, encodeSyncToken, type ScheduleQuery } from "../../schedule/sync-token.ts";
import { publicOrigin, type AppEnv } from "../context.ts";
import { ApiError } from "../errors.ts";
import { errors, json, router } from "../openapi.ts";
import { AllScheduleQuery, CountdownQuery, CountdownSchema, PlanIdParam, ScheduleEntrySchema, ScheduleFilterQuery, SchedulePageSchema, UnresolvedSchema } from "./schemas.ts";
import { getPlanSummary, planCeremony, planTasksTiming } from "../../store/plans.ts";

type Page = z.infer<typeof SchedulePageSchema>;
type Entry = z.infer<typeof ScheduleEntrySchema>;

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
    return c.json({ plan: { id: plan.id, number: plan.number, title: plan.title }, unresolved: await unresolvedOf(c, plan.id) }, 200);
  })
  .openapi(countdown, async (c) => {
    const plan = await requirePlan(c, c.req.valid("param").id);
    const given = c.req.valid("query").now;
    const now = given ? new Date(given) : c.var.now;
    return c.json(await countdownOf(c, plan.id, now), 200);
  });

async function requirePlan(c: Context<AppEnv>, id: string) {
  const plan = await getPlanSummary(c.var.db, id);
  if (!plan) throw new ApiError(404, "plan-not-found", `Không có kế hoạch mã "${id}".`);
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
  for (const key of ["plan", "unit", "occasion", "from", "to", "kind", "role", "status"] as const) if (asked[key] !== undefined) query[key] = asked[key];
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

export function entryOf(row: ScheduleRow, origin: string): Entry {
  return {
    uid: row.uid,
    removed: false,
    plan: row.plan,
    task: { key: row.task.key, title: row.task.title, url: taskUrl(origin, row.planId, row.task.key) },
    unit: row.unit,
    role: row.role as Entry["role"],
    units: row.task.units.map(({ role, unit }) => ({ slug: unit.slug, name: unit.name, role: role as Entry["units"][number]["role"] })),
    kind: row.kind as Entry["kind"],
    itemRole: row.itemRole as Entry["itemRole"],
    start: row.start,
    end: row.end,
    allDay: !row.start.includes("T"),
    rrule: row.rrule,
    tentative: row.tentative,
    provisional: row.provisional,
    assumedDay: row.assumed,
    done: row.done,
    corrected: row.task.correctionJson !== null,
    phrase: row.phrase,
    sequence: row.sequence,
    updatedAt: row.modifiedAt.toISOString(),
  };
}

function taskUrl(origin: string, planId: string, key: string): string {
  return `${origin}/plans/${encodeURIComponent(planId)}/tasks/${encodeURIComponent(key)}`;
}

const NO_TIMING = "Văn bản không ghi thời gian cho nhiệm vụ này.";

async function unresolvedOf(c: Context<AppEnv>, planId: string): Promise<z.infer<typeof UnresolvedSchema>["unresolved"]> {
  const origin = publicOrigin(c);
  const tasks = await planTasksTiming(c.var.db, planId);
  type Row = z.infer<typeof UnresolvedSchema>["unresolved"][number];
  return tasks.flatMap((task): Row[] => {
    const ref = { key: task.key, title: task.title, url: taskUrl(origin, planId, task.key) };
    const lines: [number, number] = [task.lineFrom, task.lineTo];
    const timing = JSON.parse(task.timingJson) as Resolution[];
    if (timing.length === 0) return [{ task: ref, phrase: null, reason: "no-timing", text: NO_TIMING, lines }];
    return timing
      .filter((r) => r.items.length === 0)
      .map((r) => ({ task: ref, phrase: r.phrase, reason: r.unresolved?.reason ?? "no-date", text: r.unresolved?.text ?? (r.notes.join(" ") || "Chưa xác định được ngày."), lines }));
  });
}

async function countdownOf(c: Context<AppEnv>, planId: string, now: Date): Promise<z.infer<typeof CountdownSchema>> {
  const { ceremony, set } = await planCeremony(c.var.db, planId);
  const today = vietnamDay(now);
  const origin = publicOrigin(c);
  const start = ceremony?.start && /^\d{4}-\d{2}-\d{2}/.test(ceremony.start) ? ceremony.start : null;
  let days: number | null = null;
  let hours: number | null = null;
  let minutes: number | null = null;
  if (start) {
    days = toDayNumber(start.slice(0, 10)) - toDayNumber(today);
    const instant = Date.parse(`${start.slice(0, 10)}T${start.length > 10 ? start.slice(11, 16) : "00:00"}:00+07:00`);
    const ms = instant - now.getTime();
    hours = Math.trunc(ms / 3_600_000);
    minutes = Math.trunc(ms / 60_000);
  }
  const rows = await schedulePage(c.var.db, { planIds: [planId], unitId: null, from: null, to: null, kinds: null, roles: null, status: "open", today }, null, 5000);
  const item = (row: ScheduleRow) => ({ uid: row.uid, task: { key: row.task.key, title: row.task.title, url: taskUrl(origin, planId, row.task.key) }, kind: row.kind as Entry["kind"], start: row.start, end: row.end, phrase: row.phrase });
  const endDay = (row: ScheduleRow) => row.end.slice(0, 10);
  const dueWithin = (n: number) => rows.filter((row) => row.kind !== "recurring" && endDay(row) >= today && endDay(row) <= addDays(today, n)).map(item);
  return {
    now: now.toISOString(),
    ceremony: ceremony ? { name: ceremony.name, start: ceremony.start, end: ceremony.end, location: ceremony.location, tentative: ceremony.tentative, source: set ? "organizers" : "document" } : null,
    days,
    hours,
    minutes,
    text: countdownText(days, ceremony !== null),
    dueIn7Days: dueWithin(7),
    dueIn30Days: dueWithin(30),
    overdue: rows.filter((row) => row.kind !== "recurring" && endDay(row) < today).map(item),
    unresolved: await unresolvedOf(c, planId),
  };
}

function countdownText(days: number | null, hasCeremony: boolean): string {
  if (!hasCeremony) return "Kế hoạch không có lễ chính.";
  if (days === null) return "Lễ chưa có ngày cụ thể.";
  if (days > 0) return `còn ${days} ngày`;
  if (days === 0) return "hôm nay";
  return `đã qua ${-days} ngày`;
}
