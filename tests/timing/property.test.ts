/**
 * The resolver never throws and always answers with a well-formed Resolution, whatever it
 * is given: 100,000 random and mutated phrases with random contexts.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { addDays as addDaysIso, isValidDate } from "../../src/timing/dates.ts";
import { resolveTiming } from "../../src/timing/resolve.ts";
import type { Resolution, TimingContext } from "../../src/timing/types.ts";

const corpus = readFileSync(new URL("../fixtures/timing-corpus.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { phrase: string }).phrase);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)\+07:00$/;
const KINDS = new Set(["span", "deadline", "timed", "recurring", "window"]);
const REASONS = new Set(["trigger", "no-date", "needs-anchor", "not-understood"]);

function validDate(text: string): boolean {
  const match = DATE.exec(text);
  return match !== null && isValidDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The first way the resolution is malformed, or null. Plain checks: `expect` is too slow for 100,000 runs. */
function malformed(resolution: Resolution, phrase: string): string | null {
  if (resolution.phrase !== phrase) return "phrase changed";
  for (const flag of [resolution.tentative, resolution.done, resolution.provisional, resolution.openEnded]) if (typeof flag !== "boolean") return "flag not boolean";
  if (!Array.isArray(resolution.notes) || !resolution.notes.every((n) => typeof n === "string")) return "notes";
  if (resolution.notes.some((n) => n.startsWith("Lỗi nội bộ"))) return `internal error: ${resolution.notes.join(" ")}`;
  if (resolution.unresolved !== null && (!REASONS.has(resolution.unresolved.reason) || typeof resolution.unresolved.text !== "string")) return "unresolved";
  if (resolution.items.length === 0 && resolution.unresolved === null) return "no items and no reason";
  for (const item of resolution.items) {
    if (!KINDS.has(item.kind) || typeof item.rule !== "string") return `kind ${item.kind}`;
    if (item.kind === "timed") {
      const start = DATE_TIME.exec(item.start);
      const end = DATE_TIME.exec(item.end);
      // A timed item may run over a working day or two (`1,5 ngày bắt đầu từ 13h30`), never more.
      if (!start || !end || !validDate(start[1]!) || !validDate(end[1]!) || item.end <= item.start || end[1]! > addDaysIso(start[1]!, 2)) return `timed ${item.start}..${item.end}`;
    } else if (!validDate(item.start) || !validDate(item.end) || item.end < item.start) {
      return `${item.kind} ${item.start}..${item.end}`;
    }
    if (item.kind === "span" && item.role !== "main" && item.role !== "peak") return "span role";
    if (item.kind === "recurring" && !/^FREQ=(WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,-]+)*$/.test(item.rrule ?? "")) return `rrule ${item.rrule}`;
    if (item.kind === "window" && !validDate(item.anchor ?? "")) return "window anchor";
  }
  return null;
}

const isoDay = fc
  .record({ year: fc.integer({ min: 1990, max: 2060 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

const context: fc.Arbitrary<TimingContext> = fc.record(
  {
    issued: fc.oneof(isoDay, isoDay.map((d) => d.slice(0, 7))),
    occasions: fc.array(isoDay, { maxLength: 5 }),
    ceremony: fc.oneof(isoDay, isoDay.map((d) => d.slice(0, 7)), isoDay.map((d) => `${d}T08:00`)),
    field: fc.constantFrom("Thời gian thực hiện", "Thời gian hoàn thành", "Thời gian"),
    year: fc.integer({ min: 1990, max: 2060 }),
  },
  { requiredKeys: [] },
);

const vocabulary = fc.constantFrom(
  "tháng", "quý", "năm", "ngày", "tuần", "từ", "đến", "hết", "trước", "sau", "lễ", "kỷ niệm", "hàng tháng", "hằng tuần", "mùng",
  "tháng Giêng", "tháng Chạp", "âm lịch", "(âl)", "Giáp Thìn", "Quý Mão", "thứ Hai", "thứ 7", "Chủ nhật", "sáng", "chiều", "½",
  "7h30'", "11h00", "8 giờ", "Dự kiến", "Đã thực hiện", "cao điểm", "đầu", "giữa", "cuối", "6 tháng đầu năm", "Đợt 1:", "trong",
  "kéo dài", "III", "IV", "/", "-", "–", ",", ";", "(", ")", "*", ".", ":", "'", "0", "1", "5", "9", "12", "13", "29", "30", "31",
  "00", "2023", "2024", "1985", "9999", "0000", "Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "sự kiện", "từng", "mỗi", "nay",
);

/** Phrases made of timing words in random order: the resolver's grammar, garbled. */
const wordSalad = fc.array(vocabulary, { minLength: 1, maxLength: 14 }).map((words) => words.join(" "));

/** Corpus phrases cut, spliced, duplicated and sprinkled with random characters. */
const mutated = fc
  .tuple(fc.constantFrom(...corpus), fc.constantFrom(...corpus), fc.nat(), fc.nat(), fc.string({ maxLength: 6, unit: "grapheme" }), fc.integer({ min: 0, max: 4 }))
  .map(([a, b, i, j, noise, how]) => {
    const cut = i % (a.length + 1);
    const other = j % (b.length + 1);
    switch (how) {
      case 0:
        return a.slice(0, cut) + b.slice(other);
      case 1:
        return a.slice(0, cut) + noise + a.slice(cut);
      case 2:
        return `${a} ${a}`;
      case 3:
        return a.replace(/\d/g, (d) => String((Number(d) + (i % 10)) % 10));
      default:
        return a.normalize("NFD").slice(0, cut);
    }
  });

const anything = fc.string({ maxLength: 60, unit: "binary" });

describe("resolveTiming never throws and answers well-formed", () => {
  it("on 100,000 random and mutated phrases with random contexts", () => {
    fc.assert(
      fc.property(fc.oneof(wordSalad, mutated, anything), context, (phrase, ctx) => {
        const problem = malformed(resolveTiming(phrase, ctx), phrase);
        if (problem) throw new Error(problem);
      }),
      { numRuns: 100_000, seed: 20241029 },
    );
  }, 60_000);
});
