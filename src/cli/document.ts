import { decodeDocument } from "../reader/decode.ts";
import { readPlan } from "../reader/read.ts";
import type { ReadPlan } from "../reader/types.ts";
import { InputError } from "./errors.ts";

/** Decodes and reads a document, or throws an InputError saying why it cannot be used. */
export async function readDocument(bytes: Uint8Array, name: string): Promise<{ text: string; plan: ReadPlan }> {
  const decoded = await decodeDocument(bytes, name);
  if (!decoded.ok) throw new InputError(`${name}: ${decoded.message}`);
  return { text: decoded.text, plan: readPlan(decoded.text) };
}
