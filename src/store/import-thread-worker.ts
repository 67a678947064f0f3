/** The worker side of import-thread.ts: one connection, one import at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { importDocument, type ReceivedDocument } from "./importer.ts";
import { openNodeDatabase } from "./node-db.ts";

const { databaseUrl, busyTimeoutMs } = workerData as { databaseUrl: string; busyTimeoutMs?: number };
const database = await openNodeDatabase(databaseUrl, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });

parentPort!.on("message", (job: { received: ReceivedDocument; actor: string }) => {
  importDocument(database.db, job.received, job.actor).then(
    (outcome) => parentPort!.postMessage({ outcome }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
