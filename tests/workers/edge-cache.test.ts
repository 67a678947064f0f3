/**
 * Feeds answered from the Cache API on the Worker: a second poll is a hit (no rendering), a
 * poll with the ETag is a 304 from the cache, and a write makes the feeds it changed miss at once — and only those.
 */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const AUTH = { authorization: "Bearer workers-test-token" };

describe("the edge cache", () => {
  it("answers a repeated poll from the cache, 304 with its ETag, misses at once after a write, and keeps other plans' feeds", async () => {
    const posted = await SELF.fetch("http://lich.test/api/plans", { method: "POST", headers: { ...AUTH, "content-type": "text/plain; charset=utf-8" }, body: env.REVISION_V1 });
    const planId = ((await posted.json()) as { plan: { id: string } }).plan.id;
    const feed = `http://lich.test/feeds/plans/${planId}.ics?to=2025-12-31&from=2025-01-01`;
    const first = await SELF.fetch(feed);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-cache")).toBeNull();
    const body = await first.text();
    const etag = first.headers.get("etag")!;
    // The same feed, its parameters in another order: one key.
    const second = await SELF.fetch(`http://lich.test/feeds/plans/${planId}.ics?from=2025-01-01&to=2025-12-31`);
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(await second.text()).toBe(body);
    expect(second.headers.get("cache-control")).toBe("public, max-age=300");
    const notModified = await SELF.fetch(feed, { headers: { "if-none-match": etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("x-cache")).toBe("HIT");

    // Another commune's plan: its feeds are cached apart and stay cached through this plan's writes.
    const other = await SELF.fetch("http://lich.test/api/plans", { method: "POST", headers: { ...AUTH, "content-type": "text/plain; charset=utf-8" }, body: env.REVISION_V1.split("Mường So").join("Mường Kim").split("MƯỜNG SO").join("MƯỜNG KIM") });
    const otherPlan = ((await other.json()) as { plan: { id: string; units: Array<{ slug: string }> } }).plan;
    expect(otherPlan.id).not.toBe(planId);
    const otherFeed = `http://lich.test/feeds/units/${otherPlan.units[0]!.slug}.ics`;
    await (await SELF.fetch(otherFeed)).arrayBuffer();
    expect((await SELF.fetch(otherFeed)).headers.get("x-cache")).toBe("HIT");

    const ceremony = await SELF.fetch(`http://lich.test/api/plans/${planId}/ceremony`, { method: "PUT", headers: { ...AUTH, "content-type": "application/json" }, body: JSON.stringify({ start: "2025-04-20T08:00" }) });
    expect(ceremony.status).toBe(200);
    const after = await SELF.fetch(feed, { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("x-cache")).toBeNull();
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(await after.text()).toContain("SEQUENCE:1");
    expect((await SELF.fetch(otherFeed)).headers.get("x-cache")).toBe("HIT");
  });
});
