import { DateTime } from "luxon";

export const ZONE = "Asia/Ho_Chi_Minh";

/** A local calendar date in Asia/Ho_Chi_Minh as `YYYY-MM-DD`. */
export type IsoDate = string;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

export function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

export function toDateTime(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: ZONE });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toDateTime(date).plus({ days }).toISODate()!;
}

export function daysInMonth(year: number, month: number): number {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: ZONE }).daysInMonth!;
}

export function monthStart(year: number, month: number): IsoDate {
  return isoDate(year, month, 1);
}

export function monthEnd(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DDTHH:MM+07:00`, the contract's form for clock times. */
export function localDateTime(date: IsoDate, hour: number, minute: number): string {
  return `${date}T${pad2(hour)}:${pad2(minute)}+07:00`;
}

/** Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` into its parts. */
export function parsePartialIso(
  value: string | null | undefined,
): { year: number; month?: number; day?: number; hour?: number; minute?: number } | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(value);
  if (!match) return null;
  const [, y, m, d, hh, mm] = match;
  return {
    year: Number(y),
    ...(m ? { month: Number(m) } : {}),
    ...(d ? { day: Number(d) } : {}),
    ...(hh ? { hour: Number(hh), minute: Number(mm) } : {}),
  };
}
