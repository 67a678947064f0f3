/**
 * An empty service offers the sample plans of examples/: one click imports them all, sets the
 * ceremony their manifest gives, and lands on a plan with a timeline, unit calendars and a
 * countdown. Once there are plans, the offer is gone.
 */
import { describe, expect, it } from "vitest";
import { createApp, DEFAULT_SETTINGS } from "../../app.ts";
import { readSamples } from "../../store/node-samples.ts";
import { freshDb } from "../../../tests/helpers/db.ts";

describe("the sample plans on an empty home page", () => {
  it("are offered, imported in one click with their ceremony, then no longer offered", async () => {
    const store = freshDb();
    try {
      const samples = readSamples();
      expect(samples.map((s) => s.fileName)).toEqual([
        "dem-nhac-xuan-yeu-thuong-phuc-thinh-2026.docx",
        "hoi-nghi-cu-tri-mttq-luong-minh-2026.docx",
        "tuyen-truyen-cchc-lam-dong-2026.docx",
        "cuoc-thi-khoi-nghiep-thpt-phuoc-buu-2025.pdf",
      ]);
      const app = createApp({ db: () => store.db, clock: () => new Date("2026-01-10T01:00:00Z"), settings: () => DEFAULT_SETTINGS, remoteAddress: () => "127.0.0.1", samples: () => samples });
      const home = await app.request("/", { headers: { accept: "text/html" } });
      const page = await home.text();
      expect(page).toContain("Nhập 4 kế hoạch mẫu");
      const cookie = home.headers.get("set-cookie")!.split(";")[0]!;
      const csrf = cookie.split("=")[1]!;
      const posted = await app.request("/samples", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost", cookie }, body: `csrf=${csrf}` });
      expect(posted.status).toBe(303);
      const planId = /^\/plans\/(p_[0-9a-f]+)\?done=samples$/.exec(posted.headers.get("location")!)![1]!;
      expect(await store.db.plan.count()).toBe(4);
      const countdown = (await (await app.request(`/api/plans/${planId}/countdown`)).json()) as { days: number; text: string; ceremony: { start: string; source: string } };
      expect(countdown).toMatchObject({ days: 14, text: "còn 14 ngày", ceremony: { start: "2026-01-24T19:30", source: "organizers" } });
      const timeline = await (await app.request(`/plans/${planId}?done=samples`, { headers: { accept: "text/html" } })).text();
      expect(timeline).toContain("Đã nhập các kế hoạch mẫu");
      expect(timeline).toContain("Tháng 1/2026");
      expect(await (await app.request("/", { headers: { accept: "text/html" } })).text()).not.toContain("kế hoạch mẫu</button>");
      // Twice is harmless: the same documents are the same plans.
      const again = await app.request("/samples", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost", cookie }, body: `csrf=${csrf}` });
      expect(again.status).toBe(303);
      expect(await store.db.plan.count()).toBe(4);
    } finally {
      await store.close();
    }
  }, 30_000);
});
