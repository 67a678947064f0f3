/**
 * The database's file faults through a real server: deleted under it (and given back), a full
 * disk (a small tmpfs, where the machine lets this test mount one), read-only at start. Each
 * asserts the answer, that reads go on, and that nothing was half-written.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url));
const V1 = fixture("revision-v1.txt");
const V2 = fixture("revision-v2.txt");

let server: RunningServer | null = null;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  await server?.close();
  server = null;
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function serve(databaseFile: string): Promise<string> {
  server = await startServer({ port: 0, hostname: "127.0.0.1", databaseUrl: `file:${databaseFile}`, env: {}, log: () => {} });
  return server.url;
}

function post(url: string, body: Buffer): Promise<Response> {
  return fetch(`${url}/api/plans`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body });
}

async function health(url: string): Promise<{ status: number; db: string }> {
  const response = await fetch(`${url}/health`);
  return { status: response.status, db: ((await response.json()) as { db: string }).db };
}

/** Polls until `check` holds (the server looks at its file once a second). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Rows in a table of the file itself, read by a connection of its own. */
async function countIn(file: string, table: string): Promise<number> {
  const client = createClient({ url: `file:${file}` });
  try {
    return Number((await client.execute(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
  } finally {
    client.close();
  }
}

describe("a database file deleted under the running server", () => {
  it("stops writes (503 db-unavailable) while it is gone, keeps serving feeds, and is opened again when it comes back", async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-deleted-"));
    cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
    const file = path.join(directory, "lich.db");
    const url = await serve(file);
    expect((await post(url, V1)).status).toBe(201);
    const backup = path.join(directory, "backup.db");
    const reader = createClient({ url: `file:${file}` });
    await reader.execute(`VACUUM INTO '${backup}'`);
    reader.close();

    rmSync(file);
    await eventually(async () => (await health(url)).db === "db-unavailable");
    expect(await health(url)).toEqual({ status: 503, db: "db-unavailable" });
    const refused = await post(url, V2);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "db-unavailable", message: expect.stringContaining("không còn ở chỗ cũ") });
    const feed = await fetch(`${url}/feeds/all.ics`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VEVENT");

    copyFileSync(backup, file);
    await eventually(async () => (await health(url)).status === 200);
    const revised = await post(url, V2);
    expect(revised.status).toBe(200);
    // Written into the file at the path, not into the deleted copy.
    expect(await countIn(file, "Document")).toBe(2);
    const plans = (await (await fetch(`${url}/api/plans`)).json()) as { plans: unknown[] };
    expect(plans.plans).toHaveLength(1);
  }, 30_000);
});

/** A tmpfs of `size` at a new folder; null where this machine does not let the test mount one. */
function smallDisk(size: string): string | null {
  const mount = mkdtempSync(path.join(os.tmpdir(), "lich-disk-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", mount], { stdio: "ignore" });
  } catch {
    rmSync(mount, { recursive: true, force: true });
    return null;
  }
  cleanups.push(() => {
    execFileSync("umount", ["-l", mount], { stdio: "ignore" });
    rmSync(mount, { recursive: true, force: true });
  });
  return mount;
}

const canMount = (() => {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  try {
    execFileSync("mount", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!canMount) console.log("  (disk-full case skipped: it mounts a small tmpfs, which needs root on Linux)");

describe.skipIf(!canMount)("a full disk", () => {
  it("answers writes 507 disk-full and /health 503 disk-full, keeps reads, writes nothing half, and takes writes again once there is room", async () => {
    const mount = smallDisk("4m");
    if (!mount) {
      console.log("  (disk-full case skipped: mounting a tmpfs was refused)");
      return;
    }
    const file = path.join(mount, "lich.db");
    const url = await serve(file);
    // Leave about 2 MB of room: a few imports fit, then the disk is full.
    writeFileSync(path.join(mount, "filler"), Buffer.alloc(1536 * 1024));
    let imported = 0;
    let full: Response | null = null;
    for (let i = 0; i < 80 && !full; i++) {
      const response = await post(url, Buffer.from(V1.toString().replace("Số: 15/KH-UBND", `Số: ${100 + i}/KH-UBND`)));
      if (response.status === 201) imported++;
      else full = response;
    }
    expect(full?.status).toBe(507);
    expect(((await full!.json()) as { error: { code: string } }).error.code).toBe("disk-full");
    expect(imported).toBeGreaterThan(0);
    expect(await health(url)).toEqual({ status: 503, db: "disk-full" });
    expect((await fetch(`${url}/feeds/all.ics`)).status).toBe(200);
    const plans = (await (await fetch(`${url}/api/plans`)).json()) as { plans: Array<{ tasks: number }> };
    expect(plans.plans).toHaveLength(imported);

    rmSync(path.join(mount, "filler"));
    await eventually(async () => (await health(url)).status === 200);
    expect((await post(url, V2)).status).toBeLessThan(300);
  }, 60_000);
});

describe.skipIf(process.platform !== "linux")("a database the server may not write", () => {
  it("is refused at start with a message that says so, no stack trace, exit 1", () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-readonly-"));
    cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
    const file = path.join(directory, "lich.db");
    mkdirSync(directory, { recursive: true });
    const cli = new URL("../../bin/lich.mjs", import.meta.url).pathname;
    execFileSync(process.execPath, [cli, "import", new URL("../fixtures/plans/revision-v1.txt", import.meta.url).pathname], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
    execFileSync("chmod", ["-R", "a+rX,a-w", directory]);
    cleanups.unshift(() => execFileSync("chmod", ["-R", "u+w", directory]));
    // Root writes whatever the mode says: the server is run as nobody then.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    return new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, "serve"], { env: { ...process.env, DATABASE_URL: `file:${file}`, PORT: "0", HOME: os.tmpdir() }, ...asNobody });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`the server started on a read-only database: ${output}`));
      }, 20_000);
      child.on("exit", (code) => {
        clearTimeout(timer);
        try {
          expect(code).toBe(1);
          expect(output, output).toContain("chỉ đọc được");
          expect(output).not.toMatch(/\n\s+at /);
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
  }, 30_000);
});
