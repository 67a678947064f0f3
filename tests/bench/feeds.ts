/**
 * `npm run bench:feeds`: (1) render time of a unit feed of 1,000 entries; (2) requests per
 * second over loopback (autocannon) for that feed from the real server, cached, and for 304
 * revalidations, side by side with a static file server (sirv) serving the same bytes.
 * Target: the cached feed at no less than half the static server's rate.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { feedEvents, type StoredEntry } from "../../src/calendar/events.ts";
import { renderFeed } from "../../src/calendar/render.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ENTRIES = 1000;
const UNIT = "phong-van-hoa-va-thong-tin-huyen-phong-tho";
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;

/** A district plan with 500 tasks for one office (ten sections of 50), two dated items each (a span and a deadline): 1,000 entries. */
function planText(): string {
  const lines = ["ỦY BAN NHÂN DÂN", "HUYỆN PHONG THỔ", "", "Số: 99/KH-UBND", "", "Phong Thổ, ngày 05 tháng 01 năm 2027", "", "KẾ HOẠCH", "Công tác văn hóa, thông tin huyện Phong Thổ năm 2027", ""];
  const sections = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
  for (const [s, section] of sections.entries()) {
    lines.push(`${section}. NHIỆM VỤ NHÓM ${s + 1}`, "");
    for (let i = 1; i <= ENTRIES / 2 / sections.length; i++) {
      const month = ((s + i) % 12) + 1;
      lines.push(`${i}. Tổ chức hoạt động tuyên truyền, văn hóa số ${s * 50 + i} tại các xã, thị trấn`, "- Đơn vị thực hiện: Phòng Văn hóa và Thông tin huyện.", `- Thời gian thực hiện: Tháng ${month}/2027 (hoàn thành trước ${(i % 27) + 2}/${month}/2027).`, "");
    }
  }
  return lines.join("\n");
}

function syntheticEntries(): StoredEntry[] {
  return Array.from({ length: ENTRIES }, (_, i) => {
    const month = String((i % 12) + 1).padStart(2, "0");
    const kind = i % 4 === 0 ? "timed" : i % 4 === 1 ? "deadline" : "span";
    return {
      uid: `${i.toString(16).padStart(16, "0")}@lich-kehoach`,
      planId: "p_bench",
      taskKey: `I.${i}`,
      role: "lead",
      kind,
      start: kind === "timed" ? `2027-${month}-10T07:30+07:00` : `2027-${month}-01`,
      end: kind === "timed" ? `2027-${month}-10T09:30+07:00` : kind === "deadline" ? `2027-${month}-01` : `2027-${month}-28`,
      rrule: null,
      summary: `Tổ chức hoạt động tuyên truyền, văn hóa số ${i} tại các xã, thị trấn`,
      description: `Tổ chức hoạt động số ${i}\n\nVai trò của đơn vị: Chủ trì thực hiện\nThời gian theo kế hoạch: Tháng ${month}/2027\nKế hoạch số 99/KH-UBND: Công tác văn hóa, thông tin năm 2027\nMục I.${i}`,
      tentative: i % 7 === 0,
      provisional: false,
      sequence: i % 3,
      modifiedAt: new Date("2027-01-05T02:00:00Z"),
    };
  });
}

function measureRender(): void {
  const events = feedEvents(syntheticEntries(), { origin: "https://lich.example", alarmMinutes: 1440 });
  for (let i = 0; i < 5; i++) renderFeed({ name: "Bench", description: "Bench" }, events);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 20; i++) {
    const start = process.hrtime.bigint();
    bytes = renderFeed({ name: "Bench", description: "Bench" }, events).length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`  render, ${ENTRIES} entries (${Math.round(bytes / 1024)} KiB): median ${times[10]!.toFixed(1)} ms, best ${times[0]!.toFixed(1)} ms (20 runs)`);
}

function startProcess(args: string[], env: Record<string, string>, pattern: RegExp): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on("exit", (code) => reject(new Error(`${args.join(" ")} exited (${code}): ${output}`)));
  });
}

async function rate(url: string, headers: Record<string, string> = {}): Promise<{ rps: number; status: string }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  const status = Object.entries({ "2xx": result["2xx"], "304": result["non2xx"] }).filter(([, n]) => n > 0).map(([k]) => k).join("+");
  return { rps: result.requests.average, status };
}

async function main(): Promise<void> {
  console.log(`bench:feeds — Node ${process.version}, ${os.cpus().length} CPUs, autocannon ${CONNECTIONS} connections × ${DURATION} s`);
  measureRender();

  const work = mkdtempSync(path.join(os.tmpdir(), "lich-bench-"));
  const children: ChildProcess[] = [];
  try {
    const server = await startProcess(["bin/lich.mjs", "serve"], { DATABASE_URL: `file:${path.join(work, "bench.db")}`, PORT: "0", HOST: "127.0.0.1" }, /localhost:(\d+)/);
    children.push(server.child);
    const base = `http://127.0.0.1:${server.port}`;
    const posted = await fetch(`${base}/api/plans`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: planText() });
    if (posted.status !== 201) throw new Error(`import: ${posted.status} ${await posted.text()}`);
    const feedUrl = `${base}/feeds/units/${UNIT}.ics`;
    const first = await fetch(feedUrl);
    const body = await first.text();
    const events = body.match(/BEGIN:VEVENT/g)?.length ?? 0;
    const etag = first.headers.get("etag")!;
    console.log(`  server feed: ${events} events, ${Math.round(body.length / 1024)} KiB, ETag ${etag.slice(0, 12)}…`);

    mkdirSync(path.join(work, "static", "feeds", "units"), { recursive: true });
    writeFileSync(path.join(work, "static", "feeds", "units", `${UNIT}.ics`), body);
    const staticServer = await startProcess(["tests/bench/static-server.mjs", path.join(work, "static")], {}, /listening (\d+)/);
    children.push(staticServer.child);
    const staticUrl = `http://127.0.0.1:${staticServer.port}/feeds/units/${UNIT}.ics`;
    const staticEtag = (await fetch(staticUrl)).headers.get("etag")!;

    const rows: Array<[string, { rps: number; status: string }, { rps: number; status: string }]> = [];
    rows.push(["GET (200)", await rate(feedUrl), await rate(staticUrl)]);
    rows.push(["If-None-Match (304)", await rate(feedUrl, { "if-none-match": etag }), await rate(staticUrl, { "if-none-match": staticEtag })]);
    console.log("  requests/s over loopback      lich-kehoach (cached)   static (sirv)   ratio   target ≥ 0.5");
    for (const [label, ours, baseline] of rows) {
      const ratio = ours.rps / baseline.rps;
      console.log(
        `  ${label.padEnd(28)}  ${Math.round(ours.rps).toString().padStart(10)} [${ours.status}]  ${Math.round(baseline.rps).toString().padStart(10)} [${baseline.status}]  ${ratio.toFixed(2).padStart(6)}   ${ratio >= 0.5 ? "met" : "NOT met"}`,
      );
    }
  } finally {
    for (const child of children) child.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
