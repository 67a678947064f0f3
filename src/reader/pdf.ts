/**
 * PDF text layer → lines. Lines that wrapped because the page was full are joined back; a
 * line that ends short, or one that starts a bullet or a number, stays a line of its own.
 * Text drawn by the page's annotations is read too: a digitally signed plan carries its
 * registration number and day in the signature stamps (`Số: 4644 /KH-SGDĐT`,
 * `ngày 14 tháng 11`), which the page's own text leaves blank.
 */
import { splitInlineBullets } from "./bullets.ts";
import type { DecodeResult } from "./decode-result.ts";

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  hasEOL?: boolean;
  /** Drawn by an annotation (a signature stamp), not by the page. */
  stamp?: boolean;
}

const STARTS_ITEM = /^\s*([-+•–]|\d{1,2}(\.\d{1,2})*[.,)]|[a-zđ]\)|[IVX]{1,5}\.|[A-E]\.)\s/u;

export async function pdfToText(bytes: Uint8Array, name: string): Promise<DecodeResult> {
  let document;
  try {
    const { getDocumentProxy } = await import("unpdf");
    document = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    const message = (error as Error).message ?? "";
    if (/password|encrypt/i.test(message) || (error as { name?: string }).name === "PasswordException") {
      return { ok: false, code: "pdf-encrypted", message: `${name} được đặt mật khẩu: hãy gửi bản PDF không khóa.` };
    }
    return { ok: false, code: "invalid-pdf", message: `${name} không đọc được như tệp PDF (${message.slice(0, 120)}).` };
  }
  const paragraphs: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    paragraphs.push(...pageLines([...(content.items as TextItem[]), ...(await stampItems(page))]));
  }
  const text = splitInlineBullets(paragraphs.join("\n"));
  if (text.replace(/\s/g, "").length < 20) {
    return { ok: false, code: "pdf-no-text", message: `${name} không có lớp chữ (có thể là bản quét): cần bản PDF xuất từ Word hoặc tệp .docx.` };
  }
  return { ok: true, text, mediaType: "application/pdf", format: "pdf" };
}

// pdf.js sends a page's operator list with ArrayBuffer.prototype.transferToFixedLength, which
// Node has from version 21 on; on Node 20 a copy does the same.
const arrayBuffer = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
arrayBuffer.transferToFixedLength ??= function (this: ArrayBuffer, length?: number) {
  return this.slice(0, length ?? this.byteLength);
};

interface PdfPage {
  getAnnotations(): Promise<Array<{ subtype?: string; rect?: number[] }>>;
  getOperatorList(options: { annotationMode: number }): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}


/**
 * The words the page's annotations draw (signature stamps, filled form fields), placed where
 * they show: each run of glyphs between spaces is an item at its own x on the stamp's baseline.
 */
async function stampItems(page: PdfPage): Promise<TextItem[]> {
  const annotations = await page.getAnnotations();
  if (!annotations.some((a) => a.subtype === "Widget" || a.subtype === "FreeText" || a.subtype === "Stamp")) return [];
  const { getResolvedPDFJS } = await import("unpdf");
  const { OPS: OP, AnnotationMode } = await getResolvedPDFJS();
  let list;
  try {
    list = await page.getOperatorList({ annotationMode: AnnotationMode.ENABLE });
  } catch {
    return [];
  }
  const items: TextItem[] = [];
  let origin: [number, number] | null = null;
  let size = 10;
  let line: [number, number] = [0, 0];
  let x = 0;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] ?? [];
    if (fn === OP.beginAnnotation) origin = [((args[1] as number[] | undefined) ?? [0, 0])[0]!, ((args[1] as number[] | undefined) ?? [0, 0])[1]!];
    else if (fn === OP.endAnnotation) origin = null;
    if (!origin) continue;
    if (fn === OP.setFont) size = Math.abs(Number(args[1])) || size;
    else if (fn === OP.setTextMatrix) {
      const matrix = args[0] as ArrayLike<number>;
      line = [matrix[4] ?? 0, matrix[5] ?? 0];
      x = line[0];
    } else if (fn === OP.moveText) {
      line = [line[0] + Number(args[0]), line[1] + Number(args[1])];
      x = line[0];
    } else if (fn === OP.showText || fn === OP.showSpacedText) {
      let run = "";
      let runX = x;
      const flush = () => {
        if (run.trim()) items.push({ str: run, transform: [size, 0, 0, size, origin![0] + runX, origin![1] + line[1]], width: x - runX, stamp: true });
        run = "";
      };
      for (const glyph of args[0] as Array<Glyph | number>) {
        if (typeof glyph === "number") {
          x -= (glyph * size) / 1000;
          continue;
        }
        if (glyph.isSpace || glyph.unicode === " ") {
          flush();
          x += ((glyph.width ?? 250) * size) / 1000;
          runX = x;
          continue;
        }
        run += glyph.unicode ?? "";
        x += ((glyph.width ?? 500) * size) / 1000;
      }
      flush();
    }
  }
  return items;
}

