/**
 * Turns a phrase into tokens over an accent-free, lower-case copy of it. Folding makes
 * the lexicon independent of tone-mark style and common misspellings (`qúy` = `quý`);
 * the folded copy keeps one character per NFC character, so positions map back.
 */

import { foldedCode, toNfc, unitBuffer, unitsToString } from "../text/normalize.ts";

export type TokenType = "num" | "word" | "sym";

export interface Token {
  type: TokenType;
  text: string;
  /** Character offsets in the folded (and NFC) phrase. */
  from: number;
  to: number;
}

/** Accent-free lower case, one output character per UTF-16 unit of the NFC phrase. */
export function foldPhrase(phrase: string): string {
  return foldNfcPhrase(toNfc(phrase));
}

/** `foldPhrase` of a text known to be NFC already. */
export function foldNfcPhrase(nfc: string): string {
  const buffer = unitBuffer(nfc.length);
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (code < 128) {
      buffer[i] = code >= 65 && code <= 90 ? code + 32 : code === 42 ? 32 : code;
    } else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0x2192 || code === 0x21d2 || code === 0x27a1) {
      // Dashes, and arrows (`15/11 → 10/12/2025`): a range.
      buffer[i] = 45;
    } else {
      // One output character per unit keeps offsets; a character that does not fold to one letter is "?".
      const folded = foldedCode(code);
      buffer[i] = folded === 0 || folded === 0xffff ? 63 : folded;
    }
  }
  return unitsToString(buffer, nfc.length);
}

/** NFC and lower case, one output character per UTF-16 unit, like `foldPhrase`. */
export function lowerPhrase(phrase: string): string {
  const nfc = toNfc(phrase);
  let out = "";
  for (let i = 0; i < nfc.length; i++) {
    const lower = nfc[i]!.toLowerCase();
    out += lower.length === 1 ? lower : nfc[i];
  }
  return out;
}

const enum Kind {
  Digit,
  Letter,
  Space,
  Other,
}

function kindOf(code: number): Kind {
  if (code >= 48 && code <= 57) return Kind.Digit;
  if (code >= 97 && code <= 122) return Kind.Letter;
  if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000) return Kind.Space;
  return Kind.Other;
}

/** Runs of digits, runs of letters, and single other characters; spaces separate. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < folded.length) {
    const kind = kindOf(folded.charCodeAt(i));
    if (kind === Kind.Space) {
      i++;
      continue;
    }
    const from = i;
    if (kind === Kind.Digit || kind === Kind.Letter) {
      while (i < folded.length && kindOf(folded.charCodeAt(i)) === kind) i++;
    } else {
      i++;
    }
    tokens.push({ type: kind === Kind.Digit ? "num" : kind === Kind.Letter ? "word" : "sym", text: folded.slice(from, i), from, to: i });
  }
  return tokens;
}
