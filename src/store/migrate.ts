/**
 * Applies `prisma/migrations/<name>/migration.sql` in order on a libsql database and records
 * them in `_prisma_migrations` exactly as `prisma migrate deploy` does, so the server can
 * migrate itself at start and the Prisma CLI still agrees about what is applied. Node only.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Client } from "@libsql/client";

export interface Migration {
  name: string;
  sql: string;
}

export function readMigrations(directory: string): Migration[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(directory, entry.name, "migration.sql")))
    .map((entry) => ({ name: entry.name, sql: readFileSync(path.join(directory, entry.name, "migration.sql"), "utf8") }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** Returns the names of the migrations it applied. */
export async function applyMigrations(client: Client, migrations: Migration[]): Promise<string[]> {
  await client.execute(MIGRATIONS_TABLE);
  const done = await client.execute(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
  const applied = new Set(done.rows.map((row) => String(row.migration_name)));
  const ran: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    const checksum = createHash("sha256").update(migration.sql).digest("hex");
    const now = new Date().toISOString();
    await client.executeMultiple(`BEGIN;\n${migration.sql}\nCOMMIT;`);
    await client.execute({
      sql: `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count) VALUES (?, ?, ?, ?, NULL, ?, 1)`,
      args: [randomUUID(), checksum, now, migration.name, now],
    });
    ran.push(migration.name);
  }
  return ran;
}
