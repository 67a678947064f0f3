/**
 * The Vietnamese lunisolar calendar, computed astronomically for UTC+7 (after Hồ Ngọc Đức's
 * algorithm). Computing for UTC+7 rather than UTC+8 is what makes it differ from the
 * Chinese calendar in some years (Tết 1985: 21 January here, 20 February in China).
 */
import { flatMapOf } from "../text/lists.ts";

const TIME_ZONE = 7;
const { floor, sin, PI } = Math;

function jdFromDate(day: number, month: number, year: number): number {
  const a = floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  let jd = day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045;
  if (jd < 2299161) jd = day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - 32083;
  return jd;
}

function jdToDate(jd: number): [number, number, number] {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = floor((4 * a + 3) / 146097);
    c = a - floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = floor((4 * c + 3) / 1461);
  const e = c - floor((1461 * d) / 4);
  const m = floor((5 * e + 2) / 153);
  return [e - floor((153 * m + 2) / 5) + 1, m + 3 - 12 * floor(m / 10), b * 100 + d - 4800 + floor(m / 10)];
}

/** Julian day of the k-th new moon after 1900-01-01 (Meeus, Astronomical Algorithms). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * sin(M * dr) + 0.0021 * sin(2 * dr * M);
  C1 = C1 - 0.4068 * sin(Mpr * dr) + 0.0161 * sin(dr * 2 * Mpr);
  C1 -= 0.0004 * sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * sin(dr * 2 * F) - 0.0051 * sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * sin(dr * (M - Mpr)) + 0.0004 * sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * sin(dr * (2 * F - M)) - 0.0006 * sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * sin(dr * (2 * F - Mpr)) + 0.0005 * sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** The sun's longitude in radians at a Julian day. */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * sin(dr * 2 * M) + 0.00029 * sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= PI * 2 * floor(L / (PI * 2));
  return L;
}

const sunSector = (dayNumber: number) => floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / PI) * 6);
const newMoonDay = (k: number) => floor(newMoon(k) + 0.5 + TIME_ZONE / 24);

/** The day the 11th lunar month (the one holding the winter solstice) begins, for a solar year. */
function lunarMonth11(year: number): number {
  const off = jdFromDate(31, 12, year) - 2415021;
  const k = floor(off / 29.530588853);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

function leapMonthOffset(a11: number): number {
  const k = floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

export function solarToLunar(day: number, month: number, year: number): LunarDate {
  const dayNumber = jdFromDate(day, month, year);
  // The estimate of the lunation can be one too far (e.g. 2054-05-07): step back until the month has begun.
  let k = floor((dayNumber - 2415021.076998695) / 29.530588853) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > dayNumber) monthStart = newMoonDay(--k);
  let a11 = lunarMonth11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/** The solar date `[day, month, year]` of a lunar date, or null when it does not exist. */
export function lunarToSolar(day: number, month: number, year: number, leap = false): [number, number, number] | null {
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1);
    b11 = lunarMonth11(year);
  } else {
    a11 = lunarMonth11(year);
    b11 = lunarMonth11(year + 1);
  }
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const k = floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  const monthStart = newMoonDay(k + off);
  const length = newMoonDay(k + off + 1) - monthStart;
  if (day < 1 || day > length) return null;
  return jdToDate(monthStart + day - 1);
}

/** Days in a lunar month (29 or 30). */
export function lunarMonthLength(month: number, year: number, leap = false): number {
  return lunarToSolar(30, month, year, leap) ? 30 : 29;
}

const CAN = ["giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy"];
const CHI = ["tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"];
const CHI_ALIASES: Record<string, string> = { mẹo: "mão", tí: "tý", tị: "tỵ" };
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").toLowerCase();
const CHI_FOLDED = CHI.map(fold);

/**
 * `Giáp Thìn` → its index in the 60-year cycle; null for an unknown name. Stems are matched
 * without accents (they are distinct, and `Qúy` is a common misspelling); branches with
 * accents where folding would confuse them (Tý, Tỵ).
 */
export function canChiIndex(can: string, chi: string): number | null {
  const stem = CAN.indexOf(fold(can));
  const lowerChi = chi.toLowerCase().normalize("NFC");
  let branch = CHI.indexOf(CHI_ALIASES[lowerChi] ?? lowerChi);
  if (branch < 0) {
    const folded = fold(lowerChi);
    const matches = flatMapOf(CHI_FOLDED, (name, index) => (name === folded ? [index] : []));
    branch = matches.length === 1 ? matches[0]! : -1;
  }
  if (stem < 0 || branch < 0 || stem % 2 !== branch % 2) return null;
  // Year Y has stem (Y + 6) % 10 and branch (Y + 8) % 12; solve within one 60-year cycle.
  for (let offset = 0; offset < 60; offset++) {
    if ((offset + 6) % 10 === stem && (offset + 8) % 12 === branch) return offset;
  }
  return null;
}

/** The year with that cycle index nearest to `reference`. */
export function nearestCycleYear(index: number, reference: number): number {
  const base = reference - (((reference - index) % 60) + 60) % 60;
  return reference - base > 30 ? base + 60 : base;
}

const CAN_NAMES = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"];

export function canChiName(year: number): string {
  const name = `${CAN_NAMES[(year + 6) % 10]} ${CHI[(year + 8) % 12]}`;
  return name.replace(/(^|\s)\p{Ll}/gu, (s) => s.toUpperCase());
}
