/**
 * Documents to text: .txt (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1258),
 * .docx (mammoth), .pdf with a text layer (unpdf). Errors are values naming the problem.
 */
import { docToText } from "./doc.ts";
import { withoutControls } from "../text/controls.ts";
import { declaredZipSize, inflatedZipSize } from "./zip-size.ts";
import { repairKindLines, repairPartNumerals, repairSectionNumerals, type OcrLine, type OcrPage } from "./ocr-lines.ts";
import { docxHtmlToText } from "./docx-html.ts";
import { splitInlineBullets } from "./bullets.ts";
import { pdfToText } from "./pdf.ts";

import type { DecodeResult } from "./decode-result.ts";

export type { DecodeResult };

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function fail(code: string, message: string): DecodeResult {
  return { ok: false, code, message };
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** The decoded text, without control characters (page breaks become new lines). */
/** What OCR gives for a scan: its pages' lines with their confidence, or why it could not. */
export type OcrOutcome = { ok: true; pages: OcrPage[] } | { ok: false; code: string; message: string };
/** Reads a scan; `signal` stops it (its processes killed, its scratch files removed). */
export type OcrReader = (bytes: Uint8Array, kind: "pdf" | "image", signal?: AbortSignal) => Promise<OcrOutcome>;

export interface DecodeOptions {
  /** Reads scans (a PDF without text, a photo); where absent, `noOcr` says why scans are refused. */
  ocr?: OcrReader;
  noOcr?: string;
}

/** Where the runtime has no OCR: the Node service reads scans once Tesseract is installed. */
export const NO_OCR_INSTALLED = "máy chủ chưa cài phần đọc bản quét (apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils)";

export async function decodeDocument(bytes: Uint8Array, fileName: string, mediaType = "", options: DecodeOptions = {}): Promise<DecodeResult> {
  const result = await decodeAny(bytes, fileName, mediaType, options);
  return result.ok ? { ...result, text: withoutControls(result.text) } : result;
}

async function decodeAny(bytes: Uint8Array, fileName: string, mediaType: string, options: DecodeOptions): Promise<DecodeResult> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const type = mediaType.split(";")[0]!.trim().toLowerCase();
  const name = fileName || "tệp";
  if (bytes.byteLength === 0) return fail("empty-document", "Văn bản rỗng: không có nội dung để đọc.");
  if (startsWith(bytes, PNG) || startsWith(bytes, JPEG)) {
    if (options.ocr) return scanToResult(await options.ocr(bytes, "image"), name);
    return fail("image-not-document", `${name} là ảnh (PNG/JPEG) của văn bản: ${options.noOcr ?? NO_OCR_INSTALLED}. Hãy gửi tệp .docx, .pdf có lớp chữ hoặc .txt.`);
  }
  if (startsWith(bytes, OLE)) return docToText(bytes, name);
  if (extension === "docx" || type === DOCX_TYPE || (startsWith(bytes, ZIP) && extension !== "txt")) {
    if (!startsWith(bytes, ZIP)) return fail("invalid-docx", `${name} không phải tài liệu Word .docx hợp lệ.`);
    return docxToText(bytes, name);
  }
  if (extension === "pdf" || type === "application/pdf" || startsWith(bytes, PDF)) {
    if (!startsWith(bytes, PDF)) return fail("invalid-pdf", `${name} không phải tệp PDF hợp lệ.`);
    const pdf = await pdfToText(bytes, name);
    if (pdf.ok || pdf.code !== "pdf-no-text") return pdf;
    if (options.ocr) return scanToResult(await options.ocr(bytes, "pdf"), name);
    return fail("pdf-no-text", `${name} không có lớp chữ (bản quét có dấu, chữ ký): ${options.noOcr ?? NO_OCR_INSTALLED}. Hãy gửi bản PDF xuất từ Word hoặc tệp .docx.`);
  }
  if (!(["txt", "md", "text", ""].includes(extension)) && type !== "" && !type.startsWith("text/") && type !== "application/octet-stream") {
    return fail("unsupported-format", `Không nhận loại tệp "${type || extension}": hãy gửi .txt, .docx hoặc .pdf.`);
  }
  return textToResult(bytes, name);
}

