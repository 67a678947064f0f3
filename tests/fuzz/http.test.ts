/**
 * Every route of the OpenAPI document, 10,000 requests with random paths, parameters, bodies and
 * content types (fast-check, fixed seed): the service answers each with a status below 500.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";

type Json = Record<string, any>;

describe("random requests to every route", () => {
  let store: TestDb;
  let app: ReturnType<typeof testApp>;
  let operations: Array<{ method: string; path: string }>;

  beforeAll(async () => {
    store = freshDb();
    app = testApp(store.db, { now: new Date("2025-03-10T02:00:00Z") });
    await app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: readFileSync(new URL("../fixtures/plans/revision-v1.txt", import.meta.url)) });
    const document = (await (await app.request("/openapi.json")).json()) as Json;
    operations = Object.entries(document.paths as Json).flatMap(([path, item]) => Object.keys(item as Json).map((method) => ({ method: method.toUpperCase(), path })));
  });
  afterAll(() => store.close());

  it("never answers 5xx", async () => {
    const known = ["p_d69035b288b3", "I.1.1", "cong-an-xa-muong-so", "2025-04-20-50-nam-ngay-giai-phong-xa-muong-so", "x.ics", "all"];
    const text = fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 20 }), fc.constantFrom("", "..", "%", "%00", "9999-99-99", "2025-02-29", "-1", "1e309", "null", "[]", "{}", "<script>", "a".repeat(3000)));
    const query = fc.dictionary(fc.constantFrom("from", "to", "limit", "cursor", "syncToken", "unit", "plan", "occasion", "kind", "role", "status", "now", "q", "alarm", "key", "before", "x"), text, { maxKeys: 4 });
    const body = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.record({ timing: fc.oneof(text, fc.record({ items: fc.array(fc.record({ kind: text, start: text, end: text }), { maxLength: 3 }) })), units: fc.array(fc.record({ slug: text, name: text, role: text }), { maxLength: 3 }), done: fc.oneof(fc.boolean(), text), note: text, start: text, end: text, location: text, scope: text, name: text, into: text, phrase: text, context: fc.dictionary(text, text) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
      text,
      fc.uint8Array({ maxLength: 300 }),
    );
    const contentType = fc.constantFrom(undefined, "application/json", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "text/html", "image/png");
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10_000 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), text), query, body, contentType, fc.boolean(), async (pick, params, search, payload, type, accept) => {
        const operation = operations[pick % operations.length]!;
        const path = operation.path.replace(/\{(\w+)\}/g, (_whole, name: string) => encodeURIComponent(params[name] ?? known[pick % known.length]!));
        const url = `${path}?${new URLSearchParams(search as Record<string, string>).toString()}`;
        const headers: Record<string, string> = { ...(type ? { "content-type": type } : {}), ...(accept ? { accept: "text/html" } : {}) };
        const init: RequestInit = { method: operation.method, headers, ...(payload !== undefined && operation.method !== "GET" ? { body: payload as BodyInit } : {}) };
        const response = await app.request(url, init);
        await response.arrayBuffer();
        if (response.status >= 500) failures.push(`${operation.method} ${url} ${type ?? ""} → ${response.status}`);
        return response.status < 500;
      }),
      { numRuns: 10_000, seed: 20261201 },
    );
    expect(failures).toEqual([]);
  }, 300_000);
});
