import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

/**
 * Compares text with a golden file in tests/fixtures/golden byte for byte. After reviewing a
 * deliberate change, `UPDATE_GOLDEN=1 npm run test:node` rewrites the files.
 */
export function expectGolden(name: string, actual: string): void {
  const file = new URL(`../fixtures/golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    if (process.env.CI) throw new Error(`golden file ${name} is missing`);
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}
