/**
 * Secret feed addresses: a random token (256 bits) per feed, shown once, stored only as its
 * SHA-256. Issuing a new token for a feed revokes the ones before it.
 */
import { base64Url, sha256Hex } from "../text/digest.ts";
import { stableHash } from "../text/hash.ts";
import { auditStatement, type AuditInput } from "./audit.ts";
import type { Db } from "./db.ts";
import { insertOne, runAtomically, sqlTime } from "./statements.ts";

function randomToken(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** Issues a token, with the audit row of its issue (given the new token's id) in the same write. */
export async function issueFeedToken(db: Db, scope: string, now: Date, auditOf?: (id: string) => AuditInput): Promise<{ id: string; token: string; createdAt: Date }> {
  const token = randomToken();
  const tokenHash = await sha256Hex(token);
  const id = `ft_${stableHash(tokenHash)}`;
  await runAtomically(db, [
    { sql: 'UPDATE "FeedToken" SET "revokedAt" = ? WHERE "scope" = ? AND "revokedAt" IS NULL', args: [sqlTime(now), scope] },
    insertOne("FeedToken", { id, scope, tokenHash, createdAt: sqlTime(now) }),
    ...(auditOf ? [auditStatement(auditOf(id))] : []),
  ]);
  return { id, token, createdAt: now };
}

/** Revokes one token, or every token of a scope, with its audit row; how many were still active. */
export async function revokeFeedTokens(db: Db, where: { id: string } | { scope: string }, now: Date, audit?: AuditInput): Promise<number> {
  const active = await db.feedToken.count({ where: { ...where, revokedAt: null } });
  if (active === 0) return 0;
  const [column, value] = "id" in where ? ["id", where.id] : ["scope", where.scope];
  await runAtomically(db, [
    { sql: `UPDATE "FeedToken" SET "revokedAt" = ? WHERE "${column}" = ? AND "revokedAt" IS NULL`, args: [sqlTime(now), value] },
    ...(audit ? [auditStatement(audit)] : []),
  ]);
  return active;
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
