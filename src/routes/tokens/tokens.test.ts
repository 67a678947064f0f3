/**
 * Who may write: every write route without a token (401), with a wrong one and a revoked one
 * (403), with a named token (its name in the audit trail), with an API_TOKENS token; admin-only
 * token management; no token or feed key anywhere in the trail.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../../tests/helpers/app.ts";
import { freshDb, type TestDb } from "../../../tests/helpers/db.ts";
import { createApiToken, revokeApiToken } from "../../store/api-tokens.ts";

const NOW = new Date("2025-03-10T02:00:00Z");
const plan = readFileSync(new URL("../../../tests/fixtures/plans/revision-v1.txt", import.meta.url));
type Json = Record<string, any>;

/** Every write the API has, with a body it would accept. */
const WRITES: Array<[string, string, unknown]> = [
  ["POST", "/api/plans", "plan"],
  ["DELETE", "/api/plans/{plan}", undefined],
  ["PUT", "/api/plans/{plan}/ceremony", { start: "2025-04-20" }],
  ["DELETE", "/api/plans/{plan}/ceremony", undefined],
  ["PATCH", "/api/plans/{plan}/tasks/I.1.1", { done: true }],
  ["DELETE", "/api/plans/{plan}/tasks/I.1.1/correction", undefined],
  ["PATCH", "/api/units/cong-an-xa-muong-so", { name: "Công an xã Mường So" }],
  ["POST", "/api/units/cong-an-xa-muong-so/merge", { into: "cong-chuc-van-hoa-xa-hoi-xa-muong-so" }],
  ["POST", "/api/feed-tokens", { scope: "all" }],
  ["GET", "/api/feed-tokens", undefined],
  ["DELETE", "/api/feed-tokens/ft_x", undefined],
  ["POST", "/api/tokens", { name: "Ban Tổ chức xã" }],
  ["GET", "/api/tokens", undefined],
  ["DELETE", "/api/tokens/Ban%20T%E1%BB%95%20ch%E1%BB%A9c", undefined],
];

describe("write access with named tokens", () => {
  let store: TestDb;
  let app: ReturnType<typeof testApp>;
  let planId: string;
  let organizer: string;
  let admin: string;
  let revoked: string;

  const request = (method: string, path: string, body: unknown, token?: string) =>
    app.request(path.replace("{plan}", planId), {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        "content-type": body === "plan" ? "text/plain; charset=utf-8" : "application/json",
      },
      ...(body === undefined ? {} : { body: body === "plan" ? plan : JSON.stringify(body) }),
    });

  beforeAll(async () => {
    store = freshDb();
    // Loopback, but tokens exist: loopback alone no longer writes.
    app = testApp(store.db, { now: NOW, settings: { apiTokens: ["env-token-with-enough-length"] } });
    planId = (((await (await request("POST", "/api/plans", "plan", "env-token-with-enough-length")).json()) as Json).plan.id) as string;
    organizer = (await createApiToken(store.db, "Ban Tổ chức xã Mường So", false, NOW)).token;
    admin = (await createApiToken(store.db, "Quản trị", true, NOW)).token;
    revoked = (await createApiToken(store.db, "Ban Tổ chức", false, NOW)).token;
    await revokeApiToken(store.db, "Ban Tổ chức", NOW);
  });
  afterAll(() => store.close());

  it.each(WRITES)("%s %s: 401 without a token, 403 with a wrong or a revoked one", async (method, path, body) => {
    const before = await store.db.auditEvent.count();
    const none = await request(method, path, body);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="lich-kehoach"');
    expect(((await none.json()) as Json).error.code).toBe("unauthorized");
    const wrong = await request(method, path, body, "lk_not-a-token-anyone-was-given-000000");
    expect([wrong.status, ((await wrong.json()) as Json).error.code]).toEqual([403, "forbidden"]);
    const old = await request(method, path, body, revoked);
    expect([old.status, ((await old.json()) as Json).error.code]).toEqual([403, "token-revoked"]);
    expect(await store.db.auditEvent.count()).toBe(before);
  });

  it("writes with a named token, and the trail names it", async () => {
    const response = await request("PATCH", `/api/plans/${planId}/tasks/I.1.1`, { done: true, note: "Đã phát đủ 20 buổi" }, organizer);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Json).task.correction.by).toBe("Ban Tổ chức xã Mường So");
    const trail = ((await (await app.request(`/api/plans/${planId}/changes`)).json()) as Json).changes;
    expect(trail.map((c: Json) => [c.action, c.actor])).toEqual([["task.corrected", "Ban Tổ chức xã Mường So"], ["plan.imported", "API_TOKENS"]]);
    expect(trail[0].note).toBe("Đã phát đủ 20 buổi");
    const row = await store.db.apiToken.findUniqueOrThrow({ where: { name: "Ban Tổ chức xã Mường So" } });
    expect(row.lastUsedAt?.toISOString()).toBe(NOW.toISOString());
  });

  it("lets only an admin token manage tokens; a new token is shown once and stored as a hash", async () => {
    expect((await request("POST", "/api/tokens", { name: "Văn phòng" }, organizer)).status).toBe(403);
    const created = await request("POST", "/api/tokens", { name: "Văn phòng" }, admin);
    expect(created.status).toBe(201);
    const { token, ...shown } = (await created.json()) as Json;
    expect(token).toMatch(/^lk_[A-Za-z0-9_-]{43}$/);
    expect(shown).toMatchObject({ name: "Văn phòng", admin: false, lastUsedAt: null, revokedAt: null });
    expect((await request("POST", "/api/tokens", { name: "Văn phòng" }, admin)).status).toBe(409);
    const listed = (await (await request("GET", "/api/tokens", undefined, admin)).json()) as Json;
    expect(listed.tokens.map((t: Json) => t.name)).toEqual(["Ban Tổ chức xã Mường So", "Quản trị", "Ban Tổ chức", "Văn phòng"]);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await request("PATCH", "/api/units/cong-an-xa-muong-so", { name: "Công an xã Mường So" }, token)).status).toBe(200);
    expect((await request("DELETE", `/api/tokens/${encodeURIComponent("Văn phòng")}`, undefined, admin)).status).toBe(200);
    expect((await request("PATCH", "/api/units/cong-an-xa-muong-so", { name: "Công an xã" }, token)).status).toBe(403);
    expect((await request("DELETE", `/api/tokens/${encodeURIComponent("Văn phòng")}`, undefined, admin)).status).toBe(404);
  });

  it("keeps no token and no feed key in the trail", async () => {
    const feed = (await (await request("POST", "/api/feed-tokens", { scope: `plan:${planId}` }, admin)).json()) as Json;
    expect(feed.token).toBeTruthy();
    const trail = JSON.stringify(await (await app.request("/api/changes?limit=500")).json());
    expect(trail).toContain("feed-token.issued");
    expect(trail).toContain("api-token.created");
    for (const secret of [feed.token, organizer, admin, "env-token-with-enough-length"]) expect(trail).not.toContain(secret);
    const rows = JSON.stringify(await store.db.auditEvent.findMany());
    for (const secret of [feed.token, organizer, admin]) expect(rows).not.toContain(secret);
  });
});

