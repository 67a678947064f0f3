import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "../../../tests/helpers/db.ts";
import { testApp } from "../../../tests/helpers/app.ts";
import { hasSeeds, SEED_000, SEED_004 } from "../../../tests/helpers/shared.ts";

describe.skipIf(!hasSeeds)("the unit registry over HTTP", () => {
  let store: TestDb;
  let app: ReturnType<typeof testApp>;
  const seed004 = hasSeeds ? readFileSync(SEED_004, "utf8") : "";

  const post = (body: string) => app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body });
  const json = async (path: string) => (await app.request(path)).json() as Promise<any>;
  const send = (path: string, method: string, body: unknown) =>
    app.request(path, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  beforeAll(async () => {
    store = freshDb();
    app = testApp(store.db);
    expect((await post(seed004)).status).toBe(201);
    expect((await post(readFileSync(SEED_000, "utf8"))).status).toBe(201);
  });
  afterAll(() => store.close());

  it("lists units with scope, collectives flagged, one per body across plans", async () => {
    const { units } = await json("/api/units");
    const slugs = units.map((u: any) => u.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(units.find((u: any) => u.slug === "ban-tuyen-giao-huyen-uy-phong-tho")).toMatchObject({ scope: "huyện Phong Thổ", collective: false });
    expect(units.find((u: any) => u.slug === "ban-tuyen-giao-tinh-uy-lai-chau")).toMatchObject({ scope: "tỉnh Lai Châu" });
    const related = units.filter((u: any) => u.name === "Các đơn vị có liên quan");
    expect(related.map((u: any) => [u.slug, u.collective]).sort()).toEqual([
      ["cac-don-vi-co-lien-quan-huyen-phong-tho", true],
      ["cac-don-vi-co-lien-quan-tinh-lai-chau", true],
    ]);
  });

  it("shows one unit with its tasks across plans", async () => {
    const body = await json("/api/units/so-van-hoa-the-thao-va-du-lich-tinh-lai-chau");
    expect(body.unit).toMatchObject({ name: "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu", scope: "tỉnh Lai Châu", aliases: ["Sở Văn hóa, Thể thao và Du lịch"] });
    expect(body.tasks.map((t: any) => [t.id, t.role])).toEqual([
      ["B.I.2.1.d", "lead"], ["B.I.2.1.g", "lead"], ["B.II.4-2", "lead"], ["B.III.1.2", "lead"],
      ["D.1-2", "lead"], ["D.1-3", "lead"], ["D.1-4", "lead"], ["D.1-5", "lead"], ["D.1-6", "lead"], ["D.1-7", "lead"],
      ["D.1-8", "lead"], ["D.1-9", "lead"], ["D.1-10", "lead"], ["D.2-5", "support"], ["D.4-4", "support"], ["D.7-2", "support"],
      ["D.20-2", "support"], ["D.24-1", "support"],
    ]);
    expect(body.tasks[0].plan).toMatchObject({ number: "06/KH-BTC" });
    expect(body.entries).toHaveLength(8);
    expect((await app.request("/api/units/khong-co")).status).toBe(404);
  });

  it("renames a unit; the slug and feed stay, the old name becomes an alias", async () => {
    const response = await send("/api/units/so-noi-vu-tinh-lai-chau", "PATCH", { name: "Sở Nội vụ tỉnh Lai Châu (Ban Thi đua - Khen thưởng)" });
    expect(response.status).toBe(200);
    const { unit } = (await response.json()) as any;
    expect(unit).toMatchObject({ slug: "so-noi-vu-tinh-lai-chau", name: "Sở Nội vụ tỉnh Lai Châu (Ban Thi đua - Khen thưởng)" });
    expect(unit.aliases).toContain("Sở Nội vụ tỉnh Lai Châu");
    expect((await send("/api/units/so-noi-vu-tinh-lai-chau", "PATCH", { name: "  " })).status).toBe(400);
  });

  it("merges two units; the merge holds for plans imported later", async () => {
    const from = "cong-thong-tin-dien-tu-tinh-lai-chau";
    const into = "trang-thong-tin-dien-tu-tinh-uy-lai-chau";
    const before = (await json(`/api/units/${into}`)).entries.length;
    const moved = (await json(`/api/units/${from}`)).entries.length;
    const response = await send(`/api/units/${from}/merge`, "POST", { into });
    expect(response.status).toBe(200);
    expect((await app.request(`/api/units/${from}`)).status).toBe(404);
    const merged = await json(`/api/units/${into}`);
    expect(merged.entries).toHaveLength(before); // both were on the same task and dates: no duplicate events
    expect(moved).toBe(before);
    expect(merged.unit.aliases).toContain("Cổng Thông tin điện tử tỉnh Lai Châu");

    // Another plan (another number) that names the merged unit lands on the target.
    const revised = seed004.replace("Số: 06 /KH-BTC", "Số: 07 /KH-BTC");
    expect((await post(revised)).status).toBe(201);
    expect((await app.request(`/api/units/${from}`)).status).toBe(404);
    const after = await json(`/api/units/${into}`);
    expect(after.tasks.map((t: any) => t.plan.id)).toHaveLength(2);
    expect((await json("/api/units/so-noi-vu-tinh-lai-chau")).unit.name).toBe("Sở Nội vụ tỉnh Lai Châu (Ban Thi đua - Khen thưởng)");
  });

  it("refuses to merge a collective into a specific unit, or a unit into itself", async () => {
    const collective = await send("/api/units/cac-don-vi-co-lien-quan-tinh-lai-chau/merge", "POST", { into: "so-noi-vu-tinh-lai-chau" });
    expect(collective.status).toBe(409);
    expect(((await collective.json()) as any).error.code).toBe("collective-mismatch");
    expect((await send("/api/units/so-noi-vu-tinh-lai-chau/merge", "POST", { into: "so-noi-vu-tinh-lai-chau" })).status).toBe(400);
  });

  it("needs write access for corrections", async () => {
    const remote = testApp(store.db, { remoteAddress: "198.51.100.7" });
    const response = await remote.request("/api/units/so-noi-vu-tinh-lai-chau", { method: "PATCH", headers: { "content-type": "application/json" }, body: "{\"name\":\"x\"}" });
    expect(response.status).toBe(403);
  });
});
