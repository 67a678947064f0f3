/**
 * `npm run bench:scale` (by hand): 10, 1,000 and 10,000 synthetic plans (synthetic-plans.ts,
 * seed 20261201) loaded into the real Node server (bin/lich.mjs serve, a fresh SQLite file),
 * through its API as users would upload them. At each size: the import rate, a locality's unit
 * feed (p50/p99 one poll after another, and requests/s with 10 connections), its 304, the
 * schedule API for that unit, the server's RSS and the database's size. Goals (issue 16): feed
 * and 304 latency flat within 1.5× from 10 to 10,000 plans, RSS under 300 MB at 10,000, import
 * at least 50 plans/s. SCALE_SIZES=10,1000 for a shorter run; SCALE_TARGET=worker for the same
 * load on `wrangler dev` (local D1).
 */
import { statSync, mkdtempSync, rmSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { corpusSources, seeded, syntheticPlan } from "./synthetic-plans.ts";
import { migrateLocalD1, pollLatency, ROOT, sample, start, startWrangler, WRANGLER_PORT } from "./server-process.ts";

const WORKER = process.env.SCALE_TARGET === "worker";
const SIZES = (process.env.SCALE_SIZES ?? (WORKER ? "10,1000" : "10,1000,10000")).split(",").map(Number);
const CONCURRENT_UPLOADS = 4;
const POLLS = 300;

const latency = (url: string, headers: Record<string, string> = {}) => pollLatency(url, POLLS, headers);

async function rate(url: string, headers: Record<string, string> = {}): Promise<number> {
  const result = await autocannon({ url, connections: 10, duration: 5, headers });
  return Math.round(result.requests.average);
}

function databaseBytes(directory: string): number {
  return readdirSync(directory, { withFileTypes: true }).reduce((sum, entry) => {
    const file = path.join(directory, entry.name);
    return sum + (entry.isDirectory() ? databaseBytes(file) : statSync(file).size);
  }, 0);
}

async function main(): Promise<void> {
  const sources = corpusSources(ROOT);
  console.log(`${sources.length} corpus plans as sources; sizes ${SIZES.join(", ")}`);
  const rows: string[] = [];
  for (const size of SIZES) {
    const work = mkdtempSync(path.join(os.tmpdir(), "lich-scale-"));
    if (WORKER) migrateLocalD1(work);
    const { child, base } = WORKER
      ? { child: await startWrangler(work), base: `http://127.0.0.1:${WRANGLER_PORT}` }
      : await start(`file:${path.join(work, "scale.db")}`);
    try {
      const random = seeded(20261201);
      // Written before the clock starts: the generator shares this machine's two CPUs with the server.
      const texts = Array.from({ length: size }, (_, n) => syntheticPlan(sources, n, random));
      let next = 0;
      // The feed measured is the same at every size: the first plan's first unit (a locality's own body).
      let firstPlan = "";
      let failed = 0;
      const started = performance.now();
      // A few uploads at once, as offices would send them; the server reads them one after another.
      await Promise.all(
        Array.from({ length: CONCURRENT_UPLOADS }, async () => {
          while (next < size) {
            const n = next++;
            const response = await fetch(`${base}/api/plans`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: texts[n] });
            if (response.status >= 300) failed++;
            const answer = (await response.json()) as { plan?: { id: string } };
            if (n === 0) firstPlan = answer.plan?.id ?? "";
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const plan = (await (await fetch(`${base}/api/plans/${firstPlan}`)).json()) as { plan: { units: Array<{ slug: string }> } };
      const unit = plan.plan.units[0]!.slug;
      const feed = `${base}/feeds/units/${unit}.ics`;
      const first = await fetch(feed);
      const bytes = (await first.arrayBuffer()).byteLength;
      const etag = first.headers.get("etag") ?? "";
      const ok = await latency(feed);
      const notModified = await latency(feed, { "if-none-match": etag });
      const schedule = await latency(`${base}/api/schedule?unit=${unit}&limit=100`);
      const okRate = await rate(feed);
      const notModifiedRate = await rate(feed, { "if-none-match": etag });
      // The import thread ends when idle: RSS is what the server holds while it serves (workerd's is not the child's: not shown).
      if (!WORKER) await new Promise((resolve) => setTimeout(resolve, 16_000));
      const rssMb = WORKER ? "—" : sample(child.pid!).rssMb;
      const row = `| ${size} | ${(size / seconds).toFixed(1)} plans/s (${failed} refused) | ${ok.p50.toFixed(2)} / ${ok.p99.toFixed(2)} ms, ${okRate}/s (${bytes} B) | ${notModified.p50.toFixed(2)} / ${notModified.p99.toFixed(2)} ms, ${notModifiedRate}/s | ${schedule.p50.toFixed(1)} / ${schedule.p99.toFixed(1)} ms | ${rssMb} MB | ${(databaseBytes(work) / 1024 / 1024).toFixed(0)} MB |`;
      console.log(row);
      rows.push(row);
    } finally {
      child.kill();
      await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null)));
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log("\n| plans | import | unit feed p50 / p99, rate | 304 p50 / p99, rate | /api/schedule p50 / p99 | server RSS | database |\n|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  console.log("goals: feed and 304 latency within 1.5× from the smallest to the largest size; RSS under 300 MB at 10,000 plans; import ≥ 50 plans/s");
}

await main();
