import { sha256Hex } from "../text/digest.ts";
import { readDocument } from "./document.ts";

/** `lich parse FILE --json`: the contract of DESIGN.md. */
export async function parseDocument(bytes: Uint8Array, name: string) {
  const { text, plan } = await readDocument(bytes, name);
  return {
    source: { name, sha256: await sha256Hex(bytes), lines: text.split("\n").length },
    plan,
  };
}
