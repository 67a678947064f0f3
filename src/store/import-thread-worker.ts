/** The worker side of import-thread.ts: one connection, one job at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { importDocument, ReadingStopped, rereadRequested, type ImportOutcome, type ReceivedDocument } from "./importer.ts";
import { guardWrites } from "./statements.ts";
import { getPlan } from "./plans.ts";
import type { ThreadAnswer, ThreadJob } from "./import-thread.ts";
import { openNodeDatabase } from "./node-db.ts";
import { tesseractReader } from "../ocr/tesseract.ts";
import type { OcrReader } from "../reader/decode.ts";

const { databaseUrl, busyTimeoutMs, stopped } = workerData as { databaseUrl: string; busyTimeoutMs?: number; stopped: Int32Array };
const database = await openNodeDatabase(databaseUrl, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
// The server answered "too slow, nothing written" the moment it set the flag: whatever the job
// does next, it writes nothing (the flag is read here, synchronously, before every write).
guardWrites(database.db, () => {
  if (Atomics.load(stopped, 0) === 1) throw new ReadingStopped("too-slow", "the job was stopped");
});
const tesseract = await tesseractReader();
/** Stops the job in hand: a scan's Tesseract and pdftoppm are killed, their files removed. */
let abort = new AbortController();
// A scan takes longer than a text: the server is told, and gives the job the scan's budget.
const ocr: OcrReader | undefined = tesseract ? (bytes, kind) => (parentPort!.postMessage({ scanning: true } satisfies ThreadAnswer), tesseract(bytes, kind, abort.signal)) : undefined;

parentPort!.on("message", (job: ThreadJob) => {
  if (job.kind === "abort") return abort.abort();
  if (job.kind === "close") {
    void database.close().finally(() => parentPort!.postMessage({ outcome: null } satisfies ThreadAnswer));
    return;
  }
  abort = new AbortController();
  const work = job.kind === "import" ? importWithPlan(job.received, job.actor) : rereadRequested(database.db, job.request);
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

/** Beyond this many tasks the plan an upload answers with is read here (a 3,000-task plan held /health 363 ms on the server's thread); a smaller one is read there, beside the next import. */
const READ_HERE_ABOVE_TASKS = 300;

async function importWithPlan(received: ReceivedDocument, actor: string): Promise<ImportOutcome> {
  const outcome = await importDocument(database.db, received, actor, ocr ? { ocr } : {});
  if (!outcome.ok || (await database.db.task.count({ where: { planId: outcome.planId } })) <= READ_HERE_ABOVE_TASKS) return outcome;
  const stored = await getPlan(database.db, outcome.planId);
  return stored ? { ...outcome, stored } : outcome;
}
