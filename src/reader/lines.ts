import { normalizeText } from "../text/normalize.ts";

export interface Line {
  /** 1-based line number in the decoded text. */
  number: number;
  /** NFC, one tone style, no markdown markers, trimmed. */
  text: string;
  /**
   * The cells of a line that holds several side by side: table cells written `a | b` or
   * with tabs (decoded tables, text exports), or columns set apart by a wide run of spaces
   * (a header block laid out in two columns). Absent when the line is one cell.
   */
  cells?: string[];
}

/** A cell boundary: ` | `, a tab, or four spaces or more between words. */
const CELL_BREAK = /\s*\|\s*|\t+|\s{4,}/;
function cellsOf(raw: string): string[] | undefined {
  // Three substring searches: a regex alternation here cost a tenth of reading a plan (bench:reader).
  if (!raw.includes("|") && !raw.includes("\t") && !raw.includes("    ")) return undefined;
  // Tab-separated cells (a decoded table, a spreadsheet export) keep their empty cells: they hold the columns in place.
  if (raw.includes("\t") && raw.trim() !== "") {
    const cells = raw.replace(/^ +| +$/g, "").split("\t").map((cell) => normalizeText(cell));
    return cells.length > 1 ? cells : undefined;
  }
  const trimmed = raw.trim();
  const cells = trimmed.split(CELL_BREAK).map((cell) => normalizeText(cell));
  // `| a | b |` leaves empty ends; empty cells inside are kept, as table columns are.
  if (trimmed.startsWith("|")) cells.shift();
  if (trimmed.endsWith("|")) cells.pop();
  return cells.length > 1 ? cells : undefined;
}

/** The text's lines as written, numbered from 1 as `toLines` numbers them. */
export function rawLines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split("\n");
}

export function toLines(text: string): Line[] {
  return rawLines(text).map((raw, index) => {
    const line: Line = { number: index + 1, text: normalizeText(raw) };
    const cells = cellsOf(raw);
    if (cells) line.cells = cells;
    return line;
  });
}
