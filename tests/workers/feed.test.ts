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
});
