/** Secret feed addresses (FEEDS_PRIVATE): issue one per feed (the previous stops working), list, revoke. */
import { createRoute } from "@hono/zod-openapi";
import type { FeedSelector } from "../../store/publisher.ts";
import type { Db } from "../../store/db.ts";
import { issueFeedToken, listFeedTokens, revokeFeedTokens } from "../../store/feed-tokens.ts";
import { listOccasions } from "../../store/feeds.ts";
import { findUnit } from "../../store/units.ts";
import { requireWriteAccess } from "../access.ts";
import { publicOrigin } from "../context.ts";
import { ApiError } from "../errors.ts";
import { feedLinks, parseFeedScope } from "../feed-links.ts";
import { errors, json, router, WRITE_SECURITY, z } from "../openapi.ts";
import { FeedLinksSchema } from "../plans/schemas.ts";

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

const Scope = z.string().min(1).max(300).openapi({ description: "unit:<mã-đơn-vị>, plan:<mã-kế-hoạch>, occasion:<mã-dịp> hoặc all", example: "unit:so-van-hoa-the-thao-va-du-lich-tinh-lai-chau" });

const issue = createRoute({
  method: "post",
  path: "/",
  tags: ["Lịch riêng"],
  summary: "Cấp địa chỉ bí mật cho một lịch (địa chỉ cũ của lịch đó thôi dùng được)",
  security: WRITE_SECURITY,
  request: { body: { required: true, content: { "application/json": { schema: z.object({ scope: Scope }) } } } },
  responses: {
    201: json(z.object({ id: z.string(), scope: z.string(), token: z.string().openapi({ description: "Chỉ hiện một lần" }), createdAt: z.string() }).extend(FeedLinksSchema.shape), "Địa chỉ mới"),
    ...errors(400, 401, 403, 404),
  },
});

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Lịch riêng"],
  summary: "Các địa chỉ bí mật đã cấp (không có mã)",
  security: WRITE_SECURITY,
  responses: {
    200: json(z.object({ private: z.boolean(), tokens: z.array(z.object({ id: z.string(), scope: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() })) }), "Các địa chỉ"),
    ...errors(401, 403),
  },
});

const revoke = createRoute({
  method: "delete",
  path: "/{id}",
  tags: ["Lịch riêng"],
  summary: "Thu hồi một địa chỉ bí mật",
  security: WRITE_SECURITY,
  request: { params: z.object({ id: z.string().min(1).max(100).openapi({ param: { name: "id", in: "path" } }) }) },
  responses: { 200: json(z.object({ revoked: z.number().int() }), "Đã thu hồi"), ...errors(400, 401, 403, 404) },
});

export const feedTokenRoutes = router()
  .openapi(issue, async (c) => {
    const actor = await requireWriteAccess(c);
    const { scope } = c.req.valid("json");
    const selector = parseFeedScope(scope);
    if (!selector) throw new ApiError(400, "invalid-scope", "\"scope\" phải là unit:<mã-đơn-vị>, plan:<mã-kế-hoạch>, occasion:<mã-dịp> hoặc all.", [{ path: "scope", message: "không đúng dạng" }]);
    if (!(await exists(c.var.db, selector))) throw new ApiError(404, "feed-not-found", `Không có lịch "${scope}".`);
    const issued = await issueFeedToken(c.var.db, scope, c.var.now, (id) => ({ actor: actor.name, action: "feed-token.issued", planId: selector.kind === "plan" ? selector.id : null, subject: scope, after: { id, scope }, at: c.var.now }));
    return c.json({ id: issued.id, scope, token: issued.token, createdAt: issued.createdAt.toISOString(), ...feedLinks(publicOrigin(c), selector, { key: issued.token }) }, 201);
  })
  .openapi(list, async (c) => {
    await requireWriteAccess(c);
    const tokens = await listFeedTokens(c.var.db);
    return c.json(
      { private: c.var.settings.privateFeeds, tokens: tokens.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), revokedAt: t.revokedAt?.toISOString() ?? null })) },
      200,
    );
  })
  .openapi(revoke, async (c) => {
    const actor = await requireWriteAccess(c);
    const { id } = c.req.valid("param");
    const token = await c.var.db.feedToken.findUnique({ where: { id }, select: { scope: true } });
    const revoked = await revokeFeedTokens(c.var.db, { id }, c.var.now, { actor: actor.name, action: "feed-token.revoked", subject: token?.scope ?? null, before: { id, scope: token?.scope ?? null }, at: c.var.now });
    if (revoked === 0) throw new ApiError(404, "token-not-found", `Không có mã lịch đang dùng "${id}".`);
    return c.json({ revoked }, 200);
  });
