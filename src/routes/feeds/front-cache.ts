/**
 * Node only: feeds the app has just rendered, answered again straight from memory (200 with
 * the same bytes and headers, or 304) until the data changes, without
 * entering the app. Calendar clients poll the same addresses over and over; this lets the
 * service answer them about as fast as a static file server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { etagMatches } from "../conditional.ts";
import { feedCacheKey } from "./cache-key.ts";

interface Remembered {
  etag: string;
  /** Flat `[name, value, …]`, as `writeHead` takes it without checking an object per request. */
  notModified: string[];
  ok: string[];
  body: Buffer;
  generation: number;
}

export interface FrontCacheClock {
  /** Moves whenever the data changes (store/changes.ts). A feed holds every dated item, so the day does not change it. */
  generation: () => number;
}

/** What the remembered feeds may take together; the oldest go first. */
export const FRONT_CACHE_BYTES = 64 * 1024 * 1024;
export class FeedFrontCache {
  private readonly feeds = new Map<string, Remembered>();
  private bytes = 0;

  constructor(
    private readonly clock: FrontCacheClock,
    private readonly limitBytes = FRONT_CACHE_BYTES,
  ) {}

  /** How much the remembered feeds take. */
  get size(): { feeds: number; bytes: number } {
    return { feeds: this.feeds.size, bytes: this.bytes };
  }

  /** True when the request was answered from memory; false when the app must answer it. */
  answer(incoming: IncomingMessage, outgoing: ServerResponse): boolean {
    if ((incoming.method !== "GET" && incoming.method !== "HEAD") || !incoming.url?.startsWith("/feeds/")) return false;
    const key = feedCacheKey(incoming.headers.host ?? "", incoming.url);
    const feed = key === null ? undefined : this.feeds.get(key);
    if (!feed) return false;
    if (feed.generation !== this.clock.generation()) {
      this.forget(key!);
      return false;
    }
    const ifNoneMatch = incoming.headers["if-none-match"];
    // Date-only revalidation is rare: the app answers it.
    if (ifNoneMatch === undefined && incoming.headers["if-modified-since"] !== undefined) return false;
    if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, feed.etag)) {
      outgoing.writeHead(304, feed.notModified);
      outgoing.end();
    } else {
      outgoing.writeHead(200, feed.ok);
      outgoing.end(incoming.method === "HEAD" ? undefined : feed.body);
    }
    return true;
  }

  /** Keeps a feed the app answered with 200; the response is given back whole. */
  async remember(request: Request, response: Response, generation: number): Promise<Response> {
    const url = new URL(request.url);
    const etag = response.headers.get("etag");
    if (request.method !== "GET" || response.status !== 200 || !url.pathname.startsWith("/feeds/") || !etag) return response;
    const body = Buffer.from(await response.arrayBuffer());
    const notModified: string[] = [];
    response.headers.forEach((value, name) => {
      if (name !== "content-length") notModified.push(name, value);
    });
    const ok = [...notModified, "content-length", String(body.byteLength)];
    const key = feedCacheKey(request.headers.get("host") ?? url.host, `${url.pathname}${url.search}`);
    if (key !== null && body.byteLength <= this.limitBytes) {
      this.forget(key);
      while (this.bytes + body.byteLength > this.limitBytes) this.forget(this.feeds.keys().next().value!);
      this.feeds.set(key, { etag, notModified, ok, body, generation });
      this.bytes += body.byteLength;
    }
    return new Response(body, { status: response.status, headers: response.headers });
  }

  private forget(key: string): void {
    const feed = this.feeds.get(key);
    if (!feed) return;
    this.bytes -= feed.body.byteLength;
    this.feeds.delete(key);
  }
}
