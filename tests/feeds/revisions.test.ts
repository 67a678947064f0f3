/**
 * A commune plan, then its revised version, then the ceremony date set by the organizers:
 * what subscribers' calendars receive at each step (tests/fixtures/plans/revision-v*.txt).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { expectGolden } from "../helpers/golden.ts";
import { parseFeed, updateProblems } from "../helpers/ical.ts";

const V1 = readFileSync(new URL("../fixtures/plans/revision-v1.txt", import.meta.url));
const V2 = readFileSync(new URL("../fixtures/plans/revision-v2.txt", import.meta.url));
const CULTURE = "cong-chuc-van-hoa-xa-hoi-xa-muong-so";
const YOUTH = "doan-thanh-nien-cong-san-ho-chi-minh-xa-muong-so";
const ORIGIN = "https://lich.example";
const IMPORTED = new Date("2025-03-05T01:00:00Z");
const REVISED = new Date("2025-03-20T03:00:00Z");
const CEREMONY_SET = new Date("2025-03-25T08:00:00Z");

describe("revisions and the ceremony date, as subscribers see them", () => {
  let store: TestDb;
  let planId: string;
  const feeds: Record<string, string> = {};
  const app = (now: Date) => testApp(store.db, { now, settings: { publicBaseUrl: ORIGIN } });
  const feed = async (now: Date, path: string) => {
    const response = await app(now).request(path);
    expect(response.status).toBe(200);
    return response.text();
  };
  const post = (now: Date, body: Uint8Array) => app(now).request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body });

  beforeAll(async () => {
    store = freshDb();
  });
  afterAll(() => store.close());

  it("publishes the first version: every event at SEQUENCE 0, the plan's own calendar one event per task item", async () => {
    const response = await post(IMPORTED, V1);
    expect(response.status).toBe(201);
    planId = ((await response.json()) as { plan: { id: string } }).plan.id;
    feeds.culture1 = await feed(IMPORTED, `/feeds/units/${CULTURE}.ics`);
    feeds.plan1 = await feed(IMPORTED, `/feeds/plans/${planId}.ics`);
    const culture = parseFeed(feeds.culture1!);
    expect(culture.name).toBe("Công chức Văn hóa - Xã hội xã Mường So – Lịch kế hoạch");
    expect(culture.events.map((e) => [e.start, e.end, e.summary, e.sequence])).toEqual([
      ["2025-03-01", "2025-05-01", "Tuyên truyền trên hệ thống loa truyền thanh của xã", 0],
      ["2025-04-15", "2025-04-16", "Treo băng rôn, khẩu hiệu tại trụ sở và các thôn, bản", 0],
      ["2025-04-18T19:00:00", "2025-04-18T22:00:00", "Đêm văn nghệ chào mừng", 0],
      ["2025-04-29", "2025-04-30", "Hạn: Báo cáo kết quả thực hiện kế hoạch trước ngày 30/4/2025", 0],
    ]);
    const plan = parseFeed(feeds.plan1!);
    expect(plan.events).toHaveLength(6);
    expect(new Set(plan.events.map((e) => e.uid)).size).toBe(6);
    expectGolden("revision-v1-cong-chuc-van-hoa-xa-hoi.ics", feeds.culture1);
    expectGolden("revision-v1-plan.ics", feeds.plan1);
  });

  it("takes the revised document as the same plan: changed events bump SEQUENCE, removed ones leave, new ones arrive", async () => {
    const response = await post(REVISED, V2);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { created: boolean; revision: Record<string, unknown>; plan: { id: string } };
    expect(body.plan.id).toBe(planId);
    // Outline ids identify tasks: the football item (I.2.1) moved, for the Đoàn and plan-wide; I.2.2 is now the gifts,
    // so its plan-wide event changes, the culture officer's concert leaves and the LĐTBXH officer's gifts arrive.
    expect(body.revision).toEqual({ revision: true, created: 1, changed: 3, removed: 1, unchanged: 9 });

    const culture2 = await feed(REVISED, `/feeds/units/${CULTURE}.ics`);
    const youth2 = await feed(REVISED, `/feeds/units/${YOUTH}.ics`);
    const plan2 = await feed(REVISED, `/feeds/plans/${planId}.ics`);
    expect(updateProblems(feeds.culture1!, culture2)).toEqual([]);
    expect(updateProblems(feeds.plan1!, plan2)).toEqual([]);

    const before = parseFeed(feeds.culture1!).events;
    const after = parseFeed(culture2).events;
    expect(after.map((e) => e.summary)).not.toContain("Đêm văn nghệ chào mừng");
    expect(after.filter((e) => before.some((b) => b.uid === e.uid)).map((e) => e.sequence)).toEqual([0, 0, 0]);

    const football = parseFeed(youth2).events.find((e) => e.summary === "Giải bóng chuyền các thôn, bản")!;
    expect([football.start, football.end, football.sequence, football.lastModified]).toEqual(["2025-04-05", "2025-04-13", 1, "2025-03-20T03:00:00Z"]);
    const planEvents = parseFeed(plan2).events;
    expect(planEvents.find((e) => e.summary === "Giải bóng chuyền các thôn, bản")?.uid).toBe(parseFeed(feeds.plan1!).events.find((e) => e.summary === "Giải bóng chuyền các thôn, bản")?.uid);
    expect(planEvents.find((e) => e.summary.startsWith("Hạn: Thăm hỏi"))).toMatchObject({ sequence: 1, start: "2025-04-14" });
    feeds.culture2 = culture2;
    feeds.plan2 = plan2;
  });

  it("the same revision sent again changes nothing", async () => {
    const response = await post(new Date("2025-03-21T00:00:00Z"), V2);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { revision: unknown }).revision).toBeNull();
    expect(await feed(REVISED, `/feeds/units/${CULTURE}.ics`)).toBe(feeds.culture2);
  });

  it("setting the ceremony date moves the ceremony and every phrase anchored on it", async () => {
    const response = await app(CEREMONY_SET).request(`/api/plans/${planId}/ceremony`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ start: "2025-04-19T08:00" }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { revision: Record<string, number>; plan: Record<string, any> };
    expect(body.plan.ceremony).toMatchObject({ start: "2025-04-19T08:00", tentative: false, location: "Hội trường Ủy ban nhân dân xã" });
    expect(body.plan.ceremonySet).toEqual({ start: "2025-04-19T08:00", end: null, location: null });
    // The banners (unit + plan-wide) and the ceremony (unit + plan-wide) moved.
    expect(body.revision).toMatchObject({ created: 0, changed: 4, removed: 0 });

    const culture3 = await feed(CEREMONY_SET, `/feeds/units/${CULTURE}.ics`);
    expect(updateProblems(feeds.culture2!, culture3)).toEqual([]);
    const banners = parseFeed(culture3).events.find((e) => e.summary.startsWith("Treo băng rôn"))!;
    expect([banners.start, banners.sequence]).toEqual(["2025-04-14", 1]);
    const plan3 = await feed(CEREMONY_SET, `/feeds/plans/${planId}.ics`);
    expect(updateProblems(feeds.plan2!, plan3)).toEqual([]);
    const ceremony = parseFeed(plan3).events.find((e) => e.summary === "Tổ chức Lễ kỷ niệm")!;
    expect([ceremony.start, ceremony.end, ceremony.status, ceremony.sequence]).toEqual(["2025-04-19T08:00:00", "2025-04-19T10:00:00", null, 1]);
    feeds.culture3 = culture3;
  });

  it("the ceremony date survives a revision, and clearing it goes back to the document", async () => {
    const again = await post(new Date("2025-03-26T00:00:00Z"), new Uint8Array([...V2, ...Buffer.from("\n")]));
    expect(((await again.json()) as { revision: Record<string, number> }).revision).toMatchObject({ changed: 0, created: 0, removed: 0 });
    const cleared = await app(new Date("2025-03-27T00:00:00Z")).request(`/api/plans/${planId}/ceremony`, { method: "DELETE" });
    expect(cleared.status).toBe(200);
    const body = (await cleared.json()) as { revision: Record<string, number>; plan: Record<string, any> };
    expect(body.plan.ceremonySet).toBeNull();
    expect(body.plan.ceremony).toMatchObject({ start: "2025-04", tentative: true });
    const culture4 = await feed(new Date("2025-03-27T00:00:00Z"), `/feeds/units/${CULTURE}.ics`);
    expect(updateProblems(feeds.culture3!, culture4)).toEqual([]);
    expect(parseFeed(culture4).events.find((e) => e.summary.startsWith("Treo băng rôn"))).toMatchObject({ start: "2025-04-15", sequence: 2 });
  });

  it("an item inserted before others renumbers them, and they keep their events", async () => {
    const now = new Date("2025-03-28T00:00:00Z");
    const before = await feed(now, `/feeds/plans/${planId}.ics`);
    const response = await post(now, readFileSync(new URL("../fixtures/plans/revision-v3.txt", import.meta.url)));
    // New: the photo contest for the Đoàn and plan-wide; changed: the two renumbered items (their `Mục` line), each for a unit and plan-wide.
    expect(((await response.json()) as { revision: unknown }).revision).toEqual({ revision: true, created: 2, changed: 4, removed: 0, unchanged: 9 });
    const after = await feed(now, `/feeds/plans/${planId}.ics`);
    expect(updateProblems(before, after)).toEqual([]);
    const uidOf = (text: string, summary: string) => parseFeed(text).events.find((e) => e.summary === summary)?.uid;
    expect(uidOf(after, "Giải bóng chuyền các thôn, bản")).toBe(uidOf(before, "Giải bóng chuyền các thôn, bản"));
    expect(parseFeed(after).events.find((e) => e.summary === "Giải bóng chuyền các thôn, bản")?.url).toBe(`${ORIGIN}/plans/${planId}/tasks/I.2.2`);
    expect(uidOf(after, "Hội thi ảnh đẹp quê hương")).toBeDefined();
    expect(parseFeed(before).events.map((e) => e.uid)).not.toContain(uidOf(after, "Hội thi ảnh đẹp quê hương"));
  });

  it("refuses a ceremony date it cannot use, and an unknown plan, with nothing changed", async () => {
    const put = (id: string, body: string) => app(CEREMONY_SET).request(`/api/plans/${id}/ceremony`, { method: "PUT", headers: { "content-type": "application/json" }, body });
    for (const body of ['{"start": "19/4/2025"}', '{"start": "2025-02-30"}', '{"start": "2025-04-19T25:00"}', '{"start": "2025-04-19", "end": "2025-04-18"}']) {
      const response = await put(planId, body);
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as any).error.code).toBe("invalid-ceremony");
    }
    // Not the shape at all: the schema's validation names the field.
    const shapeless = await put(planId, "[]");
    expect(shapeless.status).toBe(400);
    expect(((await shapeless.json()) as any).error).toMatchObject({ code: "invalid-request", details: [{ path: "", message: expect.any(String) }] });
    expect((await put(planId, "{not json")).status).toBe(400);
    expect((await put("p_nope", '{"start": "2025-04-19"}')).status).toBe(404);
    const remote = testApp(store.db, { remoteAddress: "198.51.100.7" });
    expect((await remote.request(`/api/plans/${planId}/ceremony`, { method: "DELETE" })).status).toBe(403);
  });
});

describe("which documents are revisions of which plan", () => {
  const plan = (commune: string, date: string) =>
    `ỦY BAN NHÂN DÂN\nXÃ ${commune.toUpperCase()}\n\nSố: /KH-UBND\n\n${commune}, ngày ${date} tháng 3 năm 2025\n\nKẾ HOẠCH\nTổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam\n\nỦy ban nhân dân xã ${commune} xây dựng kế hoạch như sau:\n\n1. Treo cờ Tổ quốc\n- Đơn vị thực hiện: Công chức Văn hóa - Xã hội xã ${commune}.\n- Thời gian thực hiện: Tháng 4/2025.\n`;

  it("keeps two communes' plans with the same title and no number apart; the same commune's new text is a revision", async () => {
    const store = freshDb();
    try {
      const app = testApp(store.db, { now: IMPORTED });
      const post = (body: string) => app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body });
      const first = (await (await post(plan("Mường So", "02"))).json()) as { plan: { id: string } };
      const other = await post(plan("Bản Lang", "02"));
      expect(other.status).toBe(201);
      const again = await post(plan("Mường So", "05"));
      expect(again.status).toBe(200);
      expect(((await again.json()) as { plan: { id: string } }).plan.id).toBe(first.plan.id);
      expect(await store.db.plan.count()).toBe(2);
    } finally {
      await store.close();
    }
  });
});

