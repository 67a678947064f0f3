import { tesseractReader } from "../ocr/tesseract.ts";
import { decodeDocument } from "../reader/decode.ts";
import { withOcrReview } from "../reader/ocr-review.ts";
import { readPlan } from "../reader/read.ts";
import type { ReadPlan } from "../reader/types.ts";
import { InputError } from "./errors.ts";

/** What decoding says of a scan or a photo: read it again by OCR, where Tesseract is installed. */
const NEEDS_OCR = new Set(["pdf-no-text", "image-not-document"]);

/** Decodes and reads a document (a scan by OCR where Tesseract is installed), or throws an InputError saying why it cannot be used. */
export async function readDocument(bytes: Uint8Array, name: string): Promise<{ text: string; plan: ReadPlan }> {
  let decoded = await decodeDocument(bytes, name);
  if (!decoded.ok && NEEDS_OCR.has(decoded.code)) {
    const ocr = await tesseractReader();
    if (ocr) decoded = await decodeDocument(bytes, name, "", { ocr });
  }
  if (!decoded.ok) throw new InputError(`${name}: ${decoded.message}`);
  return { text: decoded.text, plan: withOcrReview(readPlan(decoded.text), decoded.text, decoded.ocr ?? null) };
}
