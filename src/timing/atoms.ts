/**
 * Atoms: the dated pieces of a phrase (a day, a week of a month, a month, a quarter, a
 * half year, a year, a clock time), each with what the text wrote and what it left out.
 * Years left out are filled in later from the group or the context (convention 18).
 */
import { parseOrdinal } from "../text/numerals.ts";
import type { Token } from "./lexer.ts";

export type Grain = "day" | "week" | "month" | "quarter" | "half" | "year";
export type Part = "early" | "mid" | "late";

export interface DateAtom {
  type: "date";
  grain: Grain;
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: 1 | 2;
  weeks?: [number, number];
  part?: Part;
  /** Token range [from, to). */
  from: number;
  to: number;
}

export interface TimeAtom {
  type: "time";
  hour: number;
  minute: number;
  from: number;
  to: number;
}

export type Atom = DateAtom | TimeAtom;

const PARTS: Record<string, Part> = { dau: "early", giua: "mid", cuoi: "late" };

class Cursor {
  constructor(
    readonly tokens: Token[],
    public at: number,
  ) {}
  peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }
  word(...words: string[]): boolean {
    return this.take("word", words);
  }
  sym(...symbols: string[]): boolean {
    return this.take("sym", symbols);
  }
  private take(type: Token["type"], texts: string[]): boolean {
    const token = this.peek();
    if (token?.type === type && texts.includes(token.text)) {
      this.at++;
      return true;
    }
    return false;
  }
  num(min: number, max: number, maxDigits = 2): number | null {
    const token = this.peek();
    if (token?.type !== "num" || token.text.length > maxDigits) return null;
    const value = Number(token.text);
    if (value < min || value > max) return null;
    this.at++;
    return value;
  }
  year(): number | null {
    const token = this.peek();
    if (token?.type !== "num" || token.text.length !== 4) return null;
    const value = Number(token.text);
    if (value < 1800 || value > 2200) return null;
    this.at++;
    return value;
  }
  /** Runs `attempt`; rewinds when it returns null. */
  try<T>(attempt: () => T | null): T | null {
    const start = this.at;
    const result = attempt();
    if (result === null) this.at = start;
    return result;
  }
}

const DATE_SEPARATORS = ["/", "-", "."];

/** `/2024`, `-2024`, `năm 2024`: the year after a month or quarter. */
function yearSuffix(c: Cursor): number | null {
  return c.try(() => (c.sym(...DATE_SEPARATORS) || c.word("nam") ? c.year() : null));
}

function quarterNumber(c: Cursor): number | null {
  const token = c.peek();
  if (!token) return null;
  const value = parseOrdinal(token.text);
  if (value === null || value < 1 || value > 4 || token.text.length > 3) return null;
  c.at++;
  return value;
}

type AtomParser = (c: Cursor, previous: Atom | undefined) => Omit<DateAtom, "from" | "to"> | Omit<TimeAtom, "from" | "to"> | null;

/** 29/10/2024, 02-9-2024, 1 – 9 – 2024; and `ngày 21/12` with no year. */
const fullDate: AtomParser = (c) => {
  const afterDayWord = c.word("ngay");
  const day = c.num(1, 31);
  if (day === null) return null;
  const separator = c.peek()?.text ?? "";
  if (!c.sym(...DATE_SEPARATORS)) return null;
  const month = c.num(1, 12);
  if (month === null) return null;
  const year = c.try(() => (c.sym(separator) ? c.year() : null));
  if (year === null && !afterDayWord) return null;
  return { type: "date", grain: "day", day, month, ...(year !== null ? { year } : {}) };
};

/** ngày 15 tháng 8 năm 2024 */
const wordedDate: AtomParser = (c) => {
  if (!c.word("ngay")) return null;
  const day = c.num(1, 31);
  if (day === null || !c.word("thang")) return null;
  const month = c.num(1, 12);
  if (month === null) return null;
  const year = c.try(() => (c.word("nam") ? c.year() : null));
  return { type: "date", grain: "day", day, month, ...(year !== null ? { year } : {}) };
};

/** tuần 1, 2 tháng 6 năm 2023 */
const weekOfMonth: AtomParser = (c) => {
  if (!c.word("tuan")) return null;
  const first = c.num(1, 5);
  if (first === null) return null;
  let last = first;
  for (;;) {
    const next = c.try(() => (c.sym(",", "-") || c.word("va", "den") ? c.num(1, 5) : null));
    if (next === null) break;
    last = next;
  }
  if (!c.word("thang")) return null;
  const month = c.num(1, 12);
  if (month === null) return null;
  const year = yearSuffix(c);
  return { type: "date", grain: "week", weeks: [first, last], month, ...(year !== null ? { year } : {}) };
};

