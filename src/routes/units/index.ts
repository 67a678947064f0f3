/** `/api/units`: the unit registry, each unit's tasks and events, and the corrections people make to it. */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { findUnit, listUnits, mergeUnits, renameUnit, unitEntries, unitTasks } from "../../store/units.ts";
import { requireWriteAccess } from "../access.ts";
import { publicOrigin, type AppEnv } from "../context.ts";
import { ApiError } from "../errors.ts";
import { feedLinks } from "../feed-links.ts";
import { errors, json, router, WRITE_SECURITY, z } from "../openapi.ts";
import { FeedLinksSchema, ResolutionSchema } from "../plans/schemas.ts";
import { KINDS } from "../schedule/schemas.ts";

const UnitSchema = z
  .object({
    slug: z.string().openapi({ example: "so-van-hoa-the-thao-va-du-lich-tinh-lai-chau" }),
    name: z.string().openapi({ example: "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu" }),
    scope: z.string().nullable(),
    collective: z.boolean().openapi({ description: "Một nhóm đơn vị (\"Các đơn vị có liên quan\")" }),
    aliases: z.array(z.string()),
  })
  .openapi("Unit");

const SlugParam = z.object({ slug: z.string().min(1).max(200).openapi({ param: { name: "slug", in: "path" }, example: "so-van-hoa-the-thao-va-du-lich-tinh-lai-chau" }) });
const PlanRef = z.object({ id: z.string(), number: z.string().nullable(), title: z.string() });

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Đơn vị"],
  summary: "Các đơn vị, mỗi đơn vị một lịch",
  responses: {
    200: json(z.object({ units: z.array(UnitSchema.extend({ taskCount: z.number().int(), entryCount: z.number().int(), privateFeed: z.boolean() }).extend(FeedLinksSchema.shape)) }), "Các đơn vị"),
  },
});

const read = createRoute({
  method: "get",
  path: "/{slug}",
  tags: ["Đơn vị"],
  summary: "Một đơn vị: các nhiệm vụ của đơn vị trong mọi kế hoạch, với vai trò, và các sự kiện trong lịch của đơn vị",
  request: { params: SlugParam },
  responses: {
    200: json(
      z.object({
        unit: UnitSchema.extend({ privateFeed: z.boolean() }).extend(FeedLinksSchema.shape),
        tasks: z.array(z.object({ plan: PlanRef, id: z.string(), title: z.string(), section: z.string(), role: z.string(), timing: z.array(ResolutionSchema) })),
        entries: z.array(
          z.object({
            uid: z.string(), summary: z.string(), role: z.string(), kind: z.enum(KINDS), start: z.string(), end: z.string(), rrule: z.string().nullable(),
            tentative: z.boolean(), done: z.boolean(), provisional: z.boolean(), phrase: z.string(), plan: PlanRef,
          }),
        ),
      }),
      "Đơn vị",
    ),
    ...errors(400, 404),
  },
});

const rename = createRoute({
  method: "patch",
  path: "/{slug}",
  tags: ["Đơn vị"],
  summary: "Đổi tên một đơn vị (tên cũ thành tên khác; mã không đổi; giữ qua các lần nhập sau)",
  security: WRITE_SECURITY,
  request: { params: SlugParam, body: { required: true, content: { "application/json": { schema: z.object({ name: z.string().trim().min(1).max(300).openapi({ example: "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu" }) }) } } } },
  responses: { 200: json(z.object({ unit: UnitSchema }), "Đơn vị sau khi đổi tên"), ...errors(400, 401, 403, 404) },
});

const merge = createRoute({
  method: "post",
  path: "/{slug}/merge",
  tags: ["Đơn vị"],
  summary: "Gộp một đơn vị vào đơn vị khác (cùng một cơ quan, hai cách viết)",
  security: WRITE_SECURITY,
  request: { params: SlugParam, body: { required: true, content: { "application/json": { schema: z.object({ into: z.string().min(1).max(200).openapi({ description: "Mã đơn vị đích" }) }) } } } },
  responses: { 200: json(z.object({ merged: z.string(), unit: UnitSchema }), "Đơn vị đích sau khi gộp"), ...errors(400, 401, 403, 404, 409) },
});

