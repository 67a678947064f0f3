/**
 * PDF text layer → lines. Lines that wrapped because the page was full are joined back; a
 * line that ends short, or one that starts a bullet or a number, stays a line of its own.
 */
import { splitInlineBullets } from "./bullets.ts";
import type { DecodeResult } from "./decode-result.ts";

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  hasEOL?: boolean;
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
    paragraphs.push(...pageLines(content.items as TextItem[]));
  }
  const text = splitInlineBullets(paragraphs.join("\n"));
  if (text.replace(/\s/g, "").length < 20) {
    return { ok: false, code: "pdf-no-text", message: `${name} không có lớp chữ (có thể là bản quét): cần bản PDF xuất từ Word hoặc tệp .docx.` };
  }
  return { ok: true, text, mediaType: "application/pdf", format: "pdf" };
}

/** Items → lines by their baseline, then wrapped lines joined. */
function pageLines(items: TextItem[]): string[] {
  const rows: Array<{ y: number; x: number; right: number; text: string }> = [];
  for (const item of items) {
    if (!item.str) continue;
    const x = item.transform[4]!;
    const y = Math.round(item.transform[5]! * 10) / 10;
    const row = rows.find((r) => Math.abs(r.y - y) < 2);
    if (row) {
      // Items far apart on one baseline are columns (the header's two blocks, a table's cells):
      // a wide gap becomes a cell break, a small one a space where the text has none.
      const gap = x - row.right;
      const size = Math.abs(item.transform[0] ?? 10) || 10;
      const joint = gap > size * 2 ? "    " : gap > size * 0.15 && !/\s$/.test(row.text) && !/^\s/.test(item.str) ? " " : "";
      row.text += joint + item.str;
      row.right = Math.max(row.right, x + item.width);
      row.x = Math.min(row.x, x);
    } else {
      rows.push({ y, x, right: x + item.width, text: item.str });
    }
  }
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
