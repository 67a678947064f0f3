import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../../../tests/helpers/db.ts";
import { testApp } from "../../../tests/helpers/app.ts";
import { expectGolden } from "../../../tests/helpers/golden.ts";
import { hasSeeds, SEED_000, SEED_004 } from "../../../tests/helpers/shared.ts";

const SVHTTDL = "so-van-hoa-the-thao-va-du-lich-tinh-lai-chau";

describe.skipIf(!hasSeeds)("plans API over a real SQLite file", () => {
  let store: TestDb;
  let app: ReturnType<typeof testApp>;
  let seed004: Buffer;

  beforeAll(() => {
    store = freshDb();
    app = testApp(store.db);
    seed004 = readFileSync(SEED_004);
  });
  afterAll(() => store.close());

  const postText = (body: Uint8Array | string, headers: Record<string, string> = {}) =>
    app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8", ...headers }, body });

  it("imports seed 004 as text/plain: 201 with the plan and its id", async () => {
    const response = await postText(seed004, { "x-file-name": "004.txt" });
    expect(response.status).toBe(201);
    const { created, plan } = (await response.json()) as { created: boolean; plan: Record<string, any> };
    expect(created).toBe(true);
    expect(plan.id).toBe("p_6e4cf58b1858");
    expect(response.headers.get("location")).toBe(`/api/plans/${plan.id}`);
    expect(plan.number).toBe("06/KH-BTC");
    expect(plan.scope).toBe("tỉnh Lai Châu");
    expect(plan.recipients).toContain("Thường trực Tỉnh ủy");
    expect(plan.issued).toBe("2023-05-10");
    expect(plan.occasions[0]).toMatchObject({ date: "2024-01-01", origin: "2004-01-01", years: 20, main: true });
    expect(plan.ceremony).toMatchObject({ start: "2024-01", tentative: true });
    expect(plan.documents).toEqual([expect.objectContaining({ fileName: "004.txt", size: seed004.byteLength })]);
    const song = plan.tasks.find((t: any) => t.id === "B.I.2.1.g");
    expect(song.lines).toEqual([83, 90]);
    expect(song.units).toContainEqual({ name: "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu", slug: SVHTTDL, role: "lead", scope: "tỉnh Lai Châu", collective: false });
    expect(song.timing[0].items.map(({ rule: _r, ...i }: any) => i)).toEqual([
      { kind: "span", start: "2023-05-01", end: "2023-12-31", role: "main" },
      { kind: "deadline", start: "2023-10-29", end: "2023-10-29" },
    ]);
  });

  it("answers 200 and the same id when the identical document is sent again", async () => {
    const response = await postText(seed004);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { created: boolean; plan: { id: string } };
    expect(body).toMatchObject({ created: false, plan: { id: "p_6e4cf58b1858" } });
    expect(await store.db.plan.count()).toBe(1);
    expect(await store.db.document.count()).toBe(1);
  });

  it("keeps the document verbatim, with its hash", async () => {
    const document = await store.db.document.findFirstOrThrow();
    expect(Buffer.from(document.content).equals(seed004)).toBe(true);
    expect(document.sha256).toBe("6e4cf58b1858" + document.sha256.slice(12));
    expect(document.receivedAt.toISOString()).toBe("2023-05-12T02:00:00.000Z");
  });

  it("accepts a multipart upload in the field `file`", async () => {
    const form = new FormData();
    form.append("file", new File([readFileSync(SEED_000)], "000.txt", { type: "text/plain" }));
    const response = await app.request("/api/plans", { method: "POST", body: form });
    expect(response.status).toBe(201);
    const { plan } = (await response.json()) as { plan: Record<string, any> };
    expect(plan.ceremony).toMatchObject({ start: "2024-10-29T07:30", end: "2024-10-29T11:00", location: "Trung tâm Hội nghị văn hóa huyện Phong Thổ" });
  });

  it("takes the same plan sent as .docx and as .pdf as revisions with nothing changed, each document kept verbatim", async () => {
    for (const name of ["004.docx", "004.pdf"]) {
      const bytes = readFileSync(new URL(`../../../tests/fixtures/documents/${name}`, import.meta.url));
      const form = new FormData();
      form.append("file", new File([bytes], name));
      const response = await app.request("/api/plans", { method: "POST", body: form });
      expect(response.status).toBe(200);
      const { created, revision, plan } = (await response.json()) as { created: boolean; revision: Record<string, unknown>; plan: Record<string, any> };
      expect(created).toBe(false);
      expect(revision).toEqual({ revision: true, created: 0, changed: 0, removed: 0, unchanged: expect.any(Number) });
      expect(plan.id).toBe("p_6e4cf58b1858");
      expect(plan.tasks).toHaveLength(107);
      expect(plan.documents.at(-1)).toMatchObject({ fileName: name, size: bytes.byteLength });
    }
    expect(await store.db.document.count({ where: { planId: "p_6e4cf58b1858" } })).toBe(3);
  });

  it("lists plans and shows one", async () => {
    const list = (await (await app.request("/api/plans")).json()) as { plans: Array<{ id: string; taskCount: number }> };
    expect(list.plans.map((p) => p.id).sort()).toEqual(["p_6e4cf58b1858", expect.stringMatching(/^p_[0-9a-f]{12}$/)].sort());
    expect(list.plans.find((p) => p.id === "p_6e4cf58b1858")?.taskCount).toBe(107);
    const missing = await app.request("/api/plans/p_nope");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "plan-not-found", message: 'Không có kế hoạch mã "p_nope".' } });
  });

  it("lists units with their feed URLs", async () => {
    const { units } = (await (await app.request("http://lich.example/api/units")).json()) as { units: Array<Record<string, any>> };
    const unit = units.find((u) => u.slug === SVHTTDL)!;
    expect(unit).toMatchObject({
      name: "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
      scope: "tỉnh Lai Châu",
      aliases: ["Sở Văn hóa, Thể thao và Du lịch"],
      feedUrl: `http://lich.example/feeds/units/${SVHTTDL}.ics`,
      webcalUrl: `webcal://lich.example/feeds/units/${SVHTTDL}.ics`,
      taskCount: 18,
      entryCount: 8,
    });
  });

  it("serves the unit feed: one event per dated task item, parsed back by ical.js", async () => {
    const response = await app.request(`/feeds/units/${SVHTTDL}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.endDate.toString(), e.summary.slice(0, 30)])).toEqual([
      ["2023-05-01", "2024-01-01", "Phát động cuộc thi sáng tác ca"],
      ["2023-10-01", "2024-01-01", "Đăng cai tổ chức “Ngày hội Văn"],
      ["2023-10-29", "2023-10-30", "Hạn: Phát động cuộc thi sáng t"],
      ["2023-12-01", "2024-01-01", "Tổ chức họp báo tại tỉnh về kế"],
      ["2024-01-01", "2025-01-01", "Phối hợp với các sở, ban, ngàn"],
      ["2024-01-01", "2025-01-01", "Chỉ đạo các phòng, đơn vị sự n"],
      ["2024-01-01", "2024-02-01", "Lễ dâng hoa Tượng đài Bác Hồ v"],
      ["2024-01-01", "2025-01-01", "Phối hợp với Ban Tuyên giáo Tỉ"],
    ]);
    expectGolden("004-so-van-hoa-tinh-lai-chau.ics", text);
  });

  it("revalidates: strong ETag, 304 on If-None-Match and If-Modified-Since, HEAD without body", async () => {
    const first = await app.request(`/feeds/units/${SVHTTDL}.ics`);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get("last-modified")).toBe("Fri, 12 May 2023 02:00:00 GMT");
    expect((await app.request(`/feeds/units/${SVHTTDL}.ics`, { headers: { "if-none-match": etag } })).status).toBe(304);
    const since = await app.request(`/feeds/units/${SVHTTDL}.ics`, { headers: { "if-modified-since": "Fri, 12 May 2023 02:00:00 GMT" } });
    expect(since.status).toBe(304);
    const head = await app.request(`/feeds/units/${SVHTTDL}.ics`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
    expect(await head.text()).toBe("");
  });

  it("answers unknown feeds and paths with 404 and a reason", async () => {
    const feed = await app.request("/feeds/units/khong-co.ics");
    expect(feed.status).toBe(404);
    expect(((await feed.json()) as any).error.code).toBe("unit-not-found");
    expect((await app.request("/nowhere")).status).toBe(404);
  });
});

describe("bad uploads get a clear 4xx and change nothing", () => {
  let store: TestDb;
  let app: ReturnType<typeof testApp>;
  beforeAll(() => {
    store = freshDb();
    app = testApp(store.db, { settings: { maxUploadBytes: 1024 } });
  });
  afterAll(() => store.close());

  const cases: Array<[string, RequestInit, number, string]> = [
    ["an empty body", { method: "POST", headers: { "content-type": "text/plain" }, body: "" }, 400, "empty-body"],
    ["JSON instead of a document", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }, 415, "unsupported-media-type"],
    ["bytes that are not UTF-8", { method: "POST", headers: { "content-type": "text/plain" }, body: new Uint8Array([0x4b, 0xff, 0xfe, 0x41, 0xc3]) }, 422, "invalid-encoding"],
    ["text that is not a plan", { method: "POST", headers: { "content-type": "text/plain" }, body: "Xin chào" }, 422, "not-a-plan"],
    ["a plan's title with no task in it", { method: "POST", headers: { "content-type": "text/plain" }, body: "KẾ HOẠCH\nTổ chức Tết Trung thu cho thiếu nhi năm 2025\n\nĐề nghị các đơn vị quan tâm." }, 422, "no-tasks"],
    ["a body over the limit", { method: "POST", headers: { "content-type": "text/plain" }, body: "x".repeat(2048) }, 413, "too-large"],
  ];

  it.each(cases)("%s", async (_name, init, status, code) => {
    const response = await app.request("/api/plans", init);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    expect(await store.db.plan.count()).toBe(0);
  });

  it("a broken .docx in the multipart field: 422 naming the file", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array([0x50, 0x4b, 3, 4])], "ke-hoach.docx"));
    const response = await app.request("/api/plans", { method: "POST", body: form });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as any;
    expect(error.code).toBe("invalid-docx");
    expect(error.message).toContain("ke-hoach.docx");
  });

  it("a picture renamed .docx: 415", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])], "scan.docx"));
    const response = await app.request("/api/plans", { method: "POST", body: form });
    expect(response.status).toBe(415);
    expect(((await response.json()) as any).error.code).toBe("image-not-document");
  });

  it("a multipart form without the field `file`", async () => {
    const form = new FormData();
    form.append("document", "KẾ HOẠCH");
    const response = await app.request("/api/plans", { method: "POST", body: form });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error.code).toBe("missing-file");
  });
});

describe("plans nothing identifies", () => {
  it("are each their own plan: two unrelated documents without an issuer never replace each other", async () => {
    const store = freshDb();
    try {
      const app = testApp(store.db);
      const plan = (title: string, task: string) => `KẾ HOẠCH\n${title}\n\nI. NỘI DUNG\n\n1. ${task}\n- Thời gian: Tháng 9/2025.\n`;
      const post = (body: string) => app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body });
      const first = (await (await post(plan("Tổ chức Tết Trung thu", "Trang trí sân trường"))).json()) as { created: boolean; plan: { id: string } };
      const second = (await (await post(plan("Tổ chức Tết Trung thu", "Tặng quà thiếu nhi"))).json()) as { created: boolean; plan: { id: string } };
      expect([first.created, second.created]).toEqual([true, true]);
      expect(second.plan.id).not.toBe(first.plan.id);
      expect(await store.db.plan.count()).toBe(2);
      expect(new Set((await store.db.plan.findMany({ select: { key: true } })).map((p) => p.key)).size).toBe(2);
    } finally {
      await store.close();
    }
  });
});

describe("write access", () => {
  let store: TestDb;
  beforeAll(() => {
    store = freshDb();
  });
  afterAll(() => store.close());
  const plan = "KẾ HOẠCH\nThử nghiệm\n\n1. Việc một\n- Đơn vị thực hiện: Phòng Nội vụ.\n- Thời gian thực hiện: Tháng 7/2024.\n";

  it("without API_TOKENS, accepts writes from loopback only", async () => {
    const remote = testApp(store.db, { remoteAddress: "203.0.113.9" });
    const denied = await remote.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain" }, body: plan });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as any).error.code).toBe("writes-loopback-only");
    const local = testApp(store.db, { remoteAddress: "::1" });
    expect((await local.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain" }, body: plan })).status).toBe(201);
    expect((await remote.request("/api/plans")).status).toBe(200);
  });

  it("with API_TOKENS, requires a valid bearer token from anywhere", async () => {
    const app = testApp(store.db, { settings: { apiTokens: ["s3cret-token"] }, remoteAddress: "127.0.0.1" });
    const post = (headers: Record<string, string>) =>
      app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain", ...headers }, body: plan.replace("Thử nghiệm", "Thử nghiệm lần hai") });
    expect((await post({})).status).toBe(401);
    expect((await post({ authorization: "Bearer wrong" })).status).toBe(403);
    expect((await post({ authorization: "Bearer s3cret-token" })).status).toBe(201);
  });
});

describe("health", () => {
  it("is ok with a reachable database, 503 without", async () => {
    const store = freshDb();
    const ok = await testApp(store.db).request("/health");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: "ok", db: "ok" });
    await store.close();
    const { prismaFor } = await import("../../store/node-db.ts");
    const broken = await testApp(prismaFor("file:/nonexistent-dir/x/y.db")).request("/health");
    expect(broken.status).toBe(503);
    expect(await broken.json()).toEqual({ status: "unavailable", db: "db-unavailable" });
  });
});
