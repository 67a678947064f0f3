import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server.ts";
import { hasSeeds, SEED_004 } from "../helpers/shared.ts";

describe.skipIf(!hasSeeds)("the Node server on a real port and a fresh SQLite file", () => {
  let server: RunningServer;
  let directory: string;
  const logs: string[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), "lich-server-"));
    server = await startServer({
      port: 0,
      hostname: "127.0.0.1",
      databaseUrl: `file:${path.join(directory, "nested", "lich.db")}`,
      env: {},
      log: (line) => logs.push(line),
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("migrates a new database at start and says who may write", () => {
    expect(logs[0]).toBe("Đã áp dụng migration: 20261122000000_init, 20261122031053_unit_scope_and_corrections, 20261122035856_plan_details, 20261122044411_ceremony_override_and_feed_tokens, 20261122045018_plan_wide_entries, 20261122051509_task_identity, 20261201121808_schedule_sync_audit_tokens, 20261201124256_browser_sessions, 20261201145554_document_parts, 20261201151257_entry_change_scopes, 20261201153948_document_ocr, 20261201163423_entry_change_plan_index_dropped");
    expect(logs).toContain("Chưa có mã truy cập (lich token create, hoặc API_TOKENS): chỉ nhận ghi dữ liệu từ chính máy này (localhost).");
  });

  it("imports over HTTP from loopback and serves the unit feed", async () => {
    const health = await fetch(`${server.url}/health`);
    expect(await health.json()).toEqual({ status: "ok", db: "ok" });
    const posted = await fetch(`${server.url}/api/plans`, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: readFileSync(SEED_004),
    });
    expect(posted.status).toBe(201);
    const { units } = (await (await fetch(`${server.url}/api/units`)).json()) as { units: Array<{ slug: string; feedUrl: string }> };
    const unit = units.find((u) => u.slug === "so-van-hoa-the-thao-va-du-lich-tinh-lai-chau")!;
    expect(unit.feedUrl).toBe(`${server.url}/feeds/units/so-van-hoa-the-thao-va-du-lich-tinh-lai-chau.ics`);
    // The real clock, whatever the day: a 2023–2024 plan's events are all there, past ones included.
    const current = await fetch(unit.feedUrl);
    expect(current.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect((await current.text()).match(/BEGIN:VEVENT/g)).toHaveLength(8);
    const feed = await fetch(`${unit.feedUrl}?from=2023-01-01&to=2024-12-31`);
    expect((await feed.text()).match(/BEGIN:VEVENT/g)).toHaveLength(8);
  });

  it("answers a feed again from memory (200 and 304), and never stale after the plan changes", async () => {
    const url = `${server.url}/feeds/units/so-van-hoa-the-thao-va-du-lich-tinh-lai-chau.ics?from=2023-01-01&to=2024-12-31`;
    const first = await fetch(url);
    const body = await first.text();
    const etag = first.headers.get("etag")!;
    const again = await fetch(url);
    expect(await again.text()).toBe(body);
    for (const name of ["content-type", "etag", "last-modified", "cache-control", "x-content-type-options", "content-length"]) {
      expect(again.headers.get(name), name).toBe(first.headers.get(name) ?? String(Buffer.byteLength(body)));
    }
    const revalidated = await fetch(url, { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    const head = await fetch(url, { method: "HEAD" });
    expect([head.status, await head.text()]).toEqual([200, ""]);

    // A revision moves one date of this unit's tasks: the next poll gets the new feed at once.
    const revised = readFileSync(SEED_004, "utf8").replace("Dự kiến thời gian tổ chức Quý IV/2023", "Dự kiến thời gian tổ chức Quý III/2023");
    const posted = await fetch(`${server.url}/api/plans`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: revised });
    expect(posted.status).toBe(200);
    const changed = await fetch(url, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toContain("DTSTART;VALUE=DATE:20230701");
  });
});

describe("another process writing the same database", () => {
  it("makes the running server's cached feeds current within a couple of seconds (lich import while it serves)", async () => {
    const { openNodeDatabase } = await import("../../src/store/node-db.ts");
    const { importDocument } = await import("../../src/store/importer.ts");
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-writers-"));
    const databaseUrl = `file:${path.join(directory, "lich.db")}`;
    const server = await startServer({ port: 0, hostname: "127.0.0.1", databaseUrl, env: {}, log: () => {} });
    try {
      const feed = `${server.url}/feeds/all.ics`;
      const first = await fetch(feed);
      const etag = first.headers.get("etag")!;
      expect((await first.text()).match(/BEGIN:VEVENT/g)).toBeNull();
      expect((await fetch(feed, { headers: { "if-none-match": etag } })).status).toBe(304);
      const other = await openNodeDatabase(databaseUrl);
      try {
        const bytes = new Uint8Array(readFileSync(new URL("../fixtures/plans/revision-v1.txt", import.meta.url)));
        expect((await importDocument(other.db, { bytes, fileName: "v1.txt", mediaType: "", receivedAt: new Date() }, "lich import")).ok).toBe(true);
      } finally {
        await other.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const after = await fetch(feed, { headers: { "if-none-match": etag } });
      expect(after.status).toBe(200);
      expect((await after.text()).match(/BEGIN:VEVENT/g)).toHaveLength(6);
    } finally {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("a database another writer holds locked", () => {
  it("is told as busy: /health 503 db-busy, a write 503 db-busy (never 500), nothing half-written", async () => {
    const { createClient } = await import("@libsql/client");
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-locked-"));
    const databaseUrl = `file:${path.join(directory, "lich.db")}`;
    const server = await startServer({ port: 0, hostname: "127.0.0.1", databaseUrl, env: { DB_BUSY_TIMEOUT_MS: "300" }, log: () => {} });
    const other = createClient({ url: databaseUrl });
    try {
      expect((await (await fetch(`${server.url}/health`)).json())).toEqual({ status: "ok", db: "ok" });
      await other.execute("BEGIN EXCLUSIVE");
      const health = await fetch(`${server.url}/health`);
      expect([health.status, await health.json()]).toEqual([503, { status: "unavailable", db: "db-busy" }]);
      const write = await fetch(`${server.url}/api/plans`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: readFileSync(new URL("../fixtures/plans/revision-v1.txt", import.meta.url)) });
      expect(write.status).toBe(503);
      expect(((await write.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "db-busy", message: expect.stringContaining("đang bận") });
      await other.execute("ROLLBACK");
      expect(Number((await other.execute('SELECT count(*) AS n FROM "Plan"')).rows[0]!.n)).toBe(0);
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      other.close();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("file handles", () => {
  it("are given back after every write: 40 imports, revisions and corrections leave the count where it was", async () => {
    const { readdirSync } = await import("node:fs");
    const { openNodeDatabase } = await import("../../src/store/node-db.ts");
    const { testApp } = await import("../helpers/app.ts");
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-handles-"));
    const database = await openNodeDatabase(`file:${path.join(directory, "lich.db")}`);
    try {
      const app = testApp(database.db, { now: new Date("2025-03-10T02:00:00Z") });
      const versions = ["revision-v1.txt", "revision-v2.txt", "revision-v3.txt"].map((name) => readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url)));
      const post = (body: Buffer) => app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body });
      const correct = (done: boolean) => app.request("/api/plans/p_d69035b288b3/tasks/I.1.1", { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ done }) });
      await post(versions[0]!);
      const handles = () => readdirSync("/proc/self/fd").length;
      const before = handles();
      for (let i = 0; i < 20; i++) {
        expect((await post(Buffer.concat([versions[i % 3]!, Buffer.from(`\n\n<!-- ${i} -->`)]))).status).toBeLessThan(300);
        expect((await correct(i % 2 === 0)).status).toBe(200);
      }
      expect(handles()).toBeLessThanOrEqual(before + 2);
    } finally {
      await database.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});

/**
 * Runs a slow request while polling the all-plans feed and /health: held on the server's thread,
 * a /health would wait for the whole request; off it, none waits for more than a small part of
 * it (the feed's own rendering, of a plan of thousands of tasks, is not counted against it).
 */
async function whileAnswering(url: string, slow: () => Promise<Response>) {
  const sent = Date.now();
  let finished = false;
  let took = 0;
  const request = slow().finally(() => {
    finished = true;
    took = Date.now() - sent;
  });
  let slowest = 0;
  let rounds = 0;
  while (!finished) {
    expect((await fetch(`${url}/feeds/all.ics`)).status).toBe(200);
    const started = Date.now();
    expect((await fetch(`${url}/health`)).status).toBe(200);
    slowest = Math.max(slowest, Date.now() - started);
    rounds++;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const response = await request;
  expect(rounds).toBeGreaterThan(1);
  expect(slowest).toBeLessThan(Math.max(took / 4, 100));
  return { response, took, rounds, slowest };
}

describe("a big upload", () => {
  it("is read off the server's thread, and so are its ceremony change and a task's correction: feeds and /health keep answering quickly meanwhile", async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-big-"));
    const server = await startServer({ port: 0, hostname: "127.0.0.1", databaseUrl: `file:${path.join(directory, "lich.db")}`, env: {}, log: () => {} });
    try {
      const lines = ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "", "Số: 88/KH-UBND", "", "Lai Châu, ngày 05 tháng 01 năm 2027", "", "KẾ HOẠCH", "Công tác năm 2027", ""];
      for (let s = 1; s <= 25; s++) {
        lines.push(`${["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV"][s - 1]}. NHÓM NHIỆM VỤ ${s}`, "");
        for (let i = 1; i <= 90; i++) {
          lines.push(`${i}. Tổ chức hoạt động tuyên truyền số ${s * 100 + i} tại các xã`, "- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.", "- Đơn vị phối hợp: Sở Thông tin và Truyền thông; UBND các huyện, thành phố.", `- Thời gian thực hiện: Tháng ${(i % 12) + 1}/2027.`, "");
        }
      }
      const posted = await whileAnswering(server.url, () => fetch(`${server.url}/api/plans`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: lines.join("\n") }));
      expect(posted.response.status, await posted.response.clone().text()).toBe(201);
      const { plan } = (await posted.response.json()) as { plan: { id: string; tasks: Array<{ id: string }> } };
      expect(plan.tasks.length).toBe(2250);
      console.log(`  big upload: ${posted.took} ms; ${posted.rounds} feed + health rounds meanwhile, slowest /health ${posted.slowest} ms`);
      // A ceremony set and a task corrected read the whole plan again: off the server's thread too.
      const json = { "content-type": "application/json" };
      const ceremony = await whileAnswering(server.url, () => fetch(`${server.url}/api/plans/${plan.id}/ceremony`, { method: "PUT", headers: json, body: JSON.stringify({ start: "2027-09-02T08:00" }) }));
      expect(ceremony.response.status).toBe(200);
      console.log(`  its ceremony set: ${ceremony.took} ms; ${ceremony.rounds} rounds meanwhile, slowest /health ${ceremony.slowest} ms`);
      const corrected = await whileAnswering(server.url, () => fetch(`${server.url}/api/plans/${plan.id}/tasks/${plan.tasks[7]!.id}`, { method: "PATCH", headers: json, body: JSON.stringify({ timing: "Tháng 10/2027", done: true }) }));
      expect(corrected.response.status).toBe(200);
      console.log(`  a task corrected: ${corrected.took} ms; ${corrected.rounds} rounds meanwhile, slowest /health ${corrected.slowest} ms`);
      const task = ((await (await fetch(`${server.url}/api/plans/${plan.id}`)).json()) as { plan: { tasks: Array<{ correction: { set: { done: boolean } } | null; timing: Array<{ items: Array<{ start: string }> }> }> } }).plan.tasks[7]!;
      expect(task.correction?.set.done).toBe(true);
      expect(task.timing[0]!.items[0]!.start).toBe("2027-10-01");
    } finally {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 90_000);

  it("is stopped past its time budget, with nothing written", async () => {
    const { ImportThread } = await import("../../src/store/import-thread.ts");
    const { openNodeDatabase } = await import("../../src/store/node-db.ts");
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-budget-"));
    const databaseUrl = `file:${path.join(directory, "lich.db")}`;
    const database = await openNodeDatabase(databaseUrl);
    const thread = new ImportThread(databaseUrl, database.db, { budgetMs: 50 });
    try {
      const text = readFileSync(new URL("../fixtures/plans/revision-v1.txt", import.meta.url));
      const outcome = await thread.import({ bytes: new Uint8Array(text), fileName: "v1.txt", mediaType: "", receivedAt: new Date() }, "test");
      expect(outcome).toMatchObject({ ok: false, code: "too-slow" });
      expect(await database.db.plan.count()).toBe(0);
      // The next import gets a fresh thread and a fair budget.
      const patient = new ImportThread(databaseUrl, database.db);
      expect(await patient.import({ bytes: new Uint8Array(text), fileName: "v1.txt", mediaType: "", receivedAt: new Date() }, "test")).toMatchObject({ ok: true, created: true });
      await patient.close();
    } finally {
      await thread.close();
      await database.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});
