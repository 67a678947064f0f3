/**
 * Workers only: public feeds answered from the Cache API (`caches.default`) without rendering.
 * The key holds the data's generation, read from D1 once per request (the newest entry-change
 * and audit sequence numbers: every write moves one of them), so a write makes every feed it
 * may have changed miss at once; a poll whose ETag matches is answered 304 from the cache.
 */
import { etagMatches } from "../conditional.ts";
import { feedCacheKey } from "./cache-key.ts";

export interface EdgeCache {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}

/** The SQL of the generation: two reads of an index's last row. */
export const GENERATION_SQL = `SELECT (SELECT coalesce(max("seq"), 0) FROM "EntryChange") || '.' || (SELECT coalesce(max("seq"), 0) FROM "AuditEvent") AS generation`;

/** A cached copy is kept a day at most: its key changes with the data anyway. */
const KEPT_SECONDS = 86_400;

export async function answerFromEdge(
  request: Request,
  options: { cache: EdgeCache; generation: () => Promise<string>; render: () => Promise<Response>; keep: (work: Promise<unknown>) => void },
): Promise<Response> {
  const url = new URL(request.url);
  const key = request.method === "GET" || request.method === "HEAD" ? feedCacheKey(url.host, url.pathname + url.search) : null;
  if (key === null || !url.pathname.startsWith("/feeds/")) return options.render();
  const cacheRequest = new Request(`https://edge-cache.lich-kehoach.invalid/${await options.generation()}/${encodeURIComponent(key)}`);
  const cached = await options.cache.match(cacheRequest);
  if (cached) return conditional(request, cached);
  const response = await options.render();
  if (response.status !== 200 || request.method !== "GET") return response;
  const copy = new Response(response.clone().body, response);
  copy.headers.set("Cache-Control", `public, max-age=${KEPT_SECONDS}`);
  options.keep(options.cache.put(cacheRequest, copy));
  return response;
}

function conditional(request: Request, cached: Response): Response {
  const headers = new Headers(cached.headers);
  headers.set("Cache-Control", "public, max-age=300");
  headers.set("X-Cache", "HIT");
  const etag = cached.headers.get("etag");
  const ifNoneMatch = request.headers.get("if-none-match");
  if (etag && ifNoneMatch && etagMatches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : cached.body, { status: 200, headers });
}
