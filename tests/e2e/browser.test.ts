/**
 * The pages in Debian's Chromium against the real server (sign-in on): an organizer uploads
 * seed 004 through the page, sets the ceremony, corrects a task and puts the countdown up; a
 * staff member finds their unit without tone marks, sees the subscribe buttons and the QR code
 * and downloads the .xlsx; on a phone, no page scrolls sideways. Screenshots of every page go
 * to test-results/screenshots/ (not committed).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchChromium } from "../helpers/chromium.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server.ts";
import { parseFeed } from "../helpers/ical.ts";
import { hasSeeds, SEED_004 } from "../helpers/shared.ts";

const SHOTS = path.resolve(import.meta.dirname, "../../test-results/screenshots");
const TOKEN = "browser-test-token-000000000000";
const PLAN = "p_6e4cf58b1858";
const SVHTTDL = "so-van-hoa-the-thao-va-du-lich-tinh-lai-chau";

describe.skipIf(!hasChromium || !hasSeeds)("organizers and staff in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), "lich-browser-"));
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ port: 0, hostname: "127.0.0.1", databaseUrl: `file:${path.join(directory, "lich.db")}`, env: { API_TOKENS: TOKEN }, log: () => {} });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  // The visible part of each page: a plan's whole page (a hundred tasks and the document) is too tall to shoot quickly.
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const text = (page: Page) => page.locator("main").innerText();

  it("an organizer signs in, uploads the plan, sets the ceremony, corrects a task and puts up the countdown", async () => {
    const page = await browser.newPage({ acceptDownloads: true, locale: "vi-VN" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto(server.url, { waitUntil: "load" });
    expect(await page.locator("h1").innerText()).toBe("Lịch kế hoạch");
    await shot(page, "home-empty");
    // Without signing in, an upload is sent to the sign-in page.
    await page.setInputFiles("#file", SEED_004);
    await page.click("text=Tải lên và đọc");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.fill("#token", "sai-ma-truy-cap-khong-co-that");
    await page.click("button:has-text('Đăng nhập')");
    expect(await text(page)).toContain("Mã truy cập không hợp lệ.");
    await page.fill("#token", TOKEN);
    await page.click("button:has-text('Đăng nhập')");
    expect(await page.locator("header .who").innerText()).toContain("API_TOKENS");
    await shot(page, "home-signed-in");

    await page.setInputFiles("#file", SEED_004);
    await page.click("text=Tải lên và đọc");
    expect(new URL(page.url()).pathname).toBe(`/plans/${PLAN}`);
    expect(await text(page)).toContain("Đã nhập kế hoạch.");
    expect(await page.locator("h1").innerText()).toBe("Tổ chức các hoạt động kỷ niệm 20 năm chia tách, thành lập tỉnh Lai Châu (01/01/2004 - 01/01/2024)");
    expect(await text(page)).toContain("Tháng 5/2023");
    const issue = page.locator('[id="task-B.I.2.2-1"]');
    expect(await issue.innerText()).toContain("“Ra trước lễ kỷ niệm 05 ngày” chờ ngày lễ → Thực hiện: 27/12/2023");
    await shot(page, "plan");

    await page.fill("#date", "2024-01-10");
    await page.fill("#time", "08:00");
    await page.click("button:has-text('Lưu ngày lễ')");
    expect(await text(page)).toContain("Đã lưu ngày lễ");
    expect(await issue.innerText()).toContain("“Ra trước lễ kỷ niệm 05 ngày” → Thực hiện: 05/01/2024");
    expect(await issue.innerText()).not.toContain("chờ ngày lễ");

    const song = page.locator('[id="task-B.I.2.1.g"]');
    await song.locator("summary").click();
    await song.locator('input[name="phrase"]').fill("Chậm nhất ngày 20/10/2023");
    await song.locator("button:has-text('Xem trước ngày')").click();
    expect(await page.locator('[id="task-B.I.2.1.g"] .notice').innerText()).toBe("Xem trước: Hạn: 20/10/2023");
    await page.locator('[id="task-B.I.2.1.g"] input[name="note"]').fill("Theo Công văn số 12/BTC");
    await page.locator('[id="task-B.I.2.1.g"] button:has-text("Lưu điều chỉnh")').click();
    expect(await text(page)).toContain("Đã lưu điều chỉnh");
    expect(await page.locator('[id="task-B.I.2.1.g"]').innerText()).toContain("Đã điều chỉnh bởi API_TOKENS");
    // Only the date was changed: the task keeps the document's units.
    const task = ((await (await fetch(`${server.url}/api/plans/${PLAN}`)).json()) as { plan: { tasks: Array<{ id: string; units: unknown[]; correction: { set: object } }> } }).plan.tasks.find((t) => t.id === "B.I.2.1.g")!;
    expect(task.correction.set).toEqual({ timing: "Chậm nhất ngày 20/10/2023" });
    const feed = parseFeed(await (await fetch(`${server.url}/feeds/units/${SVHTTDL}.ics`)).text());
    const corrected = feed.events.find((e) => e.summary === "Hạn: Phát động cuộc thi sáng tác ca khúc về Lai Châu")!;
    expect(corrected.start).toBe("2023-10-20");
    expect(corrected.sequence).toBe(1);
    await shot(page, "plan-corrected");

    await page.goto(`${server.url}/plans/${PLAN}/countdown?now=${encodeURIComponent("2023-12-01T08:00:00+07:00")}`);
    expect(await page.locator('meta[http-equiv="refresh"]').getAttribute("content")).toBe("60");
    const board = await text(page);
    expect(board).toContain("còn 40 ngày");
    expect(board).toContain("10/01/2024 08:00");
    await shot(page, "countdown");

    // Signed out, the forms are refused.
    await page.goto(`${server.url}/plans/${PLAN}`);
    await page.click("button:has-text('Đăng xuất')");
    expect(await page.locator("header .who").innerText()).toContain("Đăng nhập");
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("a staff member finds the unit without tone marks, subscribes in one click and downloads the schedule", async () => {
    const page = await browser.newPage({ acceptDownloads: true, locale: "vi-VN" });
    await page.goto(server.url);
    await page.fill('input[name="q"]', "so van hoa");
    await page.click("button:has-text('Tìm')");
    expect(await text(page)).toContain("1 đơn vị khớp “so van hoa”");
    await shot(page, "units");
    await page.click("text=Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu");
    expect(new URL(page.url()).pathname).toBe(`/units/${SVHTTDL}`);
    const google = await page.locator("a", { hasText: "Google Calendar" }).getAttribute("href");
    expect(google).toBe(`https://calendar.google.com/calendar/render?cid=${encodeURIComponent(`${server.url.replace("http:", "webcal:")}/feeds/units/${SVHTTDL}.ics`)}`);
    expect(await page.locator("a", { hasText: "Outlook (cơ quan, trường học)" }).getAttribute("href")).toContain("outlook.office.com/calendar/0/addfromweb?url=");
    expect(await page.locator("a", { hasText: "Outlook.com" }).getAttribute("href")).toContain("outlook.live.com");
    expect(await page.locator("a", { hasText: "Apple Lịch" }).getAttribute("href")).toBe(`${server.url.replace("http:", "webcal:")}/feeds/units/${SVHTTDL}.ics`);
    expect(await page.locator("#feed-address").inputValue()).toBe(`${server.url}/feeds/units/${SVHTTDL}.ics`);
    expect(await page.locator(".qr svg").count()).toBe(1);
    await shot(page, "unit");

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Excel (.xlsx)")]);
    const file = path.join(directory, "unit.xlsx");
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Bắt đầu", "Kết thúc", "Giờ", "Loại", "Nhiệm vụ", "Mục", "Đơn vị (vai trò)", "Thời gian theo văn bản", "Dự kiến", "Tạm tính", "Chờ ngày lễ", "Đã thực hiện", "Đã điều chỉnh", "Kế hoạch"]);
    const feed = parseFeed(await (await fetch(`${server.url}/feeds/units/${SVHTTDL}.ics`)).text());
    expect(sheet.rowCount - 1).toBe(feed.events.length);
    const songs = sheet.getRows(2, sheet.rowCount - 1)!.filter((row) => row.getCell(5).value === "Phát động cuộc thi sáng tác ca khúc về Lai Châu");
    // The corrected task now has one item (the deadline set); the plan names a second song contest task elsewhere.
    const song = songs.find((row) => row.getCell(6).value === "B.I.2.1.g")!;
    expect(song.getCell(1).value).toEqual(new Date("2023-10-20T00:00:00Z"));
    expect([song.getCell(4).value, song.getCell(7).value, song.getCell(13).value]).toEqual(["Hạn", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu (chủ trì thực hiện)", "có"]);
    await page.close();
  }, 60_000);

  it("on a 360×740 phone, no page scrolls sideways", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: "vi-VN" });
    for (const [name, url] of [
      ["phone-home", "/"],
      ["phone-plan", `/plans/${PLAN}`],
      ["phone-countdown", `/plans/${PLAN}/countdown`],
      ["phone-units", "/units"],
      ["phone-unit", `/units/${SVHTTDL}`],
      ["phone-task", `/plans/${PLAN}/tasks/B.I.2.1.g`],
      ["phone-sign-in", "/sign-in"],
    ] as const) {
      await page.goto(`${server.url}${url}`);
      expect(await page.evaluate("document.documentElement.scrollWidth"), name).toBeLessThanOrEqual(360);
      await shot(page, name);
    }
    await page.close();
  }, 60_000);
});
