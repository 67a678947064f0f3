/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them, without the copy of
 * the pattern `matchAll` makes on each call (most of its cost on the short texts of a plan).
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
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
