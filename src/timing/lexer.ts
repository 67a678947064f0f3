/**
 * Turns a phrase into tokens over an accent-free, lower-case copy of it. Folding makes
 * the lexicon independent of tone-mark style and common misspellings (`qúy` = `quý`);
 * the folded copy keeps one character per NFC character, so positions map back.
 */

export type TokenType = "num" | "word" | "sym";

export interface Token {
  type: TokenType;
  text: string;
  /** Character offsets in the folded (and NFC) phrase. */
  from: number;
  to: number;
}

const DASHES = /[\u2010-\u2015\u2212]/g;

/** One output character per NFC input character. */
export function foldPhrase(phrase: string): string {
  let out = "";
  for (const char of phrase.normalize("NFC")) {
    if (char === "đ" || char === "Đ") {
      out += "d";
      continue;
    }
    const lower = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    out += lower.length === char.length ? lower : "?".repeat(char.length);
  }
  return out.replace(DASHES, "-").replace(/\*/g, " ");
}

/** NFC and lower case, one output character per input character, like `foldPhrase`. */
export function lowerPhrase(phrase: string): string {
  let out = "";
  for (const char of phrase.normalize("NFC")) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

const TOKEN = /\d+|[a-z]+|½|[^\s\da-z]/g;

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    const text = match[0];
    const from = match.index;
    const type: TokenType = /^\d/.test(text) ? "num" : /^[a-z]/.test(text) ? "word" : "sym";
    tokens.push({ type, text, from, to: from + text.length });
  }
  return tokens;
}
