/**
 * Ruled tables on a scanned page, pure: the page's rules found in its pixels, and the words OCR
 * read placed in the cells they fall in, so that a table row becomes one line of cells separated
 * by tabs — as a .docx table's text has it — instead of the visual lines that run across every
 * cell of a row. Plans' tables are Word tables with borders: a grid of long thin lines, which
 * text never makes (a letter's stroke is a few tens of pixels at most). A page turned a little in
 * the scanner is handled by fitting each rule as a slanted line.
 */

export interface GrayImage {
  width: number;
  height: number;
  /** One byte a pixel, row by row, 0 black … 255 white. */
  pixels: Uint8Array;
}

/** A rule as a slanted line: `at(t)` is its y (horizontal rule) or x (vertical) at x (or y) = t. */
interface Rule {
  from: number;
  to: number;
  intercept: number;
  slope: number;
}

const at = (rule: Rule, t: number) => rule.intercept + rule.slope * t;

export interface TableGrid {
  /** Horizontal rules, top to bottom. */
  rows: Rule[];
  /** Vertical rules, left to right. */
  columns: Rule[];
}

const DARK = 140;

interface Run {
  /** The row (or column) the run lies on, and where it starts and ends along it. */
  line: number;
  start: number;
  end: number;
}

/** Dark runs at least `least` long along every row (`horizontal`) or column of the image. */
function runs(image: GrayImage, horizontal: boolean, least: number): Run[] {
  const { width, height, pixels } = image;
  const [lines, length] = horizontal ? [height, width] : [width, height];
  const out: Run[] = [];
  for (let line = 0; line < lines; line++) {
    let start = -1;
    for (let k = 0; k <= length; k++) {
      const dark = k < length && pixels[horizontal ? line * width + k : k * width + line]! < DARK;
      if (dark && start < 0) start = k;
      else if (!dark && start >= 0) {
        if (k - start >= least) out.push({ line, start, end: k - 1 });
        start = -1;
      }
    }
  }
  return out;
}

/**
 * Runs joined into rules: a run continues another when it lies on an adjacent line and touches
 * or overlaps it (a slanted rule is a staircase of runs); each group fitted as a line.
 */
function rulesOf(found: Run[], least: number): Rule[] {
  const parent = found.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const byLine = new Map<number, number[]>();
  found.forEach((run, i) => byLine.set(run.line, [...(byLine.get(run.line) ?? []), i]));
  found.forEach((run, i) => {
    for (const next of [run.line + 1, run.line + 2]) {
      for (const j of byLine.get(next) ?? []) {
        const other = found[j]!;
        if (other.start <= run.end + 4 && other.end >= run.start - 4) parent[root(j)] = root(i);
      }
    }
  });
  const groups = new Map<number, Run[]>();
  found.forEach((run, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), run]));
  const rules: Rule[] = [];
  for (const group of groups.values()) {
    const from = Math.min(...group.map((r) => r.start));
    const to = Math.max(...group.map((r) => r.end));
    if (to - from < least) continue;
    // Least squares of the line through the runs' midpoints, weighted by their lengths.
    let [w, sx, sy, sxx, sxy] = [0, 0, 0, 0, 0];
    for (const run of group) {
      const weight = run.end - run.start + 1;
      const x = (run.start + run.end) / 2;
      w += weight;
      sx += weight * x;
      sy += weight * run.line;
      sxx += weight * x * x;
      sxy += weight * x * run.line;
    }
    const spread = sxx - (sx * sx) / w;
    // A straight rule's runs all share one midpoint: no slope can be told from them. A slanted
    // one is a staircase whose runs' midpoints spread along its whole length.
    const slope = Math.sqrt(Math.max(0, spread) / w) > (to - from) / 8 ? (sxy - (sx * sy) / w) / spread : 0;
    rules.push({ from, to, slope, intercept: (sy - slope * sx) / w });
  }
  return rules;
}

/** Pieces of one rule (a scan breaks a line where another crosses it, or where the toner is thin) joined. */
function collinearJoined(rules: Rule[], tolerance: number): Rule[] {
  const out: Rule[] = [];
  for (const rule of [...rules].sort((a, b) => a.from - b.from)) {
    const piece = out.find((r) => Math.abs(at(r, rule.from) - at(rule, rule.from)) <= tolerance && rule.from <= r.to + tolerance * 10);
    if (!piece) out.push({ ...rule });
    else piece.to = Math.max(piece.to, rule.to);
  }
  return out;
}

/** The ruled tables of a page: rules that cross each other, at least two each way. */
export function findTables(image: GrayImage): TableGrid[] {
  // A rule is longer than any letter's stroke: a twentieth of the page's width across, and
  // taller than two lines of 13 pt type down (a one-line row's rule is the whole row's height).
  const across = Math.round(image.width / 20);
  const down = Math.round(image.width / 40);
  const tolerance = Math.max(4, Math.round(image.width / 250));
  const horizontal = collinearJoined(rulesOf(runs(image, true, Math.round(across / 2)), across * 2), tolerance);
  const vertical = collinearJoined(rulesOf(runs(image, false, down), down), tolerance);
  // Rules that cross (or touch) belong to one table.
  const crosses = (h: Rule, v: Rule) => {
    const x = at(v, at(h, (h.from + h.to) / 2));
    const y = at(h, x);
    return x >= h.from - tolerance && x <= h.to + tolerance && y >= v.from - tolerance && y <= v.to + tolerance;
  };
  const tables: TableGrid[] = [];
  const seen = new Set<Rule>();
  for (const start of horizontal) {
    if (seen.has(start)) continue;
    const rows = new Set<Rule>([start]);
    const columns = new Set<Rule>();
    let grew = true;
    while (grew) {
      grew = false;
      for (const v of vertical) if (!columns.has(v) && [...rows].some((h) => crosses(h, v))) (columns.add(v), (grew = true));
      for (const h of horizontal) if (!rows.has(h) && [...columns].some((v) => crosses(h, v))) (rows.add(h), (grew = true));
    }
    for (const h of rows) seen.add(h);
    if (rows.size < 2 || columns.size < 2) continue;
    const middle = (r: Rule) => at(r, (r.from + r.to) / 2);
    tables.push({ rows: [...rows].sort((a, b) => middle(a) - middle(b)), columns: [...columns].sort((a, b) => middle(a) - middle(b)) });
  }
  return tables;
}

/** The cell (row, column) of a table a point falls in, or null outside the table. */
export function cellAt(table: TableGrid, x: number, y: number): { row: number; column: number } | null {
  const below = table.rows.filter((h) => at(h, x) < y).length;
  const right = table.columns.filter((v) => at(v, y) < x).length;
  if (below === 0 || below === table.rows.length || right === 0 || right === table.columns.length) return null;
  return { row: below - 1, column: right - 1 };
}

/** Where a table row begins on the page (its top rule, at the table's left). */
export function rowTop(table: TableGrid, row: number): number {
  const left = at(table.columns[0]!, at(table.rows[row]!, 0));
  return at(table.rows[row]!, left);
}

/** PGM (P5, 8-bit) as pdftoppm writes it with `-gray`. */
export function readPgm(bytes: Uint8Array): GrayImage | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(head);
  if (!match || Number(match[3]) !== 255) return null;
  const [width, height] = [Number(match[1]), Number(match[2])];
  const pixels = bytes.subarray(match[0].length, match[0].length + width * height);
  return pixels.length === width * height ? { width, height, pixels } : null;
}
