/**
 * Node only: uploads are decoded, read, scheduled and saved on a worker thread with its own
 * connection to the database, one at a time, so that while a big plan is read the server's
 * thread keeps answering feeds and /health. An import that takes longer than its budget is
 * stopped (its transaction never commits: nothing is written) and answered as too slow.
 */
import { Worker } from "node:worker_threads";
import { noteChange } from "./changes.ts";
import type { Db } from "./db.ts";
import type { ImportOutcome, ReceivedDocument } from "./importer.ts";

export const IMPORT_BUDGET_MS = 30_000;
export const IMPORT_MEMORY_MB = 768;

interface Job {
  received: ReceivedDocument;
  actor: string;
  resolve: (outcome: ImportOutcome) => void;
  reject: (error: unknown) => void;
}

export class ImportThread {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private busy = false;

  constructor(
    private readonly databaseUrl: string,
    /** The server's own client: its caches learn of the import at once. */
    private readonly db: Db,
    private readonly budgetMs = IMPORT_BUDGET_MS,
    private readonly busyTimeoutMs?: number,
  ) {}

  import(received: ReceivedDocument, actor: string): Promise<ImportOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ received, actor, resolve, reject });
      this.next();
    });
  }

  /** An import is being written right now (its transaction holds the write lock). */
  get active(): boolean {
    return this.busy;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private start(): Worker {
    const worker = new Worker(new URL("./import-thread-entry.mjs", import.meta.url), {
      workerData: { databaseUrl: this.databaseUrl, busyTimeoutMs: this.busyTimeoutMs },
      // A document that inflates past what its headers said runs the thread out of memory, not the server.
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_MEMORY_MB },
    });
    worker.unref();
    return worker;
  }

  private next(): void {
    if (this.busy) return;
    const job = this.queue.shift();
    if (!job) return;
    this.busy = true;
    const worker = (this.worker ??= this.start());
    const done = () => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      this.busy = false;
      this.next();
    };
    const onMessage = (message: { outcome?: ImportOutcome; error?: string }) => {
      done();
      noteChange(this.db);
      if (message.outcome) job.resolve(message.outcome);
      else job.reject(new Error(message.error ?? "import failed"));
    };
    const onError = (error: Error) => {
      this.worker = null;
      done();
      if ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") {
        job.resolve({ ok: false, code: "too-large-to-read", message: `Đọc văn bản này cần quá ${IMPORT_MEMORY_MB} MB bộ nhớ nên đã dừng, không ghi gì: tệp có thể là tệp nén bất thường hoặc quá lớn cho một kế hoạch.` });
      } else job.reject(error);
    };
    const timer = setTimeout(() => {
      // Terminating the thread closes its connection: the open transaction is rolled back.
      void worker.terminate();
      this.worker = null;
      done();
      job.resolve({ ok: false, code: "too-slow", message: `Đọc kế hoạch quá ${Math.round(this.budgetMs / 1000)} giây nên đã dừng, không ghi gì: văn bản có thể quá dài hoặc có cấu trúc bất thường.` });
    }, this.budgetMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.postMessage({ received: job.received, actor: job.actor });
  }
}
