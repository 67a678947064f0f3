/**
 * The occasions a plan celebrates or times its work by: every anniversary span anywhere in it
 * (`70 năm Ngày giải phóng … (29/10/1954 - 29/10/2024)`, `(1975 – 2025)`), the official days
 * and festivals it names (`Quốc khánh 2/9`, `Tết Nguyên đán Ất Tỵ`, `80 năm Ngày thành lập
 * Quân đội nhân dân Việt Nam`), observed on another day when it says so (`Tết Dương lịch
 * (31/12/2024)`), and the national election it prepares. The title's first is the main one.
 */
import { matchesOf } from "../text/matches.ts";
import { trimEndOf } from "../text/trim.ts";
import { isoDate, isValidDate } from "../timing/dates.ts";
import { foldNfcPhrase, foldPhrase } from "../timing/lexer.ts";
import { canChiIndex, lunarToSolar, nearestCycleYear } from "../timing/lunar.ts";
import { ELECTIONS, HOLIDAYS, type Holiday } from "./holidays.ts";
import type { Line } from "./lines.ts";
import { parseHeading } from "./outline.ts";
import type { Occasion, Warning } from "./types.ts";

interface Source {
  text: string;
  /** 0 for the title. */
  line: number;
}

const SPAN = /(\d{1,3})\s+năm\s+([^()]{3,160}?)\s*:?\s*\(\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–]\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\)/gu;
const YEAR_SPAN = /(\d{1,3})\s+năm\s+([^()]{3,160}?)\s*:?\s*\(\s*(\d{4})\s*[-–]\s*(\d{4})\s*\)/gu;
/** Words before a named day that make the plan celebrate it or time its work by it. */
const CUE = /(?<![a-z])(ky niem|chao mung|nhan dip|dip|mung|huong toi|huong ve|truoc, trong va sau|truoc trong va sau|treo co|nghi|to chuc|don|vui|le|ngay|tet|ve nguon|thi dua|tuyen truyen)(?![a-z])[^.;:]{0,60}$/;

export function readOccasions(lines: Line[], title: string, issued: string | null): { occasions: Occasion[]; warnings: Warning[] } {
  const found: Occasion[] = [];
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const sources: Source[] = [{ text: title, line: 0 }, ...paragraphs(lines)];
  const add = (occasion: Occasion) => {
    if (seen.has(occasion.date)) {
      // `mừng Đảng` in the title, `95 năm Ngày thành lập Đảng` in the text: the anniversary names it better.
      const named = found.find((o) => o.date === occasion.date);
      if (named && named.years === null && occasion.years !== null) Object.assign(named, { name: occasion.name, origin: occasion.origin, years: occasion.years });
      return;
    }
    seen.add(occasion.date);
    found.push(occasion);
  };
  for (const source of sources) {
    if (!source.text.includes("(")) continue;
    for (const match of matchesOf(SPAN, source.text)) {
      const [, years, name, d1, m1, y1, d2, m2, y2] = match;
      if (!isValidDate(Number(y1), Number(m1), Number(d1)) || !isValidDate(Number(y2), Number(m2), Number(d2))) continue;
      const origin = isoDate(Number(y1), Number(m1), Number(d1));
      const date = isoDate(Number(y2), Number(m2), Number(d2));
      const count = Number(years);
      if (Number(y2) - Number(y1) !== count && !seen.has(date)) {
        warnings.push({
          line: source.line,
          code: "occasion-years-mismatch",
          message: `"${count} năm" không khớp với khoảng ngày ${d1}/${m1}/${y1} - ${d2}/${m2}/${y2}: giữ ngày ${date}.`,
        });
      }
      add({ name: `${count} năm ${cleanName(name!)}`, date, origin, years: count, main: found.length === 0 && source.line === 0 });
    }
    // `50 năm Ngày giải phóng miền Nam (1975 – 2025)`: the years only; the day is the named day's.
    for (const match of matchesOf(YEAR_SPAN, source.text)) {
      const [, years, name, y1, y2] = match;
      const holiday = holidayIn(foldPhrase(name!));
      if (!holiday?.solar) continue;
      add({ name: `${years} năm ${cleanName(name!)}`, date: `${y2}-${holiday.solar}`, origin: `${y1}-${holiday.solar}`, years: Number(years), main: found.length === 0 && source.line === 0 });
    }
  }
  const reference = referenceDate(issued, found, title, sources);
  // A named day already dated by its anniversary span (`70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)`) is that one.
  const spanDays = new Set(found.map((o) => o.date.slice(5)));
  for (const occasion of namedOccasions(sources, reference)) if (!spanDays.has(occasion.date.slice(5))) add(occasion);
  if (found.length > 0 && !found.some((o) => o.main)) found[0]!.main = true;
  return { occasions: found, warnings };
}

