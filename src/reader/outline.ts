/** Outline headings: A., I., 1., 1.1., 1.1.1., a) — with the typos real plans carry. */
import { parseRoman } from "../text/numerals.ts";

export interface Heading {
  /** 1 = A/B/C, 2 = I/II, 3+ = 1. / 1.1. / 1.1.1., 9 = a) */
  level: number;
  label: string;
  text: string;
  /** The number was mistyped (`1. .. Năm 2024`): its place is guessed from its neighbours. */
  typo?: boolean;
  /** `Điều 1.`: an article of a decision, not an item of work. */
  article?: true;
}

export function parseHeading(text: string): Heading | null {
  // Every form starts with A–E, I/V/X, a digit, a lower-case letter or `Điều`: most lines start otherwise.
  const first = text.charCodeAt(0);
  if (!((first >= 65 && first <= 69) || first === 73 || first === 86 || first === 88 || (first >= 48 && first <= 57) || (first >= 97 && first <= 122) || first === 0x111 || first === 0x110)) return null;
  // `A.`, `A/`, `B-` before a title in capitals.
  let match = /^([A-E])\s*[./-]\s*(\S.*)$/u.exec(text);
  if (match && match[2]!.toUpperCase() === match[2] && /\p{Lu}{2}/u.test(match[2]!)) return { level: 1, label: match[1]!, text: match[2]! };
  // `I.`, `II/`, `III -`, `IV)`
  match = /^([IVX]{1,5})\s*(?:[./)]|\s[-–])\s*(\S.*)$/u.exec(text);
  if (match && parseRoman(match[1]!) !== null) return { level: 2, label: match[1]!, text: match[2]! };
  // `Điều 1.` of a decision.
  match = /^Điều\s+(\d{1,2})\s*[.:]\s*(\S.*)$/u.exec(text);
  if (match) return { level: 3, label: match[1]!, text: match[2]!, article: true };
  // `1/.`, `1/`, `1)` (not a date `1/2`, not `1/2024`)
  match = /^(\d{1,2})(?:\/\.?|\))\s*(\S.*)$/u.exec(text);
  if (match && !/^\d/.test(match[2]!)) return { level: 3, label: match[1]!, text: match[2]! };
  // `1.`, `1.1.`, `1.2.3`, and the typos `6,` and `1. ..` — not `7 giờ 30`, `15 tháng 3`
  match = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:\.\s*\.{0,2}|,|\s)\s*(\S.*)$/u.exec(text);
  if (match && !/^\d{1,2}\/\d/.test(text) && !/^\d{1,2}\s+(giờ|h|g|tháng|ngày|năm|phút)(?![\p{L}])/u.test(text)) {
    const label = match[1]!;
    const typo = /^\d{1,2}\.\s*\.\./.test(text);
    return { level: 3 + label.split(".").length - 1, label, text: match[2]!, ...(typo ? { typo } : {}) };
  }
  // `a)`, `a.`, `a/` then a word
  match = /^([a-zđ])\s*[)./]\s+(\S.*)$/u.exec(text);
  if (match) return { level: 9, label: match[1]!, text: match[2]! };
  return null;
}
