/**
 * `/openapi.json` describes every route the app serves and is valid OpenAPI 3.1; `/docs` loads
 * its script from the service itself and nothing from another host.
 */
import { validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, DEFAULT_SETTINGS } from "../../app.ts";
import { freshDb, type TestDb } from "../../../tests/helpers/db.ts";
import { testApp } from "../../../tests/helpers/app.ts";

type Json = Record<string, any>;
const NOT_API = new Set(["/openapi.json", "/docs", "/docs/scalar.js"]);

describe("the OpenAPI document", () => {
  let store: TestDb;
  let app: ReturnType<typeof testApp>;
  let document: Json;
  beforeAll(async () => {
    store = freshDb();
    app = testApp(store.db);
    document = (await (await app.request("/openapi.json")).json()) as Json;
  });
  afterAll(() => store.close());

  it("is valid OpenAPI 3.1", async () => {
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("describes every route the app serves, and nothing it does not", () => {
    const served = new Set(
      app.routes
        .filter((r) => r.method !== "ALL" && !NOT_API.has(r.path))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:([A-Za-z]+)/g, "{$1}")}`),
    );
    const described = new Set(Object.entries(document.paths as Json).flatMap(([path, item]) => Object.keys(item as Json).map((method) => `${method} ${path}`)));
    expect([...served].sort()).toEqual([...described].sort());
    expect(served.size).toBeGreaterThanOrEqual(26);
  });

  it("gives each operation a Vietnamese summary, its errors in the one shape, and writes their bearer token", () => {
    for (const [path, item] of Object.entries(document.paths as Json)) {
      for (const [method, operation] of Object.entries(item as Json)) {
        expect(operation.summary, `${method} ${path}`).toMatch(/[àáảãạăâđêôơưếềệốồộớờợứừựíìịúùụýỳ]/i);
        const statuses = Object.keys(operation.responses);
        for (const status of statuses.filter((s) => Number(s) >= 400 && path.startsWith("/api"))) {
          expect(operation.responses[status].content["application/json"].schema.$ref, `${method} ${path} ${status}`).toBe("#/components/schemas/Error");
        }
        const writes = method !== "get" && path.startsWith("/api") && path !== "/api/timing/resolve";
        if (writes || path.startsWith("/api/tokens") || path.startsWith("/api/feed-tokens")) expect(operation.security, `${method} ${path}`).toEqual([{ bearer: [] }]);
      }
    }
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.components.schemas.ScheduleEntry.properties.start.example).toBe("2023-10-29");
  });

  it("answers a request that fails validation with 400 naming each field", async () => {
    const response = await app.request("/api/schedule?limit=abc&from=mai");
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as Json;
    expect(error.code).toBe("invalid-request");
    expect(error.details.map((d: Json) => d.path).sort()).toEqual(["from", "limit"]);
  });
});

describe("/docs", () => {
  let store: TestDb;
  beforeAll(() => {
    store = freshDb();
  });
  afterAll(() => store.close());

  it("serves the reference page and its script from the service, with no other host named", async () => {
    const app = createApp({ db: () => store.db, clock: () => new Date(), settings: () => DEFAULT_SETTINGS, remoteAddress: () => "127.0.0.1", docsScript: async () => "/* scalar */" });
    const page = await (await app.request("/docs")).text();
    const sources = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(["/docs/scalar.js"]);
    expect(page).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(page).toMatch(/"url": "\/openapi.json"/);
    expect(page).toMatch(/"withDefaultFonts": false/);
    const script = await app.request("/docs/scalar.js");
    expect([script.status, script.headers.get("content-type"), await script.text()]).toEqual([200, "text/javascript; charset=utf-8", "/* scalar */"]);
  });
});
