/**
 * Resolves one timing phrase against its context into dated items (spec/timing.md).
 * Pure: no clock, no I/O; the same phrase and context always give the same answer.
 */
import { findAtoms, type Atom, type DateAtom, type TimeAtom } from "./atoms.ts";
import { addDays, localDateTime, monthEnd, parsePartialIso, toDateTime, type IsoDate } from "./dates.ts";
import { atomFirstMonth, atomInterval, mergeAdjacent, type Interval } from "./intervals.ts";
import { foldPhrase, tokenize, type Token } from "./lexer.ts";
import type { Resolution, TimingContext, TimingItem } from "./types.ts";

const TRIGGERS = /(?<![a-z])(khi cap tren|khi co yeu cau|khi duoc (de nghi|yeu cau)|theo yeu cau|khi co chi dao|theo chi dao)/;
const ALWAYS = /(?<![a-z])(thuong xuyen|xuyen suot|lien tuc)(?![a-z])/;

const PART_OF_DAY: Record<string, [number, number, number, number]> = {
  sang: [7, 30, 11, 30],
  chieu: [13, 30, 17, 0],
  toi: [19, 0, 22, 0],
  dem: [20, 0, 23, 59],
};

const DEFAULT_EVENT_MINUTES = 120;

interface Group {
  atoms: Array<DateAtom & { year: number }>;
  kind: "single" | "list" | "range";
  from: number;
  to: number;
}

export function resolveTiming(phrase: string, context: TimingContext = {}): Resolution {
  const result: Resolution = {
    phrase,
    items: [],
    tentative: false,
    done: false,
    provisional: false,
    openEnded: false,
    unresolved: null,
    notes: [],
  };
  try {
    resolveInto(result, context);
  } catch (error) {
    // The resolver must answer every phrase; an internal failure is reported, not thrown.
    result.items = [];
    result.unresolved = { reason: "not-understood", text: phrase };
    result.notes.push(`Lỗi nội bộ khi đọc thời gian: ${(error as Error).message}`);
  }
  return result;
}

function resolveInto(result: Resolution, context: TimingContext): void {
  const folded = foldPhrase(result.phrase);
  const tokens = tokenize(folded);
  result.tentative = /(?<![a-z])du kien(?![a-z])/.test(folded);
  result.done = /(?<![a-z])da (thuc hien|hoan thanh|to chuc)(?![a-z])/.test(folded);

  const windows = occasionWindows(folded, context);
  const relative = windows ? null : ceremonyRelative(folded, context, result);
  result.items.push(...(windows ?? []), ...(relative ?? []));

  const atoms = findAtoms(tokens);
  const dateAtoms = atoms.filter((a): a is DateAtom => a.type === "date");
  const times = atoms.filter((a): a is TimeAtom => a.type === "time");
  const groups = buildGroups(dateAtoms, tokens, context);
  const completionField = /hoan thanh/.test(foldPhrase(context.field ?? ""));

  let previousEnd = 0;
  groups.forEach((group, index) => {
    const before = tokens.slice(previousEnd, group.from).map((t) => t.text);
    previousEnd = group.to;
    result.items.push(...groupItems(group, before, index === 0 && completionField, context, result));
  });

  const duration = programmeMinutes(tokens, atoms);
  if (duration > 0) result.durationMinutes = duration;
  applyClockTimes(result, tokens, times, duration);
  applyRecurrence(result, folded, context);

  if (result.items.length === 0 && !result.unresolved) {
    const trigger = TRIGGERS.exec(folded) ?? ALWAYS.exec(folded);
    result.unresolved = trigger
      ? { reason: TRIGGERS.test(folded) ? "trigger" : "no-date", text: sliceOriginal(result.phrase, trigger.index, trigger.index + trigger[0].length) }
      : { reason: "not-understood", text: result.phrase };
  }
}

function sliceOriginal(phrase: string, from: number, to: number): string {
  return phrase.normalize("NFC").slice(from, to);
}

