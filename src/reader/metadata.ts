/** Number, place and date, title, issuer, occasions: the parts around the tasks. */
import { foldKey } from "../text/normalize.ts";
import { isoDate, isValidDate } from "../timing/dates.ts";
import type { Line } from "./lines.ts";
import type { Occasion, Warning } from "./types.ts";

export interface Metadata {
  number: string | null;
  place: string | null;
  issued: string | null;
  title: string;
  issuer: string | null;
  /** Lines the metadata accounts for. */
  used: Set<number>;
}

const DATE_LINE = /^([\p{L} .'-]{2,40}),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})\s*$/u;

export function readMetadata(lines: Line[]): Metadata {
  const used = new Set<number>();
  let number: string | null = null;
  let place: string | null = null;
  let issued: string | null = null;
  let titleAt = -1;
  for (const [index, line] of lines.slice(0, 40).entries()) {
    const numberMatch = /^Số\s*:\s*(.*)$/u.exec(line.text);
    if (numberMatch && number === null) {
      number = numberMatch[1]!.replace(/\s+\//g, "/").trim();
      if (!/\d/.test(number)) number = null;
      used.add(line.number);
    }
    const dateMatch = DATE_LINE.exec(line.text);
    if (dateMatch && issued === null) {
      const [, where, day, month, year] = dateMatch;
      place = where!.trim();
      issued = day ? isoDate(Number(year), Number(month), Number(day)) : `${year}-${month!.padStart(2, "0")}`;
      used.add(line.number);
    }
    if (titleAt < 0 && /^KẾ HOẠCH$/u.test(line.text)) titleAt = index;
  }
  const titleParts: string[] = [];
  if (titleAt >= 0) {
    used.add(lines[titleAt]!.number);
    for (const line of lines.slice(titleAt + 1)) {
      if (line.text === "") {
        if (titleParts.length > 0 && titleParts.join(" ").length > 40) break;
        continue;
      }
      if (/^(Thực hiện|Căn cứ|Để|Nhằm|[A-E]\.|I\.)\s/u.test(line.text)) break;
      titleParts.push(line.text);
      used.add(line.number);
    }
  }
  return { number, place, issued, title: titleParts.join(" "), issuer: readIssuer(lines), used };
}

function readIssuer(lines: Line[]): string | null {
  for (const line of lines) {
    const match = /^TM\.\s*(.+)$/u.exec(line.text);
    if (match) {
      const name = match[1]!.trim().toLocaleLowerCase("vi");
      return name.charAt(0).toLocaleUpperCase("vi") + name.slice(1);
    }
  }
  return null;
}

const SPAN = /(\d{1,3})\s+năm\s+([^()]{3,160}?)\s*:?\s*\(\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–]\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\)/gu;

/** Anniversary spans `70 năm Ngày ... (29/10/1954 - 29/10/2024)`; the title's one is the main occasion. */
export function readOccasions(lines: Line[], title: string): { occasions: Occasion[]; warnings: Warning[] } {
  const occasions: Occasion[] = [];
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const sources: Array<{ text: string; line: number }> = [{ text: title, line: 0 }, ...lines.map((l) => ({ text: l.text, line: l.number }))];
  for (const source of sources) {
    for (const match of source.text.matchAll(SPAN)) {
      const [, years, name, d1, m1, y1, d2, m2, y2] = match;
      if (!isValidDate(Number(y1), Number(m1), Number(d1)) || !isValidDate(Number(y2), Number(m2), Number(d2))) continue;
      const origin = isoDate(Number(y1), Number(m1), Number(d1));
      const date = isoDate(Number(y2), Number(m2), Number(d2));
      if (seen.has(date)) continue;
      seen.add(date);
      const count = Number(years);
      if (Number(y2) - Number(y1) !== count) {
        warnings.push({
          line: source.line,
          code: "occasion-years-mismatch",
          message: `"${count} năm" không khớp với khoảng ngày ${d1}/${m1}/${y1} - ${d2}/${m2}/${y2}: giữ ngày ${date}.`,
        });
      }
      occasions.push({ name: `${count} năm ${name!.trim()}`, date, origin, years: count, main: occasions.length === 0 && source.line === 0 });
    }
  }
  if (occasions.length > 0 && !occasions.some((o) => o.main)) occasions[0]!.main = true;
  return { occasions, warnings };
}

export function isBoilerplate(text: string): boolean {
  const key = foldKey(text);
  return /^(noi nhan|luu|tm\.|kt\.|pho |chu tich|truong ban|bi thu|\(co bieu|tren day la|- luu)/.test(key);
}
