/** The worker side of import-thread.ts: one connection, one job at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { importDocument, rereadRequested } from "./importer.ts";
import type { ThreadAnswer, ThreadJob } from "./import-thread.ts";
import { openNodeDatabase } from "./node-db.ts";
import { tesseractReader } from "../ocr/tesseract.ts";
import type { OcrReader } from "../reader/decode.ts";

const { databaseUrl, busyTimeoutMs } = workerData as { databaseUrl: string; busyTimeoutMs?: number };
const database = await openNodeDatabase(databaseUrl, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
const tesseract = await tesseractReader();
// A scan takes longer than a text: the server is told, and gives the job the scan's budget.
const ocr: OcrReader | undefined = tesseract ? (bytes, kind) => (parentPort!.postMessage({ scanning: true } satisfies ThreadAnswer), tesseract(bytes, kind)) : undefined;

parentPort!.on("message", (job: ThreadJob) => {
  if (job.kind === "close") {
    void database.close().finally(() => parentPort!.postMessage({ outcome: null } satisfies ThreadAnswer));
    return;
  }
  const work = job.kind === "import" ? importDocument(database.db, job.received, job.actor, ocr ? { ocr } : {}) : rereadRequested(database.db, job.request);
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
