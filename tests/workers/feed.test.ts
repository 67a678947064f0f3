/**
 * The same plan through the Worker on local D1 gives the same feed bytes as on Node (both
 * are compared with one golden file, which the Node suite also checks).
 */
import { env, SELF } from "cloudflare:test";
import { PrismaD1 } from "@prisma/adapter-d1";
import { describe, expect, it } from "vitest";
import { createApp, DEFAULT_SETTINGS, type Db } from "../../src/app.ts";
import { PrismaClient } from "../../src/generated/prisma-worker/client.ts";

const FEED = "/feeds/units/so-van-hoa-the-thao-va-du-lich-tinh-lai-chau.ics";

describe("the Worker on D1", () => {
  it("answers /health from D1", async () => {
    const response = await SELF.fetch("http://lich.test/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("refuses writes without the bearer token", async () => {
    const response = await SELF.fetch("http://lich.test/api/plans", { method: "POST", body: "KẾ HOẠCH" });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });

  it.skipIf(env.SEED_004 === "")("imports seed 004 through the Worker entry and serves its unit feed", async () => {
    const posted = await SELF.fetch("http://lich.test/api/plans", {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8", authorization: "Bearer workers-test-token" },
      body: env.SEED_004,
    });
    expect(posted.status).toBe(201);
    // The real clock's default window (a year back) no longer reaches this 2023–2024 plan.
    const feed = await SELF.fetch(`http://lich.test${FEED}?from=2023-01-01&to=2024-12-31`);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect((await feed.text()).match(/BEGIN:VEVENT/g)).toHaveLength(8);
  });

  it.skipIf(env.SEED_004 === "")("with the Node suite's fixed clock, the feed is byte for byte the Node feed", async () => {
    const db = new PrismaClient({ adapter: new PrismaD1(env.DB) }) as unknown as Db;
    await db.entry.deleteMany();
    await db.plan.deleteMany();
    const app = createApp({
      db: () => db,
      clock: () => new Date("2023-05-12T02:00:00.000Z"),
      settings: () => DEFAULT_SETTINGS,
      remoteAddress: () => "127.0.0.1",
    });
    const posted = await app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain" }, body: env.SEED_004 });
    expect(posted.status).toBe(201);
    const feed = await app.request(FEED);
    expect(await feed.text()).toBe(env.GOLDEN_004_SVHTTDL);
  });

  it.skipIf(env.SEED_004 === "")("takes a revised document as a revision of the plan on D1, and moves the ceremony date", async () => {
    const db = new PrismaClient({ adapter: new PrismaD1(env.DB) }) as unknown as Db;
    await db.entry.deleteMany();
    await db.plan.deleteMany();
    const at = (iso: string) =>
      createApp({ db: () => db, clock: () => new Date(iso), settings: () => DEFAULT_SETTINGS, remoteAddress: () => "127.0.0.1" });
    const post = (iso: string, body: string) => at(iso).request("/api/plans", { method: "POST", headers: { "content-type": "text/plain" }, body });
    expect((await post("2023-05-12T02:00:00Z", env.SEED_004)).status).toBe(201);
    const revised = env.SEED_004.replace("Dự kiến thời gian tổ chức Quý IV/2023", "Dự kiến thời gian tổ chức Quý III/2023");
    const response = await post("2023-05-20T02:00:00Z", revised);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { revision: { changed: number; created: number; removed: number } };
    expect(body.revision).toMatchObject({ created: 0, removed: 0 });
    expect(body.revision.changed).toBeGreaterThan(0);
    const feed = await (await at("2023-05-20T02:00:00Z").request(FEED)).text();
    expect(feed).toContain("DTSTART;VALUE=DATE:20230701");
    expect(feed).toMatch(/SEQUENCE:1\r\n/);
    const set = await at("2023-05-21T02:00:00Z").request("/api/plans/p_6e4cf58b1858/ceremony", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ start: "2024-01-01T07:30" }),
    });
    expect(set.status).toBe(200);
    expect(((await set.json()) as { plan: { ceremony: { start: string } } }).plan.ceremony.start).toBe("2024-01-01T07:30");
  });
});