/** Items → lines by their baseline (each line's items left to right), then wrapped lines joined. */
function pageLines(items: TextItem[]): string[] {
  const byRow: Array<{ y: number; items: TextItem[] }> = [];
  for (const item of items) {
    if (!item.str) continue;
    const y = Math.round(item.transform[5]! * 10) / 10;
    const near = byRow.filter((r) => Math.abs(r.y - y) < 2);
    const row = near.sort((a, b) => Math.abs(a.y - y) - Math.abs(b.y - y))[0];
    if (row) row.items.push(item);
    else byRow.push({ y, items: [item] });
  }
  const rows = byRow.map(({ y, items: rowItems }) => {
    const [first, ...rest] = rowItems.sort((a, b) => a.transform[4]! - b.transform[4]!);
    const row = { y, x: first!.transform[4]!, right: first!.transform[4]! + first!.width, text: first!.str };
    let previous = first!;
    for (const item of rest) {
      // Items far apart on one baseline are columns (the header's two blocks, a table's cells):
      // a wide gap becomes a cell break, a small one a space where the text has none; a stamp's
      // words are words of their own.
      const x = item.transform[4]!;
      const gap = x - row.right;
      const size = Math.abs(item.transform[0] ?? 10) || 10;
      const apart = (gap > size * 0.15 || item.stamp === true || previous.stamp === true) && !/\s$/.test(row.text) && !/^\s/.test(item.str);
      row.text += (gap > size * 2 ? "    " : apart ? " " : "") + item.str;
      row.right = Math.max(row.right, x + item.width);
      previous = item;
    }
    return row;
  });
  rows.sort((a, b) => b.y - a.y);
  const margin = Math.max(0, ...rows.map((r) => r.right));
  const gaps = rows.slice(1).map((r, i) => rows[i]!.y - r.y).filter((g) => g > 0).sort((a, b) => a - b);
  const lineGap = gaps[Math.floor(gaps.length / 4)] ?? 0;
  const left = Math.min(...rows.map((r) => r.x));
  const lines: string[] = [];
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    // A wrapped line follows at the normal line gap, from the left margin, under a line that
    // reached far across the page; lines in capitals (the header, titles) and lines laid out
    // in columns are lines of their own.
    const columns = (r: { text: string }) => /\S {4}\S/.test(r.text);
    const capitals = (text: string) => /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();
    const wrapped =
      previous !== undefined &&
      previous.y - row.y < lineGap * 1.3 &&
      !STARTS_ITEM.test(row.text) &&
      !columns(row) &&
      !columns(previous) &&
      !capitals(previous.text.trim()) &&
      (/^\p{Ll}/u.test(row.text.trim()) || (previous.right > margin * 0.6 && row.x - left < (margin - left) * 0.1));
    if (wrapped) lines[lines.length - 1] = `${lines[lines.length - 1]!.trimEnd()} ${row.text.trim()}`;
    else {
      if (previous && lineGap > 0 && previous.y - row.y > lineGap * 1.5) lines.push("");
      lines.push(row.text.trim());
    }
  });
  return lines;
}
