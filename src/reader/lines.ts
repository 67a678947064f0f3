import { normalizeLines } from "../text/normalize.ts";

export interface Line {
  /** 1-based line number in the decoded text. */
  number: number;
  /** NFC, one tone style, no markdown markers, trimmed. */
  text: string;
}

export function toLines(text: string): Line[] {
  return normalizeLines(text).map((normalized, index) => ({ number: index + 1, text: normalized }));
}
