/**
 * Control characters (vertical tab, escape, NUL …) have no place in a plan's text, a feed or a
 * page: page and line breaks become new lines, the rest is removed. Tabs and new lines stay.
 */
const BREAKS = /[\u000B\u000C\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

export function withoutControls(text: string): string {
  return text.replace(BREAKS, "\n").replace(CONTROLS, "");
}

/** For one-line values (a summary, a name): every control character, breaks included, goes. */
export function oneLine(text: string): string {
  return withoutControls(text).replace(/[\t\r\n]+/g, " ");
}
