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
const MAY_HAVE_CELLS = /[|\t]| {4}/;

function cellsOf(raw: string): string[] | undefined {
  const trimmed = raw.trim();
  if (!MAY_HAVE_CELLS.test(trimmed)) return undefined;
  const cells = trimmed.split(CELL_BREAK).map((cell) => normalizeText(cell));
  // `| a | b |` leaves empty ends; empty cells inside are kept, as table columns are.
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  while (cells.length > 0 && cells[0] === "") cells.shift();
  return cells.length > 1 ? cells : undefined;
}

export function toLines(text: string): Line[] {
  return text.replace(/\r\n?/g, "\n").split("\n").map((raw, index) => {
    const line: Line = { number: index + 1, text: normalizeText(raw) };
    const cells = cellsOf(raw);
    if (cells) line.cells = cells;
    return line;
  });
}
