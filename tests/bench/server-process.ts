/** The real server as a child process for the benchmarks that watch it from outside (bin/lich.mjs serve on a port of its own). */
import { spawn, type ChildProcess } from "node:child_process";
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