function textToResult(bytes: Uint8Array, name: string): DecodeResult {
  const text = decodeText(bytes);
  if (text === null) {
    const kind = byteKind(bytes);
    if (kind === "utf-16") return fail("invalid-encoding", `${name} là văn bản UTF-16 không có dấu BOM: hãy lưu lại dưới dạng UTF-8 rồi gửi lại.`);
    if (kind === "binary") return fail("invalid-encoding", `${name} là tệp nhị phân, không phải văn bản: hãy gửi .txt, .docx hoặc .pdf.`);
    const legacy = legacyEncoding(new TextDecoder("windows-1252").decode(bytes));
    if (legacy) return fail("legacy-encoding", `${name} dùng bảng mã ${legacy} cũ: hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi gửi lại.`);
    return fail("invalid-encoding", `${name} không phải văn bản UTF-8, UTF-16 hay Windows-1258 (có thể là tệp nhị phân).`);
  }
  const legacy = legacyEncoding(text);
  if (legacy) return fail("legacy-encoding", `${name} dùng bảng mã ${legacy} cũ: hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi gửi lại.`);
  if (text.trim() === "") return fail("empty-document", "Văn bản rỗng: không có nội dung để đọc.");
  return { ok: true, text, mediaType: "text/plain; charset=utf-8", format: "txt" };
}

function decodeText(bytes: Uint8Array): string | null {
  let encoding: "utf-8" | "utf-16le" | "utf-16be" = "utf-8";
  let offset = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) offset = 3;
  else if (startsWith(bytes, [0xff, 0xfe])) [encoding, offset] = ["utf-16le", 2];
  else if (startsWith(bytes, [0xfe, 0xff])) [encoding, offset] = ["utf-16be", 2];
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(offset));
  } catch {
    if (encoding !== "utf-8") return null;
    // Windows-1258 writes tones as combining marks (0xCC 0xEC 0xD2 0xDE 0xF2): convertible when they are there.
    const windows1258 = new TextDecoder("windows-1258").decode(bytes);
    if (!/[\u0300\u0301\u0303\u0309\u0323]/.test(windows1258) || /[\u0000-\u0008]/.test(windows1258)) return null;
    text = windows1258.normalize("NFC");
  }
  if (/\u0000/.test(text)) return null;
  return text.replace(/\r\n?/g, "\n");
}

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const TCVN3 = /[¸µ¶·¹¨»¾¼½Æ©ÇÊÈÉËÌÎÐÏÑªÒÕÓÔÖ«×ÝØÜÞ®]/gu;
const VNI = /[a-zA-Z][øùûõïáàâäåéèêëìíîóòôöúü]/gu;

/** TCVN3 (ABC) or VNI text read as if it were Unicode: Latin-1 letters where Vietnamese ones belong. */
/**
 * What bytes that are not UTF-8 look like: UTF-16 without its BOM (every other byte zero),
 * binary (control bytes text never has), or text in some other 8-bit encoding.
 */
function byteKind(bytes: Uint8Array): "utf-16" | "binary" | "text" {
  const sample = bytes.subarray(0, 20_000);
  let evenZeros = 0;
  let oddZeros = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1a)) controls++;
  }
  const half = sample.length / 2;
  if (half > 0 && (evenZeros > half * 0.3 || oddZeros > half * 0.3) && Math.min(evenZeros, oddZeros) < half * 0.05) return "utf-16";
  return controls > sample.length * 0.01 ? "binary" : "text";
}

function legacyEncoding(text: string): string | null {
  const sample = text.slice(0, 20_000);
  // Legacy Vietnamese text is mostly plain letters with a few high characters; random bytes are not.
  if ((sample.match(/[A-Za-z ]/g)?.length ?? 0) < sample.length * 0.5) return null;
  const vietnamese = sample.match(VIETNAMESE)?.length ?? 0;
  const tcvn3 = sample.match(TCVN3)?.length ?? 0;
  const vni = sample.match(VNI)?.length ?? 0;
  if (tcvn3 > 20 && tcvn3 > vietnamese) return "TCVN3 (ABC)";
  if (vni > 20 && vni > vietnamese * 2) return "VNI";
  return null;
}

