import type { DateAtom } from "./atoms.ts";
import { daysInMonth, isoDate, monthEnd, monthStart, type IsoDate } from "./dates.ts";

export interface Interval {
  start: IsoDate;
  end: IsoDate;
}

const THIRDS: Record<string, [number, number | null]> = { early: [1, 10], mid: [11, 20], late: [21, null] };

function monthsInterval(year: number, first: number, last: number): Interval {
  return { start: monthStart(year, first), end: monthEnd(year, last) };
}

/** The days an atom covers, once its year is known (conventions 1, 3–6, 21). */
export function atomInterval(atom: DateAtom & { year: number }): Interval {
  const { year } = atom;
  switch (atom.grain) {
    case "day":
      return { start: isoDate(year, atom.month!, atom.day!), end: isoDate(year, atom.month!, atom.day!) };
    case "week": {
      const [first, last] = atom.weeks!;
      const lastDay = last >= 5 ? daysInMonth(year, atom.month!) : 7 * last;
      return { start: isoDate(year, atom.month!, 7 * (first - 1) + 1), end: isoDate(year, atom.month!, lastDay) };
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

/** The first month an atom touches, used to place a missing year (convention 18). */
export function atomFirstMonth(atom: DateAtom): number {
  if (atom.month !== undefined) return atom.month;
  if (atom.quarter !== undefined) return 3 * atom.quarter - 2;
  if (atom.half !== undefined) return atom.half === 1 ? 1 : 7;
  return 1;
}

/** Sorted intervals with touching or overlapping ones merged. */
export function mergeAdjacent(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start.localeCompare(b.start));
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && dayAfter(last.end) >= interval.start) {
      if (interval.end > last.end) last.end = interval.end;
    } else {
      merged.push({ ...interval });
    }
  }
  return merged;
}

function dayAfter(date: IsoDate): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return d < daysInMonth(y, m) ? isoDate(y, m, d + 1) : m < 12 ? isoDate(y, m + 1, 1) : isoDate(y + 1, 1, 1);
}
