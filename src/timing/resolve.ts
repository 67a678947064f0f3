/**
 * Resolves one timing phrase against its context into dated items (spec/timing.md).
 * Pure: no clock, no I/O; the same phrase and context always give the same answer.
 */
import { findAtoms, type Atom, type DateAtom, type TimeAtom, type WeekdayAtom } from "./atoms.ts";
import { addDays, isIsoDate, isoDate, localDateTime, monthEnd, monthStart, parseIsoDate, parsePartialIso, weekday, type IsoDate } from "./dates.ts";
import { atomFirstMonth, atomInterval, mergeAdjacent, type DatedAtom, type Interval } from "./intervals.ts";
import { toNfc } from "../text/normalize.ts";
import { foldPhrase, tokenize, type Token } from "./lexer.ts";
import { lunarToSolar, nearestCycleYear } from "./lunar.ts";
import { yearNamesWhatPrecedes } from "./year-labels.ts";
import type { Resolution, TimingContext, TimingItem } from "./types.ts";
import { flatMapOf } from "../text/lists.ts";

const TRIGGERS = /(?<![a-z])(khi cap tren|khi co (yeu cau|chi dao|van ban|huong dan|ke hoach)|khi duoc (de nghi|yeu cau|giao|phan cong)|theo yeu cau|theo chi dao|theo ke hoach cua|theo huong dan cua|theo lich cua|khi (to chuc|dien ra)|sau khi (co|duoc))/;
/** `Theo kế hoạch công tác tư pháp hàng năm`: the work follows another plan's times. */
const FOLLOWS_A_PLAN = /^theo (?:ke hoach|chuong trinh|lich)(?![a-z])/;
/** Words that set no date: the work goes on (`thường xuyên`), or follows another plan's times. */
const ALWAYS = new RegExp(`(?<![a-z])(thuong xuyen|xuyen suot|lien tuc|hang ngay|moi ngay|lau dai)(?![a-z])|${FOLLOWS_A_PLAN.source}`);
const DOCUMENT_REFERENCE = /(?<![a-z])(so\s+\d+\s*[/-]|(quyet dinh|thong bao|cong van|chi thi|nghi quyet|ke hoach|huong dan|van ban|thong tu|nghi dinh|luat)\s+(so\s+)?\d)/;
const WEEKDAY_INDEX: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
const WEEKDAY_NAMES: Record<string, string> = { MO: "thứ Hai", TU: "thứ Ba", WE: "thứ Tư", TH: "thứ Năm", FR: "thứ Sáu", SA: "thứ Bảy", SU: "Chủ nhật" };

const PART_OF_DAY: Record<string, [number, number, number, number]> = {
  sang: [7, 30, 11, 30],
  trua: [11, 30, 13, 30],
  chieu: [13, 30, 17, 0],
  toi: [19, 0, 22, 0],
  dem: [20, 0, 23, 59],
};

const DEFAULT_EVENT_MINUTES = 120;

interface Group {
  atoms: DatedAtom[];
  kind: "single" | "list" | "range";
  from: number;
  to: number;
}

