/**
 * Corrections of a task through HTTP: a new phrase or dates, other units, done; shown as a
 * correction, moving the feeds with a SEQUENCE bump, surviving a revision, undone; every write
 * in the audit trail; a plan deleted leaves every feed.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../../tests/helpers/app.ts";
import { freshDb, type TestDb } from "../../../tests/helpers/db.ts";
import { parseFeed } from "../../../tests/helpers/ical.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/plans/${name}`, import.meta.url));
const NOW = new Date("2025-03-10T02:00:00Z");
const DOAN = "doan-thanh-nien-cong-san-ho-chi-minh-xa-muong-so";
type Json = Record<string, any>;

describe("PATCH /api/plans/{id}/tasks/{key} and the audit trail", () => {
  let store: TestDb;
  let app: ReturnType<typeof testApp>;
  let planId: string;
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(path, { method, headers: { "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: response.status, body: (await response.json()) as Json };
  };
  const post = (name: string) => app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: fixture(name) });
  const feed = async (path: string) => parseFeed(await (await app.request(`${path}?from=2025-01-01&to=2025-12-31`)).text());

  beforeAll(async () => {
    store = freshDb();
    app = testApp(store.db, { now: NOW });
    planId = (((await (await post("revision-v1.txt")).json()) as Json).plan.id) as string;
  });
  afterAll(() => store.close());

  it("sets a new phrase, resolved in the plan's context, shown beside what the document says", async () => {
    const before = (await feed(`/feeds/units/${DOAN}.ics`)).events.find((e) => e.summary === "Giải bóng chuyền các thôn, bản")!;
    const { status, body } = await send("PATCH", `/api/plans/${planId}/tasks/I.2.1`, { timing: "Chậm nhất ngày 10/4/2025", note: "Theo Công văn số 12/UBND" });
    expect(status).toBe(200);
    expect(body.task.timing.map((r: Json) => r.items.map(({ rule: _rule, ...item }: Json) => item))).toEqual([[{ kind: "deadline", start: "2025-04-10", end: "2025-04-10" }]]);
    expect(body.task.correction).toEqual({
      document: { timing: ["Tháng 4/2025"], units: [{ name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Mường So", slug: DOAN, role: "lead" }] },
      set: { timing: "Chậm nhất ngày 10/4/2025" },
      by: "loopback",
      at: "2025-03-10T02:00:00.000Z",
      note: "Theo Công văn số 12/UBND",
    });
    expect(body.revision).toMatchObject({ changed: 2, created: 0, removed: 0 });
    const after = (await feed(`/feeds/units/${DOAN}.ics`)).events.find((e) => e.uid === before.uid)!;
    expect(after.sequence).toBe(before.sequence + 1);
    expect(after.summary).toBe("Hạn: Giải bóng chuyền các thôn, bản");
    expect(after.description).toContain("Đã điều chỉnh so với văn bản (loopback, 10/03/2025): Theo Công văn số 12/UBND");
    const entry = (await send("GET", `/api/schedule?unit=${DOAN}&kind=deadline`)).body.entries[0];
    expect(entry).toMatchObject({ uid: before.uid, corrected: true, start: "2025-04-10", sequence: 1 });
  });

  it("replaces the units (a known one by slug, a new one by name) and marks it done", async () => {
    const { body } = await send("PATCH", `/api/plans/${planId}/tasks/I.2.1`, {
      units: [{ slug: "cong-an-xa-muong-so", role: "lead" }, { name: "Hội Cựu chiến binh xã", role: "support" }],
      done: true,
    });
    expect(body.task.units.map((u: Json) => [u.slug, u.role])).toEqual([["cong-an-xa-muong-so", "lead"], ["hoi-cuu-chien-binh-xa-muong-so", "support"]]);
    expect(body.task.correction.set).toEqual({ timing: "Chậm nhất ngày 10/4/2025", units: body.task.units.map(({ name, slug, role }: Json) => ({ name, slug, role })), done: true });
    expect((await feed(`/feeds/units/${DOAN}.ics`)).events.map((e) => e.summary)).not.toContain("Hạn: Giải bóng chuyền các thôn, bản");
    const police = (await feed("/feeds/units/cong-an-xa-muong-so.ics")).events.find((e) => e.summary.includes("Giải bóng chuyền"))!;
    expect(police.summary).toBe("Đã thực hiện: Hạn: Giải bóng chuyền các thôn, bản");
    expect((await send("GET", "/api/schedule?unit=hoi-cuu-chien-binh-xa-muong-so&status=done")).body.entries.map((e: Json) => e.task.key)).toEqual(["I.2.1"]);
    expect((await send("GET", "/api/units/hoi-cuu-chien-binh-xa-muong-so")).status).toBe(200);
  });

  it("sets explicit dates, and refuses what it cannot use without changing anything", async () => {
    const explicit = await send("PATCH", `/api/plans/${planId}/tasks/I.2.2`, { timing: { items: [{ kind: "timed", start: "2025-04-19T19:30", end: "2025-04-19T22:00" }] } });
    expect(explicit.body.task.timing[0]).toMatchObject({ phrase: "19/04/2025 19:30 – 19/04/2025 22:00", items: [{ kind: "timed", start: "2025-04-19T19:30+07:00", end: "2025-04-19T22:00+07:00", rule: "correction" }] });
    const trail = (await send("GET", `/api/plans/${planId}/changes`)).body.changes.length;
    const cases: Array<[unknown, number, string, string?]> = [
      [{}, 400, "invalid-request", ""],
      [{ timing: "" }, 400, "invalid-request", "timing"],
      [{ done: "yes" }, 400, "invalid-request", "done"],
      [{ units: [{ role: "lead" }] }, 400, "invalid-request", "units.0"],
      [{ units: [{ slug: "khong-co", role: "lead" }] }, 400, "unit-not-found", "units.0.slug"],
      [{ timing: { items: [{ kind: "span", start: "2025-04-20", end: "2025-04-19" }] } }, 400, "invalid-request", "timing.items.0"],
      [{ timing: "khi có hướng dẫn của cấp trên" }, 422, "timing-not-understood"],
    ];
    for (const [body, status, code, path] of cases) {
      const answer = await send("PATCH", `/api/plans/${planId}/tasks/I.1.1`, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body.error.code).toBe(code);
      if (path !== undefined) expect(answer.body.error.details.map((d: Json) => d.path)).toContain(path);
    }
    expect((await send("PATCH", `/api/plans/${planId}/tasks/IX.9`, { done: true })).body.error.code).toBe("task-not-found");
    expect((await send("PATCH", `/api/plans/p_khong_co/tasks/I.1.1`, { done: true })).body.error.code).toBe("plan-not-found");
    const notJson = await app.request(`/api/plans/${planId}/tasks/I.1.1`, { method: "PATCH", headers: { "content-type": "text/plain" }, body: "done" });
    expect([notJson.status, ((await notJson.json()) as Json).error.code]).toEqual([415, "unsupported-media-type"]);
    expect((await send("GET", `/api/plans/${planId}/changes`)).body.changes.length).toBe(trail);
    expect((await send("GET", `/api/plans/${planId}`)).body.plan.tasks.find((t: Json) => t.id === "I.1.1").correction).toBeNull();
  });

  it("keeps a correction through a revision that renumbers the task, and goes back to the document when undone", async () => {
    // The revisions arrive on later days (the latest document is the one a plan is read from).
    const later = (days: number) => testApp(store.db, { now: new Date(NOW.getTime() + days * 86_400_000) });
    for (const [days, name] of [[1, "revision-v2.txt"], [2, "revision-v3.txt"]] as const) {
      await later(days).request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: fixture(name) });
    }
    const plan = (await send("GET", `/api/plans/${planId}`)).body.plan;
    const volleyball = plan.tasks.find((t: Json) => t.title === "Giải bóng chuyền các thôn, bản");
    expect(volleyball.id).toBe("I.2.2");
    expect(volleyball.correction.document.timing).toEqual(["Từ ngày 05/4 đến ngày 12/4/2025"]);
    expect(volleyball.timing[0].items[0]).toMatchObject({ kind: "deadline", start: "2025-04-10" });
    expect(volleyball.units.map((u: Json) => u.slug)).toEqual(["cong-an-xa-muong-so", "hoi-cuu-chien-binh-xa-muong-so"]);

    const undone = await send("DELETE", `/api/plans/${planId}/tasks/I.2.2/correction`);
    expect(undone.status).toBe(200);
    expect(undone.body.task).toMatchObject({ id: "I.2.2", correction: null, units: [expect.objectContaining({ slug: DOAN, role: "lead" })] });
    expect(undone.body.task.timing[0].items[0]).toMatchObject({ kind: "span", start: "2025-04-05", end: "2025-04-12" });
    expect((await send("DELETE", `/api/plans/${planId}/tasks/I.2.2/correction`)).body.error.code).toBe("no-correction");
  });

  it("records every write with who, what before and after, and the note — never a token", async () => {
    const { body } = await send("GET", `/api/plans/${planId}/changes`);
    expect(body.changes.map((c: Json) => [c.action, c.subject, c.actor])).toEqual([
      ["task.correction-removed", "I.2.2", "loopback"],
      ["plan.revised", null, "loopback"],
      ["plan.revised", null, "loopback"],
      ["task.corrected", "I.2.2", "loopback"],
      ["task.corrected", "I.2.1", "loopback"],
      ["task.corrected", "I.2.1", "loopback"],
      ["plan.imported", null, "loopback"],
    ]);
    const first = body.changes.at(-2);
    expect(first).toMatchObject({ note: "Theo Công văn số 12/UBND", before: { document: { timing: ["Tháng 4/2025"] } }, after: { timing: { phrase: "Chậm nhất ngày 10/4/2025" }, units: null, done: null } });
    const page = (await send("GET", `/api/plans/${planId}/changes?limit=3`)).body;
    expect(page.changes).toHaveLength(3);
    expect((await send("GET", `/api/plans/${planId}/changes?before=${page.next}`)).body.changes.map((c: Json) => c.seq)).toEqual(body.changes.slice(3).map((c: Json) => c.seq));
  });

  it("deletes a plan: its events leave every feed, sync clients get tombstones, the trail keeps the deletion", async () => {
    const token = (await send("GET", `/api/schedule?plan=${planId}`)).body.syncToken;
    const uids = (await send("GET", `/api/schedule?plan=${planId}`)).body.entries.map((e: Json) => e.uid);
    const { status, body } = await send("DELETE", `/api/plans/${planId}`);
    expect([status, body]).toEqual([200, { deleted: planId }]);
    expect((await send("GET", `/api/plans/${planId}`)).status).toBe(404);
    expect((await feed("/feeds/all.ics")).events).toEqual([]);
    expect((await feed(`/feeds/units/${DOAN}.ics`)).events).toEqual([]);
    const synced = (await send("GET", `/api/schedule?syncToken=${encodeURIComponent(token)}`)).body;
    expect(synced.entries.map((e: Json) => e.uid).sort()).toEqual([...uids].sort());
    expect(synced.entries.every((e: Json) => e.removed)).toBe(true);
    const all = (await send("GET", "/api/changes")).body.changes;
    expect(all[0]).toMatchObject({ action: "plan.deleted", planId, before: { number: "15/KH-UBND" } });
    expect((await send("DELETE", `/api/plans/${planId}`)).status).toBe(404);
  });
});
