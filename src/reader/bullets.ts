/**
 * Bullets drawn with a symbol font (Word's `Symbol`/`Wingdings` glyphs, private-use code
 * points in the text) and `o` bullets run into one line by a PDF's text layer: each starts
 * an item of its own again.
 */
const GLYPH_BULLET = /[ \t]*[\uf06e\uf071\uf076\uf0a7\uf0a8\uf0b7\uf0d8\uf0e0\uf0f0\uf0fc\u25cf\u25aa\u25e6\u2023][ \t]*/g;
const LETTER_O_BULLET = /([.:;!?])[ \t]+o[ \t]+(?=\p{Lu})/gu;

export function splitInlineBullets(text: string): string {
  return text
    .replace(GLYPH_BULLET, (_match, offset: number, whole: string) => (offset === 0 || whole[offset - 1] === "\n" ? "- " : "\n- "))
    .replace(LETTER_O_BULLET, "$1\n- ");
}
