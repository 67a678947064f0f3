/** What decoding a document gives: its text, or the problem named (decode.ts, pdf.ts). */
export type DecodeResult =
  | { ok: true; text: string; mediaType: string; format: "txt" | "docx" | "pdf" }
  | { ok: false; code: string; message: string };
