/**
 * The words a PDF page's form widgets draw: a digitally signed plan carries its registration
 * number and day in signature stamps (`Số: 4644 /KH-SGDĐT`, `ngày 14 tháng 11`) that the page's
 * own text leaves blank. Read from pdf.js's operator list, each run of glyphs between spaces an
 * item where it shows on the page.
 */

export interface TextItem {
  str: string;
  transform: number[];
  width: number;
  hasEOL?: boolean;
  /** Drawn by a widget (a signature stamp), not by the page. */
  stamp?: boolean;
}

export interface PdfPage {
  getAnnotations(): Promise<Array<{ subtype?: string }>>;
  getOperatorList(options: { annotationMode: number }): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

// pdf.js sends a page's operator list with ArrayBuffer.prototype.transferToFixedLength, which
// Node has from version 21 on; on Node 20 (which the project still runs on) a copy does the same.
const arrayBuffer = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
arrayBuffer.transferToFixedLength ??= function (this: ArrayBuffer, length?: number) {
  const copy = new Uint8Array(length ?? this.byteLength);
  copy.set(new Uint8Array(this, 0, Math.min(copy.length, this.byteLength)));
  return copy.buffer;
};

function multiply(a: Matrix, b: Matrix): Matrix {
  return [a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1], a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3], a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5]];
}

function asMatrix(value: unknown): Matrix {
  const m = value as ArrayLike<number> | undefined;
  return m && m.length >= 6 ? [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!] : IDENTITY;
}

/** The text the page's widgets draw, as items on the page (none when the page has no widget). */
export async function stampItems(page: PdfPage): Promise<TextItem[]> {
  const annotations = await page.getAnnotations();
  if (!annotations.some((a) => a.subtype === "Widget")) return [];
  const { getResolvedPDFJS } = await import("unpdf");
  const { OPS, AnnotationMode } = await getResolvedPDFJS();
  let list;
  try {
    list = await page.getOperatorList({ annotationMode: AnnotationMode.ENABLE });
  } catch {
    return [];
  }
  const items: TextItem[] = [];
  // Where the appearance stream draws on the page: the widget's placement times its form matrix.
  let toPage: Matrix | null = null;
  let size = 10;
  let lineStart: [number, number] = [0, 0];
  let x = 0;
  const emit = (text: string, from: number, to: number) => {
    if (!toPage || !text.trim()) return;
    const at = multiply(toPage, [1, 0, 0, 1, from, lineStart[1]]);
    items.push({ str: text, transform: [size, 0, 0, size, at[4], at[5]], width: (to - from) * Math.abs(toPage[0]), stamp: true });
  };
  const nextLine = () => {
    lineStart = [lineStart[0], lineStart[1] - size * 1.2];
    x = lineStart[0];
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] ?? [];
    if (fn === OPS.beginAnnotation) {
      toPage = multiply(asMatrix(args[2]), asMatrix(args[3]));
      lineStart = [0, 0];
      x = 0;
    } else if (fn === OPS.endAnnotation) toPage = null;
    if (!toPage) continue;
    if (fn === OPS.beginText) lineStart = [0, 0];
    else if (fn === OPS.setFont) size = Math.abs(Number(args[1])) || size;
    else if (fn === OPS.setTextMatrix) {
      const m = asMatrix(args[0]);
      lineStart = [m[4], m[5]];
      x = m[4];
    } else if (fn === OPS.moveText || fn === OPS.setLeadingMoveText) {
      lineStart = [lineStart[0] + Number(args[0]), lineStart[1] + Number(args[1])];
      x = lineStart[0];
    } else if (fn === OPS.nextLine) nextLine();
    else if (fn === OPS.showText || fn === OPS.showSpacedText || fn === OPS.nextLineShowText || fn === OPS.nextLineSetSpacingShowText) {
      if (fn === OPS.nextLineShowText || fn === OPS.nextLineSetSpacingShowText) nextLine();
      const glyphs = (fn === OPS.nextLineSetSpacingShowText ? args[2] : args[0]) as Array<Glyph | number> | undefined;
      let run = "";
      let runX = x;
      for (const glyph of glyphs ?? []) {
        if (typeof glyph === "number") {
          x -= (glyph * size) / 1000;
          continue;
        }
        if (glyph.isSpace || glyph.unicode === " ") {
          emit(run, runX, x);
          run = "";
          x += ((glyph.width ?? 250) * size) / 1000;
          runX = x;
          continue;
        }
        run += glyph.unicode ?? "";
        x += ((glyph.width ?? 500) * size) / 1000;
      }
      emit(run, runX, x);
    }
  }
  return items;
}
