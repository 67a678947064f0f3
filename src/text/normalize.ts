/**
 * Vietnamese text as it really comes: NFC or NFD, old or new tone-mark placement,
 * stray markdown. Everything downstream works on the output of `normalizeText`.
 */
import { memoize } from "./memo.ts";

// Syllable-final "oa", "oe", "uy" carry the tone on the first vowel in the modern style
// (hóa, khỏe, thủy) and on the second in the old style (hoá, khoẻ, thuỷ). "quý" is the
// same in both styles because "qu" is one consonant. Matched on NFC text: a toned `a`/`e`
// after `o`, a toned `y` after `u`, at the end of a syllable (`toàn`, `đoàn` are not old style).
const OLD_STYLE = /([oO])([áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ])(?![\p{L}\p{M}])|(?<![qQ])([uU])([ýỳỷỹỵÝỲỶỸỴ])(?![\p{L}\p{M}])/gu;
const OLD_STYLE_TEST = new RegExp(OLD_STYLE.source, "u");

/** `á` → [`a`, U+0301]: the plain vowel and its tone mark. */
function splitTone(toned: string): [string, string] {
  const nfd = toned.normalize("NFD");
  return [nfd.charAt(0), nfd.slice(1)];
}

function moveTone(_match: string, o?: string, a?: string, u?: string, y?: string): string {
  const [first, second] = o !== undefined ? [o, a!] : [u!, y!];
  const [vowel, tone] = splitTone(second);
  return (first + tone).normalize("NFC") + vowel;
}

const NEEDS_NFC = /[\u0300-\u036f\u1100-\u11ff\u2126\u212a\u212b\uf900-\ufaff]/;

/** NFC; text without combining marks (nearly all of it) is already NFC and is returned as is. */
export function toNfc(text: string): string {
  return NEEDS_NFC.test(text) ? text.normalize("NFC") : text;
}

/** NFC with one tone-mark style (hoá → hóa, uỷ → ủy). */
export function normalizeToneMarks(text: string): string {
  const nfc = toNfc(text);
  return OLD_STYLE_TEST.test(nfc) ? nfc.replace(OLD_STYLE, moveTone) : nfc;
}

/**
 * What `normalizeUntrimmed` would change: combining or compatibility characters, odd spaces,
 * `*`, two spaces, an old-style tone pair (`oá`, `uý`). Most lines and names have none, and
 * one scan is far cheaper than the five passes.
 */
const MAY_NEED_NORMALIZING = /[*\t\u00a0\u2007\u202f\u0300-\u036f\u1100-\u11ff\u2126\u212a\u212b\uf900-\ufaff]| {2}|[oO][áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ]/;

function normalizeUntrimmed(text: string): string {
  if (!MAY_NEED_NORMALIZING.test(text)) return text;
  metNonNfc = false;
  const out = text.replace(ONE_PASS, fixOnePass);
  return metNonNfc ? normalizeInPasses(text) : out;
}

/**
 * The passes of `normalizeInPasses` in one scan of NFC text (a whole plan is read by each
 * pass otherwise): an old-style tone pair, or a run of spaces, odd spaces and `*` (which
 * becomes one space, or nothing when it is only `*`). A character that is not NFC stops
 * the shortcut: such text takes the passes.
 */
const ONE_PASS = new RegExp(`${OLD_STYLE.source}|[ \\u00a0\\u2007\\u202f\\t*]{2,}|[\\u00a0\\u2007\\u202f\\t*]|${NEEDS_NFC.source}`, "gu");
let metNonNfc = false;

function fixOnePass(match: string, o?: string, a?: string, u?: string, y?: string): string {
  if (o !== undefined || u !== undefined) return moveTone(match, o, a, u, y);
  const code = match.charCodeAt(0);
  if (match.length === 1 && code !== 42 && code !== 9 && code !== 0xa0 && code !== 0x2007 && code !== 0x202f) {
    metNonNfc = true;
    return match;
  }
  for (let i = 0; i < match.length; i++) if (match.charCodeAt(i) !== 42) return " ";
  return "";
}

/** NFC, one tone style, odd spaces as spaces, no `*`, no two spaces in a row: pass by pass. */
export function normalizeInPasses(text: string): string {
  return normalizeToneMarks(text)
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/\*+/g, "")
    .replace(/ {2,}/g, " ");
}

/** NFC, one tone-mark style, one kind of space, no markdown emphasis markers. */
export function normalizeText(text: string): string {
  return normalizeUntrimmed(text).trim();
}

/** `normalizeText` of every line, in one pass over the whole text (line breaks are left alone by it). */
export function normalizeLines(text: string): string[] {
  return normalizeUntrimmed(text)
    .split("\n")
    .map((line) => line.trim());
}

/** Folded form of each UTF-16 unit, filled in as characters are met. */
const foldedUnits: Array<string | undefined> = new Array(65536);

