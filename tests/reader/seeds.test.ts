/**
 * The five reference plans: every phrase of spec/timing.md is found in the task at its line
 * with its items, coverage is at least 95%, and each parse matches its reviewed golden summary.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/reader/read.ts";
import type { ReadPlan } from "../../src/reader/types.ts";
import { expectGolden } from "../helpers/golden.ts";
import { hasSeeds, SEEDS, SHARED } from "../helpers/shared.ts";

const FILES: Record<string, string> = {
  "000": "000_9c4979b0d76d147e.txt",
  "001": "001_fd8af27ada51ad98.txt",
  "002": "002_5640c0c2bbc35b8e.txt",
  "003": "003_c8534f40af56dc42.txt",
  "004": "004_4bcf00a113bc2395.txt",
};

const plans: Record<string, ReadPlan> = hasSeeds
  ? Object.fromEntries(Object.entries(FILES).map(([seed, file]) => [seed, readPlan(readFileSync(`${SEEDS}/${file}`, "utf8"))]))
  : {};

/** What a reviewer reads: the plan's parts and, per task, its lines, units and dates. */
function summary(plan: ReadPlan) {
  return {
    scope: plan.scope,
    number: plan.number,
    issuer: plan.issuer,
    place: plan.place,
    issued: plan.issued,
    title: plan.title,
    signer: plan.signer,
    recipients: plan.recipients,
    occasions: plan.occasions,
    ceremony: plan.ceremony,
    coverage: plan.coverage,
    warnings: plan.warnings.map((w) => `${w.line} ${w.code}`),
    tasks: plan.tasks.map((t) => ({
      id: t.id,
      lines: t.lines,
      title: t.title.slice(0, 80),
      units: t.units.map((u) => `${u.role} ${u.slug}`),
      timing: t.timing.map((r) => ({
        phrase: r.phrase,
        items: r.items.map((i) => `${i.kind} ${i.start} ${i.end}${i.rrule ? ` ${i.rrule}` : ""}${i.role === "peak" ? " peak" : ""}`),
        ...(r.unresolved ? { unresolved: r.unresolved.reason } : {}),
        ...(r.tentative ? { tentative: true } : {}),
        ...(r.done ? { done: true } : {}),
        ...(r.provisional ? { provisional: true } : {}),
      })),
    })),
  };
}

describe.skipIf(!hasSeeds)("the five reference plans", () => {
  const rows = hasSeeds
    ? readFileSync(`${SHARED}/spec/seed-phrases.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; phrase: string; expect: { items: Array<{ kind: string; start: string; end: string }>; unresolved?: string; tentative?: boolean; done?: boolean; provisional?: boolean } })
    : [];

  it.each(rows.map((r) => [`${r.id} ${r.phrase}`, r] as const))("finds %s in the task at its line", (_name, row) => {
    const [seed, line] = row.id.split(":") as [string, string];
    const tasks = plans[seed]!.tasks.filter((t) => t.lines[0] <= Number(line) && Number(line) <= t.lines[1]);
    const want = row.expect.items.map((i) => `${i.kind} ${i.start} ${i.end}`);
    const found = tasks.flatMap((t) => t.timing).find((r) => JSON.stringify(r.items.map((i) => `${i.kind} ${i.start} ${i.end}`)) === JSON.stringify(want) && (r.unresolved?.reason ?? undefined) === row.expect.unresolved);
    expect(found, `tasks at line ${line}: ${tasks.map((t) => t.id).join(", ")}`).toBeDefined();
    for (const flag of ["tentative", "done", "provisional"] as const) if (row.expect[flag]) expect(found![flag], flag).toBe(true);
  });

  it.each(Object.keys(FILES))("reads %s with coverage of at least 95%%", (seed) => {
    expect(plans[seed]!.coverage).toBeGreaterThanOrEqual(0.95);
  });

  it.each(Object.keys(FILES))("parses %s as its reviewed golden summary", (seed) => {
    expectGolden(`parse-${seed}.json`, `${JSON.stringify(summary(plans[seed]!), null, 1)}\n`);
  });

  it("reads the metadata of each plan", () => {
    const meta = (seed: string) => {
      const p = plans[seed]!;
      return [p.issuer, p.place, p.issued, p.number, p.signer, p.scope];
    };
    expect(meta("000")).toEqual(["Ban Thường vụ Huyện ủy Phong Thổ", null, null, null, null, "huyện Phong Thổ"]);
    expect(meta("001")).toEqual(["Ủy ban nhân dân thị trấn Cao Lộc", "Cao Lộc", "2023-04", null, "Lê Văn Mạnh", "thị trấn Cao Lộc"]);
    expect(meta("002")).toEqual(["Ủy ban nhân dân huyện Bắc Sơn", "Bắc Sơn", "2024-02", null, "Dương Thị Thép", "huyện Bắc Sơn"]);
    expect(meta("003")).toEqual(["Ban Thường vụ Huyện ủy Tam Đường", null, null, null, "Cao Trang Trọng", "huyện Tam Đường"]);
    expect(meta("004").slice(1, 4)).toEqual(["Lai Châu", "2023-05-10", "06/KH-BTC"]);
    expect(plans["004"]!.issuer).toBe("Ban Tổ chức kỷ niệm 20 năm chia tách, thành lập tỉnh Lai Châu");
    expect(plans["004"]!.recipients).toContain("Thường trực Tỉnh ủy");
  });

  it("finds every occasion, with the year mismatch of seed 004 reported", () => {
    expect(plans["003"]!.occasions.map((o) => o.date).sort()).toEqual(["2023-12-12", "2024-01-01", "2024-05-07", "2024-06-28", "2024-10-10"]);
    expect(plans["002"]!.occasions.map((o) => [o.name, o.date])).toEqual([
      ["70 năm Chiến thắng Điện Biên Phủ", "2024-05-07"],
      ["80 năm Ngày thành lập Quân đội nhân dân Việt Nam", "2024-12-22"],
      ["70 năm Ngày ký Hiệp định Giơ-ne-vơ", "2024-07-20"],
    ]);
    expect(plans["004"]!.warnings.filter((w) => w.code === "occasion-years-mismatch").map((w) => w.line)).toEqual([122]);
  });

  it("reads both ceremonies", () => {
    expect(plans["000"]!.ceremony).toMatchObject({ start: "2024-10-29T07:30", end: "2024-10-29T11:00", tentative: true, location: "Trung tâm Hội nghị văn hóa huyện Phong Thổ", participants: "Dự kiến 250 đại biểu" });
    expect(plans["004"]!.ceremony).toMatchObject({ start: "2024-01", tentative: true, location: "Quảng trường Nhân dân tỉnh", durationMinutes: 120 });
    expect(plans["004"]!.ceremony!.programme).toHaveLength(5);
  });

  it("links the tasks of seed 002, whose content names no unit, to the units its responsibilities give", () => {
    const task = plans["002"]!.tasks.find((t) => t.id === "II.3")!;
    expect(task.units.map((u) => u.slug)).toContain("phong-van-hoa-va-thong-tin-huyen-bac-son");
  });
});