describe("write access with no token at all", () => {
  let store: TestDb;
  beforeAll(() => {
    store = freshDb();
  });
  afterAll(() => store.close());

  it("takes writes from loopback only, as `loopback`", async () => {
    const remote = testApp(store.db, { now: NOW, remoteAddress: "198.51.100.7" });
    const answer = await remote.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain" }, body: plan });
    expect([answer.status, ((await answer.json()) as Json).error.code]).toEqual([403, "writes-loopback-only"]);
    const local = testApp(store.db, { now: NOW });
    expect((await local.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain" }, body: plan })).status).toBe(201);
    expect((await store.db.auditEvent.findFirstOrThrow()).actor).toBe("loopback");
  });

  it.each([
    ["a proxy in between", { "x-forwarded-for": "203.0.113.9" }, "proxy"],
    ["a Forwarded header", { forwarded: "for=203.0.113.9" }, "proxy"],
    ["a name a DNS rebinding pointed here", { host: "evil.example:8787" }, "evil.example"],
    ["a page of another site (Origin)", { origin: "https://evil.example" }, "trang web khác"],
    ["a page of another site (Sec-Fetch-Site)", { "sec-fetch-site": "cross-site" }, "trang web khác"],
  ])("refuses a loopback write through %s", async (_name, headers, reason) => {
    const local = testApp(store.db, { now: NOW });
    const before = await store.db.auditEvent.count();
    const answer = await local.request("/api/plans/p_x/ceremony", { method: "DELETE", headers });
    expect(answer.status).toBe(403);
    const { error } = (await answer.json()) as Json;
    expect(error.code).toBe("writes-loopback-only");
    expect(error.message).toContain(reason);
    expect(await store.db.auditEvent.count()).toBe(before);
  });

  it("takes a same-origin browser request on loopback", async () => {
    const local = testApp(store.db, { now: NOW });
    const answer = await local.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain", origin: "http://localhost", "sec-fetch-site": "same-origin" }, body: plan });
    expect(answer.status).toBe(200);
  });
});