interface Parsed {
  folded: string;
  tokens: Token[];
  atoms: Atom[];
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

function parse(phrase: string): Parsed {
  const folded = foldPhrase(phrase);
  const tokens = tokenize(folded);
  return { folded, tokens, atoms: findAtoms(tokens, phrase) };
}

/**
 * Years alone, as a time column or a roadmap writes them: `2025`, `2025 - 2030`, `(2025 - 2026)`,
 * `(xuyên suốt 2025 - 2035)`, `(2026 trở đi)`; read as `năm …`.
 */
const BARE_YEARS = /^\s*\(?\s*(?:xuyên suốt\s+|từ\s+)?((?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?:\s+trở đi)?)\s*\)?\s*\.?\s*$/iu;

/** The words to parse: years alone read as the years they are. */
function parsedText(phrase: string): string {
  const years = BARE_YEARS.exec(phrase);
  return years ? `năm ${years[1]}` : phrase;
}

/** `Thời gian dự kiến hoàn thành`: every time in that column is tentative. */
const TENTATIVE = /(?<![a-z])du kien(?![a-z])/;

function resolveInto(result: Resolution, context: TimingContext): void {
  const { folded, tokens, atoms } = parse(parsedText(result.phrase));
  result.tentative = TENTATIVE.test(folded) || (!!context.field && TENTATIVE.test(foldPhrase(context.field)));
  result.done = folded.includes("da ") && /(?<![a-z])da (thuc hien|hoan thanh|to chuc|trien khai)(?![a-z])/.test(folded);

  const windows = folded.includes("truoc") && (folded.includes("su kien") || folded.includes("ngay ky niem") || folded.includes("ngay le")) ? occasionWindows(folded, context) : null;
  const relative = windows ? null : anchorRelative(folded, context, result);
  result.items.push(...(windows ?? []), ...(relative ?? []));

  const dateAtoms = atoms.filter((a): a is DateAtom => a.type === "date");
  const times = atoms.filter((a): a is TimeAtom => a.type === "time");
  const weekdays = atoms.filter((a): a is WeekdayAtom => a.type === "weekday");
  const groups = buildGroups(dropEchoes(dateAtoms, context, result), tokens, asides(tokens, times), context, result);
  const completionField = isCompletionField(context.field);

  let previousEnd = 0;
  groups.forEach((group, index) => {
    const before = tokens.slice(previousEnd, group.from).map((t) => t.text).join(" ");
    const after = tokens.slice(group.to, groups[index + 1]?.from ?? tokens.length).map((t) => t.text).join(" ");
    previousEnd = group.to;
    if (group.atoms.length === 1 && group.atoms[0]!.grain === "day" && DOCUMENT_REFERENCE.test(before)) {
      result.notes.push("Bỏ qua ngày của văn bản được dẫn chiếu: không phải thời gian thực hiện.");
      return;
    }
    if (group.atoms.length === 1 && group.atoms[0]!.grain === "year" && yearNamesWhatPrecedes(tokens, group.from)) {
      result.notes.push("Năm gọi tên việc được nói đến (…công tác năm 2025, Luật … năm 2013), không phải thời gian thực hiện.");
      return;
    }
    const wave = /(?<![a-z])dot (\d+|[ivx]+)\s*:?\s*(tu)?\s*$/.exec(before)?.[1];
    const items = groupItems(group, before, after, index === 0 && completionField, context, result);
    result.items.push(...(wave ? items.map((item) => Object.assign({}, item, { rule: `wave-${wave}` })) : items));
  });

  // `từ nay đến kết thúc cuộc bầu cử`, `từ nay đến ngày khai mạc`: from the issue date to the event's day.
  const untilEvent = groups.length === 1 && groups[0]!.atoms.length === 1 && groups[0]!.atoms[0]!.now && groups[0]!.atoms[0]!.grain === "day" ? UNTIL_EVENT.exec(folded) : null;
  const from = untilEvent ? result.items[result.items.length - 1] : undefined;
  if (untilEvent && from) {
    const day = eventAnchor(untilEvent[1]!, context, result);
    if (day && day >= from.start) result.items.splice(result.items.length - 1, 1, { kind: "span", start: from.start, end: day, role: "main", rule: "until-event" });
    else if (!day) {
      result.items.splice(result.items.length - 1, 1);
      result.unresolved = { reason: "needs-anchor", text: toNfc(result.phrase).slice(untilEvent.index, untilEvent.index + untilEvent[0].length) };
      result.notes.push(`Kế hoạch chưa ghi ngày ${EVENT_NAMES[untilEvent[1]!]}: cần ngày đó để tính.`);
    }
  }

  // `Từ tháng 10/2025 đến khi tổ chức thành công Đại hội … lần thứ XIV của Đảng`: the one span the start gives runs to the Congress's last day.
  const congress = result.items.length === 1 && result.items[0]!.kind === "span" ? UNTIL_CONGRESS.exec(folded) : null;
  const closing = congress ? PARTY_CONGRESSES[congress[1]!]?.end : undefined;
  if (closing && closing >= result.items[0]!.start) {
    result.items[0] = { ...result.items[0]!, end: closing, rule: "until-event" };
    result.notes.push(`Đại hội đại biểu toàn quốc lần thứ ${congress![1]!.toUpperCase()} của Đảng bế mạc ngày ${closing}.`);
  }

  // `trong ngày bầu cử`, `Ngày bầu cử`: the election day itself, from the national table (or the plan's).
  if (result.items.length === 0 && groups.length === 0 && /(?<![a-z])ngay bau cu(?![a-z])/.test(folded) && !/(?<![a-z])(truoc|sau)(?![a-z])/.test(folded)) {
    const day = eventAnchor("bau cu", context, result);
    if (day) result.items.push({ kind: "span", start: day, end: day, role: "main", rule: "event-day" });
  }

  const duration = programmeMinutes(tokens, atoms);
  if (duration > 0) result.durationMinutes = duration;
  // `từ thứ Hai, ngày 16/02/2026 đến hết thứ Sáu, ngày 20/02/2026`: weekdays written beside their days name them, they do not repeat.
  const beside = weekdays.every((w) => dateAtoms.some((d) => d.grain === "day" && (onlyJoiners(tokens, w.to, d.from) || onlyJoiners(tokens, d.to, w.from))));
  applyWeekdays(result, weekdays, groups, folded, context, beside);
  applyClockTimes(result, tokens, times, duration);
  applyRecurrence(result, folded, weekdays, context);

  if (result.items.length === 0 && !result.unresolved) {
    const trigger = TRIGGERS.exec(folded);
    const always = trigger ? null : ALWAYS.exec(folded);
    const match = trigger ?? always;
    result.unresolved = match
      ? { reason: trigger ? "trigger" : "no-date", text: toNfc(result.phrase).slice(match.index, match.index + match[0].length) }
      : { reason: dateAtoms.length > 0 ? "no-date" : "not-understood", text: result.phrase };
  }
}

const completionFields = new Map<string, boolean>();

/** `Thời gian hoàn thành`: the phrase names a due date (convention 9). */
function isCompletionField(field: string | null | undefined): boolean {
  if (!field) return false;
  let completion = completionFields.get(field);
  if (completion === undefined) {
    completion = foldPhrase(field).includes("hoan thanh");
    if (completionFields.size < 1000) completionFields.set(field, completion);
  }
  return completion;
}

/**
 * `ngày 17/4/2024 (tức ngày 10/3 âm lịch)`: the lunar date repeats the solar one. Keep the
 * solar date; report a mismatch (convention 24).
 */
function dropEchoes(atoms: DateAtom[], context: TimingContext, result: Resolution): DateAtom[] {
  const solarDays = atoms.filter((a) => a.grain === "day" && !a.lunar && !a.now);
  if (solarDays.length === 0) return atoms;
  return atoms.filter((atom) => {
    // `02/02/2026 – 15/02/2026 (từ ngày 15 – 28 tháng 12 Âm lịch)`: the same run of days in the lunar calendar.
    if (atom.lunar && atom.grain === "days" && !atom.festival) return !solarDays.some((solar) => solar.from < atom.from && lunarEchoes(atom, solar, context));
    if (!atom.lunar || atom.grain !== "day" || atom.festival) return true;
    // The solar day it stands beside: the last one before it (`20/01/2025 (tức 21 tháng Chạp)`), else the first.
    const solar = solarDays.filter((a) => a.from < atom.from).pop() ?? solarDays[0]!;
    const solarYear = solar.year ?? yearFromContext(solar, context);
    if (solarYear !== null) {
      // A lunar date's year can be the solar year or the one before (lunar months 11 and 12).
      const echoes = (target: number) => echoesIn(atom, solar, target);
      if (!echoes(solarYear)) {
        // A lunar date that fits the solar day and month of the year before or after proves the year misprinted (convention 31).
        const fixed = solar.year !== undefined ? [solarYear - 1, solarYear + 1].filter(echoes) : [];
        if (fixed.length === 1) {
          result.notes.push(`Cảnh báo: ngày âm lịch ${atom.day}/${atom.month} ứng với ngày ${solar.day}/${solar.month}/${fixed[0]}, không phải năm ${solarYear}: hiểu là năm ${fixed[0]} (có thể in nhầm).`);
          solar.year = fixed[0]!;
        } else {
          result.notes.push(`Cảnh báo: ngày âm lịch ${atom.day}/${atom.month} không khớp với ngày dương lịch ${solar.day}/${solar.month}/${solarYear}; giữ ngày dương lịch.`);
        }
      }
    }
    return false;
  });
}

/** Whether a lunar date's first day is the solar day given (its year the solar one or the one before). */
function lunarEchoes(atom: DateAtom, solar: DateAtom, context: TimingContext): boolean {
  const solarYear = solar.year ?? yearFromContext(solar, context);
  return solarYear !== null && echoesIn(atom, solar, solarYear);
}

/** The same, the solar day taken in the year `target`. */
function echoesIn(atom: DateAtom, solar: DateAtom, target: number): boolean {
  return (atom.year !== undefined ? [atom.year] : [target, target - 1]).some((year) => {
    const converted = lunarToSolar(atom.day!, atom.month!, year);
    return converted !== null && converted[0] === solar.day && converted[1] === solar.month && converted[2] === target;
  });
}

/**
 * Tokens that stand aside from the dates they separate: brackets (`(tức 21 tháng Chạp)`,
 * `(thứ Tư)`) and clock times (`đến 16 giờ 30, ngày 20/3`). A link read across them still links.
 */
function asides(tokens: Token[], times: TimeAtom[]): Uint8Array {
  const aside = new Uint8Array(tokens.length);
  // Brackets: 1 marks a bracketed token, 2 its opening bracket (a range written inside brackets, `(29/11-05/12)`, still links).
  let depth = 0;
  tokens.forEach((token, i) => {
    if (token.text === "(") depth++;
    if (depth > 0) aside[i] = token.text === "(" ? 2 : 1;
    if (token.text === ")" && depth > 0) depth--;
  });
  for (const time of times) {
    for (let i = time.from; i < time.to; i++) aside[i] = 1;
    if (tokens[time.to]?.text === ",") aside[time.to] = 1;
  }
  return aside;
}

/** The tokens between two atoms, without what stands aside — unless both atoms are inside the same brackets. */
function between(tokens: Token[], from: number, to: number, aside: Uint8Array): Token[] {
  const slice = tokens.slice(from, to);
  const insideBrackets = from > 0 && aside[from - 1] !== 0 && slice.every((_, i) => aside[from + i] === 1);
  return insideBrackets ? slice : slice.filter((_, i) => aside[from + i] === 0);
}

/** Groups atoms joined by list (`,`, `và`) or range (`-`, `đến`, `tới`) links and fills in years. */
function buildGroups(atoms: DateAtom[], tokens: Token[], aside: Uint8Array, context: TimingContext, result: Resolution): Group[] {
  const raw: Array<{ atoms: DateAtom[]; kind: Group["kind"] }> = [];
  let previous: DateAtom | undefined;
  for (const atom of atoms) {
    // `ngày 2, 3 và 4 tháng 9`: each listed day is a member of the list.
    if (atom.listedDays) {
      const days = [atom, ...atom.listedDays.map((day) => ({ ...atom, day, listedDays: undefined }))].map(({ listedDays: _listed, ...day }) => day as DateAtom);
      raw.push({ atoms: days, kind: "list" });
      previous = atom;
      continue;
    }
    const link = previous ? linkBetween(between(tokens, previous.to, atom.from, aside)) : null;
    const current = raw.length > 0 ? raw[raw.length - 1] : undefined;
    if (current && link === "range" && current.kind === "single") {
      current.atoms.push(atom);
      current.kind = "range";
    } else if (current && link === "list" && current.kind !== "range" && !atom.now) {
      current.atoms.push(atom);
      current.kind = "list";
    } else {
      raw.push({ atoms: [atom], kind: "single" });
    }
    previous = atom;
  }
  const groups: Group[] = [];
  for (const group of raw) {
    const misprint = group.atoms.find((a) => a.misprint)?.misprint;
    if (misprint) {
      result.notes.push(`Cảnh báo: "${misprint}" không phải một khoảng thời gian có thật (có thể in nhầm): không xếp lịch.`);
      result.unresolved ??= { reason: "no-date", text: misprint };
      continue;
    }
    const filled = fillYears(group.atoms, group.kind, context);
    if (!filled) {
      result.notes.push("Không xác định được năm: cần ngày ban hành hoặc ngày kỷ niệm của kế hoạch.");
      result.unresolved ??= { reason: "needs-anchor", text: result.phrase };
      continue;
    }
    groups.push({ atoms: filled, kind: group.kind, from: group.atoms[0]!.from, to: group.atoms[group.atoms.length - 1]!.to });
  }
  return groups;
}

const RANGE_LINKS = new Set(["-", "den", "toi", ">", "- >", "den -", "- den", "= >", "va ket thuc vao", "va ket thuc", "ket thuc vao", "ket thuc", "va ket thuc vao luc", "den luc", "- den luc"]);

/** `đến ngày bầu cử 15/3/2026`, `đến ngày khai mạc 20/3`: the event the end date is named for. */
const END_EVENT_WORDS = /(?:^| )(?:bau cu|khai mac|be mac|dai hoi|hoi nghi|ky niem|le)$/;

const WEEKDAY_WORDS_AFTER_THU = new Set(["hai", "ba", "tu", "nam", "sau", "bay", "2", "3", "4", "5", "6", "7"]);

function linkBetween(between: Token[]): "range" | "list" | null {
  // `đến hết thứ Sáu, ngày 20/02`: the end day's weekday stands between the link and the date.
  // `đến 03h00 sáng Chủ nhật ngày 23/11`: the part of the day and `Chủ nhật` stand there too.
  const kept = between.filter(
    (t, i) =>
      !(t.text === "thu" && WEEKDAY_WORDS_AFTER_THU.has(between[i + 1]?.text ?? "")) &&
      !(WEEKDAY_WORDS_AFTER_THU.has(t.text) && between[i - 1]?.text === "thu") &&
      !(t.text === "," && i > 0 && between[i - 1] && (WEEKDAY_WORDS_AFTER_THU.has(between[i - 1]!.text) || between[i - 1]!.text === "nhat")) &&
      !(t.text === "chu" && between[i + 1]?.text === "nhat") &&
      !(t.text === "nhat" && between[i - 1]?.text === "chu") &&
      // `tới` folds like `tối`: first, it is the link.
      !(Object.hasOwn(PART_OF_DAY, t.text) && i > 0),
  );
  const words = kept.map((t) => t.text).filter((w) => w !== "het" && w !== "cho" && w !== "ngay" && w !== "ca");
  let text = words.join(" ");
  if (text.startsWith("den ") && END_EVENT_WORDS.test(text)) text = "den";
  if (RANGE_LINKS.has(text)) return "range";
  if (words.length > 0 && words.every((w) => w === "," || w === "va" || w === "&")) return "list";
  return null;
}

/** Convention 18, and 7's "a year written at the end applies to the start too". */
function fillYears(atoms: DateAtom[], kind: Group["kind"], context: TimingContext): DatedAtom[] | null {
  const filled = atoms.map((a) => Object.assign({}, a));
  for (const atom of filled) {
    if (atom.now) {
      const now = nowAtom(atom, context);
      if (!now) return null;
      Object.assign(atom, now);
    }
    if (atom.year === undefined && atom.cycle !== undefined) {
      const reference = referenceYear(context);
      if (reference === null) return null;
      atom.year = nearestCycleYear(atom.cycle, reference);
    }
  }
  // A range with no year at all is the one not yet over at the issue date: its end picks the year
  // (`từ ngày 15/11 đến ngày 15/12` in a plan of 18/11 is this year's, running when it is issued).
  const last = filled[filled.length - 1];
  if (kind === "range" && !context.year && last && filled.every((a) => a.year === undefined)) last.year = yearFromContext(last, context) ?? undefined;
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
    if (atom.year === undefined && earlier?.year !== undefined) {
      atom.year = earlier.year + (kind === "range" && atomFirstMonth(atom) < atomFirstMonth(earlier) ? 1 : 0);
    }
    atom.year ??= yearFromContext(atom, context) ?? undefined;
    if (atom.year === undefined) return null;
    earlier = atom;
  }
  return filled as DatedAtom[];
}

