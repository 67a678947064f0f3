/**
 * `npm run bench:scan` (by hand): a 20-page scan (the samples of examples/ typeset one after
 * another and made into a stamped, turned, noisy image-only PDF by scripts/scan.ts, cut at 20
 * pages) uploaded to a fresh real server as an office would, with /health polled meanwhile.
 * Prints the time to the answer, the slowest /health, the server's peak RSS (VmHWM: the import
 * thread included) and the largest Tesseract process seen, against issue 18's goal: within a
 * minute, under 512 MB.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { scanOf } from "../../scripts/scan.ts";
import { ROOT, sample, start } from "./server-process.ts";
import { childProcesses } from "../helpers/processes.ts";

const PAGES = 20;

/** The resident memory (MB) of the server's Tesseract and pdftoppm processes now. */
const ocrMb = (parent: number) => Math.round(childProcesses(parent).filter((p) => p.name === "tesseract" || p.name === "pdftoppm").reduce((sum, p) => sum + p.rssMb, 0));

const examples = readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".txt")).sort();
const text = examples.map((f) => readFileSync(path.join(ROOT, "examples", f), "utf8")).join("\n\n");
const whole = await scanOf(text);
const source = await PDFDocument.load(whole.pdf);
const cut = await PDFDocument.create();
for (const page of await cut.copyPages(source, source.getPageIndices().slice(0, PAGES))) cut.addPage(page);
const pdf = await cut.save();
console.log(`a scan of ${cut.getPageCount()} pages (${(pdf.length / 1024 / 1024).toFixed(1)} MB), from ${examples.length} sample plans`);

const work = mkdtempSync(path.join(os.tmpdir(), "lich-bench-scan-"));
const { child, base } = await start(`file:${path.join(work, "scan.db")}`);
try {
  let slowest = 0;
  let tesseractMb = 0;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const began = performance.now();
      await (await fetch(`${base}/health`)).arrayBuffer();
      slowest = Math.max(slowest, performance.now() - began);
      tesseractMb = Math.max(tesseractMb, ocrMb(child.pid!));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const form = new FormData();
  form.set("file", new File([pdf as Uint8Array<ArrayBuffer>], "ke-hoach-quet.pdf", { type: "application/pdf" }));
  const began = performance.now();
  const response = await fetch(`${base}/api/plans`, { method: "POST", body: form });
  const seconds = (performance.now() - began) / 1000;
  const answer = (await response.json()) as { plan?: { tasks: unknown[] }; error?: { code: string } };
  polling = false;
  await poll;
  const memory = sample(child.pid!);
  console.log(`answer ${response.status} (${answer.plan ? `${answer.plan.tasks.length} tasks` : answer.error?.code}) in ${seconds.toFixed(1)} s; /health at worst ${slowest.toFixed(0)} ms; server peak RSS ${memory.peakMb} MB; Tesseract and pdftoppm at most ${tesseractMb} MB together`);
  console.log(`goal (issue 18): a 20-page scan answered within 60 s, RSS under 512 MB — ${response.status === 201 && seconds <= 60 && memory.peakMb < 512 ? "met" : "NOT met"}`);
} finally {
  child.kill();
  rmSync(work, { recursive: true, force: true });
}
