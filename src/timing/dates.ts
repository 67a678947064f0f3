/**
 * Calendar dates as `YYYY-MM-DD` strings and exact integer arithmetic on them. A calendar date
 * has no time zone, so no zone lookup is needed; this is also the resolver's hot path, where
 * luxon's zone-aware DateTime cost more than everything else put together.
 */

export const ZONE = "Asia/Ho_Chi_Minh";

/** A local calendar date in Asia/Ho_Chi_Minh as `YYYY-MM-DD`. */
export type IsoDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isValidDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The years a plan's own dates (ceremonies, issue dates, contexts people send) may fall in. */
export const PLAUSIBLE_YEARS = { first: 1900, last: 2100 } as const;

/** A real calendar day, `YYYY-MM-DD`, or a month, `YYYY-MM`, within PLAUSIBLE_YEARS. */
export function isPlausibleDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < PLAUSIBLE_YEARS.first || year > PLAUSIBLE_YEARS.last) return false;
  return match[3] === undefined ? Number(match[2]) >= 1 && Number(match[2]) <= 12 : isValidDate(year, Number(match[2]), Number(match[3]));
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function parseIsoDate(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = parseIsoDate(date);
  return dayNumber(y, m, d);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function monthStart(year: number, month: number): IsoDate {
  return isoDate(year, month, 1);
}

export function monthEnd(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
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

/** `YYYY-MM-DD` of an instant in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function vietnamDay(now: Date): IsoDate {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** How people read a date: `2025-04-18T19:00+07:00` → `18/04/2025 19:00`; a month, `2025-04` → `tháng 04/2025`. */
export function vietnameseDate(value: string): string {
  const [date, time] = value.split("T");
  const [y, m, d] = date!.split("-");
  if (!d) return `tháng ${m}/${y}`;
  return `${d}/${m}/${y}${time ? ` ${time.slice(0, 5)}` : ""}`;
}