/** `từ nay` is the issue date, `năm nay` its year; without an issue date, neither is known. */
function nowAtom(atom: DateAtom, context: TimingContext): Partial<DateAtom> | null {
  const issued = parsePartialIso(context.issued);
  if (!issued) return null;
  return atom.grain === "year" ? { year: issued.year } : { year: issued.year, month: issued.month ?? 1, day: issued.day ?? 1 };
}

function referenceYear(context: TimingContext): number | null {
  return context.year ?? parsePartialIso(context.issued)?.year ?? parsePartialIso(context.occasions?.[0])?.year ?? null;
}

/** The section's year, else the first such date on or after the issue date, else the main occasion's year. */
function yearFromContext(atom: DateAtom, context: TimingContext): number | null {
  if (context.year) return context.year;
  const issued = parsePartialIso(context.issued);
  if (atom.lunar && atom.month !== undefined && context.occasions?.length) {
    // A holiday the plan names as its occasion (`Tết Nguyên đán` in a plan for Tết Bính Ngọ) is that one.
    for (const occasion of context.occasions) {
      const year = Number(occasion.slice(0, 4));
      for (const lunarYear of [year - 1, year]) {
        const date = lunarToSolar(atom.day ?? 1, atom.month, lunarYear);
        if (date && isoDate(date[2], date[1], date[0]) === occasion.slice(0, 10)) return lunarYear;
      }
    }
  }
  if (issued) {
    if (atom.lunar && atom.month !== undefined) {
      // The lunar year whose date comes first on or after the issue date: a plan of January
      // 2025 about `23 tháng Chạp` means Chạp of the lunar year that began in 2024.
      const issuedDate = isoDate(issued.year, issued.month ?? 1, issued.day ?? 1);
      for (const year of [issued.year - 1, issued.year, issued.year + 1]) {
        const date = lunarToSolar(atom.endDay ?? atom.day ?? 1, atom.endMonth ?? atom.month, year);
        if (date && isoDate(date[2], date[1], date[0]) >= issuedDate) return year;
      }
      return issued.year + 1;
    }
    const month = atomFirstMonth(atom);
    if (issued.month === undefined) return issued.year;
    if (month !== issued.month) return month < issued.month ? issued.year + 1 : issued.year;
    const end = atom.grain === "day" ? atom.day! : atom.grain === "days" ? atom.endDay! : 31;
    return issued.day !== undefined && end < issued.day ? issued.year + 1 : issued.year;
  }
  return parsePartialIso(context.occasions?.[0])?.year ?? null;
}

