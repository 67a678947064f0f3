/** The worker side of import-thread.ts: one connection, one job at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { importDocument, rereadRequested } from "./importer.ts";
import type { ThreadAnswer, ThreadJob } from "./import-thread.ts";
import { openNodeDatabase } from "./node-db.ts";

const { databaseUrl, busyTimeoutMs } = workerData as { databaseUrl: string; busyTimeoutMs?: number };
const database = await openNodeDatabase(databaseUrl, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });

parentPort!.on("message", (job: ThreadJob) => {
  if (job.kind === "close") {
    void database.close().finally(() => parentPort!.postMessage({ outcome: null } satisfies ThreadAnswer));
    return;
  }
  const work = job.kind === "import" ? importDocument(database.db, job.received, job.actor) : rereadRequested(database.db, job.request);
  work.then(
    (outcome) => parentPort!.postMessage({ outcome } satisfies ThreadAnswer),
    (error: unknown) => {
      // The message and Prisma's meta carry what faults.ts reads (SQLITE_BUSY, read-only, full…).
      const { code, meta } = error as { code?: unknown; meta?: unknown };
      const message = (error instanceof Error ? error.message : String(error)) + (meta ? `\n${JSON.stringify(meta)}` : "");
      parentPort!.postMessage({ error: message, ...(typeof code === "string" ? { code } : {}) } satisfies ThreadAnswer);
    },
  );
});