/** 6 tháng đầu năm 2024, 6 tháng cuối năm */
const halfYear: AtomParser = (c) => {
  if (c.num(6, 6) === null || !c.word("thang")) return null;
  const half = c.word("dau") ? 1 : c.word("cuoi") ? 2 : null;
  if (half === null || !c.word("nam")) return null;
  const year = c.year();
  return { type: "date", grain: "half", half, ...(year !== null ? { year } : {}) };
};

/** đầu / giữa / cuối + tháng M, quý R, năm Y */
const partOf: AtomParser = (c) => {
  const token = c.peek();
  const part = token?.type === "word" ? PARTS[token.text] : undefined;
  if (!part) return null;
  c.at++;
  if (c.word("thang")) {
    const month = c.num(1, 12);
    if (month === null) return null;
    const year = yearSuffix(c);
    return { type: "date", grain: "month", month, part, ...(year !== null ? { year } : {}) };
  }
  if (c.word("quy", "qui")) {
    const quarter = quarterNumber(c);
    if (quarter === null) return null;
    const year = yearSuffix(c);
    return { type: "date", grain: "quarter", quarter, part, ...(year !== null ? { year } : {}) };
  }
  if (c.word("nam")) {
    const year = c.year();
    return { type: "date", grain: "year", part, ...(year !== null ? { year } : {}) };
  }
  return null;
};

/** tháng 9/2024, Tháng 12 năm 2023, tháng 05 */
const namedMonth: AtomParser = (c) => {
  if (!c.word("thang")) return null;
  const month = c.num(1, 12);
  if (month === null) return null;
  const year = yearSuffix(c);
  return { type: "date", grain: "month", month, ...(year !== null ? { year } : {}) };
};

/** 9/2024, 12-2023 */
const bareMonth: AtomParser = (c) => {
  const month = c.num(1, 12);
  if (month === null || !c.sym(...DATE_SEPARATORS)) return null;
  const year = c.year();
  if (year === null) return null;
  return { type: "date", grain: "month", month, year };
};

/** quý III/2024, Quý II năm 2023, quý 1 */
const quarter: AtomParser = (c) => {
  if (!c.word("quy", "qui")) return null;
  const value = quarterNumber(c);
  if (value === null) return null;
  const year = yearSuffix(c);
  return { type: "date", grain: "quarter", quarter: value, ...(year !== null ? { year } : {}) };
};

/** Năm 2023 */
const wholeYear: AtomParser = (c) => {
  if (!c.word("nam")) return null;
  const year = c.year();
  return year === null ? null : { type: "date", grain: "year", year };
};

/** The second and later members of a list: `tháng 8, 9/2024`, `quý I, II năm 2024`. */
const listContinuation: AtomParser = (c, previous) => {
  if (previous?.type !== "date") return null;
  if (previous.grain === "month" && !previous.part) {
    const month = c.num(1, 12);
    if (month === null) return null;
    const year = yearSuffix(c);
    if (year === null && c.peek()?.type === "sym" && DATE_SEPARATORS.includes(c.peek()!.text)) return null;
    return { type: "date", grain: "month", month, ...(year !== null ? { year } : {}) };
  }
  if (previous.grain === "quarter" && !previous.part) {
    const value = quarterNumber(c);
    if (value === null) return null;
    const year = yearSuffix(c);
    return { type: "date", grain: "quarter", quarter: value, ...(year !== null ? { year } : {}) };
  }
  return null;
};

/** 7h30', 11h00, 8 giờ 00, 14h30 */
const clockTime: AtomParser = (c) => {
  const hour = c.num(0, 23);
  if (hour === null || !c.word("h", "gio")) return null;
  const minute = c.num(0, 59) ?? 0;
  c.sym("'");
  c.word("phut");
  return { type: "time", hour, minute };
};

// Order matters: longer forms first, list continuation last.
const PARSERS: AtomParser[] = [
  wordedDate, fullDate, weekOfMonth, halfYear, partOf, namedMonth, quarter, wholeYear, clockTime, bareMonth,
];

const LIST_LINKS = new Set([",", "va", "&"]);

/** Scans the tokens once, left to right, returning every atom found. */
export function findAtoms(tokens: Token[]): Atom[] {
  const atoms: Atom[] = [];
  let at = 0;
  while (at < tokens.length) {
    const previous = atoms[atoms.length - 1];
    const linkedToPrevious =
      previous !== undefined && previous.to <= at && tokens.slice(previous.to, at).every((t) => LIST_LINKS.has(t.text) || t.text === "thang") && at > previous.to;
    const parsers = linkedToPrevious ? [...PARSERS, listContinuation] : PARSERS;
    let found = false;
    for (const parse of parsers) {
      const cursor = new Cursor(tokens, at);
      const atom = parse(cursor, previous);
      if (atom && cursor.at > at) {
        atoms.push({ ...atom, from: at, to: cursor.at } as Atom);
        at = cursor.at;
        found = true;
        break;
      }
    }
    if (!found) at++;
  }
  return atoms;
}
