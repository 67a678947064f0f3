/** Signed-in browsers: a random cookie value per session, stored as its SHA-256, for 12 hours. */
import { base64Url, sha256Hex } from "../text/digest.ts";
import type { Db } from "./db.ts";
import { insertOne, runAtomically, sqlBool, sqlTime } from "./statements.ts";

export const SESSION_HOURS = 12;

export async function openSession(db: Db, actor: { name: string; admin: boolean }, tokenHash: string, now: Date): Promise<string> {
  const value = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  await runAtomically(db, [
    { sql: 'DELETE FROM "Session" WHERE "expiresAt" < ?', args: [sqlTime(now)] },
    insertOne("Session", { id: await sha256Hex(value), actor: actor.name, admin: sqlBool(actor.admin), tokenHash, createdAt: sqlTime(now), expiresAt: sqlTime(new Date(now.getTime() + SESSION_HOURS * 3_600_000)) }),
  ]);
  return value;
}

export async function findSession(db: Db, value: string, now: Date) {
  if (value.length < 20 || value.length > 100) return null;
  const session = await db.session.findUnique({ where: { id: await sha256Hex(value) } });
  return session && session.expiresAt > now ? session : null;
}

export async function closeSession(db: Db, value: string): Promise<void> {
  await db.session.deleteMany({ where: { id: await sha256Hex(value) } });
}