/** Groups atoms joined by list (`,`, `và`) or range (`-`, `đến`, `tới`) links and fills in years. */
function buildGroups(atoms: DateAtom[], tokens: Token[], context: TimingContext): Group[] {
  const raw: Array<{ atoms: DateAtom[]; kind: Group["kind"] }> = [];
  let previous: DateAtom | undefined;
  for (const atom of atoms) {
    const link = previous ? linkBetween(tokens.slice(previous.to, atom.from)) : null;
    const current = raw[raw.length - 1];
    if (current && link === "range" && current.kind === "single") {
      current.atoms.push(atom);
      current.kind = "range";
    } else if (current && link === "list" && current.kind !== "range") {
      current.atoms.push(atom);
      current.kind = "list";
    } else {
      raw.push({ atoms: [atom], kind: "single" });
    }
    previous = atom;
  }
  return raw.map((group) => ({
    atoms: fillYears(group.atoms, group.kind, context),
    kind: group.kind,
    from: group.atoms[0]!.from,
    to: group.atoms[group.atoms.length - 1]!.to,
  }));
}

function linkBetween(between: Token[]): "range" | "list" | null {
  const words = between.map((t) => t.text).filter((w) => w !== "het" && w !== "cho" && w !== "ngay");
  const text = words.join(" ");
  if (["-", "den", "toi", ">", "- >", "den -"].includes(text)) return "range";
  if (words.length > 0 && words.every((w) => w === "," || w === "va" || w === "&")) return "list";
  return null;
}

/** Convention 18, and 7's "a year written at the end applies to the start too". */
function fillYears(atoms: DateAtom[], kind: Group["kind"], context: TimingContext): Array<DateAtom & { year: number }> {
  const filled = atoms.map((a) => ({ ...a }));
  let later: DateAtom | undefined;
  for (let i = filled.length - 1; i >= 0; i--) {
    const atom = filled[i]!;
    if (atom.year === undefined && later?.year !== undefined) {
      const wraps = kind === "range" && atomFirstMonth(atom) > atomFirstMonth(later);
      atom.year = later.year - (wraps ? 1 : 0);
    }
    later = atom;
  }
  let earlier: DateAtom | undefined;
  for (const atom of filled) {
    if (atom.year === undefined && earlier?.year !== undefined) atom.year = earlier.year;
    if (atom.year === undefined) atom.year = yearFromContext(atom, context);
    earlier = atom;
  }
  return filled as Array<DateAtom & { year: number }>;
}

function yearFromContext(atom: DateAtom, context: TimingContext): number {
  if (context.year) return context.year;
  const issued = parsePartialIso(context.issued);
  if (issued) {
    const month = atomFirstMonth(atom);
    return issued.month !== undefined && month < issued.month ? issued.year + 1 : issued.year;
  }
  const occasion = parsePartialIso(context.occasions?.[0]);
  if (occasion) return occasion.year;
  return Number.NaN;
}

function groupItems(group: Group, before: string[], completion: boolean, context: TimingContext, result: Resolution): TimingItem[] {
  if (group.atoms.some((a) => Number.isNaN(a.year))) {
    result.notes.push("Không xác định được năm: cần ngày ban hành hoặc ngày kỷ niệm của kế hoạch.");
    return [];
  }
  const text = before.join(" ");
  const tail = text;
  const intervals = groupIntervals(group);
  const first = intervals[0]!;
  const last = intervals[intervals.length - 1]!;

  if (/(?<![a-z])(cham nhat|han cuoi|truoc hoac trong)(?: ngay)?$/.test(tail)) {
    return [{ kind: "deadline", start: last.end, end: last.end, rule: "deadline-on" }];
  }
  if (/(?<![a-z])truoc(?: ngay)?$/.test(tail)) {
    const due = addDays(first.start, -1);
    return [{ kind: "deadline", start: due, end: due, rule: "deadline-before" }];
  }
  if (completion || /(?<![a-z])hoan thanh(?: xong)?(?: trong| vao)?(?: ngay)?$/.test(tail)) {
    return [{ kind: "deadline", start: last.end, end: last.end, rule: "deadline-completion" }];
  }
  if (/(?<![a-z])cao diem(?![a-z])/.test(text)) {
    return intervals.map((i) => ({ kind: "span", start: i.start, end: i.end, role: "peak", rule: `peak-${group.kind}` }));
  }
  if (group.kind === "single" && /(?<![a-z])(tu|bat dau tu)(?: ngay)?$/.test(tail)) {
    result.openEnded = true;
    const occasion = context.occasions?.find((o) => o >= first.start);
    const end = occasion ?? `${first.start.slice(0, 4)}-12-31`;
    result.notes.push(occasion ? "Không ghi thời điểm kết thúc: lấy đến ngày kỷ niệm." : "Không ghi thời điểm kết thúc: lấy đến hết năm.");
    return [{ kind: "span", start: first.start, end, role: "main", rule: "open-start" }];
  }
  return intervals.map((i) => ({ kind: "span", start: i.start, end: i.end, role: "main", rule: group.kind === "single" ? group.atoms[0]!.grain : group.kind }));
}

