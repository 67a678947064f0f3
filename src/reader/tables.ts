/**
 * Plans written as tables — task tables (`Nội dung | Thời gian hoàn thành | Đơn vị chủ trì |
 * Đơn vị phối hợp`), schedules (`Thời gian | Nội dung | Địa điểm | Đơn vị`), inspection
 * calendars (`Đơn vị được kiểm tra | Tháng`) — read row by row: the header row names the
 * columns, each row after it is a task whose cells are its fields.
 */
import { foldKey } from "../text/normalize.ts";
import { fieldKindOf, isTeamColumn, type Field } from "./fields.ts";
import { startsLikeUnit } from "../units/split.ts";

export interface Columns {
  /** Cell index of the task's text (`Nội dung`, `Nhiệm vụ`, `Đơn vị được kiểm tra`). */
  content: number;
  ordinal: number;
  /** Cells that are fields, with their name as written and what they hold. */
  fields: Array<{ index: number; name: string; kind: Field["kind"]; role?: Field["role"]; team?: string }>;
  width: number;
  /** The year the time column's name gives (`Thời gian (Năm 2026)`), for times written without one. */
  year?: number;
  /** The text column names the bodies inspected (`Đơn vị được kiểm tra`): each row's body takes part in its inspection. */
  inspected?: string;
}

/** `Đơn vị được kiểm tra`, `Cơ quan được giám sát`, `Đối tượng kiểm tra`: a column of the bodies an inspection visits. */
const INSPECTED = /^(don vi|co quan|dia phuong|doi tuong)( duoc)? (kiem tra|giam sat|thanh tra)$/;

/** Whether a field is a row's inspected body (see Columns.inspected). */
export function isInspectedColumn(name: string): boolean {
  return INSPECTED.test(nameKey(name));
}

/** An inspection calendar's column of one numbered team (`Đoàn 01 - 02 khoa lâm sàng`, `Tổ 2`). */
const TEAM_HEADER = /^(?:Đoàn|Tổ)\s+(?:số\s+)?\d{1,2}(?![\d\p{L}])/u;
const ORDINAL = /^(stt|tt|so tt|so thu tu|thu tu|so)$/;
const CONTENT = /^(noi dung|nhiem vu|cong viec|hoat dong|ten hoat dong|chuong trinh|ten nhiem vu|de an|ten de an|noi dung cong viec|noi dung nhiem vu|nhiem vu thuc hien|noi dung hoat dong|noi dung thuc hien|nhiem vu cu the|noi dung chuong trinh|cac hoat dong|ten cong viec|noi dung cong tac|don vi duoc kiem tra|doi tuong kiem tra|ten don vi|don vi|co quan duoc kiem tra|dia ban|noi dung kiem tra|chuyen muc|ten chuong trinh|tieu de|chu de|nhiem vu trong tam)( chu yeu| chinh| cu the)?$/;
/** Columns a task does not need: what it produces, notes, money. */
const IGNORED = /^(nguoi tiep cong dan|ho va ten|ho ten|vai tro|san pham|ket qua|ket qua dau ra|du kien san pham|ghi chu|kinh phi|nguon kinh phi|hinh thuc|hinh thuc san pham|muc tieu|chi tieu|theo doi|ket qua san pham|yeu cau)|\stheo doi$/;

/** A column's name as a key: a bracket (`Thời gian (Năm 2026)`) and the breaks of a header cell (`Trách nhiệm; thực hiện`) left out. */
function nameKey(name: string): string {
  return foldKey(headerName(name)).replace(/[^a-z0-9, ]+/g, " ").replace(/\s+/g, " ").trim();
}

function headerName(name: string): string {
  return name.replace(/\([^()]*\)/g, " ").replace(/;/g, " ").replace(/\s+/g, " ").trim();
}

/** `Thời gian (Năm 2026)`: a year a column's name gives its cells. */
function columnYear(name: string): number | undefined {
  const year = /(?:năm|Năm|NĂM)\s*(\d{4})/u.exec(name)?.[1];
  return year ? Number(year) : undefined;
}

