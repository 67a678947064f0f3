/** Node only: the sample plans as examples/examples.json lists them, read from the repository. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkCeremonyOverride } from "../reader/ceremony-override.ts";
import type { Sample } from "./samples.ts";

export const EXAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../examples");

/** The samples, or none when the folder is not there (an installed package without it). */
export function readSamples(folder = EXAMPLES_DIR): Sample[] {
  const manifest = path.join(folder, "examples.json");
  if (!existsSync(manifest)) return [];
  const entries = JSON.parse(readFileSync(manifest, "utf8")) as Array<{ file: string; ceremony?: unknown }>;
  return entries.map((entry) => {
    const ceremony = entry.ceremony === undefined ? null : checkCeremonyOverride(entry.ceremony);
    if (ceremony && !ceremony.ok) throw new Error(`examples.json, ${entry.file}: ${ceremony.message}`);
    return { fileName: entry.file, bytes: new Uint8Array(readFileSync(path.join(folder, entry.file))), ...(ceremony?.ok ? { ceremony: ceremony.value } : {}) };
  });
}
