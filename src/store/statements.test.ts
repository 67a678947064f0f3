/**
 * Every write is applied whole or not at all on SQLite too: each statement of a revision, a
 * ceremony change, a task correction and a unit merge is made to fail in turn, and the plan,
 * its feeds and its task pages must be exactly as before.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { freshDb, type TestDb } from "../../tests/helpers/db.ts";
import { testApp } from "../../tests/helpers/app.ts";
import { documentContent } from "./plans.ts";
import { batchRunnerOf, insertRows, jsonChunks, runAtomically, useBatchRunner, type Statement } from "./statements.ts";

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/plans/${name}`, import.meta.url));

describe("statements", () => {
  it("cut rows into JSON parameters under the size they are given", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`row-${i}`, i]);
    const parts = jsonChunks(rows, 40);
    expect(parts.every((p) => p.length <= 40)).toBe(true);
    expect(parts.flatMap((p) => JSON.parse(p) as unknown[])).toEqual(rows);
    expect(jsonChunks([])).toEqual([]);
  });

  it("insert, and upsert keeping what they are told to keep", async () => {
    const store = freshDb();
    try {
      const row = (name: string) => ["u_1", "ubnd-xa-a", name, null, "[]", 0, "2025-01-01T00:00:00.000+00:00"];
      const columns = ["id", "slug", "name", "scope", "aliasesJson", "collective", "createdAt"];
      await runAtomically(store.db, insertRows("Unit", columns, [row("UBND xã A")]));
      await runAtomically(store.db, insertRows("Unit", columns, [row("Ủy ban nhân dân xã A")], { upsertOn: "id", keep: ["createdAt"] }));
      expect(await store.db.unit.findMany({ select: { name: true, collective: true, createdAt: true } })).toEqual([{ name: "Ủy ban nhân dân xã A", collective: false, createdAt: new Date("2025-01-01T00:00:00Z") }]);
    } finally {
      await store.close();
    }
  });
});

describe("a document bigger than a D1 row", () => {
  it("is kept in parts under 1 MB a row, given back byte for byte, and read again from its parts", async () => {
    const store = freshDb();
    try {
      const app = testApp(store.db, { now: new Date("2025-03-10T02:00:00Z") });
      // The plan, then 3 MB of an appendix (a long list the reader keeps as text).
      const appendix = Array.from({ length: 200 }, (_, i) => `Phụ lục ${i + 1}: ${"danh sách thôn, bản và hộ gia đình tham gia; ".repeat(330)}`).join("\n");
      const bytes = Buffer.concat([fixture("revision-v1.txt"), Buffer.from(`\n${appendix}\n`)]);
      expect(bytes.byteLength).toBeGreaterThan(3_000_000);
      const imported = await app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: bytes });
      expect(imported.status).toBe(201);
      const planId = ((await imported.json()) as { plan: { id: string } }).plan.id;
      const document = await store.db.document.findFirstOrThrow({ select: { id: true, parts: true, content: true } });
      expect(document.parts).toBeGreaterThan(3);
      expect(document.content.byteLength).toBe(0);
      const sizes = await store.db.$queryRawUnsafe<Array<{ size: number }>>('SELECT coalesce(length("content"), 0) + coalesce(length(CAST("text" AS BLOB)), 0) AS size FROM "DocumentPart"');
      expect(Math.max(...sizes.map((r) => Number(r.size)))).toBeLessThan(1_000_000);
      expect(Buffer.from((await documentContent(store.db, document.id))!).equals(bytes)).toBe(true);
      expect((await app.request(`/api/plans/${planId}/ceremony`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ start: "2025-04-20T08:00" }) })).status).toBe(200);
    } finally {
      await store.close();
    }
    // A 3 MB plan is read twice (its import, its ceremony change): about 3 s alone, past 5 s on a busy machine.
  }, 30_000);
});

describe("a write that fails at any of its statements on SQLite", () => {
  let store: TestDb;
  let failAt: number | null = null;
  let ran = 0;
  beforeEach(() => {
    store = freshDb();
    failAt = null;
    // The Node runner itself (libsql's batch on the one connection), with statement `failAt` replaced by one that fails.
    const run = batchRunnerOf(store.db)!;
    useBatchRunner(store.db, async (statements: Statement[]) => {
      ran = statements.length;
      await run(statements.map((s, i) => (i === failAt ? { sql: 'INSERT INTO "NoSuchTable" VALUES (1)', args: [] } : s)));
    });
  });
  afterEach(() => store.close());

  it("leaves the plan, its feeds and its task pages exactly as before (revision, ceremony, correction, unit merge)", async () => {
    const app = testApp(store.db, { now: new Date("2025-03-10T02:00:00Z") });
    const json = { "content-type": "application/json" };
    const imported = await app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: fixture("revision-v1.txt") });
    expect(imported.status).toBe(201);
    const planId = ((await imported.json()) as { plan: { id: string } }).plan.id;
    const snapshot = async () => {
      const plan = (await (await app.request(`/api/plans/${planId}`)).json()) as { plan: { units: Array<{ slug: string }>; tasks: Array<{ id: string }> } };
      const feeds = await Promise.all(plan.plan.units.map(async (u) => (await (await app.request(`/feeds/units/${u.slug}.ics?from=2020-01-01&to=2030-12-31`)).text()).replace(/DTSTAMP:\S+/g, "")));
      const pages = await Promise.all(plan.plan.tasks.map(async (t) => (await app.request(`/plans/${planId}/tasks/${t.id}`, { headers: { accept: "text/html" } })).status));
      const changes = await (await app.request(`/api/plans/${planId}/changes`)).text();
      return JSON.stringify({ plan, feeds, pages, changes });
    };
    const writes: Array<[string, () => Response | Promise<Response>]> = [
      ["revision", () => app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: fixture("revision-v2.txt") })],
      ["ceremony", () => app.request(`/api/plans/${planId}/ceremony`, { method: "PUT", headers: json, body: JSON.stringify({ start: "2025-04-20T08:00" }) })],
      ["correction", () => app.request(`/api/plans/${planId}/tasks/I.2.1`, { method: "PATCH", headers: json, body: JSON.stringify({ timing: "Chậm nhất ngày 10/4/2025", done: true }) })],
      ["merge", () => app.request("/api/units/doan-thanh-nien-cong-san-ho-chi-minh-xa-muong-so/merge", { method: "POST", headers: json, body: JSON.stringify({ into: "cong-chuc-van-hoa-xa-hoi-xa-muong-so" }) })],
    ];
    const tried: string[] = [];
    for (const [name, write] of writes) {
      const before = await snapshot();
      failAt = null;
      ran = 0;
      let positions = 0;
      for (let index = 0; ; index++) {
        failAt = index;
        const answer = await write();
        if (answer.status < 300) break;
        expect([503], `${name} failed at statement ${index}: ${await answer.text()}`).toContain(answer.status);
        expect(await snapshot(), `${name} failed at statement ${index}`).toBe(before);
        positions++;
      }
      expect(positions).toBe(ran);
      tried.push(`${name} ${positions}`);
    }
    console.log(`  statements failed in turn on SQLite: ${tried.join(", ")}`);
  });
});