/** The header row of a table: at least two cells name columns, one of them the task's text or its time. */
export function columnsOf(cells: string[]): Columns | null {
  if (cells.length < 2) return null;
  let content = -1;
  let ordinal = -1;
  let named = 0;
  let columnsYear: number | undefined;
  const fields: Columns["fields"] = [];
  cells.forEach((cell, index) => {
    const key = nameKey(cell);
    if (key === "") return;
    if (ORDINAL.test(key)) {
      ordinal = index;
      named++;
    } else if (CONTENT.test(key) && content < 0) {
      content = index;
      named++;
    } else if (IGNORED.test(key)) {
      named++;
    } else if (TEAM_HEADER.test(cell.trim())) {
      // `Đoàn 01 - 02 khoa lâm sàng`: the team does the row's work where its cell is filled.
      fields.push({ index, name: headerName(cell), kind: "units", role: "lead", team: TEAM_HEADER.exec(cell.trim())![0] });
    } else {
      const kind = fieldKindOf(headerName(cell));
      if (!kind) return;
      named++;
      fields.push(kind.role ? { index, name: headerName(cell), kind: kind.kind, role: kind.role } : { index, name: headerName(cell), kind: kind.kind });
      const year = kind.kind === "timing" ? columnYear(cell) : undefined;
      if (year !== undefined) columnsYear = year;
    }
  });
  // Columns whose names say nothing known (`Đoàn 01 - 02 khoa lâm sàng`) beside a numbered time column (`STT | Ngày kiểm tra | …`) still make a table.
  const numberedByTime = ordinal >= 0 && fields.some((f) => f.kind === "timing");
  if (named < 2 || (named < cells.filter((c) => c !== "").length - 1 && !numberedByTime)) return null;
  if (content < 0 && !fields.some((f) => f.kind === "timing")) return null;
  // An inspection calendar of team columns: the first team's cell says what is inspected.
  if (content < 0) content = fields.find((f) => f.team !== undefined)?.index ?? -1;
  // No column for the text: the first cell that is neither a number nor a field holds it.
  if (content < 0) content = cells.findIndex((_, i) => i !== ordinal && !fields.some((f) => f.index === i) && !IGNORED.test(nameKey(cells[i]!)));
  // A schedule of fields only (`Tháng | Người tiếp công dân | Chức vụ | Ngày tiếp công dân`): the first other column names the row.
  if (content < 0) content = cells.findIndex((_, i) => i !== ordinal && !fields.some((f) => f.index === i));
  if (content < 0) return null;
  const columns: Columns = columnsYear === undefined ? { content, ordinal, fields, width: cells.length } : { content, ordinal, fields, width: cells.length, year: columnsYear };
  if (isInspectedColumn(cells[content]!)) columns.inspected = headerName(cells[content]!);
  return columns;
}

/** A second header row under merged cells (`Đơn vị thực hiện` over `Chủ trì | Phối hợp`): its names refine the columns. */
export function refineColumns(columns: Columns, cells: string[]): Columns | null {
  const kinds = cells.map((cell) => (cell === "" ? null : fieldKindOf(cell)));
  if (!kinds.some((k) => k !== null) || cells.some((cell, i) => cell !== "" && kinds[i] === null && !CONTENT.test(nameKey(cell)))) return null;
  const fields = columns.fields.filter((f) => kinds[f.index] === null || kinds[f.index] === undefined);
  kinds.forEach((kind, index) => {
    if (!kind) return;
    fields.push(kind.role ? { index, name: cells[index]!, kind: kind.kind, role: kind.role } : { index, name: cells[index]!, kind: kind.kind });
  });
  return { ...columns, fields: fields.sort((a, b) => a.index - b.index) };
}

export interface Row {
  /** A row that only names a group of rows (`I | CÔNG TÁC TUYÊN TRUYỀN`): a heading. */
  heading: boolean;
  year?: number;
  label: string;
  text: string;
  fields: Field[];
}

