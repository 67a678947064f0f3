import { normalizeLines } from "../text/normalize.ts";

export interface Line {
  /** 1-based line number in the decoded text. */
  number: number;
  raw: string;
  /** NFC, one tone style, no markdown markers, trimmed. */
  text: string;
}

export function toLines(text: string): Line[] {
  const normalized = normalizeLines(text);
  return text.split("\n").map((raw, index) => ({ number: index + 1, raw, text: normalized[index]! }));
}