function groupItems(group: Group, before: string, after: string, completion: boolean, context: TimingContext, result: Resolution): TimingItem[] {
  const intervals = groupIntervals(group);
  if (!intervals) {
    result.notes.push("Ngày không tồn tại trong lịch.");
    return [];
  }
  const first = intervals[0]!;
  const last = intervals[intervals.length - 1]!;
  for (const atom of group.atoms.filter((a) => a.swapped)) {
    result.notes.push(`Cảnh báo: ngày ${atom.month}/${atom.day}/${atom.year} không có thật; hiểu là ngày ${atom.day}/${atom.month}/${atom.year} (tháng viết trước ngày).`);
  }
  const lunar = group.atoms.some((a) => a.lunar);
  const festival = group.atoms.find((a) => a.festival)?.festival;
  if (festival) result.notes.push(`${festival} năm ${group.atoms[0]!.year} (âm lịch) là ngày ${first.start}.`);

  if (/(?<![a-z])(cham nhat|han cuoi|han chot|muon nhat|khong (qua|muon hon)|truoc hoac trong)(?: (la|vao|den|den het|trong))?(?: (?:luc )?\d{1,2} (?:gio|h)(?: \d{1,2})?(?: phut)?,?)?(?: ngay)?$/.test(before) || (group.kind === "single" && /(?<![a-z])den(?: het)?(?: ngay)?$/.test(before) && !/(?<![a-z])tu(?![a-z])/.test(before))) {
    // `đến hết ngày D` (convention 28), and `đến năm 2030`, `đến tháng 6/2026` with no start: done by the period's last day.
    return [{ kind: "deadline", start: last.end, end: last.end, rule: "deadline-on" }];
  }
  // `Sau ngày bầu cử 15/3/2026`: from the next day on, to the end of the plan's period or of that year.
  if (group.kind === "single" && /(?<![a-z])sau(?: ngay| khi)?(?: bau cu| khai mac| be mac| dai hoi| hoi nghi)?$/.test(before) && !/^\s*\d/.test(after)) {
    const start = addDays(last.end, 1);
    const end = context.period && context.period.end > start ? (context.period.end as IsoDate) : (`${start.slice(0, 4)}-12-31` as IsoDate);
    result.openEnded = true;
    result.notes.push("Không ghi thời điểm kết thúc: lấy đến hết năm.");
    return [{ kind: "span", start, end, role: "main", rule: "after" }];
  }
  if (/(?<![a-z])truoc(?: ngay)?$/.test(before)) {
    const due = addDays(first.start, -1);
    return [{ kind: "deadline", start: due, end: due, rule: "deadline-before" }];
  }
  if (completion || /(?<![a-z])(hoan thanh|xong)(?: xong)?(?: (trong|vao|truoc het))?(?: ngay| thang)?$/.test(before)) {
    return [{ kind: "deadline", start: last.end, end: last.end, rule: "deadline-completion" }];
  }
  if (/(?<![a-z])cao diem(?![a-z])/.test(before)) {
    return intervals.map((i) => ({ kind: "span", start: i.start, end: i.end, role: "peak", rule: `peak-${group.kind}` }));
  }
  const duration = /^,?\s*(?:trong|keo dai|trong thoi gian|trong vong)\s+(\d{1,3})\s+ngay(?![a-z])/.exec(after);
  if (duration && group.kind === "single" && first.start === first.end) {
    const days = Number(duration[1]);
    if (days >= 1) return [{ kind: "span", start: first.start, end: addDays(first.start, days - 1), role: "main", rule: "duration" }];
  }
  const untilDone = UNTIL_DONE.test(after);
  if (group.kind === "single" && group.atoms[0]!.grain !== "days" && /(?<![a-z])tu(?: ngay| thang)?$/.test(before) && (untilDone || !/^\s*(den|toi|-)/.test(after))) {
    result.openEnded = true;
    const occasion = context.occasions?.find((o) => o >= first.start);
    const end = occasion ?? `${first.start.slice(0, 4)}-12-31`;
    // `Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê`: the reader moves the end to the plan's last dated day (rule `until-done`).
    if (untilDone) result.notes.push("Kết thúc khi xong việc: lấy đến ngày cuối cùng kế hoạch ghi.");
    else result.notes.push(occasion ? "Không ghi thời điểm kết thúc: lấy đến ngày kỷ niệm." : "Không ghi thời điểm kết thúc: lấy đến hết năm.");
    return [{ kind: "span", start: first.start, end, role: "main", rule: untilDone ? "until-done" : "open-start" }];
  }
  const rule = festival ? "festival" : lunar ? "lunar" : group.kind === "single" ? group.atoms[0]!.grain : group.kind;
  return intervals.map((i) => ({ kind: "span", start: i.start, end: i.end, role: "main", rule }));
}

/** `… đến khi kết thúc Tổng kiểm kê`, `đến khi hoàn thành`: the work ends when it is done, a day the plan dates elsewhere. */
const UNTIL_DONE = /^\s*(?:den|toi) (?:khi )?(?:ket thuc|hoan thanh|xong)(?![a-z])/;

function groupIntervals(group: Group): Interval[] | null {
  const intervals: Interval[] = [];
  for (const atom of group.atoms) {
    const interval = atomInterval(atom);
    if (!interval) return null;
    intervals.push(interval);
  }
  if (group.kind === "range") {
    const start = intervals[0]!.start;
    const end = intervals[intervals.length - 1]!.end;
    return end >= start ? [{ start, end }] : null;
  }
  return mergeAdjacent(intervals);
}

/**
 * `Ra trước lễ kỷ niệm 05 ngày`, `sau lễ 3 ngày`, `trước ngày kỷ niệm 1 tuần` (convention 12);
 * `trước ngày khai mạc Đại hội 30 ngày`, `chậm nhất 20 ngày trước ngày bầu cử` (convention 29).
 */
const EVENT_WORDS = "(?:ngay )?(?:khai mac|be mac|bau cu|dai hoi|hoi nghi)(?: [a-z]+){0,4}?";
const ANCHOR_TARGET = `(buoi le|ngay le|le ky niem|le|ngay ky niem|dip ky niem|${EVENT_WORDS})`;
const ANCHOR_DIRECTION_FIRST = new RegExp(`(?<![a-z])(truoc|sau)\\s+(?:khi\\s+)?${ANCHOR_TARGET}(?:[^0-9]{0,40}?)\\s+(\\d{1,3})\\s+(ngay|tuan)(?![a-z])`);
const ANCHOR_NUMBER_FIRST = new RegExp(`(?<![a-z])(\\d{1,3})\\s+(ngay|tuan)\\s+(truoc|sau)\\s+(?:khi dien ra\\s+)?${ANCHOR_TARGET}(?![a-z])`);
const ANCHOR_NUMBER_MIDDLE = new RegExp(`(?<![a-z])(truoc|sau)\\s+(\\d{1,3})\\s+(ngay|tuan)\\s+(?:(?:khi\\s+)?(?:dien ra|to chuc)\\s+)?${ANCHOR_TARGET}(?![a-z])`);
const EVENT_KEY = /(khai mac|be mac|bau cu|dai hoi|hoi nghi)/;
/** `từ nay đến kết thúc cuộc bầu cử` (folded): from the issue date to an event's day; the reader finds such phrases with it. */
export const UNTIL_EVENT = /(?<![a-z])tu nay (?:den|toi) (?:khi )?(?:ket thuc |het |hoan thanh )?(?:cuoc |ngay |le |phien )?(khai mac|be mac|bau cu|dai hoi|hoi nghi)(?![a-z])/;

/**
 * Election days set by the National Assembly: `ngày bầu cử` in a plan of that season is that
 * day unless the plan dates it itself.
 */
export const ELECTION_DAYS = ["2011-05-22", "2016-05-22", "2021-05-23", "2026-03-15"];

/**
 * The National Congresses of the Party by their ordinal, first and last day: `đến khi tổ chức
 * thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng` ends on the XIV's closing day.
 * The XIV was called for 19–25 January 2026 and closed on the 23rd.
 */
export const PARTY_CONGRESSES: Record<string, { start: IsoDate; end: IsoDate }> = {
  xi: { start: "2011-01-12", end: "2011-01-19" },
  xii: { start: "2016-01-20", end: "2016-01-28" },
  xiii: { start: "2021-01-25", end: "2021-02-01" },
  xiv: { start: "2026-01-19", end: "2026-01-23" },
};

