import { Hono, type Context } from "hono";
import { publicOrigin, requireWriteAccess, type AppEnv } from "../app.ts";
import { findUnit, listUnits, mergeUnits, renameUnit, unitEntries, unitTasks } from "../store/units.ts";
import { ApiError, readJsonBody } from "./errors.ts";
import { feedLinks } from "./feed-links.ts";

const MAX_NAME = 300;

export const unitRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const origin = publicOrigin(c);
    const units = await listUnits(c.var.db);
    return c.json({
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
    });
  })
  .get("/:slug", async (c) => {
    const unit = await requireUnit(c, c.req.param("slug"));
    const [tasks, entries] = await Promise.all([unitTasks(c.var.db, unit.id), unitEntries(c.var.db, unit.id)]);
    return c.json({
      unit: { ...unitJson(unit), ...feedLinks(publicOrigin(c), { kind: "unit", slug: unit.slug }, { name: unit.name }), privateFeed: c.var.settings.privateFeeds },
      tasks: tasks.map(({ role, task }) => ({
        plan: task.plan,
        id: task.key,
        title: task.title,
        section: task.section,
        role,
        timing: JSON.parse(task.timingJson) as unknown[],
      })),
      entries: entries.map((e) => ({
        uid: e.uid,
        summary: e.summary,
        role: e.role,
        kind: e.kind,
        start: e.start,
        end: e.end,
        rrule: e.rrule,
        tentative: e.tentative,
        done: e.done,
        provisional: e.provisional,
        phrase: e.phrase,
        plan: { id: e.planId, number: e.plan.number, title: e.plan.title },
      })),
    });
  })
  .patch("/:slug", async (c) => {
    requireWriteAccess(c);
    const unit = await requireUnit(c, c.req.param("slug"));
    const body = await jsonBody(c);
    const name = typeof body.name === "string" ? body.name.replace(/\s+/g, " ").trim() : "";
    if (!name || name.length > MAX_NAME) throw new ApiError(400, "invalid-name", `Cần tên mới trong "name" (1–${MAX_NAME} ký tự).`);
    await renameUnit(c.var.db, unit.slug, name, c.var.now);
    return c.json({ unit: unitJson((await findUnit(c.var.db, unit.slug))!) });
  })
  .post("/:slug/merge", async (c) => {
    requireWriteAccess(c);
    const unit = await requireUnit(c, c.req.param("slug"));
    const body = await jsonBody(c);
    if (typeof body.into !== "string") throw new ApiError(400, "invalid-merge", 'Cần mã đơn vị đích trong "into".');
    const target = await requireUnit(c, body.into);
    if (target.slug === unit.slug) throw new ApiError(400, "invalid-merge", "Không thể gộp một đơn vị vào chính nó.");
    if (target.collective !== unit.collective) {
      throw new ApiError(409, "collective-mismatch", "Không gộp một nhóm đơn vị (như \"Các đơn vị có liên quan\") với một đơn vị cụ thể.");
    }
    await mergeUnits(c.var.db, unit.slug, target.slug, c.var.now);
    return c.json({ merged: unit.slug, unit: unitJson((await findUnit(c.var.db, target.slug))!) });
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

async function jsonBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const body = await readJsonBody(c);
  if (typeof body === "object" && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  throw new ApiError(400, "invalid-json", "Nội dung gửi lên phải là một đối tượng JSON.");
}
