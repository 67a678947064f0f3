/**
 * Trailing punctuation and spaces removed by a backwards scan: a `[.;,\s]+$` regex tries
 * every position of the text and is the slowest way to look at its last characters.
 */

/** The characters `\s` matches. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** `text` without the spaces and the given punctuation characters it ends with. */
export function trimEndOf(text: string, punctuation: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (!isSpaceCode(code) && punctuation.indexOf(text[end - 1]!) < 0) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}
