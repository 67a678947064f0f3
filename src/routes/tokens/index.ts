/** `/api/tokens`: named API tokens, for holders of an admin token (the CLI does the same: `lich token …`). */
import { createRoute } from "@hono/zod-openapi";
import { createApiToken, listApiTokens, revokeApiToken, TokenNameTaken } from "../../store/api-tokens.ts";
import { requireAdmin } from "../access.ts";
import { ApiError } from "../errors.ts";
import { errors, json, router, WRITE_SECURITY, z } from "../openapi.ts";

const TokenSchema = z
  .object({ id: z.string(), name: z.string(), admin: z.boolean(), createdAt: z.string(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable() })
  .openapi("ApiToken");

const Name = z.string().trim().min(1).max(100).openapi({ example: "Ban Tổ chức tỉnh" });

const create = createRoute({
  method: "post",
  path: "/",
  tags: ["Mã truy cập"],
  summary: "Tạo một mã truy cập có tên (chỉ hiện mã một lần; chỉ lưu bản băm)",
  security: WRITE_SECURITY,
  request: { body: { required: true, content: { "application/json": { schema: z.object({ name: Name, admin: z.boolean().default(false).openapi({ description: "Được quản lý mã truy cập" }) }) } } } },
  responses: { 201: json(TokenSchema.extend({ token: z.string().openapi({ description: "Mã, chỉ hiện lần này" }) }), "Mã mới"), ...errors(400, 401, 403, 409) },
});

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Mã truy cập"],
  summary: "Các mã truy cập: tên, ngày tạo, lần dùng gần nhất, thu hồi",
  security: WRITE_SECURITY,
  responses: { 200: json(z.object({ tokens: z.array(TokenSchema) }), "Các mã"), ...errors(401, 403) },
});

const revoke = createRoute({
  method: "delete",
  path: "/{name}",
  tags: ["Mã truy cập"],
  summary: "Thu hồi mã truy cập theo tên",
  security: WRITE_SECURITY,
  request: { params: z.object({ name: Name.openapi({ param: { name: "name", in: "path" } }) }) },
  responses: { 200: json(z.object({ revoked: z.string() }), "Đã thu hồi"), ...errors(400, 401, 403, 404) },
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const tokenRoutes = router()
  .openapi(create, async (c) => {
    const actor = await requireAdmin(c);
    const { name, admin } = c.req.valid("json");
    try {
      const created = await createApiToken(c.var.db, name, admin, c.var.now, { actor: actor.name, action: "api-token.created", subject: name, after: { name, admin }, at: c.var.now });
      return c.json({ id: created.id, name, admin, token: created.token, createdAt: created.createdAt.toISOString(), lastUsedAt: null, revokedAt: null }, 201);
    } catch (error) {
      if (error instanceof TokenNameTaken) throw new ApiError(409, "token-name-taken", `Đã có mã truy cập tên "${name}": thu hồi nó trước, hoặc chọn tên khác.`);
      throw error;
    }
  })
  .openapi(list, async (c) => {
    await requireAdmin(c);
    const tokens = await listApiTokens(c.var.db);
    return c.json({ tokens: tokens.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt) })) }, 200);
  })
  .openapi(revoke, async (c) => {
    const actor = await requireAdmin(c);
    const { name } = c.req.valid("param");
    const audit = { actor: actor.name, action: "api-token.revoked" as const, subject: name, at: c.var.now };
    if (!(await revokeApiToken(c.var.db, name, c.var.now, audit))) throw new ApiError(404, "token-not-found", `Không có mã truy cập đang dùng tên "${name}".`);
    return c.json({ revoked: name }, 200);
  });
