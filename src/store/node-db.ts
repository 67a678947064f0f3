/** The embedded SQLite database of the Node server: a libsql file, migrated at open. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { Db } from "./db.ts";
import { applyMigrations, readMigrations } from "./migrate.ts";

export const DEFAULT_DATABASE_URL = "file:./data/lich.db";
export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/migrations");

export interface NodeDatabase {
  db: Db;
  applied: string[];
  close: () => Promise<void>;
}

/** How long a write waits for another writer's lock before it is told the database is busy. */
export const BUSY_TIMEOUT_MS = 5000;

export async function openNodeDatabase(url = DEFAULT_DATABASE_URL, options: { busyTimeoutMs?: number } = {}): Promise<NodeDatabase> {
  if (url.startsWith("file:")) mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });
  const client = createClient({ url });
  let applied: string[];
  try {
    applied = await applyMigrations(client, readMigrations(MIGRATIONS_DIR));
    if (url.startsWith("file:")) await client.execute("PRAGMA journal_mode = WAL");
  } finally {
    client.close();
  }
  const db = prismaFor(url);
  // libsql keeps one connection per client: the setting holds for every statement and transaction.
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? BUSY_TIMEOUT_MS))}`);
  return { db, applied, close: () => db.$disconnect() };
}

export function prismaFor(url: string): Db {
  return new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
}
