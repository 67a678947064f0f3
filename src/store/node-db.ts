/** The embedded SQLite database of the Node server: a libsql file, migrated at open. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type Client, type Config, type InStatement, type Transaction, type TransactionMode } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { Db } from "./db.ts";
import { useBatchRunner } from "./statements.ts";
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
  // SQLite's advice for WAL: a commit no longer waits for the disk (bench:scale, import 47 → see
  // docs/capacity.md); a crash of the process loses nothing, a power cut at most the last writes.
  if (url.startsWith("file:")) await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  return { db, applied, close: () => db.$disconnect() };
}

export function prismaFor(url: string): Db {
  const adapter = new OneConnectionLibSQL({ url });
  const db = new PrismaClient({ adapter });
  // A write's statements go to libsql's own batch: run at once, between BEGIN IMMEDIATE and
  // COMMIT, with nothing else on the connection meanwhile (libsql runs them synchronously).
  // Through Prisma each raw statement was compiled to a query plan first: a fifth of an import.
  useBatchRunner(db, async (statements) => {
    await db.$connect();
    await adapter.connection().batch(statements, "write");
  });
  return db;
}

/**
 * libsql hands its connection to each transaction and opens a new one for the client, never
 * closing the old: two file handles per write until garbage collection, and the new connection
 * without the busy timeout. Prisma's adapter already runs one transaction at a time and holds
 * its lock until commit or rollback, so the transaction can run on the client's own connection.
 */
class OneConnectionLibSQL extends PrismaLibSQL {
  private client: Client | null = null;

  /** The connection Prisma's adapter uses (once the Prisma client is connected). */
  connection(): Client {
    if (!this.client) throw new Error("SQLITE_CANTOPEN: the database connection is not open");
    return this.client;
  }

  override createClient(config: Config): Client {
    const client = super.createClient(config);
    this.client = client;
    client.transaction = async (mode: TransactionMode = "write") => {
      await client.execute(mode === "write" ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
      return sameConnectionTransaction(client);
    };
    return client;
  }
}

function sameConnectionTransaction(client: Client): Transaction {
  let open = true;
  const end = async (sql: string) => {
    if (!open) return;
    open = false;
    await client.execute(sql);
  };
  return {
    execute: (statement: InStatement) => client.execute(statement),
    batch: async (statements: InStatement[]) => {
      const results = [];
      for (const statement of statements) results.push(await client.execute(statement));
      return results;
    },
    // libsql's executeMultiple rolls back an open transaction when it ends; Prisma never asks for it inside one.
    executeMultiple: () => Promise.reject(new Error("executeMultiple is not supported inside a transaction")),
    commit: () => end("COMMIT"),
    rollback: () => end("ROLLBACK").catch(() => undefined),
    close: () => void end("ROLLBACK").catch(() => undefined),
    get closed() {
      return !open;
    },
  } as Transaction;
}
