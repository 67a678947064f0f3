/**
 * `npm run bench:timing`: phrases per second of our resolver and of chrono-node's Vietnamese
 * parser on the same fixed list of 100,000 phrases, in the same run.
 */
import * as chrono from "chrono-node";
import { resolveTiming } from "../../src/timing/resolve.ts";
import type { TimingContext } from "../../src/timing/types.ts";
import { benchPhrases } from "./phrases.ts";

const phrases = benchPhrases(100_000);
const reference = new Date("2024-02-15T00:00:00+07:00");

function measure(name: string, run: () => number): number {
  run(); // warm-up
  const rounds = 3;
  const rates: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    const found = run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(phrases.length / seconds);
    if (i === 0) console.log(`  ${name}: ${found} phrases gave at least one date`);
  }
  const best = Math.max(...rates);
  console.log(`  ${name}: ${Math.round(best).toLocaleString("en-US")} phrases/s (best of ${rounds}; all: ${rates.map((r) => Math.round(r)).join(", ")})`);
  return best;
}

console.log(`bench:timing — ${phrases.length.toLocaleString("en-US")} phrases, Node ${process.version}`);
const ours = measure("lich-kehoach resolveTiming", () => {
  let dated = 0;
  for (const { phrase, context } of phrases) if (resolveTiming(phrase, context as TimingContext).items.length > 0) dated++;
  return dated;
});
const theirs = measure("chrono-node vi.parse", () => {
  let dated = 0;
  for (const { phrase } of phrases) if (chrono.vi.parse(phrase, reference).length > 0) dated++;
  return dated;
});
console.log(`ratio: ${(ours / theirs).toFixed(2)}× chrono-node (baseline: chrono-node vi on the same list, same run)`);