/** `đến khi tổ chức thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng` (folded): a range that ends with a National Congress. */
const UNTIL_CONGRESS = /(?<![a-z])(?:den|toi) (?:khi )?(?:(?:to chuc )?thanh cong |ket thuc |be mac |hoan thanh )?dai hoi (?:dai bieu )?toan quoc lan thu (xi|xii|xiii|xiv)(?![a-z])/;

function anchorRelative(folded: string, context: TimingContext, result: Resolution): TimingItem[] | null {
  if (!/(truoc|sau)/.test(folded)) return null;
  const match = ANCHOR_DIRECTION_FIRST.exec(folded) ?? ANCHOR_NUMBER_FIRST.exec(folded) ?? numberAfterDirection(ANCHOR_NUMBER_MIDDLE.exec(folded));
  if (!match) return beforeCeremony(folded, context, result);
  const numberFirst = /^\d/.test(match[1]!);
  const direction = numberFirst ? match[3]! : match[1]!;
  const targetWords = numberFirst ? match[4]! : match[2]!;
  const count = Number(numberFirst ? match[1] : match[3]) * ((numberFirst ? match[2] : match[4]) === "tuan" ? 7 : 1);
  const event = EVENT_KEY.exec(targetWords)?.[1];
  const anchor = event
    ? eventAnchor(event, context, result)
    : targetWords.includes("ky niem") && targetWords.startsWith("ngay")
      ? context.occasions?.[0]
      : ceremonyAnchor(context, result);
  if (!anchor) {
    result.unresolved = { reason: "needs-anchor", text: toNfc(result.phrase).slice(match.index, match.index + match[0].length) };
    if (event) result.notes.push(`Kế hoạch chưa ghi ngày ${EVENT_NAMES[event]}: cần ngày đó để tính.`);
    return [];
  }
  const day = addDays(anchor, direction === "truoc" ? -count : count);
  const due = /(?<![a-z])(cham nhat|han cuoi|muon nhat|hoan thanh)(?![a-z])/.test(folded.slice(0, match.index + 12));
  return [due ? { kind: "deadline", start: day, end: day, rule: "event-deadline" } : { kind: "span", start: day, end: day, role: "main", rule: event ? "event-relative" : "ceremony-relative" }];
}

const EVENT_NAMES: Record<string, string> = { "khai mac": "khai mạc", "be mac": "bế mạc", "bau cu": "bầu cử", "dai hoi": "Đại hội", "hoi nghi": "hội nghị" };

/**
 * The day of an event the plan dates elsewhere; an election's from the national table; an
 * opening or congress without a date of its own is the ceremony's (provisional likewise).
 */
function eventAnchor(event: string, context: TimingContext, result: Resolution): IsoDate | undefined {
  const dated = context.events?.[event];
  if (dated) return dated.slice(0, 10);
  if (event === "bau cu") {
    const reference = parsePartialIso(context.issued)?.year ?? parsePartialIso(context.occasions?.[0])?.year;
    const day = reference === undefined ? undefined : ELECTION_DAYS.find((d) => Math.abs(Number(d.slice(0, 4)) - reference) <= 1 && (!context.issued || d >= context.issued.slice(0, 10)));
    if (day) result.notes.push(`Ngày bầu cử: ${day} (theo Nghị quyết của Quốc hội).`);
    return day;
  }
  if (event === "be mac") return undefined;
  return context.ceremony ? ceremonyAnchor(context, result) : undefined;
}

/**
 * The ceremony's day; while it has none (`Dự kiến trong tháng 01/2024`), the main occasion's,
 * and the result is provisional (convention 12).
 */
function ceremonyAnchor(context: TimingContext, result: Resolution): IsoDate | undefined {
  if (parsePartialIso(context.ceremony)?.day !== undefined) return context.ceremony!.slice(0, 10);
  const occasion = context.occasions?.[0];
  if (occasion) {
    result.provisional = true;
    result.notes.push(`Lễ kỷ niệm chưa có ngày cụ thể: tạm tính theo ngày kỷ niệm ${occasion}.`);
  }
  return occasion;
}

/** `trước Lễ kỷ niệm` with no number of days: due the day before the ceremony. */
function beforeCeremony(folded: string, context: TimingContext, result: Resolution): TimingItem[] | null {
  if (!/(?<![a-z])truoc (?:khi (?:dien ra|to chuc) )?(?:buoi |ngay )?le ky niem(?![a-z])/.test(folded)) return null;
  const anchor = ceremonyAnchor(context, result);
  if (!anchor) {
    result.unresolved = { reason: "needs-anchor", text: "trước Lễ kỷ niệm" };
    return [];
  }
  const due = addDays(anchor, -1);
  return [{ kind: "deadline", start: due, end: due, rule: "before-ceremony" }];
}

/** `trước 05 ngày diễn ra lễ`: reorders the groups to the `05 ngày trước lễ` form. */
function numberAfterDirection(match: RegExpExecArray | null): RegExpExecArray | null {
  if (!match) return null;
  const reordered = [match[0], match[2]!, match[3]!, match[1]!, match[4]!] as unknown as RegExpExecArray;
  reordered.index = match.index;
  return reordered;
}

