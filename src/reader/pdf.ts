/**
 * PDF text layer → lines. Lines that wrapped because the page was full are joined back; a
 * line that ends short, or one that starts a bullet or a number, stays a line of its own.
 * Text drawn by the page's annotations is read too: a digitally signed plan carries its
 * registration number and day in the signature stamps (`Số: 4644 /KH-SGDĐT`,
 * `ngày 14 tháng 11`), which the page's own text leaves blank.
 */
import { splitInlineBullets } from "./bullets.ts";
import type { DecodeResult } from "./decode-result.ts";
import { stampItems, type TextItem } from "./pdf-stamps.ts";

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
    paragraphs.push(...pageLines(content.items as TextItem[], await stampItems(page)));
  }
  const text = splitInlineBullets(paragraphs.join("\n"));
  if (text.replace(/\s/g, "").length < 20) {
    return { ok: false, code: "pdf-no-text", message: `${name} không có lớp chữ (có thể là bản quét): cần bản PDF xuất từ Word hoặc tệp .docx.` };
  }
  return { ok: true, text, mediaType: "application/pdf", format: "pdf" };
}

/** The line gap a quarter of the gaps between these baselines are narrower than (the page's usual line step). */
function quarterGap(baselines: number[]): number {
  const ys = [...baselines].sort((a, b) => b - a);
  const gaps = ys.slice(1).map((y, i) => ys[i]! - y).filter((g) => g > 0).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 4)] ?? 0;
}

/**
 * Items → lines by their baseline (each line's items left to right), then wrapped lines joined.
 * A stamp's words join the printed line nearest them: a stamp sits a little off the baseline.
 */
function pageLines(items: TextItem[], stamps: TextItem[]): string[] {
  const byRow: Array<{ y: number; items: TextItem[] }> = [];
  const place = (item: TextItem, reach: number) => {
    const y = Math.round(item.transform[5]! * 10) / 10;
    const near = byRow.filter((r) => Math.abs(r.y - y) < reach);
    const row = near.sort((a, b) => Math.abs(a.y - y) - Math.abs(b.y - y))[0];
    if (row) row.items.push(item);
    else byRow.push({ y, items: [item] });
  };
  for (const item of items) if (item.str) place(item, 2);
  const reach = Math.max(2, quarterGap(byRow.map((r) => r.y)) * 0.6);
  for (const stamp of stamps) place(stamp, reach);
  const rows = byRow.map(({ y, items: rowItems }) => {
    const [first, ...rest] = rowItems.sort((a, b) => a.transform[4]! - b.transform[4]!);
    const row = { y, x: first!.transform[4]!, right: first!.transform[4]! + first!.width, text: first!.str, stampOnly: rowItems.every((i) => i.stamp === true), firstText: first!.str, firstRight: first!.transform[4]! + first!.width, secondX: rest.find((i) => i.str.trim() !== "")?.transform[4] ?? null };
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
  // The page's measures are its printed lines': a stamp that found no line to join is no line of the page's layout.
  const printed = rows.filter((r) => !r.stampOnly);
  const margin = Math.max(0, ...printed.map((r) => r.right));
  const lineGap = quarterGap(printed.map((r) => r.y));
  const left = Math.min(...printed.map((r) => r.x));
  const lines: string[] = [];
  // Where the line being built began, and the left edge of a table cell whose lines are being
  // joined once the cell to its left was put in front of them.
  let lineX = Number.NaN;
  let cellX: number | null = null;
  const column = (margin - left) * 0.15;
  const columns = (r: { text: string }) => /\S {4}\S/.test(r.text);
  const capitals = (text: string) => /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const near = previous !== undefined && previous.y - row.y < lineGap * 1.3;
    // `8h35 - 8h45` centred beside a content cell of two or three lines: a cell of the column to
    // the left, drawn between the cell's lines or on one below its first, goes in front of its row.
    const leftCell = near && !row.stampOnly && lines.length > 0 && Math.abs(lineX - previous!.x) < 2 && previous!.x - row.x > column;
    // Only a time, a date or a number (what such columns hold), in the cell right beside the
    // content (a signature block or recipients in the other half of the page is no cell of the row).
    const beside = leftCell && /^\d/.test(row.firstText.trim()) && row.firstRight <= previous!.x + 1 && previous!.x - row.firstRight < column && !capitals(previous!.text.trim());
    if (beside && (row.secondX === null || Math.abs(row.secondX - previous!.x) < 2)) {
      const rest = row.secondX === null ? "" : ` ${row.text.slice(row.firstText.length).trim()}`;
      lines[lines.length - 1] = `${row.firstText.trim()} ${lines[lines.length - 1]!.trim()}${rest}`;
      cellX = previous!.x;
      return;
    }
    if (cellX !== null && near && Math.abs(row.x - cellX) < 2) {
      lines[lines.length - 1] = `${lines[lines.length - 1]!.trimEnd()} ${row.text.trim()}`;
      return;
    }
    cellX = null;
    // A wrapped line follows at the normal line gap, from the left margin, under a line that
    // reached far across the page; lines in capitals (the header, titles) and lines laid out
    // in columns are lines of their own.
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
      lineX = row.x;
    }
  });
  return lines;
}