function holidayIn(folded: string): Holiday | undefined {
  return HOLIDAYS.find((h) => h.key.test(folded));
}

/**
 * The date occasions without a year of their own are placed after: the issue date, else the
 * plan's year (its title's, else that of the first full date its text writes).
 */
function referenceDate(issued: string | null, found: Occasion[], title: string, sources: Source[]): string | null {
  if (issued) return laterThanIssued(issued.length === 7 ? `${issued}-01` : issued, title, sources);
  if (found[0]) return `${found[0].date.slice(0, 4)}-01-01`;
  const year = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/.exec(title)?.[1];
  if (year) return `${year}-01-01`;
  for (const source of sources.slice(0, 40)) {
    const written = /(?<!\d)\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*(20\d{2})(?!\d)/.exec(source.text);
    if (written) return `${written[1]}-01-01`;
  }
  return null;
}

/**
 * An issue date the plan itself belies: its title's year is later (`… Xuân tình nguyện năm 2026`
 * issued `ngày 05 tháng 01 năm 2025`, January's slip of the year), or it carries out a document
 * dated after it (`Thực hiện Kế hoạch số 01 … ngày 6/1/2026`). The plan's days are those of the
 * later date; the issue date stays as written.
 */
function laterThanIssued(issued: string, title: string, sources: Source[]): string {
  const years = [...title.matchAll(/(?<![\d/.-])(20\d{2})(?![\d/.-])/g)].map((m) => m[1]!);
  let reference = issued;
  if (years.length === 1 && years[0]! > issued.slice(0, 4)) reference = `${years[0]}-01-01`;
  for (const source of sources.slice(0, 40)) {
    if (!/^(?:Thực hiện|Căn cứ)\s/u.test(source.text)) continue;
    // Only a cited document's own date (`Kế hoạch số 01-KH/ĐTN ngày 6/1/2026`), not any day the sentence names.
    for (const cited of source.text.matchAll(/số\s*[^,;()]{1,40}?\s+ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(20\d{2})(?!\d)/gu)) {
      const date = `${cited[3]}-${cited[2]!.padStart(2, "0")}-${cited[1]!.padStart(2, "0")}`;
      if (date > reference) reference = date;
    }
  }
  return reference;
}

// `(01 - 08/6)` is a run of days in June, not the first of August: a month never has a `/` after it without its year.
const EXPLICIT_DATE = /^\s*(?:(?:năm\s+)?(\d{4})(?![\d/])|[(,]?\s*(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})(?!\d)(?:\s*[/-]\s*(\d{4}))?(?!\s*\/\s*\d)\s*\)?)/u;

/** Each holiday's pattern made global once; most paragraphs name none, which one search tells. */
const HOLIDAY_PATTERNS = HOLIDAYS.map((holiday) => [holiday, new RegExp(holiday.key.source, "g")] as const);
const ANY_HOLIDAY = new RegExp(HOLIDAYS.map((holiday) => holiday.key.source).join("|"));

/** Official days and festivals named in the text, with their date in the plan's year. */
function namedOccasions(sources: Source[], reference: string | null): Occasion[] {
  const out: Occasion[] = [];
  for (const source of sources) {
    const folded = foldNfcPhrase(source.text); // lines are NFC once read (lines.ts)
    for (const election of ELECTIONS) {
      if (election.key.test(folded)) out.push({ name: election.name, date: election.date, origin: null, years: null, main: false });
    }
    if (reference === null || !ANY_HOLIDAY.test(folded)) continue;
    for (const [holiday, pattern] of HOLIDAY_PATTERNS) {
      // exec on the shared pattern: matchAll would clone it for each of the fifty.
      pattern.lastIndex = 0;
      for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
        const at = match.index!;
        const before = folded.slice(Math.max(0, at - 70), at);
        if (source.line !== 0 && !CUE.test(before) && !/^(tet|le|ngay|gio to|ram)/.test(match[0])) continue;
        const anniversary = /(?<![a-z0-9])(\d{1,3})\s+nam\s+(?:ngay\s+)?$/.exec(before);
        const after = source.text.slice(at + match[0].length, at + match[0].length + 40);
        const date = occasionDate(holiday, anniversary ? Number(anniversary[1]) : null, after, reference);
        if (!date) continue;
        const years = anniversary && holiday.origin ? Number(anniversary[1]) : null;
        out.push({ name: years ? `${years} năm ${holiday.name}` : holiday.name, date, origin: years ? holiday.origin! : null, years, main: source.line === 0 && out.length === 0 });
      }
    }
  }
  return out;
}