/**
 * The pages' lines one after another, an empty line between pages, except where a paragraph runs
 * on over the page break (the page ends mid-sentence and the next begins in lower case): it is
 * joined back, as the document's text has it.
 */
function acrossPages(pages: OcrLine[][]): OcrLine[] {
  const out: OcrLine[] = [];
  for (const [i, page] of pages.entries()) {
    const lines = [...page];
    const last = out[out.length - 1];
    const first = lines[0];
    if (i > 0 && last && first && last.text !== "" && !/[.:;!?]$/.test(last.text) && /^\p{Ll}/u.test(first.text)) {
      out[out.length - 1] = { text: `${last.text} ${first.text}`, confidence: Math.min(last.confidence, first.confidence) };
      lines.shift();
    } else if (i > 0) out.push({ text: "", confidence: 100 });
    out.push(...lines);
  }
  return out;
}

/** A scan's lines as text, each line's confidence kept beside it. */
function scanToResult(outcome: OcrOutcome, name: string): DecodeResult {
  if (!outcome.ok) return fail(outcome.code, outcome.message);
  const lines = repairKindLines(repairPartNumerals(repairSectionNumerals(acrossPages(outcome.pages.map((page) => page.lines)))));
  const text = lines.map((l) => l.text).join("\n");
  if (text.replace(/\s/g, "").length < 20) return fail("scan-no-text", `${name}: đọc bằng OCR nhưng không thấy chữ (ảnh mờ, trắng hoặc không phải văn bản).`);
  return { ok: true, text, mediaType: "application/pdf", format: "scan", ocr: { lines: lines.map((l) => l.confidence), pages: outcome.pages.length } };
}

/** What a .docx may inflate to: a long plan's document.xml is a few MB. */
export const MAX_DOCX_INFLATED = 100 * 1024 * 1024;

async function docxToText(bytes: Uint8Array, name: string): Promise<DecodeResult> {
  const size = declaredZipSize(bytes);
  if (!size.ok) return fail("invalid-docx", `${name} không đọc được như tài liệu Word .docx (${size.reason === "zip64" ? "tệp nén ZIP64, quá lớn cho một kế hoạch" : "không phải tệp nén .docx"}).`);
  if (size.bytes > MAX_DOCX_INFLATED) {
    return fail("docx-too-large", `${name} khi giải nén lớn ${Math.round(size.bytes / 1024 / 1024)} MB, quá giới hạn ${MAX_DOCX_INFLATED / 1024 / 1024} MB của một kế hoạch: không đọc.`);
  }
  // The directory can understate: what the entries really inflate to is measured before mammoth inflates them whole.
  const inflated = await inflatedZipSize(bytes, MAX_DOCX_INFLATED);
  if (!inflated.ok && inflated.reason === "too-large") {
    return fail("docx-too-large", `${name} khi giải nén lớn hơn ${MAX_DOCX_INFLATED / 1024 / 1024} MB (lớn hơn tệp tự khai báo), quá giới hạn của một kế hoạch: không đọc.`);
  }
  if (!inflated.ok) return fail("invalid-docx", `${name} không đọc được như tài liệu Word .docx (không phải tệp nén .docx).`);
  try {
    const mammoth = await import("mammoth");
    // The HTML keeps what the raw text loses: tables (cells and rows) and list numbering.
    const convert = (mammoth.default ?? mammoth).convertToHtml;
    const result = await convert({ buffer: bytes as unknown as Buffer, arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) } as never);
    const text = splitInlineBullets(docxHtmlToText(result.value).replace(/\r\n?/g, "\n"));
    if (text.trim() === "") return fail("empty-document", `${name} không có chữ nào.`);
    return { ok: true, text, mediaType: DOCX_TYPE, format: "docx" };
  } catch (error) {
    return fail("invalid-docx", `${name} không đọc được như tài liệu Word .docx (${(error as Error).message.slice(0, 120)}).`);
  }
}
