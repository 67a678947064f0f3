/**
 * `npm run bench:soak` (by hand, not in `npm test`): the real server on loopback for
 * SOAK_SECONDS (default 900) at SOAK_RATE requests/s (default 200) of mixed feed, 304 and API
 * reads, with a revision imported every 5 s and one hostile upload a minute (a zip bomb, a line
 * of 500 units, a binary file). Prints errors (any 5xx, or a failed connection), p50/p99 latency,
 * and the server's RSS and open file handles sampled every 30 s, with how flat they stayed
 * after warm-up (the first two minutes, or the first third of a short run).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { ROOT, sample, start } from "./server-process.ts";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 900);
const RATE = Number(process.env.SOAK_RATE ?? 200);
const fixture = (name: string) => readFileSync(path.join(ROOT, "tests/fixtures/plans", name));

/** A zip whose directory claims 2 GB inflated; a line naming 500 units; random bytes. */
function hostile(n: number): { body: Uint8Array; type: string } {
  const kind = n % 3;
  if (kind === 0) {
    const zip = Buffer.alloc(22 + 46 + 8);
    zip.writeUInt32LE(0x02014b50, 0);
    zip.writeUInt32LE(2_000_000_000, 24);
    zip.writeUInt16LE(8, 28);
    zip.writeUInt32LE(0x06054b50, 54);
    zip.writeUInt16LE(1, 64);
    zip.writeUInt32LE(0, 70);
    return { body: zip, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
  }
  if (kind === 1) {
    const units = Array.from({ length: 500 }, (_, i) => `UBND xã Số ${i + 1}`).join(", ");
    return { body: new TextEncoder().encode(`ỦY BAN NHÂN DÂN\nXÃ A\n\nSố: ${n}/KH-UBND\n\nKẾ HOẠCH\nThử\n\nI. NỘI DUNG\n\n1. Tuyên truyền\n- Đơn vị thực hiện: ${units}.\n- Thời gian: Tháng 9/2025.\n`), type: "text/plain; charset=utf-8" };
  }
  return { body: Uint8Array.from({ length: 50_000 }, (_, i) => (i * 2654435761) & 0xff), type: "application/octet-stream" };
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), "lich-soak-"));
  const { child, base } = await start(`file:${path.join(work, "soak.db")}`);
  const pid = child.pid!;
  let serverErrors = 0;
  const post = async (body: Uint8Array, type: string) => {
    const response = await fetch(`${base}/api/plans`, { method: "POST", headers: { "content-type": type }, body: body as Uint8Array<ArrayBuffer> });
    await response.arrayBuffer();
    if (response.status >= 500) serverErrors++;
    return response.status;
  };
  try {
    await post(fixture("revision-v1.txt"), "text/plain; charset=utf-8");
    const feed = await fetch(`${base}/feeds/units/cong-chuc-van-hoa-xa-hoi-xa-muong-so.ics`);
    const etag = feed.headers.get("etag")!;
    await feed.arrayBuffer();
    console.log(`bench:soak — Node ${process.version}, ${os.cpus().length} CPUs, ${SECONDS} s at ${RATE} requests/s on loopback`);
    const versions = ["revision-v1.txt", "revision-v2.txt", "revision-v3.txt"].map(fixture);
    let imports = 0;
    let hostiles = 0;
    const importer = setInterval(() => void post(versions[imports++ % versions.length]!, "text/plain; charset=utf-8"), 5000);
    const attacker = setInterval(() => {
      const { body, type } = hostile(hostiles++);
      void post(body, type);
    }, 60_000);
    const samples: Array<{ at: number; rssMb: number; handles: number }> = [{ at: 0, ...sample(pid) }];
    const started = Date.now();
    const sampler = setInterval(() => samples.push({ at: Math.round((Date.now() - started) / 1000), ...sample(pid) }), 30_000);
    const result = await autocannon({
      url: base,
      connections: 20,
      overallRate: RATE,
      duration: SECONDS,
      requests: [
        { method: "GET", path: "/feeds/units/cong-chuc-van-hoa-xa-hoi-xa-muong-so.ics" },
        { method: "GET", path: "/feeds/units/cong-chuc-van-hoa-xa-hoi-xa-muong-so.ics", headers: { "if-none-match": etag } },
        { method: "GET", path: "/feeds/all.ics" },
        { method: "GET", path: "/api/schedule?limit=50" },
        { method: "GET", path: "/api/plans" },
        { method: "GET", path: "/health" },
      ],
    });
    clearInterval(importer);
    clearInterval(attacker);
    clearInterval(sampler);
    samples.push({ at: SECONDS, ...sample(pid) });
    const errors = result.errors + result.timeouts + serverErrors + (result["5xx"] ?? 0);
    console.log(`  requests: ${result.requests.total} (${Math.round(result.requests.average)}/s), imports ${imports}, hostile uploads ${hostiles}`);
    console.log(`  errors: ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, 5xx ${result["5xx"] ?? 0} + ${serverErrors} on uploads)`);
    console.log(`  latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  RSS and open handles (s: MB/handles): ${samples.map((s) => `${s.at}: ${s.rssMb}/${s.handles}`).join(", ")}`);
    const warm = samples.filter((s) => s.at >= Math.min(120, SECONDS / 3));
    if (warm.length >= 2) {
      const rss = warm.map((s) => s.rssMb);
      const handles = warm.map((s) => s.handles);
      const spread = (values: number[]) => (Math.max(...values) - Math.min(...values)) / Math.min(...values);
      // A leak shows as a trend; a transient peak (a big upload being read) comes back down.
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const third = Math.max(1, Math.floor(rss.length / 3));
      const [early, late] = [median(rss.slice(0, third)), median(rss.slice(-third))];
      console.log(`  after warm-up: RSS ${Math.min(...rss)}–${Math.max(...rss)} MB (max–min ${(spread(rss) * 100).toFixed(1)}%); median of the first third ${early} MB, of the last third ${late} MB (trend ${(((late - early) / early) * 100).toFixed(1)}%, target within 10%); handles ${Math.min(...handles)}–${Math.max(...handles)}`);
    }
    if (errors > 0) process.exitCode = 1;
  } finally {
    child.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
