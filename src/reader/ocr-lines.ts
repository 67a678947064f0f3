/**
 * Text read by OCR (Tesseract's TSV: one row per word with its block, paragraph, line and
 * confidence) → lines with their confidence, pure. Page furniture is dropped: a line that is only
 * a page number, and lines Tesseract itself barely believes (a stamp's ring, a signature's
 * strokes: mostly symbols, confidence under 30).
 */
import { foldKey } from "../text/normalize.ts";
import { parseRoman, toRoman } from "../text/numerals.ts";
import { cellAt, rowTop, type TableGrid } from "./ocr-tables.ts";
export interface OcrLine {
  text: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
}

export interface OcrPage {
  lines: OcrLine[];
}

/** Below this a line is marked for review (`ocr-uncertain`). */
export const UNCERTAIN_BELOW = 80;
const NOISE_BELOW = 30;

interface VisualLine {
  /** Each word with where it starts and ends across the page. */
  words: Array<{ text: string; left: number; right: number }>;
  confidences: number[];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** A table row: its cells separated by tabs, never joined to the lines around it. */
  table?: boolean;
}

/**
 * Tesseract's words → the document's lines. Words inside a ruled table (`tables`, found in the
 * page's pixels by ocr-tables.ts) are put in their cells, one line a table row.
 */
export function linesFromTsv(tsv: string, tables: TableGrid[] = []): OcrLine[] {
  const lines = new Map<string, VisualLine>();
  const cells = new Map<string, Array<{ key: string; left: number; top: number; word: string; confidence: number }>>();
  for (const row of tsv.split("\n").slice(1)) {
    const cells_ = row.split("\t");
    if (cells_.length < 12 || cells_[0] !== "5") continue;
    const word = cells_[11]!.trim();
    const confidence = Number(cells_[10]);
    if (word === "" || !Number.isFinite(confidence) || confidence < 0) continue;
    const key = `${cells_[1]}.${cells_[2]}.${cells_[3]}.${cells_[4]}`;
    const [left, top, width, height] = [Number(cells_[6]), Number(cells_[7]), Number(cells_[8]), Number(cells_[9])];
    const placed = cellOf(tables, left + width / 2, top + height / 2);
    if (placed) {
      // A rule read as a letter (`|`, `[`) is no part of a cell's text.
      if (/^[|[\]!]+$/.test(word)) continue;
      const id = `${placed.table}.${placed.row}.${placed.column}`;
      const inCell = cells.get(id) ?? [];
      inCell.push({ key, left, top, word, confidence });
      cells.set(id, inCell);
      continue;
    }
    const line = lines.get(key) ?? { words: [], confidences: [], top, bottom: top + height, left, right: left + width };
    line.words.push({ text: word, left, right: left + width });
    line.confidences.push(confidence);
    line.top = Math.min(line.top, top);
    line.bottom = Math.max(line.bottom, top + height);
    line.left = Math.min(line.left, left);
    line.right = Math.max(line.right, left + width);
    lines.set(key, line);
  }
  let n = 0;
  for (const [t, table] of tables.entries()) {
    for (let row = 0; row + 1 < table.rows.length; row++) {
      const texts: string[] = [];
      const confidences: number[] = [];
      for (let column = 0; column + 1 < table.columns.length; column++) {
        const words = cells.get(`${t}.${row}.${column}`) ?? [];
        // A cell's own lines in order, each line's words left to right.
        const byLine = new Map<string, typeof words>();
        for (const word of words) {
          const line = byLine.get(word.key) ?? [];
          line.push(word);
          byLine.set(word.key, line);
        }
        const ordered = [...byLine.values()].sort((a, b) => Math.min(...a.map((w) => w.top)) - Math.min(...b.map((w) => w.top)));
        texts.push(cellText(ordered.map((line) => line.sort((a, b) => a.left - b.left).map((w) => w.word).join(" ")).join(" ")));
        confidences.push(...words.map((w) => w.confidence));
      }
      if (texts.every((text) => text === "")) continue;
      const top = rowTop(table, row);
      lines.set(`table.${n++}`, { words: [{ text: texts.join("\t").replace(/\t+$/, ""), left: 0, right: 0 }], confidences, top, bottom: rowTop(table, row + 1), left: 0, right: 0, table: true });
    }
  }
  const ordered = [...lines.values()].sort((x, y) => x.top - y.top);
  // A line the page wrapped reaches the right margin; one that ends short ended there.
  const text = ordered.filter((l) => !l.table);
  const margin = Math.max(0, ...text.map((l) => l.right));
  const textWidth = margin - Math.min(margin, ...text.map((l) => l.left));
  let previousRight = 0;
  const out: OcrLine[] = [];
  let bottom: number | null = null;
  // Words this far apart on one line stand in two columns (the header's issuer and motto, the
  // number beside the place and date): written apart by spaces, as a PDF's text has them.
  const pageWidth = Number(/^1\t(?:[^\t]*\t){7}(\d+)/m.exec(tsv)?.[1] ?? 0);
  const columnGap = pageWidth > 0 ? pageWidth * 0.04 : Infinity;
  const tableRows = new Set<OcrLine>();
  for (const line of ordered) {
    const text = repairLineStart(spoken(line, columnGap));
    const confidence = line.confidences.reduce((a, b) => a + b, 0) / Math.max(1, line.confidences.length);
    if (line.table) {
      const row = { text, confidence: Math.round(confidence) };
      if (out.length > 0 && out[out.length - 1]!.text !== "" && !tableRows.has(out[out.length - 1]!)) out.push({ text: "", confidence: 100 });
      out.push(row);
      tableRows.add(row);
      bottom = line.bottom;
      previousRight = 0;
      continue;
    }
    if (isFurniture(text, confidence)) continue;
    const height = line.bottom - line.top;
    const gap = bottom === null ? 0 : line.top - bottom;
    const reachedMargin = previousRight >= margin - textWidth * 0.1;
    bottom = line.bottom;
    previousRight = line.right;
    const previous = out[out.length - 1];
    // A line the page wrapped is joined back to the line before, as a document's text has it
    // (a list item or a heading starts a line of its own); the joined line is as sure as its least sure part.
    if (previous && previous.text !== "" && !tableRows.has(previous) && gap < height * 0.6 && reachedMargin && wraps(previous.text, text)) {
      previous.text = `${previous.text} ${text}`;
      previous.confidence = Math.min(previous.confidence, Math.round(confidence));
      continue;
    }
    // A gap of a line or more is an empty line of the document.
    if (previous && (gap > height * 0.9 || tableRows.has(previous))) out.push({ text: "", confidence: 100 });
    out.push({ text, confidence: Math.round(confidence) });
  }
  return out;
}

