/**
 * The README is the contract with a new user: every shell example marked `<!-- readme-test -->`
 * is run in order, as a newcomer would, against a real server started on a scratch database
 * (`npm run lich --` is the same command line, on the same database); an example whose line
 * ends in `# → text` must print that text (a line with a placeholder such as `<syncToken>` is
 * not run). And every relative link of README.md and docs/
 * resolves inside the repository.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");

interface Example {
  command: string;
  expected: string | null;
  line: number;
}

/** The commands of the marked blocks, continuation lines joined, with what each must print. */
export function readmeExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== "<!-- readme-test -->") continue;
    let j = i + 2; // past the ```sh fence
    let pending = "";
    let start = j;
    for (; j < lines.length && !lines[j]!.startsWith("```"); j++) {
      const line = lines[j]!;
      if (!pending) start = j;
      if (line.trimEnd().endsWith("\\")) {
        pending += line.trimEnd().slice(0, -1) + " ";
        continue;
      }
      const whole = pending + line;
      pending = "";
      if (whole.trim() === "" || whole.trim().startsWith("#")) continue;
      const arrow = /\s+#\s+→\s+(.*)$/.exec(whole);
      const command = whole.replace(/\s+#\s.*$/, "").trim();
      // A line with a placeholder (`<syncToken>`) shows the form of a call, not one to run.
      if (/<[A-Za-z][\w-]*>/.test(command)) continue;
      examples.push({ command, expected: arrow ? arrow[1]!.trim() : null, line: start + 1 });
    }
  }
  return examples;
}

function shell(command: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["-o", "pipefail", "-c", command], { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe("the README's shell examples", () => {
  let server: RunningServer;
  let directory: string;
  let databaseUrl: string;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), "lich-readme-"));
    databaseUrl = `file:${path.join(directory, "lich.db")}`;
    server = await startServer({ port: 0, hostname: "127.0.0.1", databaseUrl, env: {}, log: () => {} });
  });
  afterAll(async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const examples = readmeExamples(README);

  it("are found: the newcomer's path from the demo to the API", () => {
    expect(examples.length).toBeGreaterThan(15);
    expect(examples[0]!.command).toBe("npm run --silent lich -- demo");
  });

  it("run in order and print what the README says", async () => {
    const out = path.join(directory, "feeds");
    for (const example of examples) {
      const command = example.command
        .replaceAll("http://localhost:8787", server.url)
        .replaceAll("npm run --silent lich --", `node ${path.join(ROOT, "bin/lich.mjs")}`)
        .replaceAll("npm run lich --", `node ${path.join(ROOT, "bin/lich.mjs")}`)
        .replaceAll(/\bcurl /g, "curl -sS --fail-with-body ")
        .replaceAll(" feeds/", ` ${out}/`);
      // Asynchronously: the server answering the examples runs in this process.
      const run = await shell(command, { ...process.env, DATABASE_URL: databaseUrl, PORT: new URL(server.url).port, TZ: "Asia/Ho_Chi_Minh" });
      const where = `README.md line ${example.line}: ${example.command}\n${run.stdout.slice(0, 600)}\n${run.stderr.slice(0, 600)}`;
      expect(run.status, where).toBe(0);
      if (example.expected !== null) expect(run.stdout.replaceAll(server.url, "http://localhost:8787").replaceAll(out, "feeds"), where).toContain(example.expected);
    }
  }, 120_000);
});

describe("relative links of README.md and docs/", () => {
  it("resolve inside the repository", () => {
    const files = ["README.md", "examples/README.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1]!.split("#")[0]!;
        if (target === "" || /^[a-z]+:/i.test(target)) continue;
        const resolved = path.resolve(path.dirname(path.join(ROOT, file)), decodeURIComponent(target));
        if (!resolved.startsWith(ROOT + path.sep) || !existsSync(resolved)) broken.push(`${file}: ${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("and no file of them points to ../shared", () => {
    const files = ["README.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
    expect(files.filter((file) => readFileSync(path.join(ROOT, file), "utf8").includes("../shared"))).toEqual([]);
  });
});
