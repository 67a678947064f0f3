/**
 * A fixed list of timing phrases for benchmarks: every phrase of the reference table and of
 * the project's corpus, then deterministic variations of them (other months, days and years)
 * up to the requested count. The same list on every run.
 */
import { readFileSync } from "node:fs";

export interface BenchPhrase {
  phrase: string;
  context: Record<string, unknown>;
}

function readJsonl(url: URL): BenchPhrase[] {
  try {
    return readFileSync(url, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as BenchPhrase)
      .map(({ phrase, context }) => ({ phrase, context }));
  } catch {
    return [];
  }
}

/** A small deterministic generator (mulberry32), so the list never changes. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchPhrases(count = 100_000): BenchPhrase[] {
  const base = [
    ...readJsonl(new URL("../../../shared/spec/seed-phrases.jsonl", import.meta.url)),
    ...readJsonl(new URL("../fixtures/timing-corpus.jsonl", import.meta.url)),
  ];
  const next = random(20241029);
  const list: BenchPhrase[] = [...base];
  while (list.length < count) {
    const source = base[Math.floor(next() * base.length)]!;
    const month = 1 + Math.floor(next() * 12);
    const year = 2020 + Math.floor(next() * 10);
    const phrase = source.phrase
      .replace(/\b(20\d\d)\b/g, () => String(year))
      .replace(/tháng (\d{1,2})\b/g, () => `tháng ${month}`);
    list.push({ phrase, context: source.context });
  }
  return list.slice(0, count);
}
