/**
 * `npm run eval`: the reader, the resolver and the unit canonicalizer over the development
 * corpus, scored against annotations made by reading the documents.
 *
 *   npm run eval                  figures per area and category, the documents that fail and why,
 *                                 and the change since the previous run on this machine
 *   npm run eval -- --check       exit 1 when an area falls below tests/eval/ratchet.json (CI)
 *   npm run eval -- --record      raise the ratchet to today's figures (never lowers it)
 *   npm run eval -- --doc ID      every check of one document
 *   npm run eval -- --verbose     every failure of every document
 *   npm run eval -- --no-scans    without the synthetic scans (tests/eval/scans.ts), which take minutes
 *
 * Where Tesseract is installed, scanned originals of the corpus are read through OCR as an
 * upload would be, with the character accuracy of each page against the page's text typed in
 * document.txt (pages split by form feeds); without it they are left out, saying so.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unitsOfLine } from "../../src/cli/units.ts";
import { tesseractReader } from "../../src/ocr/tesseract.ts";
import { decodeDocument, type OcrOutcome, type OcrReader } from "../../src/reader/decode.ts";
import { readPlan } from "../../src/reader/read.ts";
import { resolveTiming } from "../../src/timing/resolve.ts";
import type { TimingContext } from "../../src/timing/types.ts";
import { loadCorpus, type CorpusDocument } from "./corpus.ts";
import { characterAccuracy } from "./ocr-compare.ts";
import { evaluateScans, percent as scanPercent, type ScanFigures } from "./scans.ts";
import { AREAS, checkFacts, checkMention, checkOccasions, checkPhrase, checkTasks, rate, summarize, type ActualUnit, type Check } from "./score.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RATCHET = path.join(import.meta.dirname, "ratchet.json");
const LAST = path.join(ROOT, ".eval", "last.json");

interface Figures {
  areas: Record<string, number | null>;
  documents: number;
}

/** The synthetic scans' figures, held by the ratchet as the areas are. */
const SCAN_AREAS = ["scan-characters", "scan-tasks", "scan-timing", "scan-units"] as const;

interface Evaluated {
  checks: Check[];
  spurious: number;
  /** A scanned original: each page's character accuracy against its typed text. */
  pages?: number[];
}

async function evaluate(document: CorpusDocument, ocr: OcrReader | null): Promise<Evaluated | null> {
  const { annotation: a, id } = document;
  const checks: Check[] = [];
  const bytes = new Uint8Array(readFileSync(document.file));
  // The OCR's pages are kept, to score each against its typed page.
  const seen: { scan?: OcrOutcome } = {};
  const reader: OcrReader | undefined = ocr ? async (b, kind, signal) => (seen.scan = await ocr(b, kind, signal)) : undefined;
  const decoded = await decodeDocument(bytes, path.basename(document.file), "", reader ? { ocr: reader } : {});
  // A scan where nothing can read it is not a failure of the reader: the document is left out.
  if (!ocr && !decoded.ok && decoded.code === "pdf-no-text") return null;
  let spurious = 0;
  const typed = document.text.split("\f");
  const pages = seen.scan?.ok ? seen.scan.pages.map((page, i) => characterAccuracy(typed[i] ?? "", page.lines.map((l) => l.text).join("\n"))) : undefined;
  if (!decoded.ok) {
    checks.push({ document: id, area: "facts", category: "decode", right: false, why: `${decoded.code}: ${decoded.message}` });
  } else {
    const plan = readPlan(decoded.text);
    checks.push(...checkFacts(id, a.facts, plan), ...checkOccasions(id, a.occasions, plan));
    const tasks = checkTasks(id, a.tasks, plan, decoded.text, a.kind.plan);
    checks.push(...tasks.checks);
    spurious = tasks.spurious;
  }

  const occasions = a.occasions.map((o) => o.date);
  for (const phrase of a.phrases) {
    const context: TimingContext = { issued: a.facts.issued, occasions, ceremony: a.ceremony?.start ?? null };
    if (a.period) context.period = a.period;
    if (phrase.field) context.field = phrase.field;
    if (phrase.year) context.year = phrase.year;
    checks.push(checkPhrase(id, phrase, resolveTiming(phrase.phrase, context)));
  }
  for (const mention of a.units) {
    const answer = unitsOfLine({ text: mention.text, context: { scope: a.facts.scope ?? "", issuer: a.facts.issuer ?? "" } });
    const units = "units" in answer ? (answer.units as ActualUnit[]) : [];
    checks.push(checkMention(id, mention.text, mention.category, mention.expect, units));
  }
  return pages ? { checks, spurious, pages } : { checks, spurious };
}

