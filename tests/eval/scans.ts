/**
 * Plans made into scans as an office's scanner would leave them (scripts/scan.ts: typeset, 200
 * dpi, turned 0.8°, grey noisy paper, a red stamp) and read back by OCR, against the plan their
 * text gives: tasks, dates and units that agree, and the character accuracy of every page. The
 * corpus's complete plans (the samples of examples/ among them), and the five reference plans
 * where they are beside the repository.
 * Part of `npm run eval` where Tesseract is installed; `npm run eval:ocr` runs it alone.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { OcrReader } from "../../src/reader/decode.ts";
import { decodeDocument } from "../../src/reader/decode.ts";
import { readPlan } from "../../src/reader/read.ts";
import { scanOf } from "../../scripts/scan.ts";
import { loadCorpus } from "./corpus.ts";
import { agreement, characterAccuracy } from "./ocr-compare.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ScanFigures {
  documents: number;
  pages: number;
  /** Means over the documents (tasks, dates, units) and over the pages (characters). */
  characters: number;
  tasks: number;
  timing: number;
  units: number;
}

export const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The corpus's complete plans (not its scans, which are read as they are) and the reference plans, where present. */
function scanSources(): Array<{ name: string; text: string; reference: boolean }> {
  const seeds = path.join(ROOT, "../shared/seeds");
  return [
    ...loadCorpus()
      .filter((d) => d.annotation.extent === "complete" && d.text !== "" && !d.text.includes("\f"))
      .map((d) => ({ name: d.id, text: d.text, reference: false })),
    ...(existsSync(seeds) ? readdirSync(seeds).filter((f) => f.endsWith(".txt")).map((f) => ({ name: `seed ${f}`, text: readFileSync(path.join(seeds, f), "utf8"), reference: true })) : []),
  ];
}

/** Sums of one set of scans. */
class Totals {
  tasks = 0;
  timing = 0;
  units = 0;
  pages = 0;
  characters = 0;
  documents = 0;

  figures(): ScanFigures {
    const n = Math.max(1, this.documents);
    return { documents: this.documents, pages: this.pages, characters: this.characters / Math.max(1, this.pages), tasks: this.tasks / n, timing: this.timing / n, units: this.units / n };
  }
}

/**
 * The corpus's plans made into scans (the figures the ratchet holds: the same on every machine
 * with Tesseract) and, where they are beside the repository, the reference plans (printed apart).
 */
export async function evaluateScans(ocr: OcrReader, log: (line: string) => void = console.log): Promise<{ corpus: ScanFigures; reference: ScanFigures | null }> {
  const corpus = new Totals();
  const reference = new Totals();
  log("| document | pages | characters per page | tasks | dates | units | seconds |\n|---|---|---|---|---|---|---|");
  for (const { name, text, reference: isReference } of scanSources()) {
    const totals = isReference ? reference : corpus;
    const scan = await scanOf(text);
    const started = Date.now();
    const outcome = await ocr(scan.pdf, "pdf");
    const decoded = await decodeDocument(scan.pdf, "quet.pdf", "", { ocr: async () => outcome });
    if (!outcome.ok || !decoded.ok) {
      // A scan that cannot be read counts as nothing right.
      log(`| ${name} | — | not read: ${outcome.ok ? (decoded.ok ? "" : decoded.message) : outcome.message} | | | | |`);
      totals.documents++;
      totals.pages += scan.pages.length;
      continue;
    }
    const pages = outcome.pages.map((page, i) => characterAccuracy(scan.pages[i] ?? "", page.lines.map((l) => l.text).join("\n")));
    const agreed = agreement(readPlan(text), readPlan(decoded.text));
    log(`| ${name} | ${pages.length} | ${pages.map(percent).join(", ")} | ${percent(agreed.tasks)} | ${percent(agreed.timing)} | ${percent(agreed.units)} | ${((Date.now() - started) / 1000).toFixed(1)} |`);
    totals.tasks += agreed.tasks;
    totals.timing += agreed.timing;
    totals.units += agreed.units;
    totals.pages += pages.length;
    totals.characters += pages.reduce((a, b) => a + b, 0);
    totals.documents++;
  }
  return { corpus: corpus.figures(), reference: reference.documents > 0 ? reference.figures() : null };
}
