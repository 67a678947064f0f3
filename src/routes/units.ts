import { Hono } from "hono";
import { publicOrigin, type AppEnv } from "../app.ts";
import { findUnit, listUnits, unitEntries } from "../store/units.ts";
import { ApiError } from "./errors.ts";
import { feedLinks } from "./feed-links.ts";

export const unitRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const origin = publicOrigin(c);
    const units = await listUnits(c.var.db);
    return c.json({
      units: units.map((u) => ({
        slug: u.slug,
        name: u.name,
        aliases: JSON.parse(u.aliasesJson) as string[],
        collective: u.collective,
        taskCount: u._count.tasks,
        entryCount: u._count.entries,
        ...feedLinks(origin, u.slug),
      })),
    });
  })
  .get("/:slug", async (c) => {
    const unit = await findUnit(c.var.db, c.req.param("slug"));
    if (!unit) throw new ApiError(404, "unit-not-found", `Không có đơn vị "${c.req.param("slug")}".`);
    const entries = await unitEntries(c.var.db, unit.id);
    return c.json({
      unit: {
        slug: unit.slug,
        name: unit.name,
        aliases: JSON.parse(unit.aliasesJson) as string[],
        collective: unit.collective,
        ...feedLinks(publicOrigin(c), unit.slug),
      },
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
  });
