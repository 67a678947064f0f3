/**
 * Synthetic plans for the scale benchmark, built from the corpus's real plans: plan n is one of
 * them (chosen by a seeded generator) moved to a locality of its own — its place name replaced
 * by a generated Vietnamese one and its number made unique — so that n plans are n issuers
 * with their own units, as thousands of communes would be. Deterministic for a given seed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readPlan } from "../../src/reader/read.ts";

const SYLLABLES = "An Bình Châu Đông Hòa Hưng Khánh Lạc Long Minh Nam Nghĩa Phú Phúc Quang Sơn Tân Thạnh Thành Thịnh Thuận Tiến Trung Vinh Xuân Yên Hải Hợp Lâm Lợi Mỹ Ninh Phong Tây Thanh Thái Tường Vĩnh Hiệp Đức".split(" ");

export interface Source {
  text: string;
  /** The place name the plan is written for (`Phúc Thịnh`), replaced in every copy. */
  place: string;
}

/** The corpus plans with a place name to move (those the reader finds a locality for). */
export function corpusSources(root: string): Source[] {
  const corpus = path.join(root, "tests/fixtures/corpus");
  const sources: Source[] = [];
  for (const name of readdirSync(corpus).sort()) {
    const file = path.join(corpus, name, "document.txt");
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8").normalize("NFC");
    const plan = readPlan(text);
    const place = plan.scope?.replace(/^(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+/i, "") ?? null;
    if (place && place.length >= 3 && plan.tasks.length >= 3) sources.push({ text, place });
  }
  return sources;
}

/** A small deterministic generator (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Three syllables from 40: 64,000 names, the n-th always the same and never repeated below that. */
export function placeName(n: number): string {
  const s = SYLLABLES.length;
  return [SYLLABLES[n % s], SYLLABLES[Math.floor(n / s) % s], SYLLABLES[Math.floor(n / s / s) % s]].join(" ");
}

export function syntheticPlan(sources: Source[], n: number, random: () => number): string {
  const source = sources[Math.floor(random() * sources.length)]!;
  const place = placeName(n);
  return source.text
    .split(source.place.normalize("NFC"))
    .join(place)
    .split(source.place.normalize("NFC").toUpperCase())
    .join(place.toUpperCase())
    .replace(/Số:\s*[^\n]*/, `Số: ${n + 1}/KH-UBND`);
}
