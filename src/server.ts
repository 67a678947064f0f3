/** The Node entry: the app on @hono/node-server over the embedded SQLite file. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { getRequestListener, type ServerType } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { createApp } from "./app.ts";
import { FeedFrontCache } from "./routes/feeds/front-cache.ts";
import { settingsFrom } from "./routes/settings.ts";
import { carryGeneration, dataGeneration, watchOtherWriters } from "./store/changes.ts";
import type { DatabaseFault } from "./store/faults.ts";
import { databaseFilePath, DISK_FULL, fileIdentity, fileState, MISSING, removeOrphanJournal } from "./store/node-file.ts";
import { DEFAULT_DATABASE_URL, openNodeDatabase } from "./store/node-db.ts";
import { listApiTokens } from "./store/api-tokens.ts";
import { ImportThread } from "./store/import-thread.ts";
import { readSamples } from "./store/node-samples.ts";
import type { Sample } from "./store/samples.ts";

export interface StartOptions {
  port?: number;
  hostname?: string;
  databaseUrl?: string;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  server: ServerType;
  close: () => Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const port = options.port ?? Number(env.PORT ?? 8787);
  const hostname = options.hostname ?? env.HOST ?? "0.0.0.0";
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const busy = Number(env.DB_BUSY_TIMEOUT_MS);
  const busyTimeoutMs = Number.isFinite(busy) && busy >= 0 && env.DB_BUSY_TIMEOUT_MS ? busy : undefined;
  const open = () => openNodeDatabase(databaseUrl, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
  let database = await open();
  let stopWatching = watchOtherWriters(database.db);
  const imports = new ImportThread(databaseUrl, database.db, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
  const file = databaseFilePath(databaseUrl);
  let identity = file ? fileIdentity(file) : null;
  let reopening: Promise<void> | null = null;
  /**
   * A file deleted under the server is not written (its connection would write into the deleted
   * copy); when a file is back at the path, every connection to the old one is closed first (its
   * journal must not be applied to the new file), then the new one is opened.
   */
  const reopen = async () => {
    const previous = database;
    stopWatching();
    await imports.reconnect();
    await previous.close();
    const next = await open();
    carryGeneration(previous.db, next.db);
    database = next;
    imports.useDatabase(next.db);
    identity = fileIdentity(file!);
    stopWatching = watchOtherWriters(next.db);
    log(`Đã mở lại cơ sở dữ liệu ${databaseUrl} (tệp đã được trả lại).`);
  };
  const databaseFault = (): DatabaseFault | null => {
    if (!file) return null;
    if (reopening) return MISSING;
    const state = fileState(file, identity);
    if (state.kind === "same") return null;
    if (state.kind === "missing") removeOrphanJournal(file);
    if (state.kind === "disk-full") return DISK_FULL;
    if (state.kind === "replaced") {
      reopening = reopen()
        .catch((error: unknown) => log(`Chưa mở lại được cơ sở dữ liệu: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => (reopening = null));
    }
    return MISSING;
  };
  const fileWatch = setInterval(databaseFault, 1000);
  fileWatch.unref();
  const settings = settingsFrom(env);
  let samples: Sample[] | undefined;
  const app = createApp({
    db: () => database.db,
    clock: () => new Date(),
    feedCache: true,
    docsScript: nodeDocsScript,
    importer: (received, actor) => imports.import(received, actor),
    rereader: (request) => imports.reread(request),
    databaseFault,
    samples: () => (samples ??= readSamples()),
    importing: () => imports.active,
    settings: () => settings,
    remoteAddress: (c) => {
      try {
        return getConnInfo(c).remote.address;
      } catch {
        return undefined;
      }
    },
  });
  const front = settings.privateFeeds ? null : new FeedFrontCache({ generation: () => dataGeneration(database.db) });
  const listener = getRequestListener(async (request, env) => {
    const generation = dataGeneration(database.db);
    const response = await app.fetch(request, env as unknown as Record<string, unknown>);
    return front ? front.remember(request, response, generation) : response;
  });
  const server: ServerType = createServer((incoming, outgoing) => {
    if (!front?.answer(incoming, outgoing)) void listener(incoming, outgoing);
  });
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://localhost:${actualPort}`;
  if (database.applied.length > 0) log(`Đã áp dụng migration: ${database.applied.join(", ")}`);
  log(`lich-kehoach đang chạy tại ${url} (cơ sở dữ liệu ${databaseUrl})`);
  const named = (await listApiTokens(database.db)).filter((t) => t.revokedAt === null).length;
  log(
    settings.apiTokens.length + named > 0
      ? `Ghi dữ liệu cần mã truy cập (${named} mã có tên, ${settings.apiTokens.length} mã trong API_TOKENS).`
      : "Chưa có mã truy cập (lich token create, hoặc API_TOKENS): chỉ nhận ghi dữ liệu từ chính máy này (localhost).",
  );
  log(`Tài liệu API: ${url}/docs`);
  if (settings.privateFeeds) log("FEEDS_PRIVATE: mỗi lịch cần mã bí mật (cấp qua POST /api/feed-tokens).");
  return {
    url,
    server,
    close: async () => {
      clearInterval(fileWatch);
      await reopening;
      stopWatching();
      await imports.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

let docsScript: Promise<string> | undefined;

/** The API reference's script, from the installed package (read once). */
function nodeDocsScript(): Promise<string> {
  docsScript ??= readFile(createRequire(import.meta.url).resolve("@scalar/api-reference/browser/standalone.js"), "utf8");
  return docsScript;
}
