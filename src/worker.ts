/** The Workers entry: the same app over D1. */
import { PrismaD1 } from "@prisma/adapter-d1";
import { PrismaClient } from "./generated/prisma-worker/client.ts";
import { createApp, type Db } from "./app.ts";
import { settingsFrom } from "./routes/settings.ts";
import { useBatchRunner, type SqlValue } from "./store/statements.ts";
import { answerFromEdge, generationQuery } from "./routes/feeds/edge-cache.ts";
import { unitId } from "./store/units.ts";

interface WorkerEnv {
  DB: D1Database;
  [name: string]: unknown;
}

/**
 * A client per request: Prisma's client batches queries with request-bound promises, and a
 * Worker must not share those across requests (workerd cancels a request that awaits another's).
 * Writes run as D1 batches: applied whole or not at all.
 */
function dbFor(env: unknown): Db {
  const binding = (env as WorkerEnv).DB;
  const client = new PrismaClient({ adapter: new PrismaD1(binding) }) as unknown as Db;
  useBatchRunner(client, async (statements) => {
    await binding.batch(statements.map((s) => binding.prepare(s.sql).bind(...s.args.map(d1Value))));
  });
  return client;
}

/** D1 binds a blob as an ArrayBuffer. */
function d1Value(value: SqlValue): unknown {
  return value instanceof Uint8Array ? value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) : value;
}

const app = createApp({
  db: dbFor,
  clock: () => new Date(),
  settings: (env) => settingsFrom(env as Record<string, unknown>),
  remoteAddress: (c) => c.req.header("cf-connecting-ip"),
  addressHeader: "cf-connecting-ip",
  // No Tesseract at the edge: the Node service reads scans (queueing them for it would need a Node worker polling D1).
  noOcr: "bản chạy trên Cloudflare Workers không đọc được bản quét; dịch vụ chạy trên Node (npm start, có cài Tesseract) đọc được",
});

export default {
  fetch(request: Request, env: WorkerEnv, context: ExecutionContext): Promise<Response> {
    const render = async () => app.fetch(request, env, context);
    // Private feeds are checked against their keys on every request: never answered from the cache.
    if (settingsFrom(env).privateFeeds || env.EDGE_CACHE === "off") return render();
    return answerFromEdge(request, {
      cache: caches.default,
      generation: async (pathname) => {
        const query = generationQuery(pathname, unitId);
        return (await env.DB.prepare(query.sql).bind(...query.args).first<{ generation: string }>())?.generation ?? "0";
      },
      render,
      keep: (work) => context.waitUntil(work),
    });
  },
};
