/**
 * Timing phrases inside sentences (`tổng kết phong trào thi đua vào cuối năm 2023`, `gửi Sở
 * Tài chính tổng hợp trước ngày 19/5/2023; thường xuyên báo cáo tiến độ hàng tháng`): each
 * clause that holds a date, a recurrence or a trigger gives the words from the time word
 * before it to the last dated word.
 */
import { memoize } from "../text/memo.ts";
import { matchesOf } from "../text/matches.ts";
import { findAtoms } from "../timing/atoms.ts";
import { foldNfcPhrase, foldPhrase, tokenize } from "../timing/lexer.ts";
import { UNTIL_EVENT } from "../timing/resolve.ts";
import { toNfc } from "../text/normalize.ts";
import { isSpaceCode } from "../text/trim.ts";

const UPPER = /^\p{Lu}$/u;

/**
 * Where clauses end: at each `;`, at a `.` followed by spaces and a capital, and at a
 * final `.` (`/;|\.(?=\s+\p{Lu})|\.$/u`), found by searching for the two characters.
 */
export function clauseEnds(text: string): number[] {
  const ends: number[] = [];
  let semicolon = text.indexOf(";");
  let dot = text.indexOf(".");
  while (semicolon >= 0 || dot >= 0) {
    if (semicolon >= 0 && (dot < 0 || semicolon < dot)) {
      ends.push(semicolon);
      semicolon = text.indexOf(";", semicolon + 1);
      continue;
    }
    let next = dot + 1;
    while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
    if (dot === text.length - 1 || (next > dot + 1 && next < text.length && UPPER.test(String.fromCodePoint(text.codePointAt(next)!)))) ends.push(dot);
    dot = text.indexOf(".", dot + 1);
  }
  ends.push(text.length);
  return ends;
}

/** Anniversary spans and document dates are not the task's timing. */
const OCCASION_SPAN = /\(\s*\d{1,2}\/\d{1,2}\/\d{4}\s*[-–]\s*\d{1,2}\/\d{1,2}\/\d{4}\s*\)/g;

/** Each pattern with the words it cannot match without (any one of them), to skip it cheaply. */
const SPECIALS: Array<[string[], RegExp]> = [
  [["su kien"], /(?<![a-z])truoc\s+(?:tung|moi|cac)\s+su\s+kien\s+\d+\s+ngay(?:\s*(?:,|va)?\s*sau\s+(?:tung|moi|cac)?\s*su\s+kien\s+\d+\s+ngay)?/g],
  [["le"], /(?<![a-z])(?:truoc|sau)\s+(?:\d+\s+(?:ngay|tuan)\s+(?:dien ra\s+)?)?(?:buoi\s+|ngay\s+)?le(?:\s+ky\s+niem)?(?:\s+\d+\s+(?:ngay|tuan))?(?![a-z])/g],
  [["hang", "moi"], /(?<![a-z])(?:hang|dinh ky hang|moi)\s+(?:thang|quy|tuan|nam)(?![a-z])/g],
  [["tu nay"], new RegExp(UNTIL_EVENT.source, "g")],
  [["khi "], /(?<![a-z])(?:khi cap tren[a-z ]*|khi co yeu cau|khi duoc (?:de nghi|yeu cau))(?![a-z])/g],
];

const EVENT_BEFORE_DATE = /(?<![a-z])ngay (?:bau cu|khai mac|be mac|dai hoi|hoi nghi)\s*$/;

const LEAD_WORDS = new Set([
  "tu", "trong", "vao", "truoc", "sau", "den", "cham", "nhat", "han", "hoan", "thanh", "xong", "ke", "bat", "dau",
  "tap", "trung", "cao", "diem", "dinh", "ky", "thuong", "xuyen", "suot", "dot", "ngay", "thang", "quy", "nam", "tuan", "giua", "cuoi",
  "mung", "sang", "chieu", "toi", "dip", "luc", "thoi", "gian", "to", "chuc", "bao", "cao", "tien", "do", "la", "muon", "het", "hon",
]);

