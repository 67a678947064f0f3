/**
 * Lines → blocks: a heading, a field (`- Đơn vị thực hiện: …`), or an item (bullet or
 * paragraph). Lines broken across page breaks are joined back: a line that starts in lower
 * case, or follows one that ends with a comma or semicolon, continues the block before it.
 */
import { CLOCK_ONLY } from "./clocks.ts";
import { fieldPieces, inlineFields, parseFieldLine, type Field } from "./fields.ts";
import type { Line } from "./lines.ts";
import { parseHeading, type Heading } from "./outline.ts";
import { columnsOf, readRow, refineColumns, type Columns, type Row } from "./tables.ts";

export type BlockKind = "heading" | "field" | "item";

export interface Block {
  kind: BlockKind;
  /** Headings only. */
  heading?: Heading;
  /** Fields only: the field itself; headings may also carry one (`1.3. Thời gian: …`). */
  field?: Field;
  /** The text without its bullet or numbering. */
  text: string;
  /** `-` or `+` for bullets, `` for paragraphs. */
  bullet: string;
  from: number;
  to: number;
  /** Fields written in brackets inside the text, or a table row's cells. */
  inline: Field[];
  /** A row of a table. */
  row?: boolean;
  /** The year the table's header gives its times. */
  year?: number;
  /** A field written with no value: the bullets under it are its value (`true` until the first, then its bullet). */
  listsValue?: boolean | string;
}

/** A table row as a block: a heading for a row that names a group, else an item whose cells are its fields. */
function rowBlock(row: Row, line: number): Block {
  if (row.heading) {
    const heading = parseHeading(`${row.label}. ${row.text}`) ?? { level: 3, label: row.label || "0", text: row.text };
    return { kind: "heading", heading, text: heading.text, bullet: "", from: line, to: line, inline: [], row: true };
  }
  const block: Block = { kind: "item", text: row.text, bullet: "", from: line, to: line, inline: row.fields, row: true };
  if (row.year !== undefined) block.year = row.year;
  return block;
}

/** Whether the next line with text after this one is a table's row (or its header). */
function nextIsRow(lines: Line[], index: number): boolean {
  for (let next = index + 1; next < lines.length; next++) if (lines[next]!.text !== "" && !isPageDebris(lines[next]!)) return lines[next]!.cells !== undefined;
  return false;
}

/** `4VVỉ`, `iÀi`: a few letters of no word, as a stamp or a page's edge leaves in a text layer. */
function isPageDebris(line: Line): boolean {
  return line.cells === undefined && /^\S{1,8}$/u.test(line.text) && !/^\p{Lu}?\p{Ll}+[.,:]?$/u.test(line.text) && parseHeading(line.text) === null;
}

function isTimeColumn(columns: Columns, index: number): boolean {
  return columns.fields.some((f) => f.index === index && f.kind === "timing");
}

const TERMINAL = /[.:!?)”"]$/u;
const BULLET = /^([-+•–—*])\s*/u;

/** `07 giờ 30 ngày 14/01/2021 …`, `Ngày 11/02/2021 …`: a schedule's line, never the rest of the one before. */
const SCHEDULE_LINE = /^(?:\d{1,2}\s*(?:giờ|h|g)\s*\d{0,2}|\d{1,2}:\d{2}|(?:Ngày|Thứ|Sáng|Chiều|Tối)\s+(?:\d|\p{Lu}))/u;

function continues(previous: Block, text: string, starts: boolean): boolean {
  if (starts || BULLET.test(text) || SCHEDULE_LINE.test(text)) return false;
  if (/^\p{Ll}/u.test(text)) return true;
  return /[,;]$/u.test(previous.text) || (!TERMINAL.test(previous.text) && /\s(và|của|có|với|các|cho|trong)$/u.test(previous.text));
}

/**
 * A row short of the table's width under a day written once for several rows (`Thứ 2 (11/11/2019) |
 * 10h00 | …` then `09h00 | …`): the leading time columns it leaves out are the row's above, as a
 * merged cell copied to text leaves them.
 */
function withSpannedCells(columns: Columns, cells: string[], above: string[] | null): string[] {
  const missing = columns.width - cells.length;
  if (missing <= 0 || !above || above.length !== columns.width) return cells;
  // Only a row that opens with the hours, under a day left out: a row short of its last cells (no note) is not one.
  const isTime = (i: number) => isTimeColumn(columns, i);
  if (!CLOCK_ONLY.test(cells[0] ?? "") || !isTime(missing) || !Array.from({ length: missing }, (_, i) => i).every(isTime)) return cells;
  return [...above.slice(0, missing), ...cells];
}

/**
 * `NGÀY 1: THỨ HAI, NGÀY 24/8/2026`, `Thứ Ba, ngày 25/8/2026`: a line that only names a day,
 * written over the rows of that day's programme. Its day is the date the rows' hours are on.
 */
const DAY_LABEL = String.raw`(?:(?:NGÀY|Ngày)\s+(?:\d{1,2}|THỨ\s+\p{Lu}+|thứ\s+\p{L}+)\s*[:.–-]\s*)?`;
const WEEKDAY = String.raw`(?:(?:THỨ|Thứ)\s+(?:\p{L}+|\d)|CHỦ NHẬT|Chủ nhật)?`;
const DATE = String.raw`(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+(?:tháng|THÁNG)\s+\d{1,2}\s+(?:năm|NĂM)\s+\d{4})`;
const DAY_LINE = new RegExp(String.raw`^${DAY_LABEL}${WEEKDAY}\s*[,(]?\s*(?:NGÀY|[Nn]gày)?\s*${DATE}\s*\)?\s*:?$`, "u");

