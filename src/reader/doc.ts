/**
 * A Word 97–2003 document (.doc, an OLE compound file) → its text: paragraphs one per line,
 * a table's cells separated by tabs, as the tables of a plan's header and signature are
 * written. Many offices still publish their plans so. word-extractor reads the file in plain
 * JavaScript (no LibreOffice, no antiword), the same on Node and on the Worker.
 */
import type { DecodeResult } from "./decode-result.ts";

export const DOC_TYPE = "application/msword";

export async function docToText(bytes: Uint8Array, name: string): Promise<DecodeResult> {
  let body: string;
  try {
    const { default: WordExtractor } = await import("word-extractor");
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody();
  } catch (error) {
    const reason = ((error as Error).message ?? "").slice(0, 120);
    return { ok: false, code: "invalid-doc", message: `${name} là tệp Word cũ (.doc) nhưng không đọc được${reason ? ` (${reason})` : ""}: hãy lưu lại dưới dạng .docx hoặc .pdf rồi gửi.` };
  }
  if (body.replace(/\s/g, "").length < 20) return { ok: false, code: "doc-no-text", message: `${name} là tệp Word cũ (.doc) không có chữ nào để đọc.` };
  return { ok: true, text: body.replace(/\r\n?/g, "\n"), mediaType: DOC_TYPE, format: "doc" };
}
