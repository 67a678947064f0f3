import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPlan } from "../../src/reader/read.ts";
import { testApp } from "../helpers/app.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";

const REPEATED = `KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm

II. NỘI DUNG

1. Việc một

- Đơn vị thực hiện: Phòng Nội vụ.
- Thời gian thực hiện: Tháng 7/2024.

1. Việc một lặp số

- Đơn vị thực hiện: Phòng Tư pháp.
- Thời gian thực hiện: Tháng 8/2024.
`;

describe("outline typos", () => {
  it("ends the title at the first heading", () => {
    expect(readPlan(REPEATED).title).toBe("Tổ chức các hoạt động kỷ niệm");
  });

  it("gives a number written twice two task ids", () => {
    const plan = readPlan(REPEATED);
    expect(plan.tasks.map((t) => [t.id, t.title])).toEqual([
      ["II.1", "Việc một"],
      ["II.1~2", "Việc một lặp số"],
    ]);
  });

  it("reads `6, Các đơn vị` and `1. .. Năm 2024` as numbered headings", () => {
    const plan = readPlan("KẾ HOẠCH\nThử\n\nII. NỘI DUNG\n\n1. Nội dung\n\n1.1. Năm 2023\n\n1.1.1. Việc A\n\nMô tả A.\n\n1. .. Năm 2024\n\n1.2.1. Việc B\n\nMô tả B.\n\n6, Việc C\n\n- Thời gian thực hiện: Quý I/2024.\n");
    expect(plan.tasks.map((t) => t.id)).toEqual(["II.1.1.1", "II.1.2.1", "II.6"]);
  });
});

describe("a plan with repeated numbers is imported, not refused", () => {
  let store: TestDb;
  beforeAll(() => {
    store = freshDb();
  });
  afterAll(() => store.close());

  it("answers 201", async () => {
    const response = await testApp(store.db).request("/api/plans", { method: "POST", headers: { "content-type": "text/plain" }, body: REPEATED });
    expect(response.status).toBe(201);
    expect(await store.db.task.count()).toBe(2);
  });
});