export const unitRoutes = router()
  .openapi(list, async (c) => {
    const origin = publicOrigin(c);
    const units = await listUnits(c.var.db);
    return c.json(
      {
        units: units.map((u) => ({
          slug: u.slug,
          name: u.name,
          scope: u.scope,
          collective: u.collective,
          aliases: JSON.parse(u.aliasesJson) as string[],
          taskCount: u._count.tasks,
          entryCount: u._count.entries,
          ...feedLinks(origin, { kind: "unit", slug: u.slug }, { name: u.name }),
          privateFeed: c.var.settings.privateFeeds,
        })),
      },
      200,
    );
  })
  .openapi(read, async (c) => {
    const unit = await requireUnit(c, c.req.valid("param").slug);
    const [tasks, entries] = await Promise.all([unitTasks(c.var.db, unit.id), unitEntries(c.var.db, unit.id)]);
    return c.json(
      {
        unit: { ...unitJson(unit), ...feedLinks(publicOrigin(c), { kind: "unit", slug: unit.slug }, { name: unit.name }), privateFeed: c.var.settings.privateFeeds },
        tasks: tasks.map(({ role, task }) => ({ plan: task.plan, id: task.key, title: task.title, section: task.section, role, timing: JSON.parse(task.timingJson) })),
        entries: entries.map((e) => ({
          uid: e.uid, summary: e.summary, role: e.role, kind: e.kind as (typeof KINDS)[number], start: e.start, end: e.end, rrule: e.rrule,
          tentative: e.tentative, done: e.done, provisional: e.provisional, phrase: e.phrase, plan: { id: e.planId, number: e.plan.number, title: e.plan.title },
        })),
      },
      200,
    );
  })
  .openapi(rename, async (c) => {
    const actor = await requireWriteAccess(c);
    const unit = await requireUnit(c, c.req.valid("param").slug);
    const name = c.req.valid("json").name.replace(/\s+/g, " ");
    await renameUnit(c.var.db, unit.slug, name, c.var.now, { actor: actor.name, action: "unit.renamed", subject: unit.slug, before: { name: unit.name }, after: { name }, at: c.var.now });
    return c.json({ unit: unitJson((await findUnit(c.var.db, unit.slug))!) }, 200);
  })
  .openapi(merge, async (c) => {
    const actor = await requireWriteAccess(c);
    const unit = await requireUnit(c, c.req.valid("param").slug);
    const target = await requireUnit(c, c.req.valid("json").into);
    if (target.slug === unit.slug) throw new ApiError(400, "invalid-merge", "Không thể gộp một đơn vị vào chính nó.");
    if (target.collective !== unit.collective) {
      throw new ApiError(409, "collective-mismatch", "Không gộp một nhóm đơn vị (như \"Các đơn vị có liên quan\") với một đơn vị cụ thể.");
    }
    const audit = { actor: actor.name, action: "unit.merged" as const, subject: unit.slug, before: { slug: unit.slug, name: unit.name }, after: { slug: target.slug, name: target.name }, at: c.var.now };
    await mergeUnits(c.var.db, unit.slug, target.slug, c.var.now, audit);
    return c.json({ merged: unit.slug, unit: unitJson((await findUnit(c.var.db, target.slug))!) }, 200);
  });

type StoredUnit = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

function unitJson(unit: StoredUnit) {
  return { slug: unit.slug, name: unit.name, scope: unit.scope, collective: unit.collective, aliases: JSON.parse(unit.aliasesJson) as string[] };
}

async function requireUnit(c: Context<AppEnv>, slug: string): Promise<StoredUnit> {
  const unit = await findUnit(c.var.db, slug);
  if (!unit) throw new ApiError(404, "unit-not-found", `Không có đơn vị "${slug}".`);
  return unit;
}
