/** Anniversaries the imported plans celebrate, each with its feed. */
import { Hono } from "hono";
import { publicOrigin, type AppEnv } from "../app.ts";
import { listOccasions } from "../store/feeds.ts";
import { feedLinks } from "./feed-links.ts";

export const occasionRoutes = new Hono<AppEnv>().get("/", async (c) => {
  const origin = publicOrigin(c);
  const occasions = await listOccasions(c.var.db);
  return c.json({
    occasions: occasions.map((o) => ({
      ...o,
      ...feedLinks(origin, { kind: "occasion", slug: o.slug }, { name: o.name }),
      privateFeed: c.var.settings.privateFeeds,
    })),
    all: feedLinks(origin, { kind: "all" }, { name: "Lịch kế hoạch" }),
  });
});
