/** The real server as a child process for the benchmarks that watch it from outside (bin/lich.mjs serve on a port of its own). */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export function start(databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/lich.mjs", "serve"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "0", HOST: "127.0.0.1" }, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /localhost:(\d+)/.exec(output);
      if (match) resolve({ child, base: `http://127.0.0.1:${match[1]}` });
    });
    child.on("exit", (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

/** The process's resident memory now and at its peak (VmHWM), in MB, and its open file handles. */
export function sample(pid: number): { rssMb: number; peakMb: number; handles: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const mb = (field: string) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
  return { rssMb: mb("VmRSS"), peakMb: mb("VmHWM"), handles: readdirSync(`/proc/${pid}/fd`).length };
}


export const WRANGLER_PORT = 8797;
const QUIET = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", WRANGLER_SEND_ERROR_REPORTS: "false" };
const WRANGLER = path.join(ROOT, "node_modules/.bin/wrangler");

/** A fresh local D1 under `persist`, migrated. */
export function migrateLocalD1(persist: string): void {
  execFileSync("node", ["scripts/d1-migrations.mjs"], { cwd: ROOT, stdio: "ignore" });
  execFileSync(WRANGLER, ["d1", "migrations", "apply", "lich", "--local", "--persist-to", persist], { cwd: ROOT, env: QUIET, stdio: "ignore" });
}

/** The Worker under `wrangler dev` on WRANGLER_PORT, its D1 under `persist`, with these vars. */
export function startWrangler(persist: string, vars: Record<string, string> = {}): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const args = ["dev", "--port", String(WRANGLER_PORT), "--persist-to", persist, ...Object.entries(vars).flatMap(([name, value]) => ["--var", `${name}:${value}`])];
    const child = spawn(WRANGLER, args, { cwd: ROOT, env: QUIET, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready on/.test(output)) resolve(child);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`wrangler dev exited (${code}): ${output}`)));
  });
}

/** Median and 99th percentile of `polls` requests one after another (the body read whole each time). */
export async function pollLatency(url: string, polls: number, headers: Record<string, string> = {}): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < polls; i++) {
    const started = performance.now();
    await (await fetch(url, { headers })).arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: quantile(0.5), p99: quantile(0.99) };
}