/** `trước từng sự kiện 20 ngày và sau mỗi sự kiện 05 ngày` (convention 13). */
function occasionWindows(folded: string, context: TimingContext): TimingItem[] | null {
  const match = /truoc\s+(?:tung|moi|cac)\s+(?:su kien|ngay ky niem|ngay le)\s+(\d{1,3})\s+ngay(?:\s*(?:,|va)?\s*sau\s+(?:tung|moi|cac|khi)?\s*(?:su kien|ngay ky niem|ngay le)\s+(\d{1,3})\s+ngay)?/.exec(folded);
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

/**
 * Convention 22: next to a date a weekday is a check (the date wins); with a period it
 * selects those weekdays of it (a weekly recurrence).
 */
/** Whether only punctuation, brackets or `ngày` stand between two token positions. */
function onlyJoiners(tokens: Token[], from: number, to: number): boolean {
  if (from > to || to - from > 3) return false;
  return tokens.slice(from, to).every((t) => t.text === "," || t.text === "(" || t.text === ")" || t.text === "ngay" || t.text === "-");
}

function applyWeekdays(result: Resolution, weekdays: WeekdayAtom[], groups: Group[], folded: string, context: TimingContext, beside = false): void {
  if (weekdays.length === 0) return;
  const selected = flatMapOf(weekdays, (w) => w.days);
  const days = result.items.filter((i) => i.kind === "span" && i.start === i.end);
  if (days.length > 0 && groups.every((g) => g.atoms.every((a) => a.grain === "day"))) {
    for (const [index, item] of days.entries()) {
      const expected = weekdays[Math.min(index, weekdays.length - 1)]!.days[0]!;
      const actual = weekday(item.start);
      if (WEEKDAY_INDEX[expected] === actual) continue;
      const name = Object.keys(WEEKDAY_INDEX).find((k) => WEEKDAY_INDEX[k] === actual)!;
      const corrected = provenMisprint(item.start, WEEKDAY_INDEX[expected]!, context);
      if (corrected) {
        result.notes.push(`Cảnh báo: ngày ${item.start} là ${WEEKDAY_NAMES[name]}, không phải ${WEEKDAY_NAMES[expected]}; ngày ${corrected} đúng là ${WEEKDAY_NAMES[expected]}: hiểu là ngày ${corrected} (có thể in nhầm).`);
        item.start = item.end = corrected;
      } else {
        result.notes.push(`Cảnh báo: ngày ${item.start} là ${WEEKDAY_NAMES[name]}, không phải ${WEEKDAY_NAMES[expected]}; giữ ngày đã ghi.`);
      }
    }
    return;
  }
  if (beside) return;
  // `mỗi tháng … thứ Hai tuần đầu tiên`: a monthly recurrence (applyRecurrence), not these weekdays of a period.
  if (/(?<![a-z])(hang|moi|dinh ky) thang(?![a-z])/.test(folded) && weekOrdinal(folded) !== null) return;
  const period = result.items.find((i) => i.kind === "span");
  const weekly = /(?<![a-z])(hang|moi) tuan(?![a-z])/.test(folded);
  if (!period && !weekly) return;
  const from = period?.start ?? recurrenceStart(context);
  const until = period?.end ?? recurrenceEnd(from, context);
  if (!from || !until) return;
  const occurrences = weekdayOccurrences(selected, from, until);
  if (!occurrences) return;
  if (period) result.items.splice(result.items.indexOf(period), 1);
  const byDay = [...selected].sort((a, b) => WEEKDAY_INDEX[a]! - WEEKDAY_INDEX[b]!).join(",");
  result.items.push({ kind: "recurring", start: occurrences.first, end: occurrences.last, rrule: `FREQ=WEEKLY;BYDAY=${byDay}`, rule: "weekdays" });
}

/**
 * The one reading of a misprinted day that the weekday written beside it proves (convention
 * 31): the year before or after, or day and month swapped. Null when none or several fit.
 */
function provenMisprint(date: IsoDate, wanted: number, context: TimingContext): IsoDate | null {
  const [year, month, day] = parseIsoDate(date);
  const readings = [isoDate(year - 1, month, day), isoDate(year + 1, month, day)];
  if (day <= 12 && day !== month) readings.push(isoDate(year, day, month));
  // A date that fits the plan's time (from its issue date to two years after) stands as written.
  const issued = issuedStart(context);
  const plausible = (d: IsoDate) => issued === null || (d >= issued && d <= addDays(issued, 730));
  if (issued !== null && plausible(date)) return null;
  const fits = readings.filter((d) => isIsoDate(d) && weekday(d) === wanted && plausible(d));
  return fits.length === 1 ? fits[0]! : null;
}

function weekdayOccurrences(days: string[], from: IsoDate, until: IsoDate): { first: IsoDate; last: IsoDate } | null {
  const wanted = new Set(days.map((d) => WEEKDAY_INDEX[d]));
  let first: IsoDate | null = null;
  for (let d = from, i = 0; d <= until && i < 7; d = addDays(d, 1), i++) if (wanted.has(weekday(d))) first ??= d;
  let last: IsoDate | null = null;
  for (let d = until, i = 0; d >= from && i < 7; d = addDays(d, -1), i++) if (wanted.has(weekday(d))) last ??= d;
  return first && last ? { first, last } : null;
}

/** Conventions 14 and 23: clock times or a part of the day on a given day become a timed item. */
function applyClockTimes(result: Resolution, tokens: Token[], times: TimeAtom[], duration: number): void {
  const dayIndex = result.items.findIndex((i) => i.kind === "span" && i.start === i.end);
  if (dayIndex < 0) {
    timedRange(result, tokens, times);
    return;
  }
  const day = result.items[dayIndex]!.start;
  let start: [number, number] | null = null;
  let end: [number, number] | null = null;
  if (times.length > 0) {
    start = [times[0]!.hour, times[0]!.minute];
    if (times.length > 1) end = [times[1]!.hour, times[1]!.minute];
  } else {
    const words = new Set(tokens.map((t) => t.text));
    const part = Object.keys(PART_OF_DAY).find((w) => words.has(w)) ?? (words.has("½") || /(?<![a-z])nua ngay/.test(tokens.map((t) => t.text).join(" ")) ? "sang" : null);
    if (!part) return;
    const [h1, m1, h2, m2] = PART_OF_DAY[part]!;
    start = [h1, m1];
    end = [h2, m2];
  }
  const firstTime = times[0];
  if (firstTime && firstTime.from > 0 && tokens[firstTime.from - 1]!.text === "truoc") {
    // `trước 16h00 ngày 15/3`: due that day, by that hour.
    result.items[dayIndex] = { kind: "deadline", start: day, end: day, rule: "deadline-on" };
    result.notes.push(`Hạn trước ${String(firstTime.hour).padStart(2, "0")}:${String(firstTime.minute).padStart(2, "0")} ngày ${day}.`);
    return;
  }
  // `½ ngày, bắt đầu lúc 08h00`, `1,5 ngày (bắt đầu từ 13h30 …)`: working sessions from the start (morning to 11:30, afternoon to 17:00).
  const days = times.length === 1 ? sessionDays(tokens, times[0]!) : null;
  // Up to two working days from a start time (`½ ngày`, `1,5 ngày`); longer runs are spans of days (`trong 04 ngày`).
  if (days !== null && days <= 2) {
    const sessions = Math.max(1, Math.round(days * 2));
    const afternoon = start[0] * 60 + start[1] >= 12 * 60;
    const last = (afternoon ? 1 : 0) + sessions - 1;
    const endDay = addDays(day, Math.floor(last / 2));
    result.items[dayIndex] = {
      kind: "timed",
      start: localDateTime(day, start[0], start[1]),
      end: last % 2 === 0 ? localDateTime(endDay, 11, 30) : localDateTime(endDay, 17, 0),
      rule: "clock-sessions",
    };
    result.notes.push(`Kéo dài ${days} ngày làm việc: đến hết buổi ${last % 2 === 0 ? "sáng" : "chiều"} ngày ${endDay}.`);
    return;
  }
  if (!end || end[0] * 60 + end[1] <= start[0] * 60 + start[1]) {
    const minutes = duration > 0 ? duration : DEFAULT_EVENT_MINUTES;
    const finish = start[0] * 60 + start[1] + minutes;
    end = finish < 24 * 60 ? [Math.floor(finish / 60), finish % 60] : [23, 59];
    result.notes.push(duration > 0 ? `Giờ kết thúc tính theo thời lượng chương trình (${duration} phút).` : "Chưa ghi giờ kết thúc: tạm tính 2 giờ.");
  }
  result.items[dayIndex] = {
    kind: "timed",
    start: localDateTime(day, start[0], start[1]),
    end: localDateTime(day, end[0], end[1]),
    rule: times.length > 0 ? "clock" : "part-of-day",
  };
}

/**
 * `từ 18h00 ngày 22/11/2025 đến 03h00 ngày 23/11/2025`: a range whose two ends both have their
 * clock time, over a night or two, is one timed item from the first to the last (a night's
 * maintenance, an overnight vigil), not days.
 */
function timedRange(result: Resolution, tokens: Token[], times: TimeAtom[]): void {
  if (times.length !== 2 || result.items.length !== 1) return;
  const range = result.items[0]!;
  // Longer runs (`từ 7 giờ ngày 05/3 đến 16 giờ 30 ngày 20/3`, a window to file papers) stay spans of days: a calendar shows them all-day.
  if (range.kind !== "span" || range.start >= range.end || addDays(range.start, 2) < range.end) return;
  const [first, second] = times as [TimeAtom, TimeAtom];
  const linked = tokens.slice(first.to, second.from).some((t) => t.text === "den" || t.text === "toi" || t.text === "-");
  if (!linked) return;
  result.items[0] = { kind: "timed", start: localDateTime(range.start, first.hour, first.minute), end: localDateTime(range.end, second.hour, second.minute), rule: "clock-range" };
}

/** `½ ngày`, `nửa ngày`, `1,5 ngày`, `02 ngày`: how many working days an event with a start time lasts, or null. */
function sessionDays(tokens: Token[], time: TimeAtom): number | null {
  for (let i = 0; i < tokens.length; i++) {
    if (i >= time.from && i < time.to) continue;
    const next = tokens[i + 1]?.text;
    if (tokens[i]!.text === "½" && next === "ngay") return 0.5;
    if (tokens[i]!.text === "nua" && next === "ngay") return 0.5;
    if (tokens[i]!.type === "num" && tokens[i + 1]?.text === "," && tokens[i + 2]?.type === "num" && tokens[i + 3]?.text === "ngay") return Number(`${tokens[i]!.text}.${tokens[i + 2]!.text}`);
    const count = Number(tokens[i]!.text);
    if (tokens[i]!.type === "num" && next === "ngay" && tokens[i - 1]?.text !== "/" && tokens[i - 1]?.text !== "," && count >= 1 && count <= 5) return count;
  }
  return null;
}

function issuedStart(context: TimingContext): IsoDate | null {
  const issued = parsePartialIso(context.issued);
  return issued ? isoDate(issued.year, issued.month ?? 1, issued.day ?? 1) : null;
}

/**
 * Where a recurrence with no period of its own starts: the issue date, else (a plan read without
 * one) its year's first day; a plan issued before the period it covers (`giai đoạn 2026 - 2030`,
 * issued in November 2025) starts its recurring work with that period.
 */
function recurrenceStart(context: TimingContext): IsoDate | null {
  const issued = issuedStart(context) ?? (context.year ? isoDate(context.year, 1, 1) : null);
  const periodStart = context.period?.start as IsoDate | undefined;
  return periodStart && issued && periodStart > issued ? periodStart : issued;
}

const SIX_MONTHLY = /(?<![a-z])(?:dinh ky|moi) (?:6|06|sau) thang(?![a-z])|(?<![a-z])(?:6|06|sau) thang (?:mot|1) lan(?![a-z])/;
/** `(tối thiểu) một lần/năm`, `01 lần/quý`: once in each period. */
const ONCE_PER = "(?:mot|1|01) lan ?/ ?";
const RECURRENCES: Array<[RegExp, "monthly" | "quarterly" | "weekly" | "yearly"]> = [
  [new RegExp(`(?<![a-z])(?:(?:hang|moi|dinh ky|dinh ky hang) |${ONCE_PER})nam(?![a-z])`), "yearly"],
  [new RegExp(`(?<![a-z])(?:(?:hang|moi|dinh ky) |${ONCE_PER})quy(?![a-z])`), "quarterly"],
  [new RegExp(`(?<![a-z])(?:(?:hang|moi|dinh ky) |${ONCE_PER})thang(?![a-z])`), "monthly"],
  [new RegExp(`(?<![a-z])(?:(?:hang|moi|dinh ky) |${ONCE_PER})tuan(?![a-z])`), "weekly"],
];
/** `Định kỳ báo cáo … trước ngày 20/11` with no year and no other period: a report due each year. */
const PERIODIC_DAY = /(?<![a-z])dinh ky(?![a-z]).*?(?<![a-z])ngay \d{1,2} ?(?:\/ ?\d{1,2}(?! ?\/)|thang \d{1,2}(?! nam))(?![\d/])/;

/**
 * A recurrence with no period of its own runs to the end of the plan's period (a plan of many
 * years), else to the main occasion, else to the end of the year it starts in.
 */
function recurrenceEnd(from: IsoDate | null, context: TimingContext): IsoDate | null {
  if (context.period && (!from || context.period.end > from)) return context.period.end as IsoDate;
  // An occasion the plan was issued after (a wave of work for last New Year) ends nothing that starts now.
  const occasion = context.occasions?.[0];
  if (occasion && (!from || addDays(occasion, -1) > from)) return addDays(occasion, -1);
  return from ? `${from.slice(0, 4)}-12-31` : null;
}

/** `thứ Hai tuần đầu tiên`, `tuần cuối cùng`, `tuần thứ 2` of a month: the n-th (or last, -1) such weekday. */
function weekOrdinal(folded: string): number | null {
  if (/(?<![a-z])tuan (dau tien|dau|thu nhat|1)(?![a-z0-9])/.test(folded)) return 1;
  if (/(?<![a-z])tuan (cuoi cung|cuoi)(?![a-z])/.test(folded)) return -1;
  const nth = /(?<![a-z])tuan thu (\d)(?![0-9])/.exec(folded);
  return nth && Number(nth[1]) <= 4 ? Number(nth[1]) : null;
}

/** Convention 15: `hàng tháng`, `định kỳ hàng quý`, `hàng tuần`; `ngày 25 hàng tháng`; `sáng thứ Hai tuần đầu tiên` of every month. */
function applyRecurrence(result: Resolution, folded: string, weekdays: WeekdayAtom[], context: TimingContext): void {
  if (result.items.some((i) => i.kind === "recurring")) return;
  // `Định kỳ 6 tháng`, `6 tháng một lần`: at the end of each half year (and `hàng năm` beside it is its own).
  if (SIX_MONTHLY.test(folded)) {
    const from = recurrenceStart(context);
    const until = recurrenceEnd(from, context);
    const occurrence = from && until ? recurrenceBounds("half-yearly", from, until) : null;
    if (occurrence) {
      result.items.push({ kind: "recurring", start: occurrence.first, end: occurrence.last, rrule: occurrence.rrule, rule: "recurring-half-yearly" });
      result.unresolved = null;
      if (RECURRENCES[0]![0].test(folded)) applyYearly(result, folded, context);
      return;
    }
  }
  if (folded.includes("lien ke") && applyFollowing(result, folded, context)) return;
  if (!(folded.includes("hang") || folded.includes("moi") || folded.includes("dinh ky") || folded.includes("lan"))) return;
  const found = RECURRENCES.find(([pattern]) => pattern.test(folded));
  if (!found) {
    if (PERIODIC_DAY.test(folded) && !SIX_MONTHLY.test(folded)) applyYearly(result, folded, context);
    return;
  }
  const frequency = found[1];
  if (frequency === "yearly") return applyYearly(result, folded, context);
  const dayOfMonth = /(?<![a-z])(truoc )?ngay (\d{1,2}) (?:cua )?(?:hang|moi) thang/.exec(folded);
  // A single day written with the recurrence is its day of the month, not a period.
  const period = dayOfMonth ? undefined : result.items.find((i) => i.kind === "span");
  const from = period?.start ?? recurrenceStart(context);
  const until = period?.end ?? recurrenceEnd(from, context);
  if (!from || !until) {
    result.notes.push("Lặp lại định kỳ nhưng không rõ từ khi nào đến khi nào.");
    return;
  }
  const monthDay = dayOfMonth ? Number(dayOfMonth[2]) - (dayOfMonth[1] ? 1 : 0) : null;
  const ordinal = frequency === "monthly" && weekdays.length === 1 && weekdays[0]!.days.length === 1 ? weekOrdinal(folded) : null;
  const occurrence =
    ordinal !== null
      ? nthWeekdayBounds(weekdays[0]!.days[0]!, ordinal, from, until)
      : frequency === "monthly" && monthDay && monthDay >= 1 && monthDay <= 28
        ? monthDayBounds(monthDay, from, until)
        : recurrenceBounds(frequency, from, until);
  if (!occurrence) return;
  result.items = result.items.filter((i) => i !== period && !(dayOfMonth && i.kind !== "recurring"));
  result.items.push({ kind: "recurring", start: occurrence.first, end: occurrence.last, rrule: occurrence.rrule, rule: `recurring-${frequency}` });
  result.unresolved = null;
}

/** `ngày 05 của tháng liền kề`: a day of the month after each month, no month named. */
const DAY_OF_FOLLOWING_MONTH = /(?<![a-z])(truoc )?ngay (\d{1,2}) (?:cua )?thang (?:lien ke|ke tiep)(?![a-z])/;
/** `ngày 31/01 năm liền kề` (after each year), `ngày 31/12 năm trước liền kề` (before each year). */
const FOLLOWING_YEAR = /(?<![a-z])nam (truoc )?lien ke(?![a-z])/;

/**
 * Convention 15, the reporting formulas of plans: `trước ngày 05 của tháng liền kề` is every
 * month's report, due before the 5th of the month after it (the first due in the month after the
 * plan's, the last before the period's end); in a plan of many years, `trước ngày 31/01 năm liền kề` is every year's, due in the year
 * after it (the first year's in the second, the one before the last year's in the last), and
 * `chậm nhất ngày 31/12 năm trước liền kề` is due in the year before each year the plan covers.
 * In a plan of one year `năm liền kề` is simply the next year: its date as written.
 */
function applyFollowing(result: Resolution, folded: string, context: TimingContext): boolean {
  const from = recurrenceStart(context);
  const until = from ? recurrenceEnd(from, context) : null;
  if (!from || !until) return false;
  const monthly = DAY_OF_FOLLOWING_MONTH.exec(folded);
  if (monthly) {
    const day = Number(monthly[2]) - (monthly[1] ? 1 : 0);
    // The first report is of the month the plan is issued in, due in the month after it.
    const [year, month] = parseIsoDate(from);
    const afterIssue = addDays(monthEnd(year, month), 1);
    const occurrence = day >= 1 && day <= 28 ? monthDayBounds(day, afterIssue, until) : null;
    if (!occurrence) return false;
    result.items = [{ kind: "recurring", start: occurrence.first, end: occurrence.last, rrule: occurrence.rrule, rule: "recurring-monthly" }];
    result.unresolved = null;
    return true;
  }
  const yearly = FOLLOWING_YEAR.exec(folded);
  const dated = result.items.find((i) => i.kind === "deadline" || i.kind === "span");
  const period = context.period;
  if (!yearly || !dated || !period || period.start.slice(0, 4) === period.end.slice(0, 4)) return false;
  const monthDay = dated.end.slice(5, 10);
  const [firstYear, lastYear] = yearly[1] ? [Number(from.slice(0, 4)), Number(until.slice(0, 4)) - 1] : [Number(from.slice(0, 4)) + 1, Number(until.slice(0, 4))];
  let first = `${firstYear}-${monthDay}` as IsoDate;
  if (first < from) first = `${firstYear + 1}-${monthDay}` as IsoDate;
  const last = `${lastYear}-${monthDay}` as IsoDate;
  if (first > last) return false;
  const [, month, dayOfMonth] = parseIsoDate(first);
  result.items = result.items.filter((i) => i !== dated);
  result.items.push({ kind: "recurring", start: first, end: last, rrule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${dayOfMonth}`, rule: "recurring-yearly" });
  result.unresolved = null;
  return true;
}

/** Words before `hằng năm` that make it part of a name (`dự toán ngân sách hằng năm`, `kế hoạch hằng năm`), not a time. */
const YEARLY_NAMES = /(?<![a-z])(ngan sach|du toan|ke hoach|chuong trinh|chi tieu|nhiem vu|cong tac|danh gia|xep loai|dien tap)\s+(hang|moi) nam/;

/**
 * `hằng năm`: once a year, on the day the phrase gives (`trước ngày 10/12 hằng năm`, `trong
 * tháng 6 hằng năm`: the period's last day), else on 31 December; from the plan's issue date
 * to the main occasion or the end of that year (a plan of many years says so with its occasions).
 */
function applyYearly(result: Resolution, folded: string, context: TimingContext): void {
  if (YEARLY_NAMES.test(folded)) return;
  const dated = result.items.find((i) => i.kind === "span" || i.kind === "deadline");
  // `Theo kế hoạch công tác tư pháp hàng năm`: the work follows a yearly plan, which this one does not date.
  if (!dated && FOLLOWS_A_PLAN.test(folded)) return;
  const from = recurrenceStart(context);
  if (!from && !dated) return;
  let day = dated?.end.slice(0, 10) ?? `${from!.slice(0, 4)}-12-31`;
  // `trước ngày 15/12 hằng năm` read in the year of issue, for a plan whose period starts later: its first time is in the period.
  if (from && dated && day < from) {
    day = `${from.slice(0, 4)}${day.slice(4)}`;
    if (day < from) day = `${Number(from.slice(0, 4)) + 1}${day.slice(4)}`;
  }
  const [, month, dayOfMonth] = parseIsoDate(day);
  const until = recurrenceEnd(from ?? day, context) ?? day;
  let last = `${until.slice(0, 4)}-${day.slice(5)}`;
  if (last > until) last = `${Number(until.slice(0, 4)) - 1}-${day.slice(5)}`;
  if (last < day) last = day;
  result.items = result.items.filter((i) => i !== dated);
  result.items.push({ kind: "recurring", start: day, end: last, rrule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${dayOfMonth}`, rule: "recurring-yearly" });
  result.unresolved = null;
}

/** The n-th (or, for -1, the last) `day` of a month. */
function nthWeekdayOf(year: number, month: number, day: string, ordinal: number): IsoDate {
  const wanted = WEEKDAY_INDEX[day]!;
  if (ordinal > 0) {
    const first = monthStart(year, month);
    const offset = (wanted - weekday(first) + 7) % 7;
    return addDays(first, offset + 7 * (ordinal - 1));
  }
  const last = monthEnd(year, month);
  return addDays(last, -((weekday(last) - wanted + 7) % 7));
}

function nthWeekdayBounds(day: string, ordinal: number, from: IsoDate, until: IsoDate): { first: IsoDate; last: IsoDate; rrule: string } | null {
  const [fromYear, fromMonth] = parseIsoDate(from);
  const [untilYear, untilMonth] = parseIsoDate(until);
  let first = nthWeekdayOf(fromYear, fromMonth, day, ordinal);
  if (first < from) first = fromMonth === 12 ? nthWeekdayOf(fromYear + 1, 1, day, ordinal) : nthWeekdayOf(fromYear, fromMonth + 1, day, ordinal);
  let last = nthWeekdayOf(untilYear, untilMonth, day, ordinal);
  if (last > until) last = untilMonth === 1 ? nthWeekdayOf(untilYear - 1, 12, day, ordinal) : nthWeekdayOf(untilYear, untilMonth - 1, day, ordinal);
  return first > last ? null : { first, last, rrule: `FREQ=MONTHLY;BYDAY=${ordinal}${day}` };
}

function monthDayBounds(day: number, from: IsoDate, until: IsoDate): { first: IsoDate; last: IsoDate; rrule: string } | null {
  const [fromYear, fromMonth] = parseIsoDate(from);
  const [untilYear, untilMonth] = parseIsoDate(until);
  let first = isoDate(fromYear, fromMonth, day);
  if (first < from) first = fromMonth === 12 ? isoDate(fromYear + 1, 1, day) : isoDate(fromYear, fromMonth + 1, day);
  let last = isoDate(untilYear, untilMonth, day);
  if (last > until) last = untilMonth === 1 ? isoDate(untilYear - 1, 12, day) : isoDate(untilYear, untilMonth - 1, day);
  return first > last ? null : { first, last, rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}` };
}

function recurrenceBounds(frequency: "monthly" | "quarterly" | "half-yearly" | "weekly", from: IsoDate, until: IsoDate): { first: IsoDate; last: IsoDate; rrule: string } | null {
  if (frequency === "weekly") {
    const bounds = weekdayOccurrences(["FR"], from, until);
    return bounds ? Object.assign({}, bounds, { rrule: "FREQ=WEEKLY;BYDAY=FR" }) : null;
  }
  const step = frequency === "monthly" ? 1 : frequency === "quarterly" ? 3 : 6;
  const [fromYear, fromMonth] = parseIsoDate(from);
  const first = monthEnd(fromYear, Math.ceil(fromMonth / step) * step);
  let [lastYear, lastMonth] = parseIsoDate(until);
  lastMonth = Math.ceil(lastMonth / step) * step;
  let last = monthEnd(lastYear, lastMonth);
  if (last > until) {
    lastMonth -= step;
    if (lastMonth < 1) {
      lastMonth += 12;
      lastYear -= 1;
    }
    last = monthEnd(lastYear, lastMonth);
  }
  if (first > last) return null;
  return { first, last, rrule: step === 1 ? "FREQ=MONTHLY;BYMONTHDAY=-1" : `FREQ=MONTHLY;INTERVAL=${step};BYMONTHDAY=-1` };
}