/** A solar day written beside a lunar holiday is the day it is kept only within a few days of it (`Giỗ Tổ Hùng Vương 10/3/2026` writes the lunar day). */
function nearLunarDay(holiday: Holiday, day: number, month: number, year: number): boolean {
  const solar = lunarToSolar(holiday.lunar![0], holiday.lunar![1], year);
  if (!solar || !isValidDate(year, month, day)) return false;
  const gap = Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(solar[2], solar[1] - 1, solar[0]));
  return gap <= 3 * 86_400_000;
}

const LUNAR_MARK = /^\s*\(?\s*(?:âm lịch|âl|al)(?![\p{L}])/iu;

/** The occasion's day: the one written after its name, its anniversary's, or its day in the plan's year. */
function occasionDate(holiday: Holiday, years: number | null, after: string, reference: string): string | null {
  const referenceYear = Number(reference.slice(0, 4));
  if (years !== null && holiday.origin) {
    const year = Number(holiday.origin.slice(0, 4)) + years;
    return Math.abs(year - referenceYear) <= 2 ? `${year}${holiday.origin.slice(4)}` : null;
  }
  // `Tết Dương lịch (31/12/2024)`, `Quốc khánh 2/9/2025`, `Giỗ Tổ Hùng Vương năm 2021`, `Tết Dương lịch 2026`, `Tết Nguyên đán Ất Tỵ`.
  const written = EXPLICIT_DATE.exec(after);
  let year: number | null = null;
  if (written?.[1]) year = Number(written[1]);
  // A lunar holiday's day written with its year (`Mừng Xuân (07/2/2008)`) is the solar day it falls on; without a year it may be the lunar day.
  else if (written?.[2] && (holiday.solar || (written[4] && !LUNAR_MARK.test(after.slice(written.index + written[0].length)) && nearLunarDay(holiday, Number(written[2]), Number(written[3]), Number(written[4]))))) {
    const [d, m, y] = [Number(written[2]), Number(written[3]), written[4] ? Number(written[4]) : null];
    const dayYear = y ?? referenceYear;
    if (isValidDate(dayYear, m, d) && Math.abs(dayYear - referenceYear) <= 1) {
      const date = isoDate(dayYear, m, d);
      return y !== null || date >= reference ? date : isoDate(dayYear + 1, m, d);
    }
  }
  const cycle = /^\s*(?:năm\s+)?(Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)/iu.exec(after);
  if (year === null && cycle) {
    const index = canChiIndex(cycle[1]!, cycle[2]!);
    if (index !== null) year = nearestCycleYear(index, referenceYear);
  }
  if (year !== null && Math.abs(year - referenceYear) > 1) return null;
  const on = (y: number): string | null => {
    if (holiday.solar) return `${y}-${holiday.solar}`;
    const solar = lunarToSolar(holiday.lunar![0], holiday.lunar![1], y);
    return solar ? isoDate(solar[2], solar[1], solar[0]) : null;
  };
  if (year !== null) return on(year);
  // No year: the first such day on or after the issue date (plans are written ahead of what they plan).
  const earliest = reference;
  for (const y of [referenceYear - 1, referenceYear, referenceYear + 1]) {
    const date = on(y);
    if (date && date >= earliest) return date;
  }
  return null;
}

/** Lines with the lines that continue them after a page break (they start in lower case). */
function paragraphs(lines: Line[]): Source[] {
  const out: Source[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && /^\p{Ll}/u.test(line.text) && !parseHeading(line.text)) last.text = `${last.text} ${line.text}`;
    else out.push({ text: line.text, line: line.number });
  }
  return out;
}

function cleanName(name: string): string {
  return trimEndOf(name, ":").replace(/\s+/g, " ").trim();
}
