/**
 * Workers only: public feeds answered from the Cache API (`caches.default`) without rendering.
 * The key holds the feed's generation, read from D1 once per request: for a unit's feed the
 * newest change of its own entries (and of the unit corrections, which rename and merge), for a
 * plan's feed the newest row of its trail (and the unit corrections), for the others the newest
 * of all. A write makes every feed it may have changed miss at once, and only those: at national
 * scale writes come every few seconds, and a single counter would empty the whole cache each
 * time. A poll whose ETag matches is answered 304 from the cache.
 */
import { etagMatches } from "../conditional.ts";
import { feedCacheKey } from "./cache-key.ts";

export interface EdgeCache {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}

export interface GenerationQuery {
  sql: string;
  args: string[];
}

const NEWEST_ALL = `(SELECT coalesce(max("seq"), 0) FROM "EntryChange") || '.' || (SELECT coalesce(max("seq"), 0) FROM "AuditEvent")`;

/** The statement that reads a feed's generation (each part the last row of an index), from its path. */
export function generationQuery(pathname: string, unitIdOf: (slug: string) => string): GenerationQuery {
  const [, folder, file] = /^\/feeds\/(units|plans)\/(.+)\.ics$/.exec(pathname) ?? [];
  if (folder === "units" && file) {
    return {
      sql: `SELECT (SELECT coalesce(max("seq"), 0) FROM "EntryChange" WHERE "unitId" = ?) || '.' || (SELECT coalesce(max(rowid), 0) FROM "UnitCorrection") AS generation`,
      args: [unitIdOf(decodeURIComponent(file))],
    };
  }
  if (folder === "plans" && file) {
    const id = decodeURIComponent(file);
    return {
      // Every write of a plan (import, revision, ceremony, correction, deletion) has its audit row.
      sql: `SELECT (SELECT coalesce(max("seq"), 0) FROM "AuditEvent" WHERE "planId" = ?) || '.' || (SELECT coalesce(max(rowid), 0) FROM "UnitCorrection") AS generation`,
      args: [id],
    };
  }
  return { sql: `SELECT ${NEWEST_ALL} AS generation`, args: [] };
}

/** A cached copy is kept a week at most: its key changes with the data anyway, and each data centre keeps its own copy. */
const KEPT_SECONDS = 7 * 86_400;

export async function answerFromEdge(
  request: Request,
  options: { cache: EdgeCache; generation: (pathname: string) => Promise<string>; render: () => Promise<Response>; keep: (work: Promise<unknown>) => void },
): Promise<Response> {
  const url = new URL(request.url);
  const key = request.method === "GET" || request.method === "HEAD" ? feedCacheKey(url.host, url.pathname + url.search) : null;
  if (key === null || !url.pathname.startsWith("/feeds/")) return options.render();
  const cacheRequest = new Request(`https://edge-cache.lich-kehoach.invalid/${await options.generation(url.pathname)}/${encodeURIComponent(key)}`);
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
