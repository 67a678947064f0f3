/** Number, place and date, title, issuer, occasions: the parts around the tasks. */
import { foldKey, foldKeyOfStart } from "../text/normalize.ts";
import { trimEndOf } from "../text/trim.ts";
import { matchesOf } from "../text/matches.ts";
import { isoDate, isValidDate } from "../timing/dates.ts";
import type { Line } from "./lines.ts";
import { NATIONAL_DAYS } from "./national-days.ts";
import { parseHeading } from "./outline.ts";
import { readHeader } from "./header.ts";
import type { Occasion, Warning } from "./types.ts";

export interface Metadata {
  number: string | null;
  place: string | null;
  issued: string | null;
  title: string;
  /** The issuer's lines in capitals from the header, as written. */
  issuerLines: string[];
  signer: string | null;
  recipients: string[];
  /** Lines the metadata accounts for. */
  used: Set<number>;
}

export function readMetadata(lines: Line[]): Metadata {
  const header = readHeader(lines);
  const used = header.used;
  const recipients = readRecipients(lines, used);
  return {
    number: header.number,
    place: header.place,
    issued: header.issued,
    title: header.title,
    issuerLines: header.issuerLines,
    signer: readSigner(lines, used),
    recipients,
    used,
  };
}

/** `Nơi nhận:` and the list under it. */
function readRecipients(lines: Line[], used: Set<number>): string[] {
  const start = lines.findIndex((l) => /^Nơi nhận\s*:?$/iu.test(l.text));
  if (start < 0) return [];
  const recipients: string[] = [];
  used.add(lines[start]!.number);
  for (const line of lines.slice(start + 1)) {
    if (line.text === "") continue;
    if (!/^[-+•]/.test(line.text)) break;
    used.add(line.number);
    recipients.push(line.text.replace(/^[-+•]\s*/, "").replace(/\s*\((?:b\/c|B\/C)\)/g, "").replace(/[;,.]+$/, "").trim());
  }
  return recipients;
}

/** The person who signed: the name under the signature block (`KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê Văn Mạnh`). */
function readSigner(lines: Line[], used: Set<number>): string | null {
  const block = lines.findIndex((l) => /^(TM|T\/M|KT|TL|TUQ)\.?\s/u.test(l.text));
  if (block < 0) return null;
  let signer: string | null = null;
  for (const line of lines.slice(block)) {
    if (line.text === "") continue;
    used.add(line.number);
    if (/^(\p{Lu}[\p{Ll}\p{M}]*\s){1,4}\p{Lu}[\p{Ll}\p{M}]*$/u.test(line.text)) signer = line.text;
  }
  return signer;
}

const SPAN = /(\d{1,3})\s+năm\s+([^()]{3,160}?)\s*:?\s*\(\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–]\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\)/gu;

/** Anniversary spans `70 năm Ngày ... (29/10/1954 - 29/10/2024)`; the title's one is the main occasion. */
export function readOccasions(lines: Line[], title: string, issued: string | null): { occasions: Occasion[]; warnings: Warning[] } {
  const occasions: Occasion[] = [];
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const sources: Array<{ text: string; line: number }> = [{ text: title, line: 0 }, ...paragraphs(lines)];
  for (const source of sources) {
    if (!source.text.includes("/") || !source.text.includes("(")) continue;
    for (const match of matchesOf(SPAN, source.text)) {
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
      occasions.push({ name: `${count} năm ${cleanOccasionName(name!)}`, date, origin, years: count, main: occasions.length === 0 && source.line === 0 });
    }
  }
  occasions.push(...nationalOccasions(sources, seen, issued ?? occasions[0]?.date ?? null));
  if (occasions.length > 0 && !occasions.some((o) => o.main)) occasions[0]!.main = true;
  return { occasions, warnings };
}

/** Lines with the lines that continue them after a page break (they start in lower case). */
function paragraphs(lines: Line[]): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  for (const line of lines) {
    if (line.text === "") continue;
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && /^\p{Ll}/u.test(line.text) && !parseHeading(line.text)) last.text = `${last.text} ${line.text}`;
    else out.push({ text: line.text, line: line.number });
  }
  return out;
}

function cleanOccasionName(name: string): string {
  return trimEndOf(name, ":").replace(/\s+/g, " ").trim();
}

// Not after a letter or digit (checked by matchesOf: a leading lookbehind is tried at every position).
const NAMED_YEARS = /(\d{1,3})\s+năm\s+/giu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether any national day starts within the first 12 characters of a key: most `N năm` are followed by none. */
const NATIONAL_DAY_START = new RegExp(`^[\\s\\S]{0,11}(?:${NATIONAL_DAYS.map((d) => d.key.source).join("|")})`);

/** Whether `pattern` first matches `key` within its first `length` characters. */
function startsWithin(key: string, pattern: RegExp, length: number): boolean {
  const at = key.search(pattern);
  return at >= 0 && at < length;
}

/** `80 năm Ngày thành lập Quân đội nhân dân Việt Nam`: a national day, dated from the built-in table. */
function nationalOccasions(sources: Array<{ text: string; line: number }>, seen: Set<string>, reference: string | null): Occasion[] {
  const found: Occasion[] = [];
  const referenceYear = reference ? Number(reference.slice(0, 4)) : null;
  for (const source of sources) {
    if (!/[nN][ăĂ][mM]/.test(source.text)) continue; // `/năm/iu`, as a pattern without case folding
    for (const match of matchesOf(NAMED_YEARS, source.text, LETTER_OR_DIGIT)) {
      const after = source.text.slice(match.index + match[0].length, match.index + match[0].length + 90).split(/[(),;.]|\d{1,3}\s+năm/u)[0]!;
      const key = foldKey(after);
      const day = NATIONAL_DAY_START.test(key) ? NATIONAL_DAYS.find((d) => startsWithin(key, d.key, 12)) : undefined;
      if (!day) continue;
      const years = Number(match[1]);
      const date = `${Number(day.origin.slice(0, 4)) + years}${day.origin.slice(4)}`;
      if (seen.has(date) || (referenceYear !== null && Math.abs(Number(date.slice(0, 4)) - referenceYear) > 2)) continue;
      seen.add(date);
      found.push({ name: `${years} năm ${day.name}`, date, origin: day.origin, years, main: false });
    }
  }
  return found;
}

const BOILERPLATE = /^(noi nhan|luu\b|luu:|tm\.|t\/m|kt\.|tl\.|pho |chu tich|truong ban|bi thu|\(co bieu|tren day la ke hoach|handwritten|stamp|con dau|\(da ky\)|ngan sach nha nuoc)/;

export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(foldKeyOfStart(text, 40));
}
