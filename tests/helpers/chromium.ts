/**
 * Debian's Chromium for the page tests (`.ci/run` installs it; CHROMIUM_PATH points elsewhere).
 * In CI a missing browser is a failure; elsewhere the page tests are skipped with a message.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run should have installed it.`);
  console.warn(`Chromium not found at ${CHROMIUM}: page tests skipped (apt-get install chromium, or set CHROMIUM_PATH).`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
}