function groupIntervals(group: Group): Interval[] {
  const intervals = group.atoms.map(atomInterval);
  if (group.kind === "range") return [{ start: intervals[0]!.start, end: intervals[intervals.length - 1]!.end }];
  return mergeAdjacent(intervals);
}

/** `Ra trước lễ kỷ niệm 05 ngày`, `sau lễ 3 ngày` (convention 12). */
function ceremonyRelative(folded: string, context: TimingContext, result: Resolution): TimingItem[] | null {
  const match = /(?<![a-z])(truoc|sau)\s+(?:buoi\s+|ngay\s+)?le(?:\s+ky\s+niem)?\s+(\d{1,3})\s+ngay(?![a-z])/.exec(folded)
    ?? /(?<![a-z])(\d{1,3})\s+ngay\s+(truoc|sau)\s+(?:buoi\s+|ngay\s+)?le(?![a-z])/.exec(folded);
  if (!match) return null;
  const [direction, days] = /\d/.test(match[1]!) ? [match[2]!, Number(match[1])] : [match[1]!, Number(match[2])];
  const ceremony = parsePartialIso(context.ceremony);
  let anchor: IsoDate | undefined;
  if (ceremony?.day !== undefined) {
    anchor = context.ceremony!.slice(0, 10);
  } else if (context.occasions?.[0]) {
    anchor = context.occasions[0];
    result.provisional = true;
    result.notes.push(`Lễ kỷ niệm chưa có ngày cụ thể: tạm tính theo ngày kỷ niệm ${anchor}.`);
  }
  if (!anchor) {
    result.unresolved = { reason: "needs-anchor", text: match[0] };
    return [];
  }
  const day = addDays(anchor, direction === "truoc" ? -days : days);
  return [{ kind: "span", start: day, end: day, role: "main", rule: "ceremony-relative" }];
}

/** `trước từng sự kiện 20 ngày và sau mỗi sự kiện 05 ngày` (convention 13). */
function occasionWindows(folded: string, context: TimingContext): TimingItem[] | null {
  const match = /truoc\s+(?:tung|moi|cac)\s+su\s+kien\s+(\d{1,3})\s+ngay(?:\s*(?:,|va)?\s*sau\s+(?:tung|moi|cac|khi)?\s*su\s+kien\s+(\d{1,3})\s+ngay)?/.exec(folded);
  if (!match) return null;
  const before = Number(match[1]);
  const after = Number(match[2] ?? 0);
  return (context.occasions ?? []).map((anchor) => ({
    kind: "window",
    start: addDays(anchor, -before),
    end: addDays(anchor, after),
    anchor,
    rule: "occasion-window",
  }));
}

/** `phân lễ 30', chương trình nghệ thuật 90'`: minutes written apart from clock times. */
function programmeMinutes(tokens: Token[], atoms: Atom[]): number {
  const inTime = new Set<number>();
  for (const atom of atoms) if (atom.type === "time") for (let i = atom.from; i < atom.to; i++) inTime.add(i);
  let total = 0;
  tokens.forEach((token, i) => {
    if (token.type === "num" && !inTime.has(i) && tokens[i + 1]?.text === "'" && !inTime.has(i + 1)) total += Number(token.text);
  });
  return total;
}

