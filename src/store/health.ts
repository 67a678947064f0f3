import type { Db } from "./db.ts";
import { databaseFault, type DatabaseFault } from "./faults.ts";

export type DatabaseHealth = { ok: true } | { ok: false; fault: DatabaseFault["code"] | "unreachable" };

/** Whether the database can be read and written: a read of the plans, then a write that changes nothing. */
export async function databaseHealth(db: Db, options: { writing?: boolean } = {}): Promise<DatabaseHealth> {
  try {
    await db.$queryRawUnsafe('SELECT 1 FROM "Plan" LIMIT 1');
    // This server is writing an import right now: the database takes writes (and its lock is taken).
    if (options.writing) return { ok: true };
    // Begins a write (it needs the write lock and a writable file) and changes no row; D1 takes it too.
    await db.$executeRawUnsafe('UPDATE "Plan" SET "id" = "id" WHERE 0');
    return { ok: true };
  } catch (error) {
    return { ok: false, fault: databaseFault(error)?.code ?? "unreachable" };
  }
}