const ROMAN = /^[IVX]{1,5}\.?$/;
/** A cell that is a date or a time of year (`Trước ngày 27/6/2026`, `Tháng 9`, `Quý III/2026`), short as a time column's cells are. */
const DATE_LIKE = /^(?=.{0,60}$).*(?:\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?|[Tt]háng\s+\d{1,2}|[Qq]uý\s+[IV1-4])/u;

/**
 * The time a row writes over several cells as one phrase: `7h30` | `26/3/2025` → `7h30, 26/3/2025`;
 * a month column and a column of its days (`Tháng 7` | `Ngày 03; 10; 17 (Thứ 5)`) → `Ngày 03; 10; 17 tháng 7 (Thứ 5)`.
 */
function timingOfCells(values: string[]): string {
  const month = values.findIndex((v) => /^Tháng\s+\d{1,2}(?:\s*[/.-]\s*\d{4})?$/iu.test(v));
  const days = values.findIndex((v) => /^(?:Các\s+)?ngày\s+\d{1,2}(?:\s*[,;]\s*\d{1,2})*\s*(?:\([^()]*\))?\.?$/iu.test(v));
  if (month < 0 || days < 0) return values.join(", ");
  const bracket = /\s*(\([^()]*\))\.?$/u.exec(values[days]!);
  const list = bracket ? values[days]!.slice(0, bracket.index) : values[days]!.replace(/\.$/, "");
  const rest = values.filter((_, i) => i !== month && i !== days);
  return [`${list} ${values[month]!.toLowerCase()}${bracket ? ` ${bracket[1]}` : ""}`, ...rest].join(", ");
}

export function readRow(columns: Columns, cells: string[]): Row | null {
  const cell = (index: number) => (index >= 0 ? (cells[index] ?? "").trim() : "");
  const label = cell(columns.ordinal).replace(/\.$/, "");
  const text = cell(columns.content);
  const fields: Field[] = [];
  // A time written over several cells (`7h30` | `26/3/2025`) is one phrase.
  const timing = columns.fields.filter((f) => f.kind === "timing" && cell(f.index) !== "");
  if (timing.length > 0) fields.push({ kind: "timing", name: timing[0]!.name, value: timingOfCells(timing.map((f) => cell(f.index))) });
  for (const field of columns.fields) {
    const value = cell(field.index);
    if (field.kind === "timing" || value === "" || (field.kind === "units" && /^[-–x]$/i.test(value))) continue;
    // A roster's team column holds a team (`Đoàn 01`); other rows (`Chỉ đạo chung`) name a role.
    if (isTeamColumn(field.name) && !startsLikeUnit(value)) continue;
    if (field.team) {
      fields.push({ kind: "units", name: field.name, role: "lead", value: field.team });
      continue;
    }
    fields.push(field.role ? { kind: field.kind, name: field.name, role: field.role, value } : { kind: field.kind, name: field.name, value });
  }
  // A column whose name was not read (a scan's `Thời gian thực ngà`, an unusual header) but
  // whose cell holds a date: the row's time, when no column gave one.
  if (timing.length === 0) {
    const dated = cells.findIndex((value, i) => i !== columns.content && i !== columns.ordinal && !columns.fields.some((f) => f.index === i) && DATE_LIKE.test(value));
    if (dated >= 0) fields.unshift({ kind: "timing", name: "Thời gian", value: cell(dated) });
  }
  if (text === "" && fields.length === 0) return null;
  // The body an inspection calendar's row names takes part in it; its group rows (`Ủy ban nhân dân cấp xã`) name none.
  if (columns.inspected && text !== "" && fields.length > 0 && (startsLikeUnit(text) || /^(?:Xã|Phường|Thị trấn|Huyện|Quận|Thị xã)\s/u.test(text))) fields.push({ kind: "units", name: columns.inspected, role: "support", value: text });
  const capitals = text !== "" && text === text.toUpperCase() && /\p{Lu}{3}/u.test(text);
  const heading = fields.length === 0 && (ROMAN.test(label) || capitals || /^[A-Z]$/.test(label));
  const row: Row = { heading, label, text: text === "" ? (fields.find((f) => f.kind === "timing")?.value ?? "") : text, fields };
  if (columns.year !== undefined) row.year = columns.year;
  return row;
}
