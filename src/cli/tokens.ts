/**
 * `lich token create --name N [--admin]`, `lich token list`, `lich token revoke NAME`: named
 * API tokens in the database the server uses. A token is printed once; only its hash is kept.
 */
import { createApiToken, listApiTokens, revokeApiToken, TokenNameTaken } from "../store/api-tokens.ts";
import { DEFAULT_DATABASE_URL, openNodeDatabase } from "../store/node-db.ts";
import { InputError } from "./errors.ts";

const ACTOR = "lich token";

async function withDatabase<T>(env: Record<string, string | undefined>, work: (db: Awaited<ReturnType<typeof openNodeDatabase>>["db"]) => Promise<T>): Promise<T> {
  const database = await openNodeDatabase(env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

export async function createTokenCommand(name: string, admin: boolean, now: Date, env: Record<string, string | undefined> = process.env): Promise<string[]> {
  const trimmed = name.replace(/\s+/g, " ").trim();
  if (!trimmed || trimmed.length > 100) throw new InputError("Tên mã truy cập cần 1–100 ký tự (--name \"Ban Tổ chức tỉnh\").");
  return withDatabase(env, async (db) => {
    try {
      const created = await createApiToken(db, trimmed, admin, now, { actor: ACTOR, action: "api-token.created", subject: trimmed, after: { name: trimmed, admin }, at: now });
      return [
        `Đã tạo mã truy cập "${trimmed}"${admin ? " (quản trị)" : ""}. Mã chỉ hiện một lần, hãy lưu lại:`,
        created.token,
        `Dùng: curl -H "Authorization: Bearer ${created.token.slice(0, 6)}…" …`,
      ];
    } catch (error) {
      if (error instanceof TokenNameTaken) throw new InputError(`Đã có mã truy cập tên "${trimmed}": thu hồi nó trước (lich token revoke "${trimmed}") hoặc chọn tên khác.`);
      throw error;
    }
  });
}

export async function listTokensCommand(env: Record<string, string | undefined> = process.env): Promise<string[]> {
  return withDatabase(env, async (db) => {
    const tokens = await listApiTokens(db);
    if (tokens.length === 0) return ["Chưa có mã truy cập nào (tạo bằng: lich token create --name \"…\")."];
    const day = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 16) : "—");
    return [
      "TÊN\tQUẢN TRỊ\tTẠO LÚC\tDÙNG GẦN NHẤT\tTHU HỒI",
      ...tokens.map((t) => [t.name, t.admin ? "có" : "không", day(t.createdAt), day(t.lastUsedAt), day(t.revokedAt)].join("\t")),
    ];
  });
}

export async function revokeTokenCommand(name: string, now: Date, env: Record<string, string | undefined> = process.env): Promise<string[]> {
  return withDatabase(env, async (db) => {
    if (!(await revokeApiToken(db, name, now, { actor: ACTOR, action: "api-token.revoked", subject: name, at: now }))) throw new InputError(`Không có mã truy cập đang dùng tên "${name}" (xem: lich token list).`);
    return [`Đã thu hồi mã truy cập "${name}".`];
  });
}
