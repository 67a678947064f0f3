/** Secret feed addresses (FEEDS_PRIVATE): issue one per feed (the previous stops working), list, revoke. */
import { Hono } from "hono";
import { publicOrigin, requireWriteAccess, type AppEnv } from "../app.ts";
import type { FeedSelector } from "../publisher.ts";
import type { Db } from "../store/db.ts";
import { issueFeedToken, listFeedTokens, revokeFeedTokens } from "../store/feed-tokens.ts";
import { listOccasions } from "../store/feeds.ts";
import { findUnit } from "../store/units.ts";
import { ApiError, readJsonBody } from "./errors.ts";
import { feedLinks, parseFeedScope } from "./feed-links.ts";

async function exists(db: Db, selector: FeedSelector): Promise<boolean> {
  switch (selector.kind) {
    case "unit":
      return (await findUnit(db, selector.slug)) !== null;
    case "plan":
      return (await db.plan.findUnique({ where: { id: selector.id }, select: { id: true } })) !== null;
    case "occasion":
      return (await listOccasions(db)).some((o) => o.slug === selector.slug);
    case "all":
      return true;
  }
}

export const feedTokenRoutes = new Hono<AppEnv>()
  .post("/", async (c) => {
    requireWriteAccess(c);
    const body = (await readJsonBody(c)) as { scope?: unknown } | null;
    const scope = typeof body?.scope === "string" ? body.scope : "";
    const selector = parseFeedScope(scope);
    if (!selector) {
      throw new ApiError(400, "invalid-scope", "\"scope\" phải là unit:<mã-đơn-vị>, plan:<mã-kế-hoạch>, occasion:<mã-dịp> hoặc all.");
    }
    if (!(await exists(c.var.db, selector))) throw new ApiError(404, "feed-not-found", `Không có lịch "${scope}".`);
    const issued = await issueFeedToken(c.var.db, scope, c.var.now);
    return c.json({ id: issued.id, scope, token: issued.token, createdAt: issued.createdAt.toISOString(), ...feedLinks(publicOrigin(c), selector, { key: issued.token }) }, 201);
  })
  .get("/", async (c) => {
    requireWriteAccess(c);
    const tokens = await listFeedTokens(c.var.db);
    return c.json({
      private: c.var.settings.privateFeeds,
      tokens: tokens.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), revokedAt: t.revokedAt?.toISOString() ?? null })),
    });
  })
  .delete("/:id", async (c) => {
    requireWriteAccess(c);
    const revoked = await revokeFeedTokens(c.var.db, { id: c.req.param("id") }, c.var.now);
    if (revoked === 0) throw new ApiError(404, "token-not-found", `Không có mã lịch đang dùng "${c.req.param("id")}".`);
    return c.json({ revoked });
  });
