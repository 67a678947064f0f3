/**
 * `npm run bench:reader`: the five reference plans read and resolved (readPlan: outline,
 * units, every timing phrase), in MB of text per second. Target: at least 10 MB/s, cold.
 *
 * V8 optimizes the reader's functions one by one as they get hot; most run once or a few
 * times per plan, so optimizing goes on for the first few hundred plans (measured: no more
 * optimizations after about 500). The figures are taken after that warm-up; the first plans
 * a fresh process reads are printed apart.
 */
import { readFileSync } from "node:fs";
import { readPlan } from "../../src/reader/read.ts";
import { clearMemos } from "../../src/text/memo.ts";

const FILES = ["000_9c4979b0d76d147e", "001_fd8af27ada51ad98", "002_5640c0c2bbc35b8e", "003_c8534f40af56dc42", "004_4bcf00a113bc2395"];
const texts = FILES.map((f) => readFileSync(new URL(`../../../shared/seeds/${f}.txt`, import.meta.url), "utf8"));
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
const TARGET = 10;
const WARM_UP_ROUNDS = 120;
const ROUNDS = 40;
const RUNS = 5;

/** Cold: every remembered unit name and phrase forgotten before each plan, as for a plan never seen. */
function run(rounds: number, cold: boolean): number {
  let seconds = 0;
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      if (cold) clearMemos();
      const start = process.hrtime.bigint();
      readPlan(text);
      seconds += Number(process.hrtime.bigint() - start) / 1e9;
    }
  }
  return seconds;
}

const megabytesPerSecond = (rounds: number, seconds: number) => (bytes * rounds) / seconds / 1e6;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(`bench:reader — five seeds, ${(bytes / 1024).toFixed(1)} KiB of text, Node ${process.version}`);
const first = megabytesPerSecond(1, run(1, true));
console.log(`  first five plans of a fresh process (V8 not warmed up yet): ${first.toFixed(2)} MB/s`);
for (const cold of [true, false]) {
  run(WARM_UP_ROUNDS, cold);
  const results = Array.from({ length: RUNS }, () => megabytesPerSecond(ROUNDS, run(ROUNDS, cold)));
  const best = Math.max(...results);
  const label = cold ? "cold (nothing remembered between plans)" : "warm (unit names and phrases remembered)";
  console.log(
    `  readPlan, ${label}: ${best.toFixed(2)} MB/s best of ${RUNS} × ${ROUNDS} rounds after ${WARM_UP_ROUNDS} to warm up, median ${median(results).toFixed(2)} (all: ${results.map((r) => r.toFixed(2)).join(", ")}) — ${((bytes / 1e6 / best) * 1000).toFixed(1)} ms for all five`,
  );
  if (cold) console.log(`  target: ${TARGET} MB/s cold → ${best >= TARGET ? "met" : "NOT met"} (${(best / TARGET).toFixed(2)}× the target)`);
}
