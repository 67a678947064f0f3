/**
 * `npm run bench:edge` (by hand): the Worker under `wrangler dev` on a fresh local D1, one plan
 * imported, then 400 polls one after another of a unit's feed (about 12 KB) and 400 of its 304,
 * with the edge cache off (`EDGE_CACHE=off`: every poll renders from D1, the baseline) and on.
 * Prints median and p99 latency of each.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateLocalD1, pollLatency, ROOT, startWrangler, WRANGLER_PORT } from "./server-process.ts";

const POLLS = Number(process.env.BENCH_POLLS ?? 400);
async function polls(url: string, headers: Record<string, string> = {}): Promise<string> {
  const { p50, p99 } = await pollLatency(url, POLLS, headers);
  return `median ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const persist = mkdtempSync(path.join(os.tmpdir(), "lich-edge-"));
  try {
    migrateLocalD1(persist);
    // Seed 004 (its Sở Văn hóa feed is the 12 KB one) where ../shared is beside the repository.
    const seed = path.join(ROOT, "../shared/seeds/004_4bcf00a113bc2395.txt");
    const plan = readFileSync(existsSync(seed) ? seed : path.join(ROOT, "tests/fixtures/plans/revision-v1.txt"));
    const preferred = "so-van-hoa-the-thao-va-du-lich-tinh-lai-chau";
    let unitFeed = "";
    for (const edgeCache of [false, true]) {
      const child = await startWrangler(persist, { EDGE_CACHE: edgeCache ? "on" : "off" });
      try {
        const base = `http://127.0.0.1:${WRANGLER_PORT}`;
        if (!unitFeed) {
          const posted = await fetch(`${base}/api/plans`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: plan });
          const units = ((await posted.json()) as { plan: { units: Array<{ slug: string }> } }).plan.units;
          unitFeed = `${base}/feeds/units/${(units.find((u) => u.slug === preferred) ?? units[0]!).slug}.ics`;
        }
        const first = await fetch(unitFeed);
        const bytes = (await first.arrayBuffer()).byteLength;
        const etag = first.headers.get("etag") ?? "";
        console.log(`edge cache ${edgeCache ? "on " : "off"} (${bytes} B feed): 200 ${await polls(unitFeed)}; 304 ${await polls(unitFeed, { "if-none-match": etag })}`);
      } finally {
        child.kill();
        await new Promise((resolve) => child.once("exit", resolve));
      }
    }
    console.log("baseline (issue 16, before the cache): median 12 ms, p99 25 ms for a 12 KB unit feed on wrangler dev");
  } finally {
    rmSync(persist, { recursive: true, force: true });
  }
}

await main();