function percent(value: number | null): string {
  return value === null ? "   –  " : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function delta(now: number | null, before: number | null | undefined): string {
  if (now === null || before === null || before === undefined) return "";
  const d = (now - before) * 100;
  return Math.abs(d) < 0.05 ? "  (=)" : `  (${d > 0 ? "+" : ""}${d.toFixed(1)})`;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const only = args.includes("--doc") ? args[args.indexOf("--doc") + 1] : undefined;
  const verbose = args.includes("--verbose") || only !== undefined;
  const corpus = loadCorpus().filter((d) => !only || d.id === only);
  if (corpus.length === 0) {
    console.error(only ? `no corpus document ${only}` : "the corpus is empty (tests/fixtures/corpus/)");
    return 1;
  }
  const ocr = await tesseractReader();
  const checks: Check[] = [];
  let spurious = 0;
  let readTasks = 0;
  const leftOut: string[] = [];
  const scannedPages: Array<[string, number[]]> = [];
  for (const document of corpus) {
    const result = await evaluate(document, ocr);
    if (!result) {
      leftOut.push(document.id);
      continue;
    }
    checks.push(...result.checks);
    spurious += result.spurious;
    readTasks += result.checks.filter((c) => c.area === "tasks" && c.right).length + result.spurious;
    if (result.pages) scannedPages.push([document.id, result.pages]);
  }

  const byArea = summarize(checks, (c) => c.area);
  const figures: Figures = { areas: Object.fromEntries(AREAS.map((area) => [area, rate(byArea.get(area))])), documents: corpus.length };
  const previous = only ? null : readJson<Figures>(LAST);
  const ratchet = readJson<Record<string, number>>(RATCHET) ?? {};

  const complete = corpus.filter((d) => d.annotation.extent === "complete").length;
  console.log(`lich-kehoach eval: ${corpus.length} documents (${complete} complete, ${corpus.length - complete} opening pages), ${checks.length} checks\n`);
  if (leftOut.length > 0) console.log(`left out, scanned and no OCR here (apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils): ${leftOut.join(", ")}\n`);
  console.log("area          right/total    rate   ratchet  change since the previous run");
  for (const area of AREAS) {
    const tally = byArea.get(area);
    const value = rate(tally);
    const floor = ratchet[area];
    console.log(
      `${area.padEnd(12)} ${`${tally?.right ?? 0}/${tally?.total ?? 0}`.padStart(12)}  ${percent(value)}  ${floor === undefined ? "   –  " : percent(floor)}${delta(value, previous?.areas[area])}`,
    );
  }
  console.log(`\n(tasks read that match no annotated task: ${spurious} of ${readTasks})`);

  for (const area of AREAS) {
    const inArea = checks.filter((c) => c.area === area);
    const byCategory = summarize(inArea, (c) => c.category);
    if (byCategory.size <= 1 && area !== "timing" && area !== "units") continue;
    console.log(`\n${area} by category`);
    for (const [category, tally] of [...byCategory].sort((a, b) => (rate(a[1]) ?? 0) - (rate(b[1]) ?? 0))) {
      console.log(`  ${category.padEnd(20)} ${`${tally.right}/${tally.total}`.padStart(9)}  ${percent(rate(tally))}`);
    }
  }

  console.log("\ndocuments, worst first (area: right/total), and why");
  const byDocument = new Map<string, Check[]>();
  for (const check of checks) byDocument.set(check.document, [...(byDocument.get(check.document) ?? []), check]);
  const documentRate = (list: Check[]) => list.filter((c) => c.right).length / list.length;
  for (const [id, list] of [...byDocument].sort((a, b) => documentRate(a[1]) - documentRate(b[1]))) {
    const perArea = summarize(list, (c) => c.area);
    const parts = AREAS.filter((a) => perArea.has(a)).map((a) => `${a} ${perArea.get(a)!.right}/${perArea.get(a)!.total}`);
    console.log(`  ${percent(documentRate(list))}  ${id}: ${parts.join(", ")}`);
    const failures = list.filter((c) => !c.right);
    for (const failure of verbose ? failures : failures.slice(0, 4)) console.log(`           ${failure.area}: ${failure.why}`);
    if (!verbose && failures.length > 4) console.log(`           … ${failures.length - 4} more (npm run eval -- --doc ${id})`);
  }

  if (scannedPages.length > 0) {
    console.log("\nscanned originals read by OCR: characters right per page (against the typed text)");
    for (const [id, pages] of scannedPages) console.log(`  ${id}: ${pages.map(scanPercent).join(", ")}`);
  }

  let scans: ScanFigures | null = null;
  if (!only && ocr && !args.includes("--no-scans")) {
    console.log("\nplans made into scans (scripts/scan.ts) and read by OCR, against the plan their text gives");
    const measured = await evaluateScans(ocr, (line) => console.log(line));
    scans = measured.corpus;
    for (const [area, value] of scanFigures(scans)) figures.areas[area] = value;
    console.log(`\nscans of the corpus: ${scans.documents} documents, ${scans.pages} pages; ` + scanFigures(scans).map(([area, value]) => `${area} ${scanPercent(value)}${delta(value, previous?.areas[area])}`).join(", "));
    const reference = measured.reference;
    if (reference) console.log(`scans of the reference plans: ${reference.documents} documents, ${reference.pages} pages; characters ${scanPercent(reference.characters)}, tasks ${scanPercent(reference.tasks)}, dates ${scanPercent(reference.timing)}, units ${scanPercent(reference.units)}`);
  } else if (!only) console.log(`\nscans: not measured (${ocr ? "--no-scans" : "no Tesseract here"})`);

  if (only) return 0;
  mkdirSync(path.dirname(LAST), { recursive: true });
  writeFileSync(LAST, `${JSON.stringify(figures, null, 2)}\n`);

  if (args.includes("--record")) {
    const raised: Record<string, number> = Object.assign({}, ratchet);
    for (const area of [...AREAS, ...SCAN_AREAS]) {
      const value = figures.areas[area] ?? null;
      // Floors rounded down to a tenth of a percent, so the figure that set them passes again.
      if (value !== null) raised[area] = Math.max(ratchet[area] ?? 0, Math.floor(value * 1000) / 1000);
    }
    writeFileSync(RATCHET, `${JSON.stringify(raised, null, 2)}\n`);
    console.log(`\nratchet recorded in ${path.relative(ROOT, RATCHET)}`);
  }
  if (args.includes("--check")) {
    // Scan figures are held where they were measured (a machine without Tesseract cannot).
    const held = [...AREAS, ...(scans ? SCAN_AREAS : [])];
    const below = held.filter((area) => ratchet[area] !== undefined && (figures.areas[area] ?? 0) < ratchet[area]! - 1e-9);
    if (below.length > 0) {
      console.error(`\neval: below the ratchet in ${below.map((a) => `${a} (${percent(figures.areas[a] ?? null).trim()} < ${percent(ratchet[a]!).trim()})`).join(", ")}`);
      return 1;
    }
    console.log("\neval: every area at or above the ratchet");
  }
  return 0;
}

function scanFigures(scans: ScanFigures): Array<[(typeof SCAN_AREAS)[number], number]> {
  return [
    ["scan-characters", scans.characters],
    ["scan-tasks", scans.tasks],
    ["scan-timing", scans.timing],
    ["scan-units", scans.units],
  ];
}

process.exitCode = await main();
