/**
 * Vietnamese text as it really comes: NFC or NFD, old or new tone-mark placement,
 * stray markdown. Everything downstream works on the output of `normalizeText`.
 */

const TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

// Syllable-final "oa", "oe", "uy" carry the tone on the first vowel in the modern style
// (hóa, khỏe, thủy) and on the second in the old style (hoá, khoẻ, thuỷ). "quý" is the
// same in both styles because "qu" is one consonant.
const OLD_STYLE_OA_OE = new RegExp(`([oO])([aAeE])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, "gu");
const OLD_STYLE_UY = new RegExp(`(?<![qQ])([uU])([yY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, "gu");

const NEEDS_NFC = /[\u0300-\u036f\u1100-\u11ff\u2126\u212a\u212b\uf900-\ufaff]/;

/** NFC; text without combining marks (nearly all of it) is already NFC and is returned as is. */
export function toNfc(text: string): string {
  return NEEDS_NFC.test(text) ? text.normalize("NFC") : text;
}
/** An old-style syllable in NFC: a toned `a`/`e` after `o`, a toned `y` after `u`. */
const MAYBE_OLD_STYLE = /[oO][áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ]/;

/** NFC with one tone-mark style (hoá → hóa, uỷ → ủy). */
export function normalizeToneMarks(text: string): string {
  const nfc = toNfc(text);
  if (!MAYBE_OLD_STYLE.test(nfc)) return nfc;
  return nfc
    .normalize("NFD")
    .replace(OLD_STYLE_OA_OE, "$1$3$2")
    .replace(OLD_STYLE_UY, "$1$3$2")
    .normalize("NFC");
}

/** NFC, one tone-mark style, one kind of space, no markdown emphasis markers. */
export function normalizeText(text: string): string {
  return normalizeToneMarks(text)
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/\*+/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
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
