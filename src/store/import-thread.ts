/**
 * Node only: uploads are decoded, read, scheduled and saved on a worker thread with its own
 * connection to the database, one at a time, and so are the re-readings a ceremony change or a
 * task correction calls for, so that while a big plan is read the server's thread keeps
 * answering feeds and /health. A job that takes longer than its budget is stopped (its
 * transaction never commits: nothing is written) and answered as too slow.
 */
import { Worker } from "node:worker_threads";
import { noteChange } from "./changes.ts";
import type { Db } from "./db.ts";
import { ReadingStopped, type ImportOutcome, type ReceivedDocument, type RereadRequest } from "./importer.ts";
import type { SaveOutcome } from "./plans.ts";

export const IMPORT_BUDGET_MS = 30_000;
/** A scanned document read by OCR: a 20-page scan at 300 dpi takes about a minute on two CPUs. */
export const SCAN_BUDGET_MS = 120_000;
export const IMPORT_MEMORY_MB = 768;
/** A thread with nothing to do for this long is ended: its memory (a hundred MB or so) goes back to the system. */
export const IDLE_THREAD_MS = 15_000;

/** What crosses to the thread (`abort`: the job in hand is stopped, its OCR processes killed, its scratch files removed). */
export type ThreadJob = { kind: "import"; received: ReceivedDocument; actor: string } | { kind: "reread"; request: RereadRequest } | { kind: "close" } | { kind: "abort" };

export interface ImportThreadOptions {
  budgetMs?: number;
  /** The budget once the job turns out to be a scan read by OCR. */
  scanBudgetMs?: number;
  busyTimeoutMs?: number;
}

/**
 * A stopped job's thread is ended once it answers (its OCR processes killed and reaped, their
 * files removed), or after this long if it does not (stuck in its own code). Ending it sooner
 * would leave a killed pdftoppm unreaped, a zombie of the server's, since only the thread that
 * started a child collects its exit.
 */
const ABORT_GRACE_MS = 5000;
/** What comes back: the job's outcome, or its error as its message (and the store's fault code, if any). */
export type ThreadAnswer = { outcome: ImportOutcome | SaveOutcome | null } | { error: string; code?: string } | { scanning: true };

interface Job {
  job: ThreadJob;
  resolve: (outcome: unknown) => void;
  reject: (error: unknown) => void;
}

const TOO_SLOW = (seconds: number) => `Đọc kế hoạch quá ${seconds} giây nên đã dừng, không ghi gì: văn bản có thể quá dài hoặc có cấu trúc bất thường.`;
const TOO_BIG = `Đọc văn bản này cần quá ${IMPORT_MEMORY_MB} MB bộ nhớ nên đã dừng, không ghi gì: tệp có thể là tệp nén bất thường hoặc quá lớn cho một kế hoạch.`;

export class ImportThread {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private busy = false;

  private readonly budgetMs: number;
  private readonly scanBudgetMs: number;
  private readonly busyTimeoutMs: number | undefined;

  constructor(
    private readonly databaseUrl: string,
    /** The server's own client: its caches learn of the import at once. */
    private db: Db,
    options: ImportThreadOptions = {},
  ) {
    this.budgetMs = options.budgetMs ?? IMPORT_BUDGET_MS;
    this.scanBudgetMs = options.scanBudgetMs ?? SCAN_BUDGET_MS;
    this.busyTimeoutMs = options.busyTimeoutMs;
  }

  import(received: ReceivedDocument, actor: string): Promise<ImportOutcome> {
    return this.run<ImportOutcome>({ kind: "import", received, actor });
  }

  /** A stored plan read again: a refusal (too slow, too big) is an error, as the request cannot be met. */
  reread(request: RereadRequest): Promise<SaveOutcome | null> {
    return this.run<SaveOutcome | null>({ kind: "reread", request });
  }

  private run<T>(job: Extract<ThreadJob, { kind: "import" | "reread" }>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (outcome: unknown) => void, reject });
      this.next();
    });
  }

  /** An import is being written right now (its transaction holds the write lock). */
  get active(): boolean {
    return this.busy;
  }

  /** Closes the thread's connection, once the job it runs (if any) is done; the next job opens a new one. */
  async reconnect(): Promise<void> {
    while (this.busy) await new Promise((resolve) => setTimeout(resolve, 20));
    await this.close();
  }

  /** The server's client after it was opened again. */
  useDatabase(db: Db): void {
    this.db = db;
  }

  /** Ends the thread, its connection closed first (a terminated thread would leave SQLite's file open). */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    if (!this.busy) {
      const closed = new Promise((resolve) => worker.once("message", resolve));
      worker.postMessage({ kind: "close" } satisfies ThreadJob);
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000))]);
    }
    await worker.terminate();
  }

  /** Set (to 1) when the thread's job is stopped: the thread writes nothing after (shared memory, read without waiting for a message). */
  private stopped = new Int32Array(new SharedArrayBuffer(4));

  private start(): Worker {
    this.stopped = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(new URL("./import-thread-entry.mjs", import.meta.url), {
      workerData: { databaseUrl: this.databaseUrl, busyTimeoutMs: this.busyTimeoutMs, stopped: this.stopped },
      // A document that inflates past what its headers said runs the thread out of memory, not the server.
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_MEMORY_MB },
    });
    worker.unref();
    return worker;
  }

  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  private next(): void {
    if (this.busy) return;
    const job = this.queue.shift();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (!job) {
      this.idleTimer = setTimeout(() => void this.close(), IDLE_THREAD_MS);
      this.idleTimer.unref();
      return;
    }
    this.busy = true;
    const worker = (this.worker ??= this.start());
    const stopped = this.stopped;
    const done = () => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      this.busy = false;
      this.next();
    };
    const refuse = (code: ReadingStopped["code"], message: string) => {
      if (job.job.kind === "import") job.resolve({ ok: false, code, message } satisfies ImportOutcome);
      else job.reject(new ReadingStopped(code, message));
    };
    let budget = this.budgetMs;
    const onMessage = (message: ThreadAnswer) => {
      if ("scanning" in message) {
        clearTimeout(timer);
        budget = Math.max(this.budgetMs, this.scanBudgetMs);
        timer = setTimeout(stop, budget);
        return;
      }
      done();
      noteChange(this.db);
      if ("outcome" in message) job.resolve(message.outcome);
      else job.reject(Object.assign(new Error(message.error), message.code ? { code: message.code } : {}));
    };
    const onError = (error: Error) => {
      this.worker = null;
      done();
      if ((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY") refuse("too-large-to-read", TOO_BIG);
      else job.reject(error);
    };
    const stop = () => {
      // Terminating the thread closes its connection: the open transaction is rolled back. It is
      // told first, so that a scan's Tesseract and pdftoppm do not run on after it.
      Atomics.store(stopped, 0, 1);
      worker.postMessage({ kind: "abort" } satisfies ThreadJob);
      const end = () => {
        worker.off("message", answered);
        void worker.terminate();
      };
      const answered = (message: ThreadAnswer) => {
        if (!("scanning" in message)) end();
      };
      worker.on("message", answered);
      setTimeout(end, ABORT_GRACE_MS).unref();
      this.worker = null;
      done();
      refuse("too-slow", TOO_SLOW(Math.round(budget / 1000)));
    };
    let timer = setTimeout(stop, this.budgetMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.postMessage(job.job);
  }
}
