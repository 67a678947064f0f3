/** The Node server's memory of feeds: one key per request whatever the parameter order, junk parameters not kept, bounded in bytes. */
import { describe, expect, it } from "vitest";
import { feedCacheKey } from "../../src/routes/feeds/cache-key.ts";
import { FeedFrontCache } from "../../src/routes/feeds/front-cache.ts";

const clock = { generation: () => 1 };
const feed = (bytes: number) => new Response("x".repeat(bytes), { status: 200, headers: { etag: '"e"', "content-type": "text/calendar; charset=utf-8" } });
const request = (path: string) => new Request(`http://localhost:8787${path}`, { headers: { host: "localhost:8787" } });

describe("the feed front cache", () => {
  it("keys a feed by its address and known parameters in any order, and refuses junk parameters", () => {
    expect(feedCacheKey("h", "/feeds/all.ics")).toBe("h/feeds/all.ics");
    expect(feedCacheKey("h", "/feeds/all.ics?to=2025-12-31&from=2025-01-01")).toBe(feedCacheKey("h", "/feeds/all.ics?from=2025-01-01&to=2025-12-31"));
    expect(feedCacheKey("h", "/feeds/all.ics?x=1")).toBeNull();
    expect(feedCacheKey("h", "/feeds/all.ics?from=2025-01-01&utm=a")).toBeNull();
  });

  it("remembers within its byte limit, the oldest leaving first, and never a junk address", async () => {
    const cache = new FeedFrontCache(clock, 1000);
    for (const n of [1, 2, 3]) await cache.remember(request(`/feeds/units/u${n}.ics`), feed(400), 1);
    expect(cache.size).toEqual({ feeds: 2, bytes: 800 });
    for (let n = 0; n < 50; n++) await cache.remember(request(`/feeds/all.ics?junk=${n}`), feed(10), 1);
    expect(cache.size).toEqual({ feeds: 2, bytes: 800 });
    await cache.remember(request("/feeds/units/big.ics"), feed(5000), 1);
    expect(cache.size.bytes).toBeLessThanOrEqual(1000);
  });
});
