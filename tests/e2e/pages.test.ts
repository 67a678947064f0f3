/**
 * The task page a calendar event links to, in a real browser (Debian's Chromium, which
 * `.ci/run` installs): what a person who clicks "Chi tiết" sees.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { hasChromium, launchChromium } from "../helpers/chromium.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/server.ts";


describe.skipIf(!hasChromium)("the task page in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let directory: string;
  let planId: string;

  beforeAll(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), "lich-pages-"));
    server = await startServer({ port: 0, hostname: "127.0.0.1", databaseUrl: `file:${path.join(directory, "lich.db")}`, env: {}, log: () => {} });
    const posted = await fetch(`${server.url}/api/plans`, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: readFileSync(new URL("../fixtures/plans/revision-v1.txt", import.meta.url)),
    });
    planId = ((await posted.json()) as { plan: { id: string } }).plan.id;
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("shows the task, its dates, its units and the subscribe links, without errors", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    // The link as it is written in the calendar event.
    const feed = await (await fetch(`${server.url}/feeds/units/cong-chuc-van-hoa-xa-hoi-xa-muong-so.ics?from=2025-01-01&to=2025-12-31`)).text();
    const link = /^URL;VALUE=URI:(.+)\r$/m.exec(feed)![1]!;
    expect(link).toBe(`${server.url}/plans/${planId}/tasks/I.1.1`);
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe("Tuyên truyền trên hệ thống loa truyền thanh của xã");
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    expect(await page.locator("h1").innerText()).toBe("Tuyên truyền trên hệ thống loa truyền thanh của xã");
    const body = await page.locator("body").innerText();
    expect(body).toContain("Kế hoạch số 15/KH-UBND");
    expect(body).toContain("Thực hiện: 01/03/2025 – 30/04/2025");
    expect(body).toContain("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Mường So — Phối hợp");
    const subscribe = await page.locator("a", { hasText: "đăng ký lịch" }).first().getAttribute("href");
    expect(subscribe).toBe(`${server.url.replace("http:", "webcal:")}/feeds/units/cong-chuc-van-hoa-xa-hoi-xa-muong-so.ics`);
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it("shows the interactive API reference from the service alone: no request to another host", async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["localhost", "127.0.0.1"].includes(url.hostname) && url.protocol !== "data:") elsewhere.push(request.url());
    });
    const response = await page.goto(`${server.url}/docs`);
    expect(response?.status()).toBe(200);
    await page.getByText("Danh sách kế hoạch").first().waitFor({ timeout: 20_000 });
    expect(await page.locator("body").innerText()).toContain("Tải lên một kế hoạch");
    expect(elsewhere).toEqual([]);
    await page.close();
  }, 60_000);

  it("says in Vietnamese when a task is gone", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/plans/${planId}/tasks/IX.9`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").innerText()).toBe("Không tìm thấy nhiệm vụ");
    await page.close();
  }, 30_000);
});
