/** The Workers entry: the same app over D1. */
import { PrismaD1 } from "@prisma/adapter-d1";
import { PrismaClient } from "./generated/prisma-worker/client.ts";
import { createApp, type Db } from "./app.ts";
import { settingsFrom } from "./routes/settings.ts";

interface WorkerEnv {
  DB: D1Database;
  [name: string]: unknown;
}

// One client per D1 binding: bindings arrive with each request, never at module load.
const clients = new WeakMap<D1Database, Db>();

function dbFor(env: unknown): Db {
  const binding = (env as WorkerEnv).DB;
  let client = clients.get(binding);
  if (!client) {
    client = new PrismaClient({ adapter: new PrismaD1(binding) }) as unknown as Db;
    clients.set(binding, client);
  }
  return client;
}

export default createApp({
  db: dbFor,
  clock: () => new Date(),
  settings: (env) => settingsFrom(env as Record<string, unknown>),
  remoteAddress: (c) => c.req.header("cf-connecting-ip"),
  addressHeader: "cf-connecting-ip",
});
