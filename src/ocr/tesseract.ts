/**
 * Node only: scanned pages read by Debian's Tesseract 5 with its Vietnamese model (packages
 * tesseract-ocr, tesseract-ocr-vie) after poppler's pdftoppm rasterizes them (poppler-utils).
 * Both run as child processes, so a scan costs the server's CPU, not its memory; each page has
 * a time limit and a document at most MAX_PAGES pages. Tesseract's own page segmentation
 * straightens a slightly rotated scan.
 */
import { execFile } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { linesFromTsv, type OcrPage } from "../reader/ocr-lines.ts";
import { findTables, readPgm } from "../reader/ocr-tables.ts";
import type { OcrOutcome, OcrReader } from "../reader/decode.ts";

const execFileAsync = promisify(execFile);

/**
 * A child process to its end: when it is stopped, execFile's promise rejects at once, before the
 * child has exited and been reaped; its exit is awaited so that the thread is not ended first
 * (only the thread that started a child collects its exit: ended sooner, it leaves a zombie).
 */
async function run(file: string, args: string[], options: Parameters<typeof execFileAsync>[2]): Promise<{ stdout: string }> {
  const task = execFileAsync(file, args, { ...options, encoding: "utf8" });
  try {
    return await task;
  } catch (error) {
    const child = task.child;
    if (child.exitCode === null && child.signalCode === null) await once(child, "exit");
    throw error;
  }
}

/** A plan runs to a few dozen pages at most; 50 pages read in about 35 s on two CPUs, within the scan budget. */
export const MAX_PAGES = 50;
/** Enough for 11–13 pt type; 300 dpi reads no better here and takes twice as long. */
export const DPI = 200;
/** Pages read at once: one Tesseract process a CPU. */
const AT_ONCE = Math.max(1, Math.min(2, os.availableParallelism()));
const PAGE_SECONDS = 20;
const STOPPED: OcrOutcome = { ok: false, code: "scan-too-slow", message: "Đọc bản quét đã bị dừng vì quá thời gian." };

/** The OCR reader when Tesseract (with Vietnamese) and pdftoppm are installed; null otherwise. */
export async function tesseractReader(): Promise<OcrReader | null> {
  try {
    const { stdout } = await run("tesseract", ["--list-langs"], { timeout: 5000 });
    if (!/^vie$/m.test(stdout)) return null;
    await run("pdftoppm", ["-v"], { timeout: 5000 });
  } catch {
    return null;
  }
  return readScan;
}

async function readScan(bytes: Uint8Array, kind: "pdf" | "image", signal?: AbortSignal): Promise<OcrOutcome> {
  if (signal?.aborted) return STOPPED;
  const folder = await mkdtemp(path.join(os.tmpdir(), "lich-ocr-"));
  try {
    let images: string[];
    if (kind === "pdf") {
      const pdf = path.join(folder, "scan.pdf");
      await writeFile(pdf, bytes);
      // Grey PGM: Tesseract reads it, and so does the table finder (no image decoder needed).
      await run("pdftoppm", ["-r", String(DPI), "-gray", "-l", String(MAX_PAGES + 1), pdf, path.join(folder, "page")], { timeout: PAGE_SECONDS * 1000 * (MAX_PAGES + 1), signal });
      images = (await readdir(folder)).filter((f) => f.startsWith("page")).sort().map((f) => path.join(folder, f));
      if (images.length > MAX_PAGES) return { ok: false, code: "scan-too-long", message: `Bản quét dài hơn ${MAX_PAGES} trang, quá giới hạn đọc bằng OCR của một kế hoạch.` };
    } else {
      images = [path.join(folder, "scan.img")];
      await writeFile(images[0]!, bytes);
    }
    const pages: OcrPage[] = new Array(images.length);
    let next = 0;
    let failed = false;
    // Every lane is waited for, so that no Tesseract is left running (or unreaped) when this returns;
    // once one fails the others take no new page.
    const lanes = await Promise.allSettled(
      Array.from({ length: AT_ONCE }, async () => {
        try {
          for (let i = next++; i < images.length && !failed; i = next++) {
            const { stdout } = await run("tesseract", [images[i]!, "stdout", "-l", "vie", "--psm", "4", "tsv"], { timeout: PAGE_SECONDS * 1000, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, OMP_THREAD_LIMIT: "1" }, signal });
            // A photo or an image upload is not PGM: read without its tables' grid.
            const gray = images[i]!.endsWith(".pgm") ? readPgm(await readFile(images[i]!)) : null;
            pages[i] = { lines: linesFromTsv(stdout, gray ? findTables(gray) : []) };
            // A page read is a few MB of grey pixels less on the disk.
            await rm(images[i]!, { force: true });
          }
        } catch (error) {
          failed = true;
          throw error;
        }
      }),
    );
    const failure = lanes.find((lane) => lane.status === "rejected");
    if (failure) throw failure.reason;
    return { ok: true, pages };
  } catch (error) {
    if (signal?.aborted) return STOPPED;
    const killed = (error as { killed?: boolean }).killed === true;
    return { ok: false, code: killed ? "scan-too-slow" : "scan-unreadable", message: killed ? `Đọc bản quét quá ${PAGE_SECONDS} giây một trang nên đã dừng.` : `Không đọc được bản quét bằng OCR (${(error as Error).message.slice(0, 120)}).` };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
