/**
 * `npm run eval:ocr`: the scans part of `npm run eval` alone (tests/eval/scans.ts). Needs
 * Tesseract (tesseract-ocr, tesseract-ocr-vie) and pdftoppm.
 */
import { tesseractReader } from "../../src/ocr/tesseract.ts";
import { evaluateScans, percent } from "./scans.ts";

const ocr = await tesseractReader();
if (!ocr) {
  console.error("eval:ocr needs Tesseract with Vietnamese and pdftoppm: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils");
  process.exit(1);
}
const { corpus, reference } = await evaluateScans(ocr);
for (const [what, figures] of [["the corpus", corpus], ["the reference plans", reference]] as const) {
  if (figures) console.log(`\n${what}: mean over ${figures.documents} documents, ${figures.pages} pages: characters ${percent(figures.characters)}, tasks ${percent(figures.tasks)}, dates ${percent(figures.timing)}, units ${percent(figures.units)} (target ≥ 95%)`);
}
