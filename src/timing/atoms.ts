/**
 * Atoms: the dated pieces of a phrase (a day, a run of days, a week of a month, a month,
 * a quarter, a half year, a year, a lunar date, a festival, a clock time, weekdays), each
 * with what the text wrote and what it left out. Years left out are filled in later from
 * the group or the context (convention 18).
 */
import { parseOrdinal } from "../text/numerals.ts";
import { daysInMonth } from "./dates.ts";
import { lowerPhrase, type Token } from "./lexer.ts";
import { canChiIndex } from "./lunar.ts";

export type Grain = "day" | "days" | "week" | "month" | "quarter" | "half" | "year";
export type Part = "early" | "mid" | "late";

export interface DateAtom {
  type: "date";
  grain: Grain;
  year?: number;
  month?: number;
  day?: number;
  /** `days` only: the last day, and its month when it differs. */
  endDay?: number;
  endMonth?: number;
  quarter?: number;
  half?: 1 | 2;
  weeks?: [number, number];
  /** `week` only: the last seven days of the month (`tuần cuối tháng 6`). */
  lastWeek?: boolean;
  part?: Part;
  /** A lunar date (`mùng 5 tháng Giêng`, `10/3 âm lịch`): day and month are lunar. */
  lunar?: boolean;
  /** A year given by its can-chi name: the cycle index (0 = 1984's Giáp Tý offset base). */
  cycle?: number;
  /** `từ nay`: the plan's issue date; `năm nay`: its year. */
  now?: boolean;
  /** The festival's name, for notes. */
  festival?: string;
  /** Written month first (`1/29/2005`): read with day and month swapped. */
  swapped?: boolean;
  /** Why the dates as written cannot be meant (`năm 2025 – 2205`): nothing is dated. */
  misprint?: string;
  /** `ngày 03; 10; 17 tháng 7`: the other days of the same month written in a list before it. */
  listedDays?: number[];
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

export interface WeekdayAtom {
  type: "weekday";
  /** RFC 5545 day codes: MO … SU. */
  days: string[];
  from: number;
  to: number;
}

export type Atom = DateAtom | TimeAtom | WeekdayAtom;
type Parsed = Omit<DateAtom, "from" | "to"> | Omit<TimeAtom, "from" | "to"> | Omit<WeekdayAtom, "from" | "to">;

// Maps, not plain objects: a token such as `constructor` must not find an inherited property.
const PARTS = new Map<string, Part>(Object.entries({ dau: "early", giua: "mid", cuoi: "late" }));
const TEN_DAY_PARTS = new Map<string, Part>(Object.entries({ thuong: "early", trung: "mid", ha: "late" }));
/** Lunar months called by name: Giêng (1), Một (11), Chạp (12). */
const LUNAR_MONTH_NAMES = new Map<string, number>(Object.entries({ gieng: 1, chap: 12, mot: 11 }));

/** Festivals of the lunar calendar: lunar day and month. */
const FESTIVALS: Array<[string[], number, number, string]> = [
  [["tet", "nguyen", "dan"], 1, 1, "Tết Nguyên đán"],
  [["gio", "to", "hung", "vuong"], 10, 3, "Giỗ Tổ Hùng Vương"],
  [["ram", "thang", "gieng"], 15, 1, "Rằm tháng Giêng"],
  [["tet", "nguyen", "tieu"], 15, 1, "Tết Nguyên tiêu"],
  [["tet", "han", "thuc"], 3, 3, "Tết Hàn thực"],
  [["le", "phat", "dan"], 15, 4, "Lễ Phật đản"],
  [["tet", "doan", "ngo"], 5, 5, "Tết Đoan ngọ"],
  [["ram", "thang", "bay"], 15, 7, "Rằm tháng Bảy"],
  [["le", "vu", "lan"], 15, 7, "Lễ Vu Lan"],
  [["tet", "trung", "thu"], 15, 8, "Tết Trung thu"],
  [["ong", "cong", "ong", "tao"], 23, 12, "Tết ông Công ông Táo"],
];

const WEEKDAY_WORDS = new Map<string, string>(Object.entries({ hai: "MO", ba: "TU", tu: "WE", nam: "TH", sau: "FR", bay: "SA" }));
const WEEKDAY_NUMBERS = new Map<string, string>(Object.entries({ "2": "MO", "3": "TU", "4": "WE", "5": "TH", "6": "FR", "7": "SA" }));

export class Cursor {
  private lowered: string | null = null;
  constructor(
    readonly tokens: Token[],
    /** The phrase as written, for the few words folding makes ambiguous (Tý/Tỵ, tư/tự). */
    private readonly phrase: string,
    public at = 0,
  ) {}
  private get original(): string {
    return (this.lowered ??= lowerPhrase(this.phrase));
  }
  /** The token `back` places before the cursor (a negative index would be a slow property lookup). */
  before(back = 1): Token | undefined {
    return this.at >= back ? this.tokens[this.at - back] : undefined;
  }
  peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }
  // Up to three alternatives as separate arguments: a rest array would be allocated on every call of these hot paths.
  word(a: string, b?: string, c?: string): boolean {
    return this.take("word", a, b, c);
  }
  sym(a: string, b?: string, c?: string): boolean {
    return this.take("sym", a, b, c);
  }
  /** One of the separators of a numeric date (`/`, `-`, `.`). */
  dateSeparator(): boolean {
    const token = this.tokens[this.at];
    if (token === undefined || token.type !== "sym" || !DATE_SEPARATORS.has(token.text)) return false;
    this.at++;
    return true;
  }
  private take(type: Token["type"], a: string, b: string | undefined, c: string | undefined): boolean {
    const token = this.tokens[this.at];
    if (token !== undefined && token.type === type && (token.text === a || token.text === b || token.text === c)) {
      this.at++;
      return true;
    }
    return false;
  }
  words(sequence: string[]): boolean {
    for (let i = 0; i < sequence.length; i++) {
      const token = this.peek(i);
      if (token?.type !== "word" || token.text !== sequence[i]) return false;
    }
    this.at += sequence.length;
    return true;
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
  originalText(offset = 0): string {
    const token = this.peek(offset);
    return token ? this.original.slice(token.from, token.to) : "";
  }
  /** Runs `attempt`; rewinds when it returns null. */
  try<T>(attempt: () => T | null): T | null {
    const start = this.at;
    const result = attempt();
    if (result === null) this.at = start;
    return result;
  }
}

const DATE_SEPARATORS = new Set(["/", "-", "."]);

/** `năm Giáp Thìn`, `Quý Mão`: a year by its can-chi name. */
const CAN_WORDS = new Set(["giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy", "qui"]);
const CHI_WORDS = new Set(["ty", "ti", "suu", "dan", "mao", "meo", "thin", "ngo", "mui", "than", "dau", "tuat", "hoi"]);

function canChi(c: Cursor): number | null {
  const first = c.peek()?.text ?? "";
  if (!CAN_WORDS.has(first) || !CHI_WORDS.has(c.peek(1)?.text ?? "")) return fusedCanChi(c, first);
  return c.try(() => {
    const can = c.originalText();
    const chi = c.originalText(1);
    const index = canChiIndex(can, chi);
    if (index === null) return null;
    c.at += 2;
    return index;
  });
}

/** `GiápThìn`: stem and branch fused into one word by text extraction. */
function fusedCanChi(c: Cursor, word: string): number | null {
  if (c.peek()?.type !== "word") return null;
  for (const can of CAN_WORDS) {
    if (!word.startsWith(can) || !CHI_WORDS.has(word.slice(can.length))) continue;
    const original = c.originalText();
    const index = canChiIndex(original.slice(0, can.length), original.slice(can.length));
    if (index === null) continue;
    c.at += 1;
    return index;
  }
  return null;
}

/** `/2024`, `-2024`, `năm 2024`, `năm Giáp Thìn`: the year after a month or quarter. */
function yearSuffix(c: Cursor): { year?: number; cycle?: number } {
  const year = c.try(() => (c.dateSeparator() || c.word("nam") ? c.year() : null));
  if (year !== null) return { year };
  const cycle = cycleYear(c);
  return cycle !== null ? { cycle } : {};
}

/** `âm lịch`, `(âl)`, `AL`: the date before is lunar. */
function lunarMarker(c: Cursor): boolean {
  return (
    c.try(() => (c.sym("(") && (c.words(["am", "lich"]) || c.word("al")) && c.sym(")") ? true : null)) !== null ||
    c.words(["am", "lich"]) ||
    c.try(() => (c.word("al") || (c.word("a") && c.sym(".") && c.word("l")) ? true : null)) !== null
  );
}

function quarterNumber(c: Cursor): number | null {
  const token = c.peek();
  if (!token || token.text.length > 3) return null;
  const value = parseOrdinal(token.text);
  if (value === null || value < 1 || value > 4) return null;
  c.at++;
  return value;
}

function plausibleDay(day: number, month: number): boolean {
  return day <= daysInMonth(2024, month);
}

type AtomParser = (c: Cursor, previous: Atom | undefined) => Parsed | null;

/** `ngày 22-26/9/2024`, `từ 31-02/9` (the first day then belongs to the month before), `từ ngày 08 đến ngày 10 tháng 12 năm 2025`. */
const dayRun: AtomParser = (c) => {
  c.word("ngay");
  const first = c.num(1, 31);
  if (first === null || !(c.sym("-") || c.word("den", "toi"))) return null;
  c.word("ngay");
  const last = c.num(1, 31);
  if (last === null) return null;
  // `từ ngày 08 đến ngày 10 tháng 12 năm 2025`: the month in words after the last day.
  const worded = !c.sym("/", ".", "-");
  if (worded && !c.word("thang")) return null;
  const month = c.num(1, 12);
  if (month === null) return null;
  const year = c.try(() => (worded ? c.word("nam") : c.dateSeparator()) ? c.year() : null);
  const startMonth = first > last ? (month === 1 ? 12 : month - 1) : month;
  if (!plausibleDay(first, startMonth) || !plausibleDay(last, month)) return null;
  const atom: Parsed = { type: "date", grain: "days", day: first, month: startMonth, endDay: last, endMonth: month, ...(year !== null ? { year } : {}) };
  if (lunarMarker(c)) (atom as DateAtom).lunar = true;
  return atom;
};

/**
 * `ngày 2, 3 và 4 tháng 9`, `các ngày 03; 10; 17/7/2025`, `Ngày 03; 10; 17; 24; 31`, `24, 25 và 26 tháng 8`: days of one
 * month written as a list, the month (and year) once after the last. The atom is the first day;
 * the others are `listedDays`, read as a list of days (resolve.ts).
 */
const dayList: AtomParser = (c) => {
  // `ngày: 24, 25 và 26 tháng 8`; without `ngày`, only with the month's word after (`24, 25 và 26 tháng 8 năm 2026`).
  const named = c.word("ngay");
  if (named) c.sym(":");
  // Not a class's or a document's number, nor the second of a list begun before (`lớp 10, 11, 12 tháng 9`).
  else if (NOT_DATE_BEFORE.has(c.before()?.text ?? "") || LIST_LINKS.has(c.before()?.text ?? "")) return null;
  const days: number[] = [];
  for (;;) {
    const day = c.num(1, 31);
    if (day === null) return null;
    days.push(day);
    if (!(c.sym(",") || c.sym(";") || c.word("va") || c.sym("&"))) break;
    c.word("ngay");
  }
  if (days.length < 2) return null;
  let month: number | null = null;
  if (c.word("thang")) month = c.num(1, 12);
  else if (named && c.sym("/", ".", "-")) month = c.num(1, 12);
  if (month === null || !days.every((d) => plausibleDay(d, month))) return null;
  const year = c.try(() => (c.word("nam") || c.dateSeparator() ? c.year() : null));
  return { type: "date", grain: "day", day: days[0]!, month, listedDays: days.slice(1), ...(year !== null ? { year } : {}) };
};

/** 29/10/2024, 02-9-2024, 1 – 9 – 2024; `ngày 21/12`, `(19/8)` and `10/3 âm lịch` with no year. */
/** Words after which `12/3` is a name or a number (a class, a house, a room), not a date. */
const NOT_DATE_BEFORE = new Set(["lop", "so", "phong", "nha", "can", "khu", "to", "duong", "ngo", "ngach", "hem", "kiot", "ban", "khoi"]);

/** Words after which a bare `24/7` is a day: `từ 24/7`, `trước 24/7`, `sáng 24/7`. */
const AROUND_THE_CLOCK_DATE_BEFORE = new Set(["ngay", "tu", "den", "toi", "truoc", "sau", "vao", "sang", "chieu", "trua", "dem", "hom", "dip", "thu", "han", "nhat", "cuoi"]);

const numericDate: AtomParser = (c) => {
  const wordBefore = c.before()?.text ?? "";
  if (NOT_DATE_BEFORE.has(wordBefore)) return null;
  // `2.1.2.`: the end of an outline number, not the 1st of February.
  if (c.before()?.text === "." && c.before(2)?.type === "num") return null;
  const afterDayWord = c.word("ngay") || c.word("mung", "mong");
  let day = c.num(1, 31);
  if (day === null) return null;
  const separator = c.peek()?.text ?? "";
  if (!c.dateSeparator()) return null;
  let month = c.num(1, 12);
  let swapped = false;
  if (month === null && day <= 12) {
    // `1/29/2005`: no month 29, and a full date after it: written month first.
    const other = c.try(() => {
      const value = c.num(13, 31);
      return value !== null && c.peek()?.text === separator && c.peek(1)?.type === "num" && c.peek(1)!.text.length === 4 ? value : null;
    });
    if (other !== null) [month, day, swapped] = [day, other, true];
  }
  if (month === null || !plausibleDay(day, month)) return null;
  const year = c.try(() => (c.sym(separator) ? c.year() : null));
  if (year === null) {
    // `1/2 ngày`, `1/2/3`: not a day and month.
    const next = c.peek();
    if (next?.type === "sym" && next.text === separator && c.peek(1)?.type === "num") return null;
    // `1.2. Tháng 3/2026`: a numbered heading's label.
    if (separator === "." && !afterDayWord && next?.type === "sym" && next.text === ".") return null;
    if (!afterDayWord && next?.type === "word" && ["ngay", "buoi", "so", "thoi"].includes(next.text)) return null;
    // `trực 24/7`, `liên tục 24/7`: around the clock, not the 24th of July (`ngày 24/7`, `trước 24/7` are the day).
    if (!afterDayWord && day === 24 && month === 7 && !AROUND_THE_CLOCK_DATE_BEFORE.has(wordBefore)) return null;
  }
  const lunar = lunarMarker(c);
  const cycle = year === null ? cycleYear(c) : null;
  const atom = dayAtom(day, month, year, cycle, lunar);
  if (swapped) (atom as DateAtom).swapped = true;
  return atom;
};

/** `[năm] Giáp Thìn` after a date: the lunar year by its name. */
function cycleYear(c: Cursor): number | null {
  return c.try(() => {
    c.word("nam");
    return canChi(c);
  });
}

function dayAtom(day: number, month: number, year: number | null, cycle: number | null, lunar: boolean): Parsed {
  return {
    type: "date",
    grain: "day",
    day,
    month,
    ...(year !== null ? { year } : {}),
    ...(cycle !== null ? { cycle } : {}),
    ...(lunar || cycle !== null ? { lunar: true } : {}),
  };
}

/**
 * ngày 15 tháng 8 năm 2024; mùng 5 tháng Giêng; ngày 10 tháng 3 âm lịch; and without `ngày`
 * where nothing else can be meant: `23 tháng Chạp`, `19 tháng 12 năm 2025`.
 */
const wordedDate: AtomParser = (c) => {
  const mung = c.word("mung", "mong");
  const dayWord = mung || c.word("ngay");
  const day = c.num(1, 31);
  if (day === null || !c.word("thang")) return null;
  const named = LUNAR_MONTH_NAMES.get(c.peek()?.text ?? "");
  const month = named ?? c.num(1, 12);
  if (named !== undefined) c.at++;
  if (month === null || !plausibleDay(day, month)) return null;
  let year = c.try(() => (c.word("nam") ? c.year() : null));
  const lunarAfter = lunarMarker(c);
  year ??= c.try(() => (c.word("nam") ? c.year() : null));
  const cycle = year === null ? cycleYear(c) : null;
  const lunar = mung || named !== undefined || lunarAfter || lunarMarker(c);
  if (!dayWord && named === undefined && year === null && cycle === null && !lunar) return null;
  return dayAtom(day, month, year, cycle, lunar);
};

/** A mark left where a number was to be written: dots, an ellipsis, underscores. */
function blank(c: Cursor): boolean {
  let seen = false;
  while (c.peek()?.type === "sym" && [".", "?", "_", "…"].includes(c.peek()!.text)) {
    c.at++;
    seen = true;
  }
  return seen;
}

/**
 * A date with its day (and month) left blank, to be filled when signed: `ngày /4/2026`,
 * `ngày … tháng 12 năm 2025`, `ngày … tháng … năm 2025`: the month, or the year.
 */
const blankDay: AtomParser = (c) => {
  if (!c.word("ngay")) return null;
  if (c.sym("/")) {
    const month = c.num(1, 12);
    if (month === null || !c.sym("/")) return null;
    const year = c.year();
    return year === null ? null : { type: "date", grain: "month", month, year };
  }
  blank(c);
  if (!c.word("thang")) return null;
  const month = c.num(1, 12);
  if (month === null) blank(c);
  if (!c.word("nam")) return null;
  const year = c.year();
  if (year === null) return null;
  return month === null ? { type: "date", grain: "year", year } : { type: "date", grain: "month", month, year };
};

/**
 * `mùng 5 Tết`, `mùng 2, 3 và 4 Tết`, `từ mùng 1 đến mùng 5 Tết`: lunar days of the Tết month
 * (a `mùng` day with no month named is one of them). Days that do not follow each other
 * stop the run: the next is an atom of its own.
 */
const tetDays: AtomParser = (c) => {
  if (!c.word("mung", "mong")) return null;
  const first = c.num(1, 30);
  if (first === null || c.peek()?.text === "thang" || DATE_SEPARATORS.has(c.peek()?.text ?? "")) return null;
  let last = first;
  for (;;) {
    const next = c.try(() => {
      const range = c.sym("-") || c.word("den", "toi");
      if (!range && !(c.sym(",") || c.word("va"))) return null;
      c.word("het");
      c.word("ngay");
      c.word("mung", "mong");
      const value = c.num(1, 30);
      if (value === null || value <= last || (!range && value !== last + 1) || c.peek()?.text === "thang") return null;
      return value;
    });
    if (next === null) break;
    last = next;
  }
  c.try(() => (c.word("tet") ? (c.words(["nguyen", "dan"]), true) : null));
  const cycle = cycleYear(c);
  const year = cycle === null ? c.try(() => (c.word("nam"), c.year())) : null;
  const atom: Parsed =
    last === first
      ? { type: "date", grain: "day", day: first, month: 1, lunar: true }
      : { type: "date", grain: "days", day: first, month: 1, endDay: last, endMonth: 1, lunar: true };
  if (cycle !== null) (atom as DateAtom).cycle = cycle;
  if (year !== null) (atom as DateAtom).year = year;
  return atom;
};

/** Tết Nguyên đán, Giỗ Tổ Hùng Vương, Rằm tháng Giêng, Tết Trung thu … [năm] [Giáp Thìn] [2024] */
const festival: AtomParser = (c) => {
  for (const [words, day, month, name] of FESTIVALS) {
    if (!c.words(words)) continue;
    c.word("nam");
    const cycle = canChi(c);
    c.word("nam");
    const year = c.year();
    return { type: "date", grain: "day", day, month, lunar: true, festival: name, ...(year !== null ? { year } : {}), ...(cycle !== null ? { cycle } : {}) };
  }
  return null;
};

/** tuần 1, 2 tháng 6 năm 2023; tuần thứ 2 của tháng 6; tuần đầu / cuối tháng 6 */
const weekOfMonth: AtomParser = (c) => {
  if (!c.word("tuan")) return null;
  let first: number | null;
  let last: number;
  let lastWeek = false;
  if (c.word("dau")) {
    first = last = 1;
  } else if (c.word("cuoi")) {
    first = last = 5;
    lastWeek = true;
  } else {
    c.word("thu");
    first = c.num(1, 5);
    if (first === null) return null;
    last = first;
    for (;;) {
      const next = c.try(() => (c.sym(",", "-") || c.word("va", "den") ? (c.word("tuan"), c.word("thu"), c.num(1, 5)) : null));
      if (next === null) break;
      last = next;
    }
  }
  c.word("cua");
  if (!c.word("thang")) return null;
  const month = c.num(1, 12);
  if (month === null) return null;
  return { type: "date", grain: "week", weeks: [first, last], month, ...(lastWeek ? { lastWeek } : {}), ...yearSuffix(c) };
};

/** 6 tháng đầu năm 2024, 6 tháng cuối năm, nửa đầu năm 2024 */
const halfYear: AtomParser = (c) => {
  if (!(c.num(6, 6) !== null ? c.word("thang") : c.word("nua"))) return null;
  const half = c.word("dau") ? 1 : c.word("cuoi", "sau") ? 2 : null;
  if (half === null || !c.word("nam")) return null;
  const year = c.year();
  return { type: "date", grain: "half", half, ...(year !== null ? { year } : {}) };
};

/** đầu / giữa / cuối + tháng M, quý R, năm Y; thượng / trung / hạ tuần tháng M */
const partOf: AtomParser = (c) => {
  const token = c.peek();
  let part = token?.type === "word" ? PARTS.get(token.text) : undefined;
  if (part) {
    c.at++;
  } else {
    part = token?.type === "word" ? TEN_DAY_PARTS.get(token.text) : undefined;
    if (!part || !c.try(() => (c.at++, c.word("tuan") ? true : null))) return null;
    if (!c.word("thang")) return null;
    const month = c.num(1, 12);
    return month === null ? null : { type: "date", grain: "month", month, part, ...yearSuffix(c) };
  }
  if (c.word("thang")) {
    const month = c.num(1, 12);
    if (month === null) return null;
    return { type: "date", grain: "month", month, part, ...yearSuffix(c) };
  }
  if (c.word("quy", "qui")) {
    const quarter = quarterNumber(c);
    if (quarter === null) return null;
    return { type: "date", grain: "quarter", quarter, part, ...yearSuffix(c) };
  }
  if (c.word("nam")) {
    const year = c.year();
    return { type: "date", grain: "year", part, ...(year !== null ? { year } : {}) };
  }
  return null;
};

/** tháng 9/2024, Tháng 12 năm 2023, tháng 05; tháng Giêng, tháng Chạp (lunar) */
const namedMonth: AtomParser = (c) => {
  // `Cách mạng Tháng Tám`, `Cách mạng tháng 8`: a name.
  if (c.before()?.text === "mang" && c.before(2)?.text === "cach") return null;
  if (!c.word("thang")) return null;
  const lunarMonth = LUNAR_MONTH_NAMES.get(c.peek()?.text ?? "");
  // `6 tháng một lần`: once in six months, not the month Một.
  if (lunarMonth !== undefined && c.peek(1)?.text === "lan") return null;
  if (lunarMonth !== undefined) {
    c.at++;
    return { type: "date", grain: "month", month: lunarMonth, lunar: true, ...yearSuffix(c) };
  }
  const month = c.num(1, 12);
  // `mỗi tháng 01 buổi`, `2 lần`: a count, not a month.
  if (month === null || c.peek()?.text === "buoi" || c.peek()?.text === "lan") return null;
  const suffix = yearSuffix(c);
  const lunar = lunarMarker(c) || suffix.cycle !== undefined;
  return { type: "date", grain: "month", month, ...suffix, ...(lunar ? { lunar: true } : {}) };
};

/** 9/2024, 12-2023 */
const bareMonth: AtomParser = (c) => {
  // `30/02/2024` is an impossible day, not February.
  const before = c.before();
  if (before?.type === "sym" && DATE_SEPARATORS.has(before.text) && c.before(2)?.type === "num") return null;
  const month = c.num(1, 12);
  if (month === null || !c.dateSeparator()) return null;
  const year = c.year();
  if (year === null) return null;
  return { type: "date", grain: "month", month, year };
};

/** quý III/2024, Quý II năm 2023, quý 1 */
const quarter: AtomParser = (c) => {
  if (!c.word("quy", "qui")) return null;
  const value = quarterNumber(c);
  if (value === null) return null;
  return { type: "date", grain: "quarter", quarter: value, ...yearSuffix(c) };
};

/** Năm 2023; năm Giáp Thìn (a lunar year, taken as its solar year here) */
const wholeYear: AtomParser = (c) => {
  if (!c.word("nam")) return null;
  const year = c.year();
  if (year !== null) {
    // `năm 2025 – 2205`: a second year that cannot end a period of this one.
    const misprint = c.try(() => {
      if (!c.sym("-")) return null;
      const token = c.peek();
      if (token?.type !== "num" || token.text.length !== 4) return null;
      const other = Number(token.text);
      if (other > year && other - year <= 50) return null;
      c.at++;
      return `${year} – ${token.text}`;
    });
    return misprint ? { type: "date", grain: "year", year, misprint } : { type: "date", grain: "year", year };
  }
  if (c.word("nay")) return { type: "date", grain: "year", now: true };
  const cycle = canChi(c);
  return cycle === null ? null : { type: "date", grain: "year", cycle, lunar: true };
};

/**
 * `Trong giai đoạn 2026 - 2030`, or a phrase of its own (a phase's heading, a time column's
 * `Giai đoạn 2025 - 2030`): the years of a stage of the work, read as `năm 2026 - 2030`. After a
 * name (`Kế hoạch … giai đoạn 2026 - 2030`, `Chiến lược … giai đoạn 2025 - 2030`) the years name
 * the plan or the strategy, so only `trong` / `suốt` put them in time.
 */
const stageYears: AtomParser = (c) => {
  const before = c.before()?.text;
  if ((before !== undefined && before !== "trong" && before !== "suot") || !c.word("giai") || !c.word("doan")) return null;
  const year = c.year();
  return year === null ? null : { type: "date", grain: "year", year };
};

/** `từ nay`, `kể từ nay`, `từ ngày ban hành Kế hoạch`: the plan's issue date. */
const fromNow: AtomParser = (c) => {
  if (c.before()?.text !== "tu") return null;
  if (c.word("nay")) return { type: "date", grain: "day", now: true };
  if (!c.word("ngay") || !c.word("ban") || !c.word("hanh")) return null;
  c.try(() => (c.word("ke") && c.word("hoach")) || null);
  c.word("nay");
  return { type: "date", grain: "day", now: true };
};

/** The second and later members of a list: `tháng 8, 9/2024`, `quý I, II năm 2024`, `năm 2023 - 2024`. */
const listContinuation: AtomParser = (c, previous) => {
  if (previous?.type !== "date" || previous.part || previous.lunar) return null;
  if (previous.grain === "month") {
    const month = c.num(1, 12);
    if (month === null) return null;
    const suffix = yearSuffix(c);
    if (suffix.year === undefined && c.peek()?.type === "sym" && DATE_SEPARATORS.has(c.peek()!.text)) return null;
    return { type: "date", grain: "month", month, ...suffix };
  }
  if (previous.grain === "quarter") {
    const value = quarterNumber(c);
    if (value === null) return null;
    return { type: "date", grain: "quarter", quarter: value, ...yearSuffix(c) };
  }
  if (previous.grain === "year") {
    const year = c.year();
    return year === null ? null : { type: "date", grain: "year", year };
  }
  return null;
};

const G_FOLLOWERS = new Set(["-", "ngay", ",", ";", ")", "sang", "chieu", "trua", "dem"]);

/** 7h30', 11h00, 8 giờ 00, 14h30, 18h30 phút, 08:00 */
const clockTime: AtomParser = (c) => {
  const hour = c.num(0, 23);
  if (hour === null) return null;
  if (c.sym(":")) {
    const minute = c.num(0, 59);
    return minute === null || c.before()!.text.length !== 2 ? null : { type: "time", hour, minute };
  }
  // `7h30`, `8 giờ`, and `7g30` (g for giờ) — `g` only where a schedule's time stands: before its
  // minutes, a dash, the day (`8g15 - 9g ngày 29/1`), a part of the day or the end.
  if (!c.word("h", "gio") && !c.try(() => (c.word("g") && (c.peek() === undefined || c.peek()!.type === "num" || G_FOLLOWERS.has(c.peek()!.text)) ? true : null))) return null;
  const minute = c.num(0, 59) ?? 0;
  c.sym("'");
  c.word("phut");
  return { type: "time", hour, minute };
};

/** thứ Hai … thứ Bảy, thứ 2 … thứ 7, Chủ nhật, CN; lists (`thứ 7, Chủ nhật`) */
const weekdays: AtomParser = (c) => {
  const before = c.before()?.text;
  if (before === "lan" || before === "khoa" || before === "dot" || before === "tuan") return null;
  const days: string[] = [];
  for (;;) {
    const day = c.try(() => {
      if (c.words(["chu", "nhat"]) || c.word("cn")) return "SU";
      if (!c.word("thu")) return null;
      const token = c.peek();
      if (!token) return null;
      const code = token.type === "num" ? WEEKDAY_NUMBERS.get(token.text) : WEEKDAY_WORDS.get(token.text);
      // `thứ tự` (order) folds to the same letters as `thứ tư` (Wednesday).
      if (!code || (token.text === "tu" && c.originalText() !== "tư")) return null;
      c.at++;
      return code;
    });
    if (day === null) break;
    if (!days.includes(day)) days.push(day);
    if (c.try(() => (c.sym(",") || c.word("va") || c.sym("-") ? (c.word("cac"), c.word("ngay"), true) : null)) === null) break;
    const next = c.peek();
    if (!(next?.text === "thu" || next?.text === "chu" || next?.text === "cn")) {
      c.at--;
      break;
    }
  }
  return days.length > 0 ? { type: "weekday", days } : null;
};

// Order matters: longer forms first.
const PARSERS: AtomParser[] = [
  festival, dayRun, dayList, wordedDate, tetDays, numericDate, blankDay, weekOfMonth, halfYear, partOf, namedMonth, quarter, wholeYear, stageYears, clockTime, bareMonth, weekdays, fromNow,
];

/** The parsers that can start at a token, by its text (or `#` for any number): most tokens start none. */
const STARTS = new Map<string, AtomParser[]>([
  ["#", [dayRun, dayList, wordedDate, numericDate, halfYear, clockTime, bareMonth]],
  ["ngay", [dayRun, dayList, wordedDate, numericDate, blankDay, fromNow]],
  ["mung", [wordedDate, tetDays, numericDate]],
  ["mong", [wordedDate, tetDays, numericDate]],
  ["tuan", [weekOfMonth]],
  ["nua", [halfYear]],
  ["dau", [partOf]],
  ["giua", [partOf]],
  ["cuoi", [partOf]],
  ["thuong", [partOf]],
  ["trung", [partOf]],
  ["ha", [partOf]],
  ["thang", [namedMonth]],
  ["quy", [quarter]],
  ["qui", [quarter]],
  ["nam", [wholeYear]],
  ["giai", [stageYears]],
  ["thu", [weekdays]],
  ["chu", [weekdays]],
  ["cn", [weekdays]],
  ["nay", [fromNow]],
]);
for (const [words] of FESTIVALS) {
  const list = STARTS.get(words[0]!) ?? [];
  if (!list.includes(festival)) list.unshift(festival);
  STARTS.set(words[0]!, list);
}
for (const list of STARTS.values()) list.sort((a, b) => PARSERS.indexOf(a) - PARSERS.indexOf(b));
const NUMBER_PARSERS = STARTS.get("#")!;

const NONE: AtomParser[] = [];
/**
 * What may follow the number a parser of `#` starts with: a date separator (dayRun,
 * numericDate, bareMonth), `đến`/`tới` (dayRun), `tháng` (halfYear), `:`/`h`/`giờ` (clockTime),
 * `,`/`và` (dayList: `24, 25 và 26 tháng 8`).
 * After anything else (most numbers: `80 năm`, `Số 06`) none of them can match.
 */
const NUMBER_FOLLOWERS = new Set(["/", "-", ".", ":", "den", "toi", "thang", "h", "gio", "g", ",", "va"]);
/** First letters of the words that start a parser or a roman quarter: other words are passed over at once. */
const START_LETTERS = new Set([...STARTS.keys(), "i", "v"].map((word) => word.charCodeAt(0)));
const ROMAN_QUARTERS = new Set(["i", "ii", "iii", "iv"]);
const LIST_LINKS = new Set([",", "va", "&", "-", "den", "toi"]);

/** Scans the tokens once, left to right, returning every atom found. */
export function findAtoms(tokens: Token[], original: string): Atom[] {
  const atoms: Atom[] = [];
  const cursor = new Cursor(tokens, original);
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at]!;
    if (token.type !== "num" && !START_LETTERS.has(token.text.charCodeAt(0))) {
      at++;
      continue;
    }
    const previous = atoms.length > 0 ? atoms[atoms.length - 1] : undefined;
    const parsed =
      firstParse(cursor, at, token.type === "num" ? (NUMBER_FOLLOWERS.has(tokens[at + 1]?.text ?? "") ? NUMBER_PARSERS : NONE) : (STARTS.get(token.text) ?? NONE), previous) ??
      (previous !== undefined && previous.to < at && (token.type === "num" || ROMAN_QUARTERS.has(token.text)) && linkedToPrevious(tokens, previous.to, at)
        ? firstParse(cursor, at, [listContinuation], previous)
        : null);
    if (parsed) {
      // Each parse returns a fresh object: placing it in the text by assignment, as copying
      // objects of a dozen shapes with a spread is the slowest step of the scan.
      const atom = parsed as Atom;
      atom.from = at;
      atom.to = cursor.at;
      atoms.push(atom);
      at = cursor.at;
    } else {
      at++;
    }
  }
  return atoms;
}

/** The first parser that takes at least one token at `at`; the cursor is left after it. */
function firstParse(cursor: Cursor, at: number, parsers: AtomParser[], previous: Atom | undefined): Parsed | null {
  for (const parse of parsers) {
    cursor.at = at;
    const parsed = parse(cursor, previous);
    if (parsed && cursor.at > at) return parsed;
  }
  return null;
}

function linkedToPrevious(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const text = tokens[i]!.text;
    if (!LIST_LINKS.has(text) && text !== "thang" && text !== "het" && text !== "nam") return false;
  }
  return true;
}
