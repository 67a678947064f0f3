/**
 * The pages' forms through HTTP: a form token tied to the browser, forms from another origin
 * refused, a unit edit, a preview that saves nothing, errors shown as pages, the JSON index
 * kept for programs, exports.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../../../tests/helpers/app.ts";
import { freshDb, type TestDb } from "../../../tests/helpers/db.ts";

const NOW = new Date("2025-03-10T02:00:00Z");
const plan = readFileSync(new URL("../../../tests/fixtures/plans/revision-v1.txt", import.meta.url));

describe("page forms", () => {
  let store: TestDb;
  let app: ReturnType<typeof testApp>;
  let planId: string;
  let cookie: string;
  let csrf: string;

  const form = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(path, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost", cookie, ...headers }, body: new URLSearchParams(fields).toString() });

  beforeAll(async () => {
    store = freshDb();
    app = testApp(store.db, { now: NOW });
    const home = await app.request("/", { headers: { accept: "text/html" } });
    cookie = home.headers.get("set-cookie")!.split(";")[0]!;
    csrf = cookie.split("=")[1]!;
    expect(home.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Strict/);
    const posted = await app.request("/plans", { method: "POST", headers: { origin: "http://localhost", cookie }, body: (() => { const f = new FormData(); f.set("csrf", csrf); f.set("file", new File([plan], "ke-hoach.txt", { type: "text/plain" })); return f; })() });
    expect(posted.status).toBe(303);
    planId = /\/plans\/(p_[0-9a-f]+)\?done=imported/.exec(posted.headers.get("location")!)![1]!;
  });
  afterAll(() => store.close());

  it("keeps the JSON index for programs and gives browsers the home page", async () => {
    expect(((await (await app.request("/")).json()) as { links: { docs: string } }).links.docs).toBe("/docs");
    const page = await (await app.request("/", { headers: { accept: "text/html,application/xhtml+xml" } })).text();
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain("Tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng xã Mường So");
  });

  it("sends a content security policy with every page, and HSTS only over https", async () => {
    const page = await app.request(`/plans/${planId}`);
    expect(page.headers.get("content-security-policy")).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
    expect(page.headers.get("strict-transport-security")).toBeNull();
    expect((await app.request("/api/plans")).headers.get("content-security-policy")).toBeNull();
    const secure = testApp(store.db, { now: NOW, settings: { publicBaseUrl: "https://lich.example" } });
    expect((await secure.request("/health")).headers.get("strict-transport-security")).toBe("max-age=15552000; includeSubDomains");
  });

  it("refuses a form without this browser's form token, or posted from another site", async () => {
    const before = await store.db.auditEvent.count();
    const stale = await form(`/plans/${planId}/ceremony`, { date: "2025-04-20", csrf: "someone-elses-token-000000" });
    expect(stale.status).toBe(403);
    expect(await stale.text()).toContain("Biểu mẫu đã cũ hoặc không gửi từ trang này");
    const foreign = await form(`/plans/${planId}/ceremony`, { date: "2025-04-20", csrf }, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    const remote = testApp(store.db, { now: NOW, remoteAddress: "198.51.100.7" });
    const far = await remote.request(`/plans/${planId}/ceremony`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost", cookie }, body: `date=2025-04-20&csrf=${csrf}` });
    expect(far.status).toBe(403);
    expect(await far.text()).toContain("chỉ sửa được dữ liệu từ chính máy chủ");
    expect(await store.db.auditEvent.count()).toBe(before);
  });

  it("previews a phrase without saving, shows a refused one on the page, and saves a units edit", async () => {
    const preview = await form(`/plans/${planId}/tasks/I.2.1/correction`, { phrase: "Chậm nhất ngày 10/4/2025", action: "preview", csrf, lead: "", leadBefore: "", support: "", supportBefore: "" });
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain("Xem trước: Hạn: 10/04/2025");
    expect(await store.db.taskCorrection.count()).toBe(0);
    const refused = await form(`/plans/${planId}/tasks/I.2.1/correction`, { phrase: "khi có hướng dẫn", action: "save", csrf, lead: "x", leadBefore: "x", support: "", supportBefore: "" });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Không xếp được ngày cho");
    const saved = await form(`/plans/${planId}/tasks/I.2.1/correction`, {
      action: "save",
      csrf,
      lead: "Công an xã Mường So",
      leadBefore: "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Mường So",
      support: "Hội Cựu chiến binh xã\nĐoàn Thanh niên Cộng sản Hồ Chí Minh xã Mường So",
      supportBefore: "",
      done: "yes",
      note: "Đổi theo họp Ban Tổ chức",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`/plans/${planId}?done=corrected#task-I.2.1`);
    const task = await store.db.task.findUniqueOrThrow({ where: { planId_key: { planId, key: "I.2.1" } }, include: { units: { include: { unit: true } } } });
    expect(task.units.map((u) => [u.unit.slug, u.role]).sort()).toEqual([
      ["cong-an-xa-muong-so", "lead"],
      ["doan-thanh-nien-cong-san-ho-chi-minh-xa-muong-so", "support"],
      ["hoi-cuu-chien-binh-xa-muong-so", "support"],
    ]);
    const page = await (await app.request(`/plans/${planId}?done=corrected`)).text();
    expect(page).toContain("Đã lưu điều chỉnh");
    expect(page).toContain("Đã điều chỉnh bởi <strong>loopback</strong>");
  });

  it("exports a plan's schedule as .csv (with a BOM) and .xlsx with real dates", async () => {
    const csv = await app.request(`/plans/${planId}/schedule.csv`);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="lich-15-kh-ubnd.csv"');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("Bắt đầu,Kết thúc,Giờ,Loại,Nhiệm vụ,Mục,Đơn vị (vai trò),Thời gian theo văn bản,Dự kiến,Tạm tính,Chờ ngày lễ,Đã thực hiện,Đã điều chỉnh,Kế hoạch");
    expect(lines).toContain('18/04/2025,18/04/2025,19:00–22:00,Sự kiện,Đêm văn nghệ chào mừng,I.2.2,Công chức Văn hóa - Xã hội xã Mường So (chủ trì thực hiện),Tối ngày 18/4/2025,,,,,,15/KH-UBND — Tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng xã Mường So (20/4/1975 - 20/4/2025)');
    const xlsx = await app.request(`/plans/${planId}/schedule.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(lines.length - 1);
    expect(sheet.getCell("A2").value).toEqual(new Date("2025-03-01T00:00:00Z"));
    expect(sheet.getCell("A2").numFmt).toBe("dd/mm/yyyy");
    expect((await app.request("/units/khong-co/schedule.csv")).status).toBe(404);
  });
});
