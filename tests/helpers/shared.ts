import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** `../shared` beside the checkout (CI puts it there); tests on it skip when it is absent. */
export const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared");
export const SEEDS = path.join(SHARED, "seeds");
export const hasSeeds = existsSync(SEEDS);
if (!hasSeeds) console.warn(`[lich-kehoach] ${SEEDS} not found: tests on the reference plans are skipped.`);

export const SEED_004 = path.join(SEEDS, "004_4bcf00a113bc2395.txt");
export const SEED_000 = path.join(SEEDS, "000_9c4979b0d76d147e.txt");
