/**
 * Which feeds exist and what they hold: per unit (with a role filter), per plan, per
 * occasion, for everything; the window, reminders, links, pages, secret addresses, caching,
 * and bytes that do not depend on the host's time zone.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, DEFAULT_SETTINGS } from "../../src/app.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { parseFeed } from "../helpers/ical.ts";

const V1 = readFileSync(new URL("../fixtures/plans/revision-v1.txt", import.meta.url));
const CULTURE = "cong-chuc-van-hoa-xa-hoi-xa-muong-so";
const YOUTH = "doan-thanh-nien-cong-san-ho-chi-minh-xa-muong-so";
const NOW = new Date("2025-03-05T01:00:00Z");
const ORIGIN = "https://lich.example";

describe("feeds by scope", () => {
  let store: TestDb;
  let planId: string;
  const app = (settings = {}) => testApp(store.db, { now: NOW, settings: { publicBaseUrl: ORIGIN, ...settings } });
  const get = (path: string, settings = {}) => app(settings).request(path);
  const events = async (path: string) => {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    return parseFeed(await response.text()).events;
  };

  beforeAll(async () => {
    store = freshDb();
    const response = await app().request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: V1 });
    planId = ((await response.json()) as { plan: { id: string } }).plan.id;
  });
  afterAll(() => store.close());

  it("filters a unit's feed by role", async () => {
    expect((await events(`/feeds/units/${YOUTH}.ics`)).map((e) => [e.summary, e.categories[0]])).toEqual([
      ["Tuyên truyền trên hệ thống loa truyền thanh của xã", "Phối hợp"],
      ["Giải bóng chuyền các thôn, bản", "Chủ trì thực hiện"],
    ]);
    expect((await events(`/feeds/units/${YOUTH}.ics?role=lead`)).map((e) => e.summary)).toEqual(["Giải bóng chuyền các thôn, bản"]);
    expect((await events(`/feeds/units/${YOUTH}.ics?role=support,advise`)).map((e) => e.summary)).toEqual(["Tuyên truyền trên hệ thống loa truyền thanh của xã"]);
    const named = parseFeed(await (await get(`/feeds/units/${YOUTH}.ics?role=lead`)).text()).name;
    expect(named).toBe("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Mường So – Lịch kế hoạch (chủ trì thực hiện)");
  });

  it("answers bad parameters with 400 and what is wrong", async () => {
    const cases: Array<[string, string]> = [
      [`/feeds/units/${YOUTH}.ics?role=boss`, "invalid-role"],
      [`/feeds/plans/${planId}.ics?role=lead`, "role-filter-units-only"],
      [`/feeds/units/${YOUTH}.ics?from=2025-13-01`, "invalid-window"],
      [`/feeds/units/${YOUTH}.ics?from=2025-05-01&to=2025-04-01`, "invalid-window"],
      [`/feeds/units/${YOUTH}.ics?from=2000-01-01&to=2025-04-01`, "invalid-window"],
      [`/feeds/units/${YOUTH}.ics?alarm=soon`, "invalid-alarm"],
    ];
    for (const [path, code] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(((await response.json()) as any).error.code, path).toBe(code);
    }
    expect((await get("/feeds/units/khong-co.ics")).status).toBe(404);
    expect((await get("/feeds/plans/p_nope.ics")).status).toBe(404);
    expect((await get("/feeds/occasions/nope.ics")).status).toBe(404);
    expect((await get(`/feeds/units/${YOUTH}`)).status).toBe(404);
  });

  it("sends every dated item by default, past ones included, or the window from..to", async () => {
    expect(await events(`/feeds/units/${CULTURE}.ics?from=2025-04-16&to=2025-04-20`)).toHaveLength(2); // the April span and the concert
    expect(await events(`/feeds/units/${CULTURE}.ics?from=2025-05-01&to=2025-12-31`)).toHaveLength(0);
    expect(await events(`/feeds/units/${CULTURE}.ics`)).toHaveLength(4);
    // Years later, a subscriber still sees the plan they were told about.
    const later = testApp(store.db, { now: new Date("2028-04-25T00:00:00Z"), settings: { publicBaseUrl: ORIGIN } });
    const kept = parseFeed(await (await later.request(`/feeds/units/${CULTURE}.ics`)).text()).events;
    expect(kept).toHaveLength(4);
    expect(await events(`/feeds/units/${CULTURE}.ics?from=2025-04-16`)).toHaveLength(3);
    expect(await events(`/feeds/units/${CULTURE}.ics?to=2025-04-16`)).toHaveLength(2);
  });

  it("leaves out the oldest items first when a feed would be too big for calendar clients", async () => {
    const { publishFeed, FEED_BYTES } = await import("../../src/store/publisher.ts");
    expect(FEED_BYTES).toBe(800 * 1024);
    const request = { selector: { kind: "unit" as const, slug: CULTURE }, roles: null, window: { from: null, to: null }, alarmMinutes: null, origin: ORIGIN };
    const whole = (await publishFeed(store.db, request))!;
    const starts = parseFeed(whole.body).events.map((e) => e.start);
    const capped = (await publishFeed(store.db, { ...request, maxBytes: Buffer.byteLength(whole.body) - 200 }))!;
    expect(Buffer.byteLength(capped.body)).toBeLessThanOrEqual(Buffer.byteLength(whole.body) - 200);
    const kept = parseFeed(capped.body).events.map((e) => e.start);
    expect(kept.length).toBeLessThan(starts.length);
    expect(kept).toEqual(starts.slice(starts.length - kept.length));
  });

  it("reminds a day before deadlines and timed events (09:00 the day before for all-day ones), as configured", async () => {
    const byDefault = await events(`/feeds/units/${CULTURE}.ics`);
    expect(byDefault.map((e) => [e.summary.slice(0, 20), e.alarms])).toEqual([
      ["Tuyên truyền trên hệ", []],
      ["Treo băng rôn, khẩu ", []],
      ["Đêm văn nghệ chào mừ", ["-P1D"]],
      ["Hạn: Báo cáo kết quả", ["-PT15H"]],
    ]);
    expect((await events(`/feeds/units/${CULTURE}.ics?alarm=60`)).flatMap((e) => e.alarms)).toEqual(["-PT1H", "-PT15H"]);
    expect((await events(`/feeds/units/${CULTURE}.ics?alarm=none`)).flatMap((e) => e.alarms)).toEqual([]);
    const quiet = await get(`/feeds/units/${CULTURE}.ics`, { alarmMinutes: null });
    expect(parseFeed(await quiet.text()).events.flatMap((e) => e.alarms)).toEqual([]);
  });

  it("links every event to its task's page, which people can read", async () => {
    const [first] = await events(`/feeds/units/${CULTURE}.ics`);
    expect(first!.url).toBe(`${ORIGIN}/plans/${planId}/tasks/I.1.1`);
    expect(first!.description).toBe(
      [
        "Tuyên truyền trên hệ thống loa truyền thanh của xã",
        "",
        "Vai trò của đơn vị: Chủ trì thực hiện",
        "Thời gian theo kế hoạch: Tháng 3, 4/2025",
        "Đơn vị khác: Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Mường So (phối hợp)",
        "Kế hoạch số 15/KH-UBND: Tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng xã Mường So (20/4/1975 - 20/4/2025)",
        "Mục I.1.1",
        "",
        `Chi tiết: ${ORIGIN}/plans/${planId}/tasks/I.1.1`,
      ].join("\n"),
    );
    const page = await get(`/plans/${planId}/tasks/I.1.1`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("<h1>Tuyên truyền trên hệ thống loa truyền thanh của xã</h1>");
    expect(html).toContain("“Tháng 3, 4/2025”");
    expect(html).toContain("Thực hiện: 01/03/2025 – 30/04/2025");
    expect(html).toContain("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Mường So — Phối hợp");
    expect(html).toContain(`webcal://lich.example/feeds/units/${YOUTH}.ics`);
    const secret = await (await get(`/plans/${planId}/tasks/I.1.1`, { privateFeeds: true })).text();
    expect(secret).not.toContain("webcal://");
    const missing = await get(`/plans/${planId}/tasks/IX.9`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Không tìm thấy nhiệm vụ");
  });

  it("publishes the plan, its occasion and everything, one event per task item", async () => {
    const plan = await events(`/feeds/plans/${planId}.ics`);
    expect(plan).toHaveLength(6);
    const { occasions, all } = (await (await get("/api/occasions")).json()) as { occasions: Array<Record<string, any>>; all: Record<string, string> };
    expect(occasions).toEqual([
      expect.objectContaining({
        slug: "2025-04-20-50-nam-ngay-giai-phong-xa-muong-so",
        name: "50 năm Ngày giải phóng xã Mường So",
        date: "2025-04-20",
        origin: "1975-04-20",
        years: 50,
        plans: [{ id: planId, number: "15/KH-UBND", title: expect.any(String), main: true }],
        feedUrl: `${ORIGIN}/feeds/occasions/2025-04-20-50-nam-ngay-giai-phong-xa-muong-so.ics`,
      }),
    ]);
    expect((await events(`/feeds/occasions/${occasions[0]!.slug}.ics`)).map((e) => e.uid)).toEqual(plan.map((e) => e.uid));
    expect(all.feedUrl).toBe(`${ORIGIN}/feeds/all.ics`);
    expect((await events("/feeds/all.ics")).map((e) => e.uid)).toEqual(plan.map((e) => e.uid));
  });

  it("offers https, webcal and one-click Google and Outlook links", async () => {
    const { unit } = (await (await get(`/api/units/${CULTURE}`)).json()) as { unit: Record<string, string> };
    const https = `${ORIGIN}/feeds/units/${CULTURE}.ics`;
    expect(unit).toMatchObject({
      feedUrl: https,
      webcalUrl: `webcal://lich.example/feeds/units/${CULTURE}.ics`,
      googleCalendarUrl: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(`webcal://lich.example/feeds/units/${CULTURE}.ics`)}`,
      outlookUrl: `https://outlook.office.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent("Công chức Văn hóa - Xã hội xã Mường So")}`,
    });
    const { plan } = (await (await get(`/api/plans/${planId}`)).json()) as { plan: { feed: Record<string, string> } };
    expect(plan.feed.feedUrl).toBe(`${ORIGIN}/feeds/plans/${planId}.ics`);
  });

  it("gives the same bytes whatever the host's time zone", async () => {
    const original = process.env.TZ;
    const bodies: string[] = [];
    try {
      for (const zone of ["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles"]) {
        process.env.TZ = zone;
        bodies.push(await (await get(`/feeds/units/${CULTURE}.ics`)).text());
        bodies.push(await (await get(`/feeds/plans/${planId}.ics`)).text());
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(bodies[2]).toBe(bodies[0]);
    expect(bodies[4]).toBe(bodies[0]);
    expect(bodies[3]).toBe(bodies[1]);
    expect(bodies[5]).toBe(bodies[1]);
    expect(bodies[0]).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20250418T190000");
  });

  it("private feeds: a secret address per feed that can be revoked and reissued", async () => {
    const secret = { privateFeeds: true };
    const path = `/feeds/units/${CULTURE}.ics`;
    expect((await get(path, secret)).status).toBe(401);
    const issue = () =>
      app(secret).request("/api/feed-tokens", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ scope: `unit:${CULTURE}` }) });
    const first = (await (await issue()).json()) as Record<string, string>;
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    expect(first.feedUrl).toBe(`${ORIGIN}${path}?key=${first.token}`);
    expect(first.webcalUrl).toBe(`webcal://lich.example${path}?key=${first.token}`);
    expect((await get(`${path}?key=${first.token}`, secret)).status).toBe(200);
    expect((await get(`/feeds/units/${YOUTH}.ics?key=${first.token}`, secret)).status).toBe(403); // another unit's feed
    const second = (await (await issue()).json()) as Record<string, string>;
    expect((await get(`${path}?key=${first.token}`, secret)).status).toBe(403);
    expect((await get(`${path}?key=${second.token}`, secret)).status).toBe(200);
    const revoked = await app(secret).request(`/api/feed-tokens/${second.id}`, { method: "DELETE" });
    expect(await revoked.json()).toEqual({ revoked: 1 });
    expect((await get(`${path}?key=${second.token}`, secret)).status).toBe(403);
    const tokens = (await (await app(secret).request("/api/feed-tokens")).json()) as { tokens: Array<Record<string, unknown>> };
    expect(tokens.tokens).toHaveLength(2);
    expect(JSON.stringify(tokens)).not.toContain(first.token);
    expect(tokens.tokens.every((t) => t.revokedAt !== null)).toBe(true);
    // Public deployments ignore keys.
    expect((await get(path)).status).toBe(200);
    const badScope = await app(secret).request("/api/feed-tokens", { method: "POST", headers: { "content-type": "application/json" }, body: '{"scope": "unit:khong-co"}' });
    expect(badScope.status).toBe(404);
    const remote = testApp(store.db, { remoteAddress: "198.51.100.7", settings: secret });
    expect((await remote.request("/api/feed-tokens")).status).toBe(403);
  });

  it("keeps a rendered feed until the data changes (Node), and never serves it stale", async () => {
    const cached = createApp({ db: () => store.db, clock: () => NOW, settings: () => ({ ...DEFAULT_SETTINGS, publicBaseUrl: ORIGIN }), remoteAddress: () => "127.0.0.1", feedCache: true });
    const first = await cached.request(`/feeds/units/${CULTURE}.ics`);
    const etag = first.headers.get("etag")!;
    expect((await cached.request(`/feeds/units/${CULTURE}.ics`, { headers: { "if-none-match": etag } })).status).toBe(304);
    const renamed = await cached.request(`/api/units/${CULTURE}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: '{"name": "Công chức VH-XH xã Mường So"}' });
    expect(renamed.status).toBe(200);
    const after = await cached.request(`/feeds/units/${CULTURE}.ics`, { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(parseFeed(await after.text()).name).toBe("Công chức VH-XH xã Mường So – Lịch kế hoạch");
  });
});