/** `covered` collects the lines that are read but make no block: the header rows of tables. */
export function toBlocks(lines: Line[], covered?: Set<number>): Block[] {
  const blocks: Block[] = [];
  // The day the last day line named, while the rows under it follow.
  let rowsDay: string | null = null;
  let table: Columns | null = null;
  let afterHeader = false;
  let spanned: string[] | null = null;
  for (const [index, line] of lines.entries()) {
    const text = line.text;
    if (text === "") continue;
    // Debris between two rows of a table (a stamp's letters at a page break) neither ends the table nor is a task.
    if (table && isPageDebris(line) && nextIsRow(lines, index)) {
      covered?.add(line.number);
      continue;
    }
    if (line.cells) {
      const columns = columnsOf(line.cells);
      const refined: Columns | null = !columns && table && afterHeader ? refineColumns(table, line.cells) : null;
      if (columns || refined) {
        table = columns ?? refined;
        afterHeader = true;
        spanned = null;
        covered?.add(line.number);
        continue;
      }
      // `(1) | (2) | (3)`: the columns numbered under their names.
      if (table && line.cells.every((cell) => /^\s*(\(\d{1,2}\)|\d{1,2})?\s*$/.test(cell))) {
        covered?.add(line.number);
        continue;
      }
      afterHeader = false;
      const cells: string[] = table ? withSpannedCells(table, line.cells, spanned) : line.cells;
      spanned = cells;
      // A day with nothing written beside it (`Thứ 7 (16/11/2019) |  |  |`), an empty row: nothing to do.
      const current = table;
      if (current && cells.every((cell, i) => cell.trim() === "" || isTimeColumn(current, i))) {
        covered?.add(line.number);
        continue;
      }
      const row = table ? readRow(table, cells) : null;
      if (row) {
        const clock = rowsDay ? row.fields.find((f) => f.kind === "timing" && CLOCK_ONLY.test(f.value)) : undefined;
        if (clock) clock.value = `${clock.value} ngày ${rowsDay}`;
        blocks.push(rowBlock(row, line.number));
        continue;
      }
    } else if (table && text.length <= 200 && !DAY_LINE.test(text) && nextIsRow(lines, index) && (parseHeading(text) !== null || text === text.toUpperCase())) {
      // A row of one merged cell, as a web page's table copies (`I. NÂNG CAO NHẬN THỨC …` between the rows):
      // the group of the rows under it; the table goes on.
      const heading = parseHeading(text) ?? { level: 3, label: "0", text };
      blocks.push({ kind: "heading", heading, text: heading.text, bullet: "", from: line.number, to: line.number, inline: [], row: true });
      afterHeader = false;
      spanned = null;
      continue;
    } else {
      table = null;
      afterHeader = false;
      spanned = null;
    }
    const day = line.cells ? null : DAY_LINE.exec(text);
    if (day && nextIsRow(lines, index)) {
      rowsDay = day[1]!.replace(/\s+/g, " ");
      covered?.add(line.number);
      continue;
    }
    if (!line.cells) rowsDay = null;
    // `2`, `- 3 -`: a page number a PDF's text layer keeps between pages.
    if (text.length <= 9 && /^[-–\s]*\d{1,3}[-–\s]*$/u.test(text)) {
      covered?.add(line.number);
      continue;
    }
    const pieces = parseHeading(text) ? [text] : fieldPieces(text);
    if (pieces.length > 1) {
      for (const piece of pieces) blocks.push({ kind: "field", field: parseFieldLine(piece)!, text: piece, bullet: BULLET.exec(piece)?.[1] ?? "", from: line.number, to: line.number, inline: [] });
      continue;
    }
    const previous = blocks.length > 0 ? blocks[blocks.length - 1] : undefined;
    const heading = parseHeading(text);
    const field = parseFieldLine(text);
    // `* Thời gian thực hiện:` with nothing after it, then `+ Đợt 1: …` / `+ Đợt 2: …`: the list is its value.
    const listBullet = BULLET.exec(text)?.[1];
    if (previous?.kind === "field" && previous.listsValue && listBullet && heading === null && field === null && (previous.listsValue === true || previous.listsValue === listBullet)) {
      previous.listsValue = listBullet; // the list goes on in the bullet it started with
      previous.field!.value = [previous.field!.value, text.replace(BULLET, "").replace(/[.;]+$/u, "")].filter((v) => v !== "").join("; ");
      previous.field!.to = line.number;
      previous.to = line.number;
      continue;
    }
    if (previous && continues(previous, text, heading !== null || field !== null)) {
      previous.text = `${previous.text} ${text}`;
      if (previous.heading) previous.heading = Object.assign({}, previous.heading, { text: previous.text });
      previous.to = line.number;
      if (previous.field) {
        previous.field.value = `${previous.field.value} ${text}`.replace(/(?<!\.)\.$/, "");
        previous.field.to = line.number;
      }
      previous.inline = inlineFields(previous.text);
      continue;
    }
    const bullet = BULLET.exec(text)?.[1] ?? "";
    if (heading) {
      const block: Block = { kind: "heading", heading, text: heading.text, bullet: "", from: line.number, to: line.number, inline: inlineFields(heading.text) };
      if (field) block.field = field;
      blocks.push(block);
    } else if (field) {
      const block: Block = { kind: "field", field, text, bullet, from: line.number, to: line.number, inline: [] };
      if (field.value === "") block.listsValue = true;
      blocks.push(block);
    } else {
      const body = text.replace(BULLET, "");
      blocks.push({ kind: "item", text: body, bullet, from: line.number, to: line.number, inline: inlineFields(body) });
    }
  }
  return blocks;
}

export type { Field, Heading };
