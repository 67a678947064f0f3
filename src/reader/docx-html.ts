/**
 * mammoth's HTML of a .docx → text lines that keep the document's structure: paragraphs
 * and headings as lines, list items with their numbering made visible (`1.`, `1.2.`, `-`),
 * and tables either cell by cell (the header and signature blocks, laid out in a table) or
 * one row per line with tab-separated cells (tables of tasks, schedules, calendars), merged
 * cells repeated into every row and column they cover.
 */

interface Cell {
  paragraphs: string[];
  rowspan: number;
  colspan: number;
}

type Item = { kind: "paragraph"; text: string } | { kind: "table"; rows: Cell[][] };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1]!.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

const TAG = /<(\/?)([a-z0-9]+)([^>]*?)(\/?)>|([^<]+)/gi;

/** The document's paragraphs, lists and tables, in order. */
function parse(html: string): Item[] {
  const items: Item[] = [];
  // Open tables (nested tables are read into the cell that holds them), lists, the current paragraph.
  const tables: Array<{ rows: Cell[][]; cell: Cell | null }> = [];
  const lists: Array<{ ordered: boolean; count: number }> = [];
  let paragraph: string | null = null;
  let prefix = "";

  const flush = () => {
    if (paragraph === null) return;
    const text = decodeEntities(paragraph).replace(/[ \t\u00a0]+/g, " ").trim();
    paragraph = null;
    const table = tables[tables.length - 1];
    if (table?.cell) {
      if (text !== "") table.cell.paragraphs.push(text);
    } else if (text !== "" || prefix !== "") {
      items.push({ kind: "paragraph", text: startsNumbered(text) ? text : `${prefix}${text}` });
    }
    prefix = "";
  };

  for (const match of html.matchAll(TAG)) {
    const [, closing, rawName, attributes = "", selfClosing, text] = match;
    if (text !== undefined) {
      paragraph = (paragraph ?? "") + text;
      continue;
    }
    const name = rawName!.toLowerCase();
    if (name === "br") {
      paragraph = `${paragraph ?? ""}\n`;
      continue;
    }
    if (name === "p" || /^h[1-6]$/.test(name)) {
      flush();
      if (!closing && !selfClosing) paragraph = "";
      continue;
    }
    if (name === "ol" || name === "ul") {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: name === "ol", count: 0 });
      continue;
    }
    if (name === "li") {
      flush();
      if (closing) continue;
      const list = lists[lists.length - 1];
      if (list) {
        list.count++;
        prefix = list.ordered ? `${lists.filter((l) => l.ordered).map((l) => l.count).join(".")}. ` : "- ";
      }
      paragraph = "";
      continue;
    }
    if (name === "table") {
      flush();
      if (!closing) {
        tables.push({ rows: [], cell: null });
        continue;
      }
      const table = tables.pop();
      if (!table) continue;
      const outer = tables[tables.length - 1];
      if (outer?.cell) outer.cell.paragraphs.push(...table.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs)));
      else items.push({ kind: "table", rows: table.rows });
      continue;
    }
    const table = tables[tables.length - 1];
    if (!table) continue;
    if (name === "tr" && !closing) table.rows.push([]);
    if ((name === "td" || name === "th") && !closing) {
      flush();
      const cell: Cell = { paragraphs: [], rowspan: Number(/rowspan="(\d+)"/.exec(attributes)?.[1] ?? 1), colspan: Number(/colspan="(\d+)"/.exec(attributes)?.[1] ?? 1) };
      if (table.rows.length === 0) table.rows.push([]);
      table.rows[table.rows.length - 1]!.push(cell);
      table.cell = cell;
      if (selfClosing) table.cell = null;
    }
    if ((name === "td" || name === "th") && closing) {
      flush();
      table.cell = null;
    }
  }
  flush();
  return items;
}

/** A paragraph whose own text is numbered (`1.`, `a)`, `-`): no numbering added in front. */
function startsNumbered(text: string): boolean {
  return /^(\d{1,2}(\.\d{1,2})*[.)/]|[a-zđ][)./]|[IVX]{1,5}[./]|[-+•–*])\s/u.test(text);
}

/** Rows as a grid: a merged cell stands in every row and column it covers. */
function grid(rows: Cell[][]): string[][][] {
  const out: string[][][] = [];
  rows.forEach((row, r) => {
    out[r] ??= [];
    let column = 0;
    for (const cell of row) {
      while (out[r]![column] !== undefined) column++;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          out[r + dr] ??= [];
          out[r + dr]![column + dc] = cell.paragraphs;
        }
      }
      column += cell.colspan;
    }
  });
  const width = Math.max(0, ...out.map((row) => row.length));
  return out.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? []));
}

/** The header or signature block laid out as a table: its cells are lines of their own. */
function isLayoutTable(rows: string[][][], beforeTitle: boolean): boolean {
  const text = rows.flat(2).join(" ");
  if (/CỘNG H[OÒ][AÀ] XÃ HỘI|Độc lập\s*[-–]\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM|Nơi nhận|T\/M|TM\.|KT\.|\(Đã ký\)/iu.test(text)) return true;
  return beforeTitle && rows.length <= 4;
}

/** Paragraphs of a cell in one line: short names as a list, sentences as running text. */
function cellText(paragraphs: string[]): string {
  return paragraphs.reduce((text, paragraph) => {
    if (text === "") return paragraph;
    // A title broken from its body (`Lãnh đạo` / `Sở Công Thương`) and running text go on; short lines are a list.
    if (/[.;:,]$/.test(text) || paragraph.length > 80 || TITLE_ONLY.test(text)) return `${text} ${paragraph}`;
    return `${text}; ${paragraph}`;
  }, "");
}
const TITLE_ONLY = /(?:^|;\s)(?:Lãnh đạo|Đại diện|Thủ trưởng|Giám đốc|Chủ tịch|Phó Chủ tịch|Trưởng|Phó Trưởng|Bí thư|Cán bộ|Công chức)$/u;

export function docxHtmlToText(html: string): string {
  const lines: string[] = [];
  let titleSeen = false;
  for (const item of parse(html)) {
    if (item.kind === "paragraph") {
      for (const part of item.text.split("\n")) lines.push(part.trim(), "");
      if (/^(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|THÔNG BÁO|LỊCH)(?![\p{L}])/u.test(item.text)) titleSeen = true;
      continue;
    }
    const rows = grid(item.rows);
    if (isLayoutTable(rows, !titleSeen)) {
      // A cell merged over several rows or columns is read once.
      const seen = new Set<string[]>();
      for (const row of rows) {
        for (const cell of row) {
          if (seen.has(cell)) continue;
          seen.add(cell);
          for (const paragraph of cell) lines.push(paragraph);
          if (cell.length > 0) lines.push("");
        }
      }
      continue;
    }
    for (const row of rows) {
      const cells = row.map(cellText);
      if (cells.every((c) => c === "")) continue;
      lines.push(cells.join("\t"));
    }
    lines.push("");
  }
  return lines.join("\n").replace(/\n{3,}/g, "\n\n");
}
