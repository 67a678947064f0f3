/**
 * Secret feed addresses: a random token (256 bits) per feed, shown once, stored only as its
 * SHA-256. Issuing a new token for a feed revokes the ones before it.
 */
import { base64Url, sha256Hex } from "../text/digest.ts";
import { stableHash } from "../text/hash.ts";
import type { Db } from "./db.ts";

function randomToken(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function issueFeedToken(db: Db, scope: string, now: Date): Promise<{ id: string; token: string; createdAt: Date }> {
  const token = randomToken();
  const tokenHash = await sha256Hex(token);
  const id = `ft_${stableHash(tokenHash)}`;
  await db.$transaction([
    db.feedToken.updateMany({ where: { scope, revokedAt: null }, data: { revokedAt: now } }),
    db.feedToken.create({ data: { id, scope, tokenHash, createdAt: now } }),
  ]);
  return { id, token, createdAt: now };
}

/** Revokes one token, or every token of a scope; how many were still active. */
export async function revokeFeedTokens(db: Db, where: { id: string } | { scope: string }, now: Date): Promise<number> {
  const result = await db.feedToken.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: now } });
  return result.count;
}

export async function listFeedTokens(db: Db) {
  return db.feedToken.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, scope: true, createdAt: true, revokedAt: true } });
}

/** Whether the token opens the feed of that scope. */
export async function tokenOpens(db: Db, token: string, scope: string): Promise<boolean> {
  if (token.length < 20 || token.length > 100) return false;
  const found = await db.feedToken.findUnique({ where: { tokenHash: await sha256Hex(token) }, select: { scope: true, revokedAt: true } });
  return found !== null && found.revokedAt === null && found.scope === scope;
}
