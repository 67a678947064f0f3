/**
 * Named API tokens: a random token (256 bits) shown once, stored only as its SHA-256 with a
 * name people recognize in the audit trail (`Ban Tổ chức tỉnh`).
 */
import { base64Url, sha256Hex } from "../text/digest.ts";
import { stableHash } from "../text/hash.ts";
import { auditStatement, type AuditInput } from "./audit.ts";
import type { Db } from "./db.ts";
import { insertOne, runAtomically, sqlBool, sqlTime, updateOne } from "./statements.ts";

export interface CreatedToken {
  id: string;
  name: string;
  token: string;
  admin: boolean;
  createdAt: Date;
}

export class TokenNameTaken extends Error {}

export async function createApiToken(db: Db, name: string, admin: boolean, now: Date, audit?: AuditInput): Promise<CreatedToken> {
  const existing = await db.apiToken.findUnique({ where: { name }, select: { revokedAt: true } });
  if (existing && existing.revokedAt === null) throw new TokenNameTaken(name);
  const token = `lk_${base64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
  const tokenHash = await sha256Hex(token);
  const id = `at_${stableHash(tokenHash)}`;
  // A revoked name can be given again: the old row keeps its history under a suffixed name.
  await runAtomically(db, [
    ...(existing ? [updateOne("ApiToken", { name: `${name} (thu hồi ${now.toISOString()})` }, { name })] : []),
    insertOne("ApiToken", { id, name, tokenHash, admin: sqlBool(admin), createdAt: sqlTime(now) }),
    ...(audit ? [auditStatement(audit)] : []),
  ]);
  return { id, name, token, admin, createdAt: now };
}

export async function listApiTokens(db: Db) {
  return db.apiToken.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, admin: true, createdAt: true, lastUsedAt: true, revokedAt: true } });
}

/** Revokes the active token of that name; false when there is none. */
export async function revokeApiToken(db: Db, name: string, now: Date, audit?: AuditInput): Promise<boolean> {
  if ((await db.apiToken.count({ where: { name, revokedAt: null } })) === 0) return false;
  await runAtomically(db, [
    { sql: 'UPDATE "ApiToken" SET "revokedAt" = ? WHERE "name" = ? AND "revokedAt" IS NULL', args: [sqlTime(now), name] },
    ...(audit ? [auditStatement(audit)] : []),
  ]);
  return true;
}

export async function hasApiTokens(db: Db): Promise<boolean> {
  return (await db.apiToken.count({ where: { revokedAt: null } })) > 0;
}

/**
 * The token's row by its hash (a lookup of a SHA-256, so no timing of the secret leaks), or null.
 * Revoked rows are returned too: a revoked token is refused as such.
 */
export async function findApiToken(db: Db, token: string) {
  if (token.length < 20 || token.length > 200) return null;
  return db.apiToken.findUnique({ where: { tokenHash: await sha256Hex(token) }, select: { id: true, name: true, admin: true, revokedAt: true, lastUsedAt: true } });
}

/** Notes a use, at most once a minute per token so that reads of the trail stay cheap. */
export async function touchApiToken(db: Db, id: string, lastUsedAt: Date | null, now: Date): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < 60_000) return;
  await db.apiToken.update({ where: { id }, data: { lastUsedAt: now } });
}