/** Conventions 14 and 23: clock times or a part of the day on a given day become a timed item. */
function applyClockTimes(result: Resolution, tokens: Token[], times: TimeAtom[], duration: number): void {
  const dayIndex = result.items.findIndex((i) => i.kind === "span" && i.start === i.end);
  if (dayIndex < 0) return;
  const day = result.items[dayIndex]!.start;
  const words = new Set(tokens.map((t) => t.text));
  let start: [number, number] | null = null;
  let end: [number, number] | null = null;
  if (times.length > 0) {
    start = [times[0]!.hour, times[0]!.minute];
    if (times.length > 1) end = [times[1]!.hour, times[1]!.minute];
  } else {
    const part = Object.keys(PART_OF_DAY).find((w) => words.has(w)) ?? (words.has("½") ? "sang" : null);
    if (!part) return;
    const [h1, m1, h2, m2] = PART_OF_DAY[part]!;
    start = [h1, m1];
    end = [h2, m2];
  }
  if (!end) {
    const minutes = duration > 0 ? duration : DEFAULT_EVENT_MINUTES;
    const finish = toDateTime(day).set({ hour: start[0], minute: start[1] }).plus({ minutes });
    end = [finish.hour, finish.minute];
    result.notes.push(duration > 0 ? `Giờ kết thúc tính theo thời lượng chương trình (${duration} phút).` : "Chưa ghi giờ kết thúc: tạm tính 2 giờ.");
  }
  result.items[dayIndex] = {
    kind: "timed",
    start: localDateTime(day, start[0], start[1]),
    end: localDateTime(day, end[0], end[1]),
    rule: times.length > 0 ? "clock" : "part-of-day",
  };
}

const RECURRENCES: Array<[RegExp, "monthly" | "quarterly" | "weekly"]> = [
  [/(?<![a-z])(hang|moi) quy(?![a-z])/, "quarterly"],
  [/(?<![a-z])(hang|moi) thang(?![a-z])/, "monthly"],
  [/(?<![a-z])(hang|moi) tuan(?![a-z])/, "weekly"],
];

/** Convention 15: `hàng tháng`, `định kỳ hàng quý`, `hàng tuần`. */
function applyRecurrence(result: Resolution, folded: string, context: TimingContext): void {
  const found = RECURRENCES.find(([pattern]) => pattern.test(folded));
  if (!found) return;
  const frequency = found[1];
  const period = result.items.find((i) => i.kind === "span");
  const issued = parsePartialIso(context.issued);
  const from = period?.start ?? (issued ? `${context.issued!.slice(0, 7)}-${issued.day !== undefined ? context.issued!.slice(8, 10) : "01"}` : null);
  const until = period?.end ?? (context.occasions?.[0] ? addDays(context.occasions[0], -1) : null);
  if (!from || !until) {
    result.notes.push("Lặp lại định kỳ nhưng không rõ từ khi nào đến khi nào.");
    return;
  }
  const occurrence = recurrenceBounds(frequency, from, until);
  if (!occurrence) return;
  if (period) result.items.splice(result.items.indexOf(period), 1);
  result.items.push({ kind: "recurring", start: occurrence.first, end: occurrence.last, rrule: occurrence.rrule, rule: `recurring-${frequency}` });
  result.unresolved = null;
}

function recurrenceBounds(frequency: "monthly" | "quarterly" | "weekly", from: IsoDate, until: IsoDate): { first: IsoDate; last: IsoDate; rrule: string } | null {
  if (frequency === "weekly") {
    const start = toDateTime(from);
    const first = start.plus({ days: (5 - start.weekday + 7) % 7 });
    const end = toDateTime(until);
    const last = end.minus({ days: (end.weekday - 5 + 7) % 7 });
    return first > last ? null : { first: first.toISODate()!, last: last.toISODate()!, rrule: "FREQ=WEEKLY;BYDAY=FR" };
  }
  const step = frequency === "monthly" ? 1 : 3;
  const start = toDateTime(from);
  let month = frequency === "monthly" ? start.month : Math.ceil(start.month / 3) * 3;
  const first = monthEnd(start.year, month);
  const end = toDateTime(until);
  let lastYear = end.year;
  month = frequency === "monthly" ? end.month : Math.ceil(end.month / 3) * 3;
  let last = monthEnd(lastYear, month);
  if (last > until) {
    month -= step;
    if (month < 1) {
      month += 12;
      lastYear -= 1;
    }
    last = monthEnd(lastYear, month);
  }
  if (first > last) return null;
  return { first, last, rrule: frequency === "monthly" ? "FREQ=MONTHLY;BYMONTHDAY=-1" : "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1" };
}