/** The accent-free lower-case form of one UTF-16 unit (`ế` → `e`, `Đ` → `d`); may be empty or longer for rare characters. */
export function foldUnit(code: number): string {
  let folded = foldedUnits[code];
  if (folded === undefined) {
    const char = String.fromCharCode(code);
    folded = char === "đ" || char === "Đ" ? "d" : char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    foldedUnits[code] = folded;
  }
  return folded;
}

/** Below U+2000 (Latin, Vietnamese, combining marks), each unit's folded form as one code: 0 = dropped, 0xFFFF = not one unit. */
const FOLD_TABLE = (() => {
  const table = new Uint16Array(0x2000);
  for (let code = 0; code < table.length; code++) {
    const folded = foldUnit(code);
    table[code] = folded.length === 1 ? folded.charCodeAt(0) : folded.length === 0 ? 0 : 0xffff;
  }
  return table;
})();

/** A unit's folded form as one code: 0 when it folds away, 0xFFFF when it folds to several units. */
export function foldedCode(code: number): number {
  if (code < 0x2000) return FOLD_TABLE[code]!;
  const folded = foldUnit(code);
  return folded.length === 1 ? folded.charCodeAt(0) : folded.length === 0 ? 0 : 0xffff;
}

/** Where folded UTF-16 units are written before they become one string. */
export type UnitBuffer = Uint16Array | number[];

/** Up to this many units, `String.fromCharCode` on a plain array beats `TextDecoder` (its call costs more than the copy). */
const SHORT = 200;
const shortBuffer: number[] = new Array<number>(SHORT).fill(0);
let longBuffer = new Uint16Array(1024);
const UTF16 = new TextDecoder("utf-16le");

/** A scratch buffer with room for `length` units: callers fill it and turn it into a string at once. */
export function unitBuffer(length: number): UnitBuffer {
  if (length <= SHORT) return shortBuffer;
  if (length > longBuffer.length) longBuffer = new Uint16Array(length * 2);
  return longBuffer;
}

export function unitsToString(buffer: UnitBuffer, length: number): string {
  return Array.isArray(buffer) ? String.fromCharCode.apply(null, buffer.slice(0, length)) : UTF16.decode(buffer.subarray(0, length));
}

/**
 * Accent-free, lower-case key for matching: "Sở Văn hoá" → "so van hoa". Whitespace runs
 * become one space, none at the ends. Combining marks fold away, so NFC and NFD give the same key.
 */
export function foldKey(text: string): string {
  return text.length <= 64 ? foldShortKey(text) : computeFoldKey(text);
}

/** Short keys (unit and place names, field names) are folded again and again within a plan. */
const foldShortKey = memoize((text: string) => computeFoldKey(text));

/** `foldKey(text.slice(0, length))`, for tests on how a text starts, without cutting it first. */
export function foldKeyOfStart(text: string, length: number): string {
  return text.length <= length ? foldKey(text) : computeFoldKey(text, length);
}

function computeFoldKey(text: string, end = text.length): string {
  const buffer = unitBuffer(end);
  let length = 0;
  let space = false;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) {
      space = length > 0;
      continue;
    }
    const folded = foldedCode(code);
    if (folded === 0) continue;
    if (folded === 0xffff) return foldKeySlowly(end === text.length ? text : text.slice(0, end));
    if (space) {
      buffer[length++] = 32;
      space = false;
    }
    buffer[length++] = folded;
  }
  return unitsToString(buffer, length);
}

/** The same, for text with characters that fold to several units. */
function foldKeySlowly(text: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) {
      space = out.length > 0;
      continue;
    }
    const folded = foldUnit(code);
    if (folded === "") continue;
    if (space) {
      out += " ";
      space = false;
    }
    out += folded;
  }
  return out;
}

/** URL slug: "Sở Văn hóa, Thể thao và Du lịch" → "so-van-hoa-the-thao-va-du-lich". */
export function slugify(text: string): string {
  // One pass over the text, folding as it goes; characters that fold to several letters take the long way.
  const buffer = unitBuffer(text.length * 2);
  let length = 0;
  let dash = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldedCode(code);
    if (folded === 0xffff) return slugOfKey(foldKey(text));
    if (folded === 0) continue; // combining marks fold away, as in foldKey
    if ((folded >= 97 && folded <= 122) || (folded >= 48 && folded <= 57)) {
      if (dash && length > 0) buffer[length++] = 45;
      dash = false;
      buffer[length++] = folded;
    } else {
      dash = true;
    }
  }
  return unitsToString(buffer, length);
}

function slugOfKey(key: string): string {
  return key.split(/[^a-z0-9]+/).filter((run) => run !== "").join("-");
}

/** The text with its first letter in capitals (`các sở, ban, ngành` → `Các sở, ban, ngành`). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
