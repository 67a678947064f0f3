/**
 * The schedule API through HTTP on a real SQLite file: filters, a month of one unit, paging
 * across a page boundary, sync after a revision, expired tokens, the countdown under a fixed
 * clock, undated tasks.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../../tests/helpers/app.ts";
import { freshDb, type TestDb } from "../../../tests/helpers/db.ts";
import { encodeSyncToken } from "../../schedule/sync-token.ts";

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/plans/${name}`, import.meta.url));
const NOW = new Date("2025-03-10T02:00:00Z");
const VHXH = "cong-chuc-van-hoa-xa-hoi-xa-muong-so";

type Json = Record<string, any>;

describe("GET /api/schedule and /api/plans/{id}/schedule", () => {
  let store: TestDb;
  let app: ReturnType<typeof testApp>;
  let planId: string;
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: (await response.json()) as Json };
  };
  const post = (body: Uint8Array) => app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body });

  beforeAll(async () => {
    store = freshDb();
    app = testApp(store.db, { now: NOW });
    planId = (((await (await post(fixture("revision-v1.txt"))).json()) as Json).plan.id) as string;
  });
  afterAll(() => store.close());

  it("lists the plan-wide entries in start order with every field of the contract", async () => {
    const { status, body } = await get("/api/schedule");
    expect(status).toBe(200);
    const starts = body.entries.map((e: Json) => e.start);
    expect(starts).toEqual([...starts].sort());
    expect(body.entries.map((e: Json) => e.task.key)).toEqual(["I.1.1", "I.2.1", "I.3", "I.1.2", "I.2.2", "II.1"]);
    const concert = body.entries.find((e: Json) => e.task.key === "I.2.2");
    expect(concert).toEqual({
      uid: expect.stringMatching(/^[0-9a-f]{16}@lich-kehoach$/),
      removed: false,
      plan: { id: planId, number: "15/KH-UBND", title: "Tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng xã Mường So (20/4/1975 - 20/4/2025)" },
      task: { key: "I.2.2", title: "Đêm văn nghệ chào mừng", url: `http://localhost/plans/${planId}/tasks/I.2.2` },
      unit: null,
      role: "plan",
      units: [{ slug: VHXH, name: "Công chức Văn hóa - Xã hội xã Mường So", role: "lead" }],
      kind: "timed",
      itemRole: null,
      start: "2025-04-18T19:00+07:00",
      end: "2025-04-18T22:00+07:00",
      allDay: false,
      rrule: null,
      tentative: false,
      provisional: false,
      assumedDay: false,
      done: false,
      corrected: false,
      phrase: "Tối ngày 18/4/2025",
      sequence: 0,
      updatedAt: "2025-03-10T02:00:00.000Z",
    });
    expect(body.next).toBeNull();
    expect(body.syncToken).toMatch(/^s1\./);
    // The ceremony's date is a month: its entries are provisional, and the one tied to it says so.
    expect(body.entries.find((e: Json) => e.task.key === "I.1.2")).toMatchObject({ kind: "span", start: "2025-04-15", end: "2025-04-15", provisional: true, assumedDay: true });
  });

  it("gives one unit's items for a month, with its role, and filters by kind and role", async () => {
    const { body } = await get(`/api/schedule?unit=${VHXH}&from=2025-04-01&to=2025-04-30`);
    expect(body.entries.map((e: Json) => [e.task.key, e.role, e.start, e.end])).toEqual([
      ["I.1.1", "lead", "2025-03-01", "2025-04-30"],
      ["I.1.2", "lead", "2025-04-15", "2025-04-15"],
      ["I.2.2", "lead", "2025-04-18T19:00+07:00", "2025-04-18T22:00+07:00"],
      ["II.1", "lead", "2025-04-29", "2025-04-29"],
    ]);
    expect(body.entries.every((e: Json) => e.unit.slug === VHXH)).toBe(true);
    const deadlines = await get(`/api/schedule?unit=${VHXH}&kind=deadline,timed`);
    expect(deadlines.body.entries.map((e: Json) => e.task.key)).toEqual(["I.2.2", "II.1"]);
    const support = await get("/api/schedule?unit=doan-thanh-nien-cong-san-ho-chi-minh-xa-muong-so&role=support");
    expect(support.body.entries.map((e: Json) => [e.task.key, e.role])).toEqual([["I.1.1", "support"]]);
    const occasion = (await get("/api/occasions")).body.occasions[0];
    expect(occasion.slug).toBe("2025-04-20-50-nam-ngay-giai-phong-xa-muong-so");
    const ofOccasion = await get(`/api/schedule?occasion=${occasion.slug}&status=open`);
    expect(ofOccasion.body.entries.map((e: Json) => e.uid)).toEqual((await get("/api/schedule")).body.entries.map((e: Json) => e.uid));
    expect((await get("/api/schedule?occasion=2025-01-01-khong-co")).body.error.code).toBe("occasion-not-found");
    const ofPlan = await get(`/api/plans/${planId}/schedule?from=2025-04-19`);
    expect(ofPlan.body.entries.map((e: Json) => e.task.key)).toEqual(["I.1.1", "I.2.1", "I.3", "II.1"]);
  });

  it("pages across a page boundary without losing or repeating an entry", async () => {
    const all = (await get("/api/schedule?limit=500")).body.entries.map((e: Json) => e.uid);
    const seen: string[] = [];
    let page = (await get("/api/schedule?limit=4")).body;
    const tokens = new Set<string>([page.syncToken]);
    seen.push(...page.entries.map((e: Json) => e.uid));
    expect(page.entries).toHaveLength(4);
    while (page.next) {
      page = (await get(`/api/schedule?limit=4&cursor=${encodeURIComponent(page.next)}`)).body;
      seen.push(...page.entries.map((e: Json) => e.uid));
      tokens.add(page.syncToken);
    }
    expect(seen).toEqual(all);
    expect(tokens.size).toBe(1);
  });

  it("refuses what it cannot use with 400 naming the field, and 404 for what does not exist", async () => {
    for (const [query, path] of [["limit=900", "limit"], ["limit=0", "limit"], ["from=2025-13", "from"], ["kind=weekly", "kind"], ["status=late", "status"]] as const) {
      const { status, body } = await get(`/api/schedule?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.code).toBe("invalid-request");
      expect(body.error.details.map((d: Json) => d.path)).toEqual([path]);
      expect(body.error.message).toContain(`"${path}"`);
    }
    expect((await get("/api/schedule?cursor=abc")).body.error.code).toBe("invalid-cursor");
    expect((await get("/api/schedule?from=2025-05-01&to=2025-04-01")).body.error.code).toBe("invalid-window");
    expect((await get("/api/schedule?unit=khong-co")).status).toBe(404);
    expect((await get("/api/plans/p_khong_co/schedule")).body.error.code).toBe("plan-not-found");
  });

  it("lists the undated tasks apart, with the phrase and the reason", async () => {
    const { body } = await get(`/api/plans/${planId}/unresolved`);
    expect(body.unresolved).toEqual([
      { task: { key: "II.2", title: "Bảo đảm an ninh trật tự trong các ngày diễn ra hoạt động kỷ niệm", url: `http://localhost/plans/${planId}/tasks/II.2` }, phrase: null, reason: "no-timing", text: "Văn bản không ghi thời gian cho nhiệm vụ này.", lines: [50, 50] },
    ]);
  });

  it("counts down in Vietnam calendar days once the ceremony has a date", async () => {
    const before = (await get(`/api/plans/${planId}/countdown`)).body;
    expect(before).toMatchObject({ ceremony: { start: "2025-04", tentative: true, source: "document" }, days: null, text: "Lễ chưa có ngày cụ thể." });
    const set = await app.request(`/api/plans/${planId}/ceremony`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ start: "2025-04-20T08:00" }) });
    expect(set.status).toBe(200);
    const { body } = await get(`/api/plans/${planId}/countdown?now=${encodeURIComponent("2025-03-11T08:00:00+07:00")}`);
    expect(body).toMatchObject({ now: "2025-03-11T01:00:00.000Z", ceremony: { start: "2025-04-20T08:00", tentative: false, source: "organizers" }, days: 40, hours: 960, minutes: 57_600, text: "còn 40 ngày" });
    // Late evening the day before: one calendar day, though fewer than 24 hours remain.
    expect((await get(`/api/plans/${planId}/countdown?now=${encodeURIComponent("2025-04-19T22:00:00+07:00")}`)).body).toMatchObject({ days: 1, hours: 10 });
    const late = (await get(`/api/plans/${planId}/countdown?now=${encodeURIComponent("2025-04-28T09:00:00+07:00")}`)).body;
    expect(late).toMatchObject({ days: -8, text: "đã qua 8 ngày" });
    expect(late.dueIn7Days.map((i: Json) => [i.task.key, i.end])).toEqual([["I.1.1", "2025-04-30"], ["I.2.1", "2025-04-30"], ["II.1", "2025-04-29"]]);
    expect(late.overdue.map((i: Json) => [i.task.key, i.end])).toEqual([["I.1.2", "2025-04-15"], ["I.2.2", "2025-04-18T22:00+07:00"], ["I.3", "2025-04-20T10:00+07:00"]]);
    expect(late.unresolved.map((u: Json) => u.task.key)).toEqual(["II.2"]);
    expect((await get(`/api/plans/${planId}/countdown?now=yesterday`)).body.error.details[0].path).toBe("now");
  });

  it("follows revisions through the sync token: only what was changed, created or removed", async () => {
    const start = (await get(`/api/schedule?plan=${planId}`)).body;
    const ofUnit = (await get(`/api/schedule?unit=${VHXH}`)).body;
    const quiet = (await get(`/api/schedule?syncToken=${encodeURIComponent(start.syncToken)}`)).body;
    expect(quiet).toEqual({ entries: [], next: null, syncToken: expect.stringMatching(/^s1\./) });
    const byKey = (key: string, page: Json) => page.entries.find((e: Json) => e.task.key === key);

    // v2 rewords item 2.2 (same task, same UID) and moves 2.1; v3 inserts a new 2.1 and renumbers.
    expect(((await (await post(fixture("revision-v2.txt"))).json()) as Json).created).toBe(false);
    expect(((await (await post(fixture("revision-v3.txt"))).json()) as Json).created).toBe(false);

    const synced = (await get(`/api/schedule?syncToken=${encodeURIComponent(quiet.syncToken)}`)).body;
    expect(synced.entries.filter((e: Json) => e.removed)).toEqual([]);
    const summary = synced.entries.map((e: Json) => [e.uid, e.task.key, e.task.title, e.start, e.sequence]);
    expect(summary).toEqual([
      [byKey("I.2.1", start).uid, "I.2.2", "Giải bóng chuyền các thôn, bản", "2025-04-05", 2],
      [byKey("I.2.2", start).uid, "I.2.3", "Thăm hỏi, tặng quà gia đình chính sách", "2025-04-14", 2],
      [expect.stringMatching(/@lich-kehoach$/), "I.2.1", "Hội thi ảnh đẹp quê hương", "2025-04-01", 0],
    ].sort((a, b) => (a[3] === b[3] ? 0 : (a[3] as string) < (b[3] as string) ? -1 : 1)));
    expect(start.entries.map((e: Json) => e.uid)).not.toContain(summary.find((row: unknown[]) => row[1] === "I.2.1")[0]);

    // The unit that no longer does the reworded task: its event is a tombstone.
    const unitSync = (await get(`/api/schedule?syncToken=${encodeURIComponent(ofUnit.syncToken)}`)).body;
    expect(unitSync.entries.filter((e: Json) => e.removed)).toEqual([{ uid: byKey("I.2.2", ofUnit).uid, removed: true }]);

    // Paged: one change at a time, each page carrying the token to go on from.
    let page = (await get(`/api/schedule?limit=1&syncToken=${encodeURIComponent(quiet.syncToken)}`)).body;
    const uids = new Set<string>(page.entries.map((e: Json) => e.uid));
    while (page.next) {
      page = (await get(`/api/schedule?limit=1&syncToken=${encodeURIComponent(page.next)}`)).body;
      for (const e of page.entries) uids.add(e.uid);
    }
    expect([...uids].sort()).toEqual(synced.entries.map((e: Json) => e.uid).sort());
    expect((await get(`/api/schedule?syncToken=${encodeURIComponent(synced.syncToken)}`)).body.entries).toEqual([]);
  });

  it("answers 410 to an expired or unknown sync token, telling the client to start again", async () => {
    const expired = encodeSyncToken({ query: {}, seq: 0, issuedAt: NOW.getTime() - 91 * 86_400_000 });
    const answer = await get(`/api/schedule?syncToken=${encodeURIComponent(expired)}`);
    expect(answer.status).toBe(410);
    expect(answer.body.error).toMatchObject({ code: "sync-token-expired", message: expect.stringContaining("đồng bộ lại từ đầu") });
    for (const token of ["rubbish", encodeSyncToken({ query: {}, seq: 10_000_000, issuedAt: NOW.getTime() })]) {
      const unknown = await get(`/api/schedule?syncToken=${encodeURIComponent(token)}`);
      expect(unknown.status).toBe(410);
      expect(unknown.body.error.code).toBe("sync-token-invalid");
    }
  });
});