/** The table and cell a point of the page falls in, if any. */
function cellOf(tables: TableGrid[], x: number, y: number): { table: number; row: number; column: number } | null {
  for (const [table, grid] of tables.entries()) {
    const cell = cellAt(grid, x, y);
    if (cell) return { table, ...cell };
  }
  return null;
}

/** A visual line's words left to right, a wide gap (two columns of the page) kept as four spaces. */
function spoken(line: VisualLine, columnGap: number): string {
  const words = [...line.words].sort((a, b) => a.left - b.left);
  return words.map((w, i) => (i === 0 ? "" : w.left - words[i - 1]!.right > columnGap ? "    " : " ") + w.text).join("");
}

/**
 * A cell's text without the strokes of the rules around it, which OCR reads as letters: `|`,
 * `[`, `]`, `_` at its edges, marks with such a stroke inside it (`_—_`), and a stroke after a row's number (`2|`, `1Í`), so `1` stays a number.
 */
function cellText(text: string): string {
  // A rule's piece read inside the cell (`_—_`, `` ` ``): marks only, one of them a stroke no text has.
  const words = text.split(" ").filter((word) => !/^[\p{P}\p{S}]*[_`~|¦][\p{P}\p{S}]*$/u.test(word));
  const trimmed = words.join(" ").replace(/^[|[\]!¦_]+\s*|\s*[|[\]!¦_]+$/g, "");
  return /^\d{1,3}\s?[|ÍÌIl!]$/.test(trimmed) ? trimmed.replace(/\D+$/, "") : trimmed;
}

/**
 * What OCR makes of a line's first marks: a dash bullet read as `~`, `_` or `=`, and the `1`
 * of `Bước 1:` read as `I` or `l`.
 */
function repairLineStart(text: string): string {
  return text.replace(/^[~_=¬]\s+(?=\p{Lu})/u, "- ").replace(/^((?:[-–—]\s+)?(?:Bước|Giai đoạn|Đợt|Lần)\s+)[Il|](?=\s*[:.)])/u, "$11");
}

/** Whether `next` continues `line` (the page wrapped it), or starts a line of its own. */
function wraps(line: string, next: string): boolean {
  // A line in two columns (a header's) and the number line stand alone.
  if (STARTS_ITEM.test(next) || /[:;.!?]$/.test(line) || line.includes("    ") || /^s[ốô]\s*:/iu.test(next)) return false;
  // Header lines in capitals (an issuer, a motto) and the place-and-date line stand alone.
  if (line === line.toLocaleUpperCase("vi") || /^[\p{Lu}][\p{L} ]+, ngày\b/u.test(next)) return false;
  return true;
}

/** How a list item, a numbered heading or a signature block line begins. */
const STARTS_ITEM = /^(?:[-–—+•*▪~_=]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[IVXLC]+[.)]|(?:Điều|Chương|Phần|Mục|Nơi nhận|TM\.|KT\.)\b)/u;

function isFurniture(text: string, confidence: number): boolean {
  if (/^[-–—\s]*\d{1,3}[-–—\s]*$/.test(text)) return true;
  // A rule or an ornament under a header (`***`, `-----`), however it was read.
  if (!/[\p{L}\d]/u.test(text)) return true;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return confidence < NOISE_BELOW && letters < text.length * 0.6;
}

/** Sections a plan numbers: I. to XX. */
const MAX_SECTION = 20;
/** A section heading in capitals whose numeral OCR may have misread (`li.`, `Il.`, `1I.`, `|V.`). */
const SECTION = /^([IVXLliі1|!¡íÌ]{1,5})([.,)])\s+(?=[\p{Lu}\d][\p{Lu}\d ,–-]{3,}(?:\s*\([^()]*\))?$)/u;
/** The strokes a misread `I` takes: one each. */
const STROKES = /^[Iliі1|!¡íÌ]+$/u;

/**
 * Section numerals (I., II., III. …) read back in sequence: OCR often takes the strokes of `III`
 * for `li` or `Il`, `IV` for `¡V`; a heading in capitals whose numeral is no numeral at all gets
 * the one after the previous section's (the document numbers its sections in order), a single
 * stroke well past the first sections an `I` (an appendix starts its own numbering). A heading
 * may end in a bracket in lower case (`I. ĐỐI VỚI CÁC CƠ QUAN (Khối Đảng, Chính quyền)`).
 */
export function repairSectionNumerals(lines: OcrLine[]): OcrLine[] {
  let last = 0;
  return lines.map((line) => {
    const match = SECTION.exec(line.text);
    if (!match) return line;
    // Capitals only: `li` read as a numeral would be LI.
    const numeral = match[1]!;
    const written = numeral === numeral.toUpperCase() ? parseRoman(numeral) : null;
    const expected = last + 1;
    // A numeral that is one (even out of sequence: a misread heading may have been missed) is kept.
    if (written !== null && written <= MAX_SECTION) {
      last = written;
      return line;
    }
    // A single stroke after the sections had gone past II is an `I` again: an appendix numbers its own parts.
    const restart = STROKES.test(numeral) && numeral.length === 1 && expected > 2;
    if (expected > MAX_SECTION && !restart) return line;
    last = restart ? 1 : expected;
    // The repaired heading is marked as doubtful: it was not what OCR read.
    return { text: `${toRoman(last)}. ${line.text.slice(match[0].length)}`, confidence: Math.min(line.confidence, UNCERTAIN_BELOW - 1) };
  });
}

/** A numbered part, `5.` or `5.2.`, opening a line that starts in a capital. */
const DECIMAL_PART = /^(\d{1,2})\.(?:(\d{1,2})\.?)?\s+(?=\p{Lu})/u;
/** A part whose first number OCR took for a sign (`$.2.` for `5.2.`, `%1.` for `5.1.`). */
const MISREAD_PART = /^[$§%&@#*]\.?(\d{1,2})\.?\s+(?=\p{Lu})/u;

/**
 * Parts numbered `5.1.`, `5.2.` under `5.`: OCR reads the first figure of such a number as a
 * sign now and then (`$.2.`, `%1.`); the part is the one after the last under the same
 * section, so it gets that section's number back. Only the next number in sequence is
 * repaired (a `$10` in the text is money, not a part), and the line is marked doubtful.
 */
export function repairPartNumerals(lines: OcrLine[]): OcrLine[] {
  let section: number | null = null;
  let part = 0;
  return lines.map((line) => {
    const numbered = DECIMAL_PART.exec(line.text);
    if (numbered) {
      const top = Number(numbered[1]);
      if (numbered[2] === undefined) [section, part] = [top, 0];
      else if (top === section) part = Number(numbered[2]);
      return line;
    }
    const misread = section === null ? null : MISREAD_PART.exec(line.text);
    if (!misread || Number(misread[1]) !== part + 1) return line;
    part += 1;
    return { text: `${section}.${part}. ${line.text.slice(misread[0].length)}`, confidence: Math.min(line.confidence, UNCERTAIN_BELOW - 1) };
  });
}

/** The kinds of document a title line names, as a scan's OCR may read them with marks lost or spaces run together. */
const KINDS = ["KẾ HOẠCH", "QUYẾT ĐỊNH", "THÔNG BÁO", "CHƯƠNG TRÌNH", "HƯỚNG DẪN", "TỜ TRÌNH"];
const KIND_KEYS = new Map(KINDS.map((kind) => [foldKey(kind).replace(/ /g, ""), kind]));

/**
 * A line that is a document's kind and nothing else, misread (`__ KÉHOẠCH`, `KE HOACH`): the kind
 * as written, so the title after it is found. Only a line of capitals and signs (a sentence's
 * `kế hoạch` is left alone), marked doubtful.
 */
export function repairKindLines(lines: OcrLine[]): OcrLine[] {
  return lines.map((line) => {
    const letters = line.text.replace(/[^\p{L}]/gu, "");
    // Letters and OCR's specks only: `2. HƯỚNG DẪN`, `KẾ HOẠCH 2026` are headings and titles of their own.
    if (!/^[\p{L}\s_.•·*\-–]+$/u.test(line.text)) return line;
    if (letters.length < 6 || letters.length > 14 || letters !== letters.toUpperCase()) return line;
    const kind = KIND_KEYS.get(foldKey(letters));
    return kind && kind !== line.text ? { text: kind, confidence: Math.min(line.confidence, UNCERTAIN_BELOW - 1) } : line;
  });
}
