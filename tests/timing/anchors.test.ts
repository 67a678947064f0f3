import { describe, expect, it } from "vitest";
import { resolveTiming } from "../../src/timing/resolve.ts";

describe("anchors move (convention 12 and 13)", () => {
  const phrase = "Ra trước lễ kỷ niệm 05 ngày";
  const plan = { issued: "2023-05-10", occasions: ["2024-01-01"] };

  it("is provisional while the ceremony has only a month, then follows the date organizers set", () => {
    const vague = resolveTiming(phrase, { ...plan, ceremony: "2024-01" });
    expect(vague.items.map((i) => i.start)).toEqual(["2023-12-27"]);
    expect(vague.provisional).toBe(true);
    for (const [ceremony, expected] of [["2024-01-15", "2024-01-10"], ["2024-01-15T08:00", "2024-01-10"], ["2024-01-03", "2023-12-29"]] as const) {
      const set = resolveTiming(phrase, { ...plan, ceremony });
      expect(set.items.map((i) => i.start)).toEqual([expected]);
      expect(set.provisional).toBe(false);
    }
  });

  it("windows follow the occasions", () => {
    const windows = "trước từng sự kiện 20 ngày và sau mỗi sự kiện 05 ngày";
    expect(resolveTiming(windows, { occasions: ["2024-05-07"] }).items.map((i) => [i.start, i.end])).toEqual([["2024-04-17", "2024-05-12"]]);
    expect(resolveTiming(windows, { occasions: ["2024-09-02"] }).items.map((i) => [i.start, i.end])).toEqual([["2024-08-13", "2024-09-07"]]);
  });

  it("`từ nay đến` an event runs from the issue date to the event's day", () => {
    const untilElection = resolveTiming("xuyên suốt từ nay đến kết thúc cuộc bầu cử", { issued: "2025-12-10" });
    expect(untilElection.items.map((i) => [i.kind, i.start, i.end])).toEqual([["span", "2025-12-10", "2026-03-15"]]);
    const untilOpening = resolveTiming("từ nay đến ngày khai mạc Đại hội", { issued: "2025-03-01", events: { "khai mac": "2025-04-20" } });
    expect(untilOpening.items.map((i) => [i.start, i.end])).toEqual([["2025-03-01", "2025-04-20"]]);
    const unknown = resolveTiming("từ nay đến ngày khai mạc Đại hội", { issued: "2025-03-01" });
    expect([unknown.items, unknown.unresolved?.reason]).toEqual([[], "needs-anchor"]);
  });

  it("`từ ngày ban hành Kế hoạch` is the issue date, and a range to a National Congress of the Party ends on its closing day", () => {
    const span = (phrase: string, issued: string) => resolveTiming(phrase, { issued }).items.map((i) => [i.kind, i.start, i.end]);
    expect(span("từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "2025-11-19")).toEqual([["span", "2025-11-19", "2026-01-23"]]);
    expect(span("Từ tháng 10/2025 đến khi tổ chức thành công Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng", "2025-09-20")).toEqual([["span", "2025-10-01", "2026-01-23"]]);
    expect(span("từ ngày ban hành đến 31/12/2025", "2025-11-19")).toEqual([["span", "2025-11-19", "2025-12-31"]]);
    // Until the work is done: open, to the year's end here; the reader moves it to the plan's last dated day.
    const untilDone = resolveTiming("Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê", { issued: "2025-11-05" });
    expect([untilDone.items.map((i) => [i.start, i.end, i.rule]), untilDone.openEnded]).toEqual([[["2025-11-01", "2025-12-31", "until-done"]], true]);
    // A congress the table does not hold dates nothing beyond the start.
    expect(span("Từ tháng 10/2030 đến khi tổ chức thành công Đại hội đại biểu toàn quốc lần thứ XV của Đảng", "2030-09-01")).toEqual([["span", "2030-10-01", "2030-10-31"]]);
  });

  it("open starts end at the main occasion", () => {
    expect(resolveTiming("Từ tháng 7/2024", { occasions: ["2024-10-29"] }).items[0]!.end).toBe("2024-10-29");
    expect(resolveTiming("Từ tháng 7/2024", { occasions: ["2024-12-19"] }).items[0]!.end).toBe("2024-12-19");
  });

  it("explains every item with the rule that produced it", () => {
    const rules = resolveTiming("Dự kiến từ tháng 05 - 12/2023 (hoàn thành trước 30/10/2023)", plan).items.map((i) => i.rule);
    expect(rules).toEqual(["range", "deadline-before"]);
  });
});

describe("words that are names of JavaScript object properties", () => {
  it("are plain words to the resolver (`tháng constructor, năm 2024` is the year 2024)", () => {
    for (const word of ["constructor", "__proto__", "hasownproperty", "tostring", "valueof"]) {
      for (const lead of ["tháng", "đầu", "thứ", "trung", "ngày"]) {
        const resolution = resolveTiming(`${lead} ${word}, năm 2024`, { issued: "2024-01-01" });
        expect(JSON.stringify(resolution.items), `${lead} ${word}`).not.toContain("NaN");
        expect(resolution.items.map((i) => [i.start, i.end]), `${lead} ${word}`).toEqual([["2024-01-01", "2024-12-31"]]);
      }
    }
  });
});

describe("events the plan dates once", () => {
  it("time the work counted from them, named in any spelling in a request's context", async () => {
    const { checkContext } = await import("../../src/timing/request.ts");
    const checked = checkContext({ issued: "2025-02-10", events: { "Khai mạc": "2025-03-20" } });
    expect(checked.ok).toBe(true);
    const context = (checked as { ok: true; value: Parameters<typeof resolveTiming>[1] }).value;
    expect(resolveTiming("chậm nhất 10 ngày trước ngày khai mạc", context).items).toEqual([{ kind: "deadline", start: "2025-03-10", end: "2025-03-10", rule: "event-deadline" }]);
    expect(resolveTiming("chậm nhất 10 ngày trước ngày khai mạc", { issued: "2025-02-10" }).unresolved?.reason).toBe("needs-anchor");
  });
});

describe("a plan of many years", () => {
  it("runs a recurrence with no period of its own to the end of the plan's period", () => {
    const period = { start: "2026-01-01", end: "2030-12-31" };
    expect(resolveTiming("Hằng năm", { issued: "2026-03", period }).items).toEqual([{ kind: "recurring", start: "2026-12-31", end: "2030-12-31", rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31", rule: "recurring-yearly" }]);
    expect(resolveTiming("định kỳ hằng tháng", { issued: "2026-03", period }).items.map((i) => `${i.start}..${i.end}`)).toEqual(["2026-03-31..2030-12-31"]);
    expect(resolveTiming("định kỳ hằng tháng", { issued: "2026-03" }).items.map((i) => `${i.start}..${i.end}`)).toEqual(["2026-03-31..2026-12-31"]);
  });

  it("starts the recurring work of a plan issued before its period with the period", () => {
    const period = { start: "2026-01-01", end: "2030-12-31" };
    const items = (phrase: string) => resolveTiming(phrase, { issued: "2025-11-20", period }).items.map((i) => `${i.start}..${i.end} ${i.rrule}`);
    expect(items("Hằng năm")).toEqual(["2026-12-31..2030-12-31 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"]);
    expect(items("Trước ngày 15/12 hàng năm")).toEqual(["2026-12-14..2030-12-14 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=14"]);
    expect(items("định kỳ hằng tháng")).toEqual(["2026-01-31..2030-12-31 FREQ=MONTHLY;BYMONTHDAY=-1"]);
  });

  it("reads the reporting formulas as every period's report, due in the one after it (`tháng liền kề`, `năm liền kề`, `năm trước liền kề`)", () => {
    const period = { start: "2026-01-01", end: "2030-12-31" };
    const items = (phrase: string, context: Parameters<typeof resolveTiming>[1]) => resolveTiming(phrase, context).items.map((i) => `${i.kind} ${i.start}..${i.end} ${i.rrule ?? ""}`.trim());
    expect(items("Trước ngày 05 của tháng liền kề", { issued: "2026-03", period })).toEqual(["recurring 2026-04-04..2030-12-04 FREQ=MONTHLY;BYMONTHDAY=4"]);
    expect(items("Trước ngày 31/01 năm liền kề", { issued: "2026-03", period })).toEqual(["recurring 2027-01-30..2030-01-30 FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=30"]);
    expect(items("Ban hành kế hoạch chậm nhất là ngày 31/12 năm trước liền kề", { issued: "2026-03", period })).toEqual(["recurring 2026-12-31..2029-12-31 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"]);
    // A plan of one year: the next year, as written.
    expect(items("Trước ngày 31/01 năm liền kề", { issued: "2026-03" })).toEqual(["deadline 2027-01-30..2027-01-30"]);
  });
});

describe("a plan read without its issue date", () => {
  it("starts a recurrence in the year it stands in", () => {
    const span = (phrase: string) => resolveTiming(phrase, { year: 2026 }).items.map((i) => `${i.kind} ${i.start}..${i.end} ${i.rrule ?? ""}`);
    expect(span("Hàng năm")).toEqual(["recurring 2026-12-31..2026-12-31 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"]);
    expect(span("định kỳ hàng năm (trước ngày 10/12)")).toEqual(["recurring 2026-12-09..2026-12-09 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=9"]);
    expect(span("hàng quý")).toEqual(["recurring 2026-03-31..2026-12-31 FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"]);
    expect(resolveTiming("Hàng năm", {}).unresolved?.reason).toBe("not-understood");
  });
});

describe("a year that names what it qualifies", () => {
  it("is no time to act (`công tác cải cách hành chính năm 2025`, `Luật … năm 2013`), a year in time is", () => {
    for (const phrase of ["Đánh giá công tác cải cách hành chính năm 2025", "Luật Tiếp công dân năm 2013", "kỳ thi tốt nghiệp THPT năm 2026"]) {
      expect(resolveTiming(phrase, { issued: "2025-12-10" }).items, phrase).toEqual([]);
    }
    for (const phrase of ["trong năm 2026", "Năm 2023", "đến năm 2030", "cuối năm 2025", "xuyên suốt trong năm 2023 và năm 2024", "Dự kiến năm 2026"]) {
      expect(resolveTiming(phrase, { issued: "2023-01-10" }).items.length, phrase).toBeGreaterThan(0);
    }
  });
});

describe("days of one month written as a list", () => {
  it("reads the list with or without `ngày` before it, the month's word after it", () => {
    for (const phrase of ["03 ngày: 24, 25 và 26 tháng 8 năm 2026", "24, 25 và 26 tháng 8 năm 2026", "ngày 24, 25 và 26 tháng 8 năm 2026"]) {
      expect(resolveTiming(phrase, { issued: "2026-08-17" }).items.map((i) => [i.start, i.end]), phrase).toEqual([["2026-08-24", "2026-08-26"]]);
    }
  });

  it("takes no number of a document for a day (`Quyết định số 12, 13 tháng 8`)", () => {
    for (const phrase of ["Quyết định số 12, 13 tháng 8", "Số 24, 25 và 26 tháng 8", "Học sinh lớp 10, 11, 12 tháng 9/2026"]) {
      expect(resolveTiming(phrase, { issued: "2026-08-17" }).items.map((i) => i.rule), phrase).not.toContain("list");
    }
  });
});

describe("years and rhythms a roadmap or a time column writes", () => {
  const items = (phrase: string, context: Parameters<typeof resolveTiming>[1] = { issued: "2025-11-19" }) =>
    resolveTiming(phrase, context).items.map((i) => `${i.kind} ${i.start}..${i.end}${i.rrule ? ` ${i.rrule}` : ""}`);

  it("reads years alone, in brackets or not, as those years", () => {
    expect(items("(2025 - 2026)")).toEqual(["span 2025-01-01..2026-12-31"]);
    expect(items("2025 - 2035")).toEqual(["span 2025-01-01..2035-12-31"]);
    expect(items("(xuyên suốt 2025 - 2035)")).toEqual(["span 2025-01-01..2035-12-31"]);
    expect(items("(2026 trở đi)")).toEqual(["span 2026-01-01..2026-12-31"]);
  });

  it("reads a stage's years standing alone or after `trong`, never after a name", () => {
    expect(items("Giai đoạn 2025 - 2030")).toEqual(["span 2025-01-01..2030-12-31"]);
    expect(items("Trong giai đoạn 2026 - 2030")).toEqual(["span 2026-01-01..2030-12-31"]);
    expect(items("Chiến lược chuyển đổi số giai đoạn 2025 - 2030")).toEqual([]);
  });

  it("reads `một lần/năm` and a periodic report's day without a year as every year", () => {
    expect(items("tối thiểu một lần/năm")).toEqual(["recurring 2025-12-31..2025-12-31 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"]);
    expect(items("định kỳ báo cáo kết quả thực hiện trước ngày 20/11", { issued: "2025-11-19", period: { start: "2025-01-01", end: "2035-12-31" } })).toEqual(["recurring 2025-11-19..2035-11-19 FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=19"]);
    // With its year it is one deadline.
    expect(items("định kỳ trước ngày 20/11/2025")).toEqual(["deadline 2025-11-19..2025-11-19"]);
  });

  it("dates nothing where the work follows another plan's times (`Theo kế hoạch công tác tư pháp hàng năm`); `theo kế hoạch của X` waits on X (a trigger)", () => {
    for (const phrase of ["Theo kế hoạch công tác tư pháp hàng năm", "Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm", "Theo kế hoạch"]) {
      const resolution = resolveTiming(phrase, { issued: "2025-11-19", period: { start: "2026-01-01", end: "2030-12-31" } });
      expect([resolution.items, resolution.unresolved?.reason]).toEqual([[], "no-date"]);
    }
    expect(resolveTiming("Theo kế hoạch của tỉnh", { issued: "2025-11-19" }).unresolved?.reason).toBe("trigger");
    // A date written with it is still its date.
    expect(items("Theo kế hoạch, trước ngày 15/12 hằng năm")).toEqual(["recurring 2025-12-14..2025-12-14 FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=14"]);
  });

  it("reads `24/7` as around the clock unless a day's word stands before it", () => {
    expect(items("liên tục 24/7")).toEqual([]);
    expect(items("trước 24/7")).toEqual(["deadline 2026-07-23..2026-07-23"]);
    expect(items("Từ 24/7 đến 30/7")).toEqual(["span 2026-07-24..2026-07-30"]);
  });

  it("marks every time of a `Thời gian dự kiến hoàn thành` column tentative, each a due date", () => {
    const result = resolveTiming("Quý IV/2026", { issued: "2025-11-19", field: "Thời gian dự kiến hoàn thành" });
    expect(result.tentative).toBe(true);
    expect(result.items.map((i) => `${i.kind} ${i.start}`)).toEqual(["deadline 2026-12-31"]);
  });
});
