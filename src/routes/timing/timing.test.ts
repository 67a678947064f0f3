import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../../../tests/helpers/db.ts";
import { testApp } from "../../../tests/helpers/app.ts";

describe("POST /api/timing/resolve", () => {
  let store: TestDb;
  let app: ReturnType<typeof testApp>;
  beforeAll(() => {
    store = freshDb();
    app = testApp(store.db, { remoteAddress: "203.0.113.9" });
  });
  afterAll(() => store.close());

  const post = (body: unknown) =>
    app.request("/api/timing/resolve", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

  it("resolves one phrase with the contract's JSON, from any client (it writes nothing)", async () => {
    const response = await post({ phrase: "Dự kiến từ tháng 05 - 12/2023 (hoàn thành trước 30/10/2023)", context: { issued: "2023-05-10", occasions: ["2024-01-01"] } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      phrase: "Dự kiến từ tháng 05 - 12/2023 (hoàn thành trước 30/10/2023)",
      items: [
        { kind: "span", start: "2023-05-01", end: "2023-12-31", role: "main", rule: "range" },
        { kind: "deadline", start: "2023-10-29", end: "2023-10-29", rule: "deadline-before" },
      ],
      tentative: true,
      done: false,
      provisional: false,
      openEnded: false,
      unresolved: null,
      notes: [],
    });
  });

  it("resolves a batch in order", async () => {
    const response = await post([{ phrase: "quý III/2024" }, { phrase: "Khi cấp trên phát động" }]);
    const body = (await response.json()) as Array<{ items: unknown[]; unresolved: unknown }>;
    expect(body.map((r) => r.items.length)).toEqual([1, 0]);
    expect(body[1]!.unresolved).toEqual({ reason: "trigger", text: "Khi cấp trên" });
  });

  it.each([
    ["not JSON", "{", "invalid-json"],
    ["no phrase", { context: {} }, "invalid-request"],
    ["a bad issue date", { phrase: "tháng 5", context: { issued: "10/5/2023" } }, "invalid-request"],
    ["occasions that are not dates", { phrase: "tháng 5", context: { occasions: ["hôm qua"] } }, "invalid-request"],
  ])("answers %s with 400 and the reason", async (_name, body, code) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/[^\x00-\x7f]/); // Vietnamese for people
  });
});
