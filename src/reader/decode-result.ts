/** What decoding a document gives: its text, or the problem named (decode.ts, pdf.ts). */
export type DecodeResult =
  | { ok: true; text: string; mediaType: string; format: "txt" | "doc" | "docx" | "pdf" | "scan"; ocr?: OcrConfidence }
  | { ok: false; code: string; message: string };

/** For text read by OCR: each line's confidence (0–100), in the order of the text's lines. */
export interface OcrConfidence {
  lines: number[];
  pages: number;
}
