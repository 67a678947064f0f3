/**
 * D1's limits and atomicity, through the Worker's own entry with a counting (and, for the
 * failure cases, failing) wrapper around the D1 binding: statements a write runs, bound
 * parameters a statement; a write that fails at any statement of its batch leaves the plan,
 * its feeds and its task pages as they were; concurrent requests never answer 5xx.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/worker.ts";

type Json = Record<string, any>;
const AUTH = { authorization: "Bearer workers-test-token" };

interface Counted {
  statements: number;
  maxParameters: number;
}

/** The D1 binding, counting every statement prepared and the parameters bound to it; `failAt` makes that statement of the next batch fail. */
function countingD1(real: D1Database, counted: Counted, failAt?: { index: number }): D1Database {
  return new Proxy(real, {
    get(target, property) {
      if (property === "prepare") {
        return (sql: string) => {
          counted.statements++;
          const statement = target.prepare(sql);
          return new Proxy(statement, {
            get(inner, name) {
              if (name === "bind") {
                return (...args: unknown[]) => {
                  counted.maxParameters = Math.max(counted.maxParameters, args.length);
                  return inner.bind(...args);
                };
              }
              const value = Reflect.get(inner, name);
              return typeof value === "function" ? value.bind(inner) : value;
            },
          });
        };
      }
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          if (failAt && failAt.index < statements.length) {
            statements = statements.map((s, i) => (i === failAt.index ? target.prepare('INSERT INTO "NoSuchTable" VALUES (1)') : s));
          }
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

async function call(path: string, init: RequestInit = {}, counted: Counted = { statements: 0, maxParameters: 0 }, failAt?: { index: number }) {
  const request = new Request(`http://lich.test${path}`, init);
  const response = await worker.fetch(request, { ...env, DB: countingD1(env.DB, counted, failAt) } as never, { waitUntil: () => {}, passThroughOnException: () => {} } as never);
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) as Json, counted };
}

const upload = (text: string, counted?: Counted, failAt?: { index: number }) =>
  call("/api/plans", { method: "POST", headers: { ...AUTH, "content-type": "text/plain; charset=utf-8" }, body: text }, counted, failAt);
const setCeremony = (planId: string, start: string, counted?: Counted, failAt?: { index: number }) =>
  call(`/api/plans/${planId}/ceremony`, { method: "PUT", headers: { ...AUTH, "content-type": "application/json" }, body: JSON.stringify({ start }) }, counted, failAt);

/** What a user of the plan sees: its JSON (without its update time), a unit's feed, every task's page. */
async function snapshot(planId: string): Promise<string> {
  const plan = (await call(`/api/plans/${planId}`)).json().plan as Json;
  const feeds = await Promise.all((plan.units as Json[]).slice(0, 3).map(async (u) => (await call(`/feeds/units/${u.slug}.ics?from=2020-01-01&to=2030-12-31`)).text.replace(/DTSTAMP:\S+/g, "")));
  const pages = await Promise.all((plan.tasks as Json[]).map(async (t) => (await call(`/plans/${planId}/tasks/${t.id}`, { headers: { accept: "text/html" } })).status));
  return JSON.stringify({ plan, feeds, pages });
}

const revised = (text: string) => text.replace(/Tháng (\d+)\/(\d{4})/, (_, month: string, year: string) => `Tháng ${(Number(month) % 12) + 1}/${year}`);

describe.skipIf(!env.SEED_004)("seed 004's writes on D1", () => {
  it("an import, its revision and a ceremony change each run at most 50 statements, none with more than 100 parameters", async () => {
    const imported = await upload(env.SEED_004);
    expect(imported.status).toBe(201);
    const planId = imported.json().plan.id as string;
    const revision = await upload(revised(env.SEED_004));
    expect(revision.status).toBe(200);
    const ceremony = await setCeremony(planId, "2024-01-10T07:30");
    expect(ceremony.status).toBe(200);
    console.log(`  D1 statements: import ${imported.counted.statements}, revision ${revision.counted.statements}, ceremony ${ceremony.counted.statements}; most parameters in one statement: ${Math.max(imported.counted.maxParameters, revision.counted.maxParameters, ceremony.counted.maxParameters)}`);
    for (const write of [imported, revision, ceremony]) {
      expect(write.counted.statements).toBeLessThanOrEqual(50);
      expect(write.counted.maxParameters).toBeLessThanOrEqual(100);
    }
  });
});

describe("a write that fails at any statement of its batch on D1", () => {
  it("leaves the plan, its feeds and its task pages exactly as before: a revision and a ceremony change, failed at every position", async () => {
    const imported = await upload(env.REVISION_V1);
    expect(imported.status).toBe(201);
    const planId = imported.json().plan.id as string;
    const before = await snapshot(planId);
    let positions = 0;
    for (let index = 0; ; index++) {
      const failed = await upload(env.REVISION_V2, undefined, { index });
      if (failed.status < 300) {
        // Past the batch's last statement nothing failed: the revision went through.
        expect(index).toBeGreaterThan(3);
        break;
      }
      expect(failed.status).toBe(503);
      expect(await snapshot(planId)).toBe(before);
      positions++;
    }
    const afterRevision = await snapshot(planId);
    for (let index = 0; ; index++) {
      const failed = await setCeremony(planId, "2025-04-20T08:00", undefined, { index });
      if (failed.status < 300) break;
      expect(failed.status).toBe(503);
      expect(await snapshot(planId)).toBe(afterRevision);
      positions++;
    }
    console.log(`  ${positions} failing positions tried on D1, each left everything as it was`);
    // A revision read and written once per position of its batch (some forty): near 5 s on a busy machine.
  }, 30_000);
});

describe("concurrent requests on the Worker", () => {
  it("answer 60 mixed requests at once (feeds, API, pages, writes) without a 5xx; the same upload twice at once is one plan", async () => {
    const imported = await upload(env.REVISION_V1);
    const planId = imported.json().plan.id as string;
    const requests: Array<Promise<{ status: number }>> = [];
    for (let i = 0; i < 10; i++) {
      requests.push(call("/feeds/all.ics"));
      requests.push(call(`/feeds/plans/${planId}.ics`));
      requests.push(call("/api/schedule?limit=50"));
      requests.push(call(`/api/plans/${planId}`));
      requests.push(call(`/plans/${planId}`, { headers: { accept: "text/html" } }));
      requests.push(i % 2 === 0 ? setCeremony(planId, `2025-04-${10 + i}T08:00`) : upload(env.REVISION_V2));
    }
    const answers = await Promise.all(requests);
    expect(answers.filter((a) => a.status >= 500).map((a) => a.status)).toEqual([]);
    const twice = await Promise.all([upload(env.REVISION_V2.replace("Số: 15/KH-UBND", "Số: 99/KH-UBND")), upload(env.REVISION_V2.replace("Số: 15/KH-UBND", "Số: 99/KH-UBND"))]);
    expect(twice.map((a) => a.status).sort()).toEqual([200, 201]);
    expect(new Set(twice.map((a) => a.json().plan.id)).size).toBe(1);
  });
});

describe("a feed on D1", () => {
  it("is rendered with a handful of statements on a miss and one (the generation) on a hit", async () => {
    const imported = await upload(env.REVISION_V1);
    const planId = imported.json().plan.id as string;
    const feed = `/feeds/plans/${planId}.ics?from=2025-01-01&to=2025-12-31`;
    const miss = await call(feed);
    expect(miss.status).toBe(200);
    // The copy is put in the cache after the answer: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const hit = await call(feed);
    expect(hit.text).toBe(miss.text);
    console.log(`  D1 statements for a feed: ${miss.counted.statements} rendered, ${hit.counted.statements} from the edge cache`);
    expect(hit.counted.statements).toBe(1);
  });
});

describe("a big document on D1", () => {
  it("a 15 MB .pdf imports as on Node: its bytes and text in parts under 1 MB a row, read again for a ceremony change", async () => {
    const { PDFDocument } = await import("pdf-lib");
    const pdf = await PDFDocument.load(Uint8Array.from(atob(env.PDF_004_BASE64), (c) => c.charCodeAt(0)));
    // A scan attached to the plan (random bytes do not compress): the file grows to 15 MB, its text stays the plan's.
    const noise = new Uint8Array(15 * 1024 * 1024);
    for (let i = 0; i < noise.length; i += 65_536) crypto.getRandomValues(noise.subarray(i, i + 65_536));
    await pdf.attach(noise, "ban-scan.bin", { mimeType: "application/octet-stream" });
    const bytes = await pdf.save({ useObjectStreams: false });
    expect(bytes.byteLength).toBeGreaterThan(15 * 1024 * 1024);
    const form = new FormData();
    form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], "ke-hoach.pdf", { type: "application/pdf" }));
    const counted = { statements: 0, maxParameters: 0 };
    const imported = await call("/api/plans", { method: "POST", headers: AUTH, body: form }, counted);
    expect([200, 201], imported.text.slice(0, 300)).toContain(imported.status);
    const plan = imported.json().plan as Json;
    expect(plan.tasks.length).toBeGreaterThan(10);
    const rows = await env.DB.prepare('SELECT kind, seq, length(content) AS bytes, length(CAST(text AS BLOB)) AS textBytes FROM "DocumentPart" ORDER BY kind, seq').all<{ bytes: number | null; textBytes: number | null }>();
    expect(rows.results.length).toBeGreaterThan(15);
    expect(Math.max(...rows.results.map((r) => (r.bytes ?? 0) + (r.textBytes ?? 0)))).toBeLessThan(1_000_000);
    console.log(`  15 MB .pdf on D1: ${rows.results.length} parts, ${counted.statements} statements`);
    expect((await setCeremony(plan.id, "2024-01-10T07:30")).status).toBe(200);
  }, 60_000);
});

describe("an old Word .doc on D1", () => {
  it("imports as on Node: word-extractor reads it inside workerd", async () => {
    const form = new FormData();
    form.set("file", new File([Uint8Array.from(atob(env.OLD_WORD_DOC), (c) => c.charCodeAt(0))], "ke-hoach.doc", { type: "application/msword" }));
    const imported = await call("/api/plans", { method: "POST", headers: AUTH, body: form });
    expect([200, 201], imported.text.slice(0, 300)).toContain(imported.status);
    const plan = imported.json().plan as Json;
    expect(plan.tasks.length).toBeGreaterThan(30);
  }, 30_000);
});
