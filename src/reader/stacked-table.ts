/**
 * A task table whose cells a web page or a PDF's text gives one under another, each cell
 * wrapped over several lines (`TT` / `Nội dung thực` / `hiện` / `Cơ quan chủ trì` / … then
 * `1` / `Tổ chức lại Ban Chỉ huy …,` / `cấp xã; …` / `Bộ CHQS tỉnh; UBND` / `cấp xã` / …):
 * its rows are put back side by side, one line of cells per row, as a decoded table's are.
 *
 * A cell starts with a capital letter; a line that starts in lower case, with a bracket, or
 * with the digits of a date after `ngày` goes on the cell above. A row starts at its number
 * (`1`, `2`) and a group at its Roman numeral (`I`, `II`). Empty cells are not written: the
 * cells after the content go to the columns they look like (units to the unit columns, in
 * order; a time to the time column; the rest to the last).
 */
import type { Line } from "./lines.ts";
import { startsLikeUnit } from "../units/split.ts";
import { foldKey } from "../text/normalize.ts";

const NUMBER_CELL = /^(?:TT|STT|Số TT)$/u;
const ROW_START = /^\d{1,3}\.?$/u;
const ELLIPSIS = /^[.…]{3,}$/u;
const GROUP_START = /^[IVXLC]{1,6}\.?$/u;
/** Words a column head of a task table holds (accent-free). */
const COLUMN_WORDS = /noi dung|chu tri|phoi hop|thoi gian|thoi han|tien do|san pham|ket qua|ghi chu|don vi|co quan|nhiem vu/;
/** A date's digits after the words that lead into them go on the cell above (`Trước ngày` / `30/11/2025`). */
const LEADS_INTO_DIGITS = /(?:ngày|tháng|năm|trước|đến|từ|số|quý|Quý|Năm|Tháng)\s*$/u;
/** A line that stops on a word that needs what follows (`Sở Khoa học và` / `Công nghệ`) goes on below. */
const OPEN_END = /(?:\s(?:và|của|với|cho|về|thuộc|tại|các|những|theo|hoặc|số)|[,(–-])$/u;
const TIME_CELL = /^(?:trước|trong|từ|đến|chậm nhất|hằng|hàng|định kỳ|thường xuyên|quý|tháng|năm|giai đoạn|theo|sau|khi|\d)/iu;

type Column = "content" | "lead" | "support" | "time" | "other";

function columnOf(head: string): Column {
  const key = foldKey(head);
  if (/phoi hop/.test(key)) return "support";
  if (/chu tri|thuc hien|don vi|co quan|phu trach/.test(key) && !/noi dung/.test(key)) return "lead";
  if (/thoi gian|thoi han|tien do|hoan thanh/.test(key)) return "time";
  if (/noi dung|nhiem vu|hoat dong/.test(key)) return "content";
  return "other";
}

/** Wrapped lines back into cells. */
function cellsOf(texts: string[]): string[] {
  const cells: string[] = [];
  for (const text of texts) {
    const previous = cells[cells.length - 1];
    const goesOn = previous !== undefined && (/^[\p{Ll}(,;.)–-]/u.test(text) || OPEN_END.test(previous) || (/^\d/u.test(text) && LEADS_INTO_DIGITS.test(previous)));
    if (goesOn) cells[cells.length - 1] = `${previous} ${text}`;
    else cells.push(text);
  }
  return cells;
}

/** The header's cells and where the rows begin, or null when the lines at `at` are no stacked table. */
function readHeader(lines: Line[], at: number): { heads: string[]; next: number } | null {
  if (!NUMBER_CELL.test(lines[at]!.text)) return null;
  const texts: string[] = [];
  let next = at + 1;
  for (; next < lines.length && next < at + 16; next++) {
    const text = lines[next]!.text;
    if (text === "" || lines[next]!.cells) return null;
    if (ROW_START.test(text) || GROUP_START.test(text)) break;
    texts.push(text);
  }
  const heads = cellsOf(texts);
  const columns = heads.map(columnOf);
  if (heads.length < 3 || heads.length > 8 || !heads.every((h) => COLUMN_WORDS.test(foldKey(h)) || h.length < 30)) return null;
  if (!columns.includes("content") || !(columns.includes("lead") || columns.includes("time"))) return null;
  return { heads, next };
}

/** The row's cells after its content, each in the column it looks like. */
function placeCells(columns: Column[], cells: string[]): string[] {
  const out = columns.map(() => "");
  const contentAt = columns.indexOf("content");
  out[contentAt] = cells[0] ?? "";
  const rest = cells.slice(1);
  const after = columns.map((c, i) => ({ c, i })).filter(({ i }) => i > contentAt);
  if (rest.length >= after.length) {
    after.forEach(({ i }, k) => (out[i] = k === after.length - 1 ? rest.slice(k).join(" ") : rest[k]!));
    return out;
  }
  const unitColumns = after.filter(({ c }) => c === "lead" || c === "support").map(({ i }) => i);
  const timeColumn = after.find(({ c }) => c === "time")?.i;
  const lastColumn = after[after.length - 1]?.i ?? contentAt;
  for (const cell of rest) {
    if (timeColumn !== undefined && out[timeColumn] === "" && TIME_CELL.test(cell) && !startsLikeUnit(cell)) out[timeColumn] = cell;
    else if (unitColumns.length > 0 && startsLikeUnit(cell) && (timeColumn === undefined || out[timeColumn] === "")) out[unitColumns.shift()!] = cell;
    else out[lastColumn] = out[lastColumn] ? `${out[lastColumn]} ${cell}` : cell;
  }
  return out;
}

export function joinStackedTables(lines: Line[]): Line[] {
  if (!lines.some((l) => NUMBER_CELL.test(l.text))) return lines;
  const out: Line[] = [];
  for (let at = 0; at < lines.length; ) {
    const header = readHeader(lines, at);
    if (!header) {
      out.push(lines[at]!);
      at++;
      continue;
    }
    const columns = header.heads.map(columnOf);
    out.push({ number: lines[at]!.number, text: ["TT", ...header.heads].join(" | "), cells: ["TT", ...header.heads] });
    let next = header.next;
    for (;;) {
      // `…………`: rows the copy left out; the table goes on after them.
      while (next < lines.length && ELLIPSIS.test(lines[next]!.text)) next++;
      if (next >= lines.length || !(ROW_START.test(lines[next]!.text) || GROUP_START.test(lines[next]!.text))) break;
      const start = lines[next]!;
      const group = GROUP_START.test(start.text);
      let end = next + 1;
      let full = false;
      while (end < lines.length && lines[end]!.text !== "" && !lines[end]!.cells && !ROW_START.test(lines[end]!.text) && !GROUP_START.test(lines[end]!.text) && !ELLIPSIS.test(lines[end]!.text)) {
        // A row has no more cells than the header: cells well past them are what follows the table.
        // A group's title in capitals runs over a few lines.
        const cells = group ? [] : cellsOf(lines.slice(next + 1, end + 1).map((l) => l.text));
        // (A cell or two more are a wrapped cell whose line began in capitals: `Quyết định Chủ tịch` / `UBND tỉnh`.)
        if (group ? end - next > 4 : cells.length > header.heads.length + 2) {
          full = true;
          break;
        }
        end++;
      }
      const texts = lines.slice(next + 1, end).map((l) => l.text);
      if (group) {
        // A group's title, one merged cell across the row.
        out.push({ number: start.number, text: `${start.text.replace(/\.$/, "")}. ${texts.join(" ")}`.trim() });
      } else {
        const cells = [start.text.replace(/\.$/, ""), ...placeCells(columns, cellsOf(texts))];
        out.push({ number: start.number, text: cells.join(" | "), cells });
      }
      next = end;
      if (full) break;
    }
    at = next;
  }
  return out;
}
