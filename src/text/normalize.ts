/**
 * Vietnamese text as it really comes: NFC or NFD, old or new tone-mark placement,
 * stray markdown. Everything downstream works on the output of `normalizeText`.
 */

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

function normalizeUntrimmed(text: string): string {
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

/** Accent-free, lower-case key for matching: "Sở Văn hoá" → "so van hoa". */
export function foldKey(text: string): string {
  const nfc = toNfc(text);
  let out = "";
  let space = false;
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += " ";
      space = false;
    }
    out += code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : nfc[i]) : foldUnit(code);
  }
  return out;
}

/** URL slug: "Sở Văn hóa, Thể thao và Du lịch" → "so-van-hoa-the-thao-va-du-lich". */
export function slugify(text: string): string {
  return foldKey(text)
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
