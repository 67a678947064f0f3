/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them, without the copy of
 * the pattern `matchAll` makes on each call (most of its cost on the short texts of a plan).
 *
 * With `notAfter` (a one-character pattern), only the matches whose first character does not
 * follow such a character: what `(?<!…)` in front of the pattern would give, checked only
 * where the rest matched instead of at every position of the text.
 */
export function matchesOf(pattern: RegExp, text: string, notAfter?: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (notAfter && match.index > 0 && notAfter.test(String.fromCodePoint(codePointBefore(text, match.index)))) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    matches.push(match);
    if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

/** Past an empty match: one unit, or a whole surrogate pair in a Unicode pattern. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  const code = text.charCodeAt(index);
  return unicode && code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? index + 2 : index + 1;
}

function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  const high = index > 1 ? text.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.codePointAt(index - 2)! : low;
}
