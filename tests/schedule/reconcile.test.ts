import { describe, expect, it } from "vitest";
import type { ScheduleEntry } from "../../src/schedule/build.ts";
import { reconcileEntries, type PublishedEntry } from "../../src/schedule/reconcile.ts";

const entry = (uid: string, start: string, summary = "Việc"): ScheduleEntry => ({
  uid, taskId: "1", unitSlug: "phong-noi-vu-huyen-x", role: "lead", kind: "span", itemRole: "main", start, end: start, rrule: null, anchor: null,
  tentative: false, done: false, provisional: false, assumed: false, summary, description: `${summary}\nMục 1`, phrase: "Tháng 7/2024",
});
const published = (e: ScheduleEntry, sequence: number, modifiedAt: string): PublishedEntry => ({ ...e, sequence, modifiedAt: new Date(modifiedAt) });

describe("reconcileEntries", () => {
  const now = new Date("2024-06-01T03:00:00.500Z");

  it("keeps unchanged entries as they were, bumps changed ones, adds new ones and lists removed ones", () => {
    const before = [published(entry("a", "2024-07-01"), 0, "2024-05-01T00:00:00Z"), published(entry("b", "2024-07-02"), 3, "2024-05-02T00:00:00Z"), published(entry("c", "2024-07-03"), 1, "2024-05-03T00:00:00Z")];
    const result = reconcileEntries(before, [entry("a", "2024-07-01"), entry("b", "2024-08-02"), entry("d", "2024-07-04")], now);
    expect(result.unchanged.map((e) => [e.uid, e.sequence, e.modifiedAt.toISOString()])).toEqual([["a", 0, "2024-05-01T00:00:00.000Z"]]);
    expect(result.changed.map((e) => [e.uid, e.sequence, e.start, e.modifiedAt])).toEqual([["b", 4, "2024-08-02", now]]);
    expect(result.created.map((e) => [e.uid, e.sequence, e.modifiedAt])).toEqual([["d", 0, now]]);
    expect(result.removed).toEqual(["c"]);
  });

  it("counts a change in any text a client shows: summary, description, phrase, tentative", () => {
    const base = entry("a", "2024-07-01");
    const before = [published(base, 0, "2024-05-01T00:00:00Z")];
    for (const changed of [{ ...base, summary: "Việc khác" }, { ...base, description: "x" }, { ...base, phrase: "Tháng 8/2024" }, { ...base, tentative: true }, { ...base, done: true }]) {
      expect(reconcileEntries(before, [changed], now).changed).toHaveLength(1);
    }
  });

  it("moves LAST-MODIFIED to a later second even for two changes in one second or a clock that went back", () => {
    const before = [published(entry("a", "2024-07-01"), 2, "2024-06-01T03:00:00.200Z")];
    expect(reconcileEntries(before, [entry("a", "2024-07-09")], now).changed[0]!.modifiedAt.toISOString()).toBe("2024-06-01T03:00:01.000Z");
    const back = new Date("2024-05-01T00:00:00Z");
    expect(reconcileEntries(before, [entry("a", "2024-07-09")], back).changed[0]!.modifiedAt.toISOString()).toBe("2024-06-01T03:00:01.000Z");
  });
});