/** A document's number just before a date: the date is the document's. */
const CITED_DATE = /(?:so\s*:?\s*)?\d+[a-z0-9.-]*\s*\/\s*[a-z0-9][a-z0-9./-]*\s*,?\s*(?:ngay\s*)?$/;
/** A law, code or programme named before a year: `Luật Tiếp công dân năm 2013`, `Luật Phòng, chống ma túy năm 2025`, `Đề án “… dựa vào cộng đồng, đến năm 2030”`, `Hiến pháp năm 2013`, `Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025)`. */
const CITED_LAW = /tam nhin\s*(?:den\s*)?(?:nam\s*)?$|(?:luat|hien phap|bo luat|nghi dinh|thong tu|chuong trinh muc tieu quoc gia|chien luoc|quy hoach|de an\s*["“])(?:(?![;."”]).)*?(?:nam\s*|den nam\s*)$|(?:(?<!phap )luat|hien phap|bo luat)(?:,?\s+[a-z]+){0,6}\s*$|(?<![a-z])(?:luat|hien phap|nghi dinh|thong tu)(?:(?![;.]).)*?\(\s*(?:da\s+)?duoc\s+sua doi(?:,?\s*bo sung)?\s*(?:nam\s*)?$/;

export interface TimingPhrase {
  phrase: string;
  /** Offset in the text, for the line it stands on. */
  offset: number;
}

export const timingPhrases = memoize((text: string): TimingPhrase[] => findPhrases(text));

/** Every phrase has a digit, a recurrence, a trigger or a ceremony in it: most sentences have none. */
const MAY_HOLD_TIMING = /h[aàằ]ng|m[oỗ]i|khi|đ[iị]nh k[yỳ]|l[eễ]|từ nay/iu;
/** A digit alone is the common case, and a class is found far faster than an alternation. */
const DIGIT = /\d/;

function findPhrases(text: string): TimingPhrase[] {
  if (!DIGIT.test(text) && !MAY_HOLD_TIMING.test(text)) return [];
  const masked = text.includes("/") ? text.replace(OCCASION_SPAN, (span) => " ".repeat(span.length)) : text;
  // Folding keeps one unit per unit of NFC text, so each clause's fold is a slice of the whole text's.
  const folded = toNfc(masked) === masked ? foldNfcPhrase(masked) : null;
  const phrases: TimingPhrase[] = [];
  let start = 0;
  for (const end of clauseEnds(masked)) {
    const clause = masked.slice(start, end);
    // What precedes the clause, for a name a comma breaks (`Chương trình … phòng, chống ma túy đến năm 2030`).
    const lead = folded ? folded.slice(Math.max(0, start - 140), start) : "";
    const found = clausePhrase(clause, folded ? folded.slice(start, end) : foldPhrase(clause), lead);
    if (found) phrases.push({ phrase: trimPhrase(text, start + found.from, start + found.to), offset: start + found.from });
    start = end + 1;
  }
  return phrases;
}

/** The phrase without the punctuation around it, keeping the bracket it opened (`định kỳ hàng năm (trước ngày 10/12)`). */
function trimPhrase(text: string, from: number, to: number): string {
  const written = text.slice(from, to);
  const phrase = written.replace(/^[\s(,*]+|[\s)*,]+$/g, "");
  const open = phrase.split("(").length > phrase.split(")").length;
  const closed = /\)[\s*,]*$/.test(written) || /^\s*\)/.test(text.slice(to));
  return open && closed ? `${phrase})` : phrase;
}

/** A horizon (`… đến năm 2030`) read with the name before it: up to its year's digits (`năm` included). */
function yearDigits(folded: string, at: number): number {
  const digit = folded.slice(at).search(/\d/);
  return digit > 0 && /(?<![a-z])(?:den|toi)\s*$/.test(folded.slice(0, at)) ? at + digit : at;
}

function clausePhrase(clause: string, folded: string, lead = ""): { from: number; to: number } | null {
  if (!DIGIT.test(folded) && !/hang|moi|khi|dinh ky|truoc le|sau le|tu nay/.test(folded)) return null;
  const tokens = tokenize(folded);
  // The phrase runs from the first dated word to the last one.
  let first = Infinity;
  let last = -Infinity;
  const atoms = findAtoms(tokens, clause);
  const times: Array<{ from: number; to: number }> = [];
  for (const atom of atoms) {
    if (atom.type === "time") {
      times.push({ from: tokens[atom.from]!.from, to: tokens[atom.to - 1]!.to });
      continue;
    }
    const at = tokens[atom.from]!.from;
    // The date of a document the sentence cites (`Quyết định số 1441/QĐ-UBND ngày 25/9/2025`, `Luật … năm 2013`) is not the task's.
    if (CITED_DATE.test(folded.slice(Math.max(0, at - 40), at)) || (atom.type === "date" && atom.grain === "year" && CITED_LAW.test(`${lead}${folded.slice(0, yearDigits(folded, at))}`.slice(-140)))) continue;
    first = Math.min(first, at);
    last = Math.max(last, tokens[atom.to - 1]!.to);
  }
  for (const [needed, pattern] of SPECIALS) {
    if (!needed.some((word) => folded.includes(word))) continue;
    for (const match of matchesOf(pattern, folded)) {
      first = Math.min(first, match.index);
      last = Math.max(last, match.index + match[0].length);
    }
  }
  if (last < 0) return null;
  // A clock time right before or after the dates is theirs (`07 giờ 30 ngày 07/01/2021`, `ngày 2/9, lúc 19 giờ`).
  for (const time of times) {
    if (time.to <= first && /^[\s,'’]*(?:(?:sang|chieu|toi|dem|trua)\s*)?$/.test(folded.slice(time.to, first))) first = time.from;
    else if (time.from >= last && /^[\s,(]*(?:luc|vao luc|tu)?\s*$/.test(folded.slice(last, time.from))) last = time.to;
  }
  // The event a date is named for belongs to the phrase (`Sau ngày bầu cử 15/3/2026`, `đến ngày khai mạc 20/3`).
  const event = EVENT_BEFORE_DATE.exec(folded.slice(Math.max(0, first - 40), first));
  if (event) first -= event[0].length;
  // Walk back over the time words that lead into the phrase (`vào cuối năm`, `thường xuyên báo cáo tiến độ hàng tháng`).
  const index = tokens.findIndex((t) => t.from >= first);
  let from = first;
  for (let back = index - 1, taken = 0; back >= 0 && taken < 6; back--, taken++) {
    const token = tokens[back]!;
    if (token.type === "word" && token.text === "kien" && back > 0 && tokens[back - 1]!.text === "du") {
      from = tokens[--back]!.from; // `Dự kiến` before the phrase keeps it tentative
      continue;
    }
    if (token.type !== "word" || !LEAD_WORDS.has(token.text)) break;
    from = token.from;
  }
  // `tháng 3/2023 (Đã thực hiện)`, `(Dự kiến)`: a bracket right after the dates qualifies them.
  const qualifier = /^\s*\(\s*(da thuc hien|du kien|da to chuc|da hoan thanh)[^()]*\)/.exec(folded.slice(last));
  return { from, to: qualifier ? last + qualifier[0].length : last };
}
