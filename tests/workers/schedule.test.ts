/**
 * The schedule API on the Worker over local D1, through the Worker's own entry: listing with
 * paging, a sync across a revision, the countdown, a task correction with its audit row.
 */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

type Json = Record<string, any>;
const AUTH = { authorization: "Bearer workers-test-token" };
const call = async (path: string, init: RequestInit = {}) => {
  const response = await SELF.fetch(`http://lich.test${path}`, init);
  return { status: response.status, body: (await response.json()) as Json };
};
const send = (method: string, path: string, body: unknown) =>
  call(path, { method, headers: { ...AUTH, "content-type": "application/json" }, body: JSON.stringify(body) });
const upload = (text: string) => call("/api/plans", { method: "POST", headers: { ...AUTH, "content-type": "text/plain; charset=utf-8" }, body: text });

describe("the schedule API on D1", () => {
  it("lists, pages, syncs across a revision, counts down and takes a correction", async () => {
    const imported = await upload(env.REVISION_V1);
    expect(imported.status).toBe(201);
    const planId = imported.body.plan.id as string;

    const all = await call(`/api/plans/${planId}/schedule?limit=500`);
    expect(all.status).toBe(200);
    expect(all.body.entries.map((e: Json) => e.task.key)).toEqual(["I.1.1", "I.2.1", "I.3", "I.1.2", "I.2.2", "II.1"]);
    const seen: string[] = [];
    let page = (await call(`/api/plans/${planId}/schedule?limit=4`)).body;
    seen.push(...page.entries.map((e: Json) => e.uid));
    while (page.next) {
      page = (await call(`/api/plans/${planId}/schedule?limit=4&cursor=${encodeURIComponent(page.next)}`)).body;
      seen.push(...page.entries.map((e: Json) => e.uid));
    }
    expect(seen).toEqual(all.body.entries.map((e: Json) => e.uid));

    const month = await call("/api/schedule?unit=cong-chuc-van-hoa-xa-hoi-xa-muong-so&from=2025-04-01&to=2025-04-30");
    expect(month.body.entries.map((e: Json) => e.task.key)).toEqual(["I.1.1", "I.1.2", "I.2.2", "II.1"]);

    expect((await upload(env.REVISION_V2)).status).toBe(200);
    const synced = await call(`/api/schedule?syncToken=${encodeURIComponent(all.body.syncToken)}`);
    expect(synced.body.entries.map((e: Json) => [e.task.title, e.sequence])).toEqual([
      ["Giải bóng chuyền các thôn, bản", 1],
      ["Thăm hỏi, tặng quà gia đình chính sách", 1],
    ]);
    expect((await call("/api/schedule?syncToken=rubbish")).status).toBe(410);

    expect((await send("PUT", `/api/plans/${planId}/ceremony`, { start: "2025-04-20T08:00" })).status).toBe(200);
    const countdown = await call(`/api/plans/${planId}/countdown?now=${encodeURIComponent("2025-03-11T08:00:00+07:00")}`);
    expect(countdown.body).toMatchObject({ days: 40, text: "còn 40 ngày", ceremony: { source: "organizers" } });

    const corrected = await send("PATCH", `/api/plans/${planId}/tasks/I.2.1`, { timing: "Chậm nhất ngày 10/4/2025", note: "Theo Công văn số 12/UBND" });
    expect(corrected.status).toBe(200);
    expect(corrected.body.task.correction).toMatchObject({ by: "API_TOKENS", set: { timing: "Chậm nhất ngày 10/4/2025" } });
    const feed = await (await SELF.fetch("http://lich.test/feeds/units/doan-thanh-nien-cong-san-ho-chi-minh-xa-muong-so.ics?from=2025-01-01&to=2025-12-31")).text();
    expect(feed).toContain("SUMMARY:Hạn: Giải bóng chuyền các thôn\\, bản");
    expect(feed).toMatch(/SEQUENCE:2\r\n/);
    const trail = await call(`/api/plans/${planId}/changes`);
    expect(trail.body.changes.map((c: Json) => c.action)).toEqual(["task.corrected", "ceremony.set", "plan.revised", "plan.imported"]);
    expect((await send("PATCH", `/api/plans/${planId}/tasks/I.2.1`, { timing: "" })).status).toBe(400);
    expect((await call(`/api/plans/${planId}`, { method: "DELETE", headers: AUTH })).status).toBe(200);
  });
});

describe("the pages on D1", () => {
  it("renders the home page, a plan's page, its countdown and a unit's page", async () => {
    const imported = await upload(env.REVISION_V1);
    const planId = imported.body.plan.id as string;
    const html = async (path: string) => {
      const response = await SELF.fetch(`http://lich.test${path}`, { headers: { accept: "text/html" } });
      return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
    };
    const home = await html("/");
    expect(home.type).toBe("text/html; charset=UTF-8");
    expect(home.body).toContain("Tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng xã Mường So");
    const plan = await html(`/plans/${planId}`);
    expect(plan.status).toBe(200);
    expect(plan.body).toContain("Lịch theo tháng");
    expect(plan.body).toContain("Tháng 4/2025");
    const countdown = await html(`/plans/${planId}/countdown?now=${encodeURIComponent("2025-03-11T08:00:00+07:00")}`);
    expect(countdown.body).toContain('<meta http-equiv="refresh" content="60"/>');
    expect(countdown.body).toContain("Lễ chưa có ngày cụ thể");
    const unit = await html("/units/cong-chuc-van-hoa-xa-hoi-xa-muong-so");
    expect(unit.body).toContain("<svg");
    expect((await html("/units?q=van hoa xa hoi")).body).toContain("Công chức Văn hóa - Xã hội xã Mường So");
    const csv = await SELF.fetch(`http://lich.test/plans/${planId}/schedule.csv`);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).startsWith("Bắt đầu,Kết thúc,")).toBe(true);
  });
});
