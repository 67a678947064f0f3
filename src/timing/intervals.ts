import type { DateAtom } from "./atoms.ts";
import { addDays, daysInMonth, isoDate, monthEnd, monthStart, type IsoDate } from "./dates.ts";
import { lunarMonthLength, lunarToSolar } from "./lunar.ts";

export interface Interval {
  start: IsoDate;
  end: IsoDate;
}

export type DatedAtom = DateAtom & { year: number };

const THIRDS: Record<string, [number, number | null]> = { early: [1, 10], mid: [11, 20], late: [21, null] };

function monthsInterval(year: number, first: number, last: number): Interval {
  return { start: monthStart(year, first), end: monthEnd(year, last) };
}

/** The days an atom covers once its year is known (conventions 1, 3–6, 21, 24); null if it does not exist. */
export function atomInterval(atom: DatedAtom): Interval | null {
  return atom.lunar ? lunarInterval(atom) : solarInterval(atom);
}

function solarInterval(atom: DatedAtom): Interval | null {
  const { year } = atom;
  switch (atom.grain) {
    case "day":
      if (atom.day! > daysInMonth(year, atom.month!)) return null;
      return { start: isoDate(year, atom.month!, atom.day!), end: isoDate(year, atom.month!, atom.day!) };
    case "days": {
      const startYear = atom.month! > atom.endMonth! ? year - 1 : year;
      if (atom.day! > daysInMonth(startYear, atom.month!) || atom.endDay! > daysInMonth(year, atom.endMonth!)) return null;
      return { start: isoDate(startYear, atom.month!, atom.day!), end: isoDate(year, atom.endMonth!, atom.endDay!) };
    }
    case "week": {
      const length = daysInMonth(year, atom.month!);
      if (atom.lastWeek) return { start: isoDate(year, atom.month!, length - 6), end: isoDate(year, atom.month!, length) };
      const [first, last] = atom.weeks!;
      return { start: isoDate(year, atom.month!, 7 * (first - 1) + 1), end: isoDate(year, atom.month!, last >= 5 ? length : 7 * last) };
    }
    case "month": {
      if (!atom.part) return monthsInterval(year, atom.month!, atom.month!);
      const [from, to] = THIRDS[atom.part]!;
      return { start: isoDate(year, atom.month!, from), end: isoDate(year, atom.month!, to ?? daysInMonth(year, atom.month!)) };
    }
    case "quarter": {
      const first = 3 * atom.quarter! - 2;
      const offset = atom.part === "early" ? 0 : atom.part === "mid" ? 1 : atom.part === "late" ? 2 : null;
      return offset === null ? monthsInterval(year, first, first + 2) : monthsInterval(year, first + offset, first + offset);
    }
    case "half":
      return atom.half === 1 ? monthsInterval(year, 1, 6) : monthsInterval(year, 7, 12);
    case "year":
      if (atom.part === "early") return monthsInterval(year, 1, 1);
      if (atom.part === "mid") return monthsInterval(year, 6, 7);
      if (atom.part === "late") return monthsInterval(year, 12, 12);
      return monthsInterval(year, 1, 12);
  }
}

function solar(day: number, month: number, year: number): IsoDate | null {
  const date = lunarToSolar(day, month, year);
  return date ? isoDate(date[2], date[1], date[0]) : null;
}

/** A lunar atom's solar days: its year is the lunar year. */
function lunarInterval(atom: DatedAtom): Interval | null {
  const { year } = atom;
  switch (atom.grain) {
    case "day": {
      const date = solar(atom.day!, atom.month!, year);
      return date ? { start: date, end: date } : null;
    }
    case "days": {
      const start = solar(atom.day!, atom.month!, atom.month! > atom.endMonth! ? year - 1 : year);
      const end = solar(atom.endDay!, atom.endMonth!, year);
      return start && end ? { start, end } : null;
    }
    case "month": {
      const start = solar(1, atom.month!, year);
      const end = solar(lunarMonthLength(atom.month!, year), atom.month!, year);
      return start && end ? { start, end } : null;
    }
    case "year": {
      const start = solar(1, 1, year);
      const next = solar(1, 1, year + 1);
      return start && next ? { start, end: addDays(next, -1) } : null;
    }
    default:
      return solarInterval(atom);
  }
}

/** The first month an atom touches, used to place a missing year (convention 18). */
const PART_OFFSET = { early: 0, mid: 1, late: 2 } as const;
const YEAR_PART_MONTH = { early: 1, mid: 6, late: 12 } as const;

export function atomFirstMonth(atom: DateAtom): number {
  if (atom.month !== undefined) return atom.month;
  if (atom.quarter !== undefined) return 3 * atom.quarter - 2 + (atom.part ? PART_OFFSET[atom.part] : 0);
  if (atom.grain === "year" && atom.part) return YEAR_PART_MONTH[atom.part];
  if (atom.half !== undefined) return atom.half === 1 ? 1 : 7;
  return 1;
}

/** Sorted intervals with touching or overlapping ones merged. */
export function mergeAdjacent(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)); // ISO dates: code-unit order
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.length > 0 ? merged[merged.length - 1] : undefined;
    if (last && addDays(last.end, 1) >= interval.start) {
      if (interval.end > last.end) last.end = interval.end;
    } else {
      merged.push(Object.assign({}, interval));
    }
  }
  return merged;
}
