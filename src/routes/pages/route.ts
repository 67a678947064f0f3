/**
 * Pages are routes like the API's, described in /openapi.json as HTML (tag "Trang"); their
 * forms post `application/x-www-form-urlencoded` (or multipart for a file) and answer with a
 * redirect (303) to the page that shows the result.
 */
import { createRoute } from "@hono/zod-openapi";
import { z } from "../openapi.ts";

const HTML = { "text/html": { schema: z.string() } };

type Params = z.ZodObject<Record<string, z.ZodString>>;

export function pathParams<K extends string>(...names: K[]) {
  return z.object(Object.fromEntries(names.map((name) => [name, z.string().min(1).max(200).openapi({ param: { name, in: "path" } })])) as Record<K, z.ZodString>);
}

export function pageGet<P extends string>(path: P, summary: string, params?: Params, query?: z.ZodObject) {
  return createRoute({
    method: "get",
    path,
    tags: ["Trang"],
    summary,
    request: { ...(params ? { params } : {}), ...(query ? { query } : {}) },
    responses: { 200: { description: "Trang HTML", content: HTML }, 404: { description: "Không tìm thấy (trang HTML)", content: HTML } },
  });
}

/** A form's fields, documented; they are read and checked by the handler, which answers errors as pages. */
export function pagePost<P extends string>(path: P, summary: string, fields: Record<string, string>, params?: Params, multipart = false) {
  const schema = { type: "object" as const, properties: Object.fromEntries(Object.entries(fields).map(([name, description]) => [name, { type: "string" as const, description }])) };
  return createRoute({
    method: "post",
    path,
    tags: ["Trang"],
    summary,
    request: { ...(params ? { params } : {}), body: { content: { [multipart ? "multipart/form-data" : "application/x-www-form-urlencoded"]: { schema } } } },
    responses: {
      303: { description: "Xong: chuyển đến trang kết quả" },
      400: { description: "Biểu mẫu chưa đúng (trang HTML nêu lý do)", content: HTML },
      403: { description: "Cần đăng nhập, hoặc biểu mẫu không đến từ trang này", content: HTML },
    },
  });
}

/** A path parameter of a page (the route's schema has checked it is there). */
export function param(c: { req: { param: (name: never) => unknown } }, name: string): string {
  return String(c.req.param(name as never) ?? "");
}
