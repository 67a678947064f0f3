/** Anniversaries the imported plans celebrate, each with its feed. */
import { createRoute } from "@hono/zod-openapi";
import { listOccasions } from "../../store/feeds.ts";
import { publicOrigin } from "../context.ts";
import { feedLinks } from "../feed-links.ts";
import { json, router, z } from "../openapi.ts";
import { FeedLinksSchema } from "../plans/schemas.ts";

const OccasionSchema = z
  .object({
    slug: z.string().openapi({ example: "2024-01-01-ky-niem-20-nam-thanh-lap-tinh-lai-chau" }),
    name: z.string(),
    date: z.string(),
    origin: z.string().nullable(),
    years: z.number().nullable(),
    plans: z.array(z.object({ id: z.string(), number: z.string().nullable(), title: z.string(), main: z.boolean() })),
    privateFeed: z.boolean(),
  })
  .extend(FeedLinksSchema.shape)
  .openapi("Occasion");

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Lịch"],
  summary: "Các dịp kỷ niệm của các kế hoạch, mỗi dịp một lịch",
  responses: { 200: json(z.object({ occasions: z.array(OccasionSchema), all: FeedLinksSchema }), "Các dịp, theo ngày") },
});

export const occasionRoutes = router().openapi(list, async (c) => {
  const origin = publicOrigin(c);
  const occasions = await listOccasions(c.var.db);
  return c.json(
    {
      occasions: occasions.map((o) => ({ ...o, ...feedLinks(origin, { kind: "occasion", slug: o.slug }, { name: o.name }), privateFeed: c.var.settings.privateFeeds })),
      all: feedLinks(origin, { kind: "all" }, { name: "Lịch kế hoạch" }),
    },
    200,
  );
});
