/**
 * Who may write, and who did: a named token (its name goes in the audit trail), an unnamed
 * API_TOKENS token, or — when no token exists at all — a client on the server machine itself.
 */
import type { Context } from "hono";
import { findApiToken, hasApiTokens, touchApiToken } from "../store/api-tokens.ts";
import { sha256Hex } from "../text/digest.ts";
import type { AppEnv } from "./context.ts";
import { ApiError } from "./errors.ts";

export interface Actor {
  /** What the audit trail shows: the token's name, `API_TOKENS` for an unnamed one, or `loopback`. */
  name: string;
  /** May issue and revoke API tokens. */
  admin: boolean;
}

export const LOOPBACK_ACTOR: Actor = { name: "loopback", admin: true };

/** Writes need a bearer token when any token exists, and come from loopback otherwise. */
export async function requireWriteAccess(c: Context<AppEnv>): Promise<Actor> {
  const token = bearerToken(c);
  // A token presented is always checked: a revoked one is refused even where loopback could write.
  if (token) return actorOf(c, token);
  if (await tokensRequired(c)) {
    c.header("WWW-Authenticate", 'Bearer realm="lich-kehoach"');
    throw new ApiError(401, "unauthorized", "Cần mã truy cập: gửi tiêu đề Authorization: Bearer <mã>.");
  }
  const problem = notLocal(c);
  if (problem) throw new ApiError(403, "writes-loopback-only", `Máy chủ chưa có mã truy cập nào: chỉ nhận ghi dữ liệu từ chính máy chủ (localhost) — ${problem}. Tạo mã bằng \`lich token create --name …\` hoặc đặt API_TOKENS.`);
  return LOOPBACK_ACTOR;
}

const PROXY_HEADERS = ["forwarded", "x-forwarded-for", "x-real-ip", "x-forwarded-host", "cf-connecting-ip"];
const LOCAL_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/**
 * Why a request does not come from this machine itself, or null when it does: a loopback peer,
 * no proxy in between, addressed to this server by a local name (not a name that a DNS
 * rebinding pointed here), and not sent by a page of another site.
 */
export function notLocal(c: Context<AppEnv>): string | null {
  const address = c.var.deps.remoteAddress(c);
  if (!address || !isLoopback(address)) return "yêu cầu đến từ máy khác";
  if (PROXY_HEADERS.some((name) => name !== c.var.deps.addressHeader && c.req.header(name) !== undefined)) return "yêu cầu đi qua proxy (coi là từ máy khác)";
  const host = c.req.header("host") ?? new URL(c.req.url).host;
  const own = c.var.settings.publicBaseUrl ? new URL(c.var.settings.publicBaseUrl).host : null;
  if (!LOCAL_HOST.test(host) && host !== own) return `tên máy "${host}" không phải của máy chủ`;
  const origin = c.req.header("origin");
  if (origin && origin !== "null" && safeHost(origin) !== host) return "yêu cầu gửi từ trang của trang web khác";
  if (origin === "null") return "yêu cầu gửi từ trang không rõ nguồn";
  const site = c.req.header("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return "yêu cầu gửi từ trang của trang web khác";
  return null;
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** The actor a presented token stands for; 403 when it is unknown or revoked. */
export async function actorOf(c: Context<AppEnv>, token: string): Promise<Actor> {
  if (await isConfiguredToken(c, await sha256Hex(token))) return { name: "API_TOKENS", admin: true };
  const named = await findApiToken(c.var.db, token);
  if (!named) throw new ApiError(403, "forbidden", "Mã truy cập không hợp lệ.");
  if (named.revokedAt) throw new ApiError(403, "token-revoked", `Mã truy cập "${named.name}" đã bị thu hồi.`);
  await touchApiToken(c.var.db, named.id, named.lastUsedAt, c.var.now);
  return { name: named.name, admin: named.admin };
}

/** Writes that manage tokens themselves. */
export async function requireAdmin(c: Context<AppEnv>): Promise<Actor> {
  const actor = await requireWriteAccess(c);
  if (!actor.admin) throw new ApiError(403, "admin-only", "Chỉ mã truy cập quản trị (tạo bằng `lich token create --admin`) mới quản lý được mã truy cập.");
  return actor;
}

function bearerToken(c: Context<AppEnv>): string | null {
  const header = c.req.header("authorization") ?? "";
  return /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() || null;
}

function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === "::1" || /^::ffff:127\./.test(address);
}

/** Whether a token's SHA-256 is one of API_TOKENS': digests of equal length, every one compared, no early exit to time. */
async function isConfiguredToken(c: Context<AppEnv>, digest: string): Promise<boolean> {
  let found = false;
  for (const known of c.var.settings.apiTokens) found = constantTimeEqual(await sha256Hex(known), digest) || found;
  return found;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Whether the token that opened a browser session still stands (not revoked, still configured). */
export async function tokenStillValid(c: Context<AppEnv>, tokenHash: string): Promise<boolean> {
  if (await isConfiguredToken(c, tokenHash)) return true;
  const named = await c.var.db.apiToken.findUnique({ where: { tokenHash }, select: { revokedAt: true } });
  return named !== null && named.revokedAt === null;
}

/** Whether writes need a token here (any named token, or API_TOKENS), rather than coming from loopback. */
export async function tokensRequired(c: Context<AppEnv>): Promise<boolean> {
  return c.var.settings.apiTokens.length > 0 || (await hasApiTokens(c.var.db));
}
