/**
 * The project's own corpus (tests/fixtures/timing-corpus.jsonl): every convention of
 * spec/timing.md, negative cases, and spelling variants of each row.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveTiming } from "../../src/timing/resolve.ts";
import type { TimingItem } from "../../src/timing/types.ts";

interface CorpusRow {
  id: string;
  convention: number;
  phrase: string;
  context: Record<string, unknown>;
  expect: {
    items: Array<Partial<TimingItem>>;
    unresolved?: string;
    tentative?: boolean;
    done?: boolean;
    provisional?: boolean;
    openEnded?: boolean;
    durationMinutes?: number;
    warning?: boolean;
  };
}

const rows = readFileSync(new URL("../fixtures/timing-corpus.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as CorpusRow);

describe("timing corpus", () => {
  it("covers every convention of the spec that concerns phrases, with at least 300 phrases", () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const conventions = new Set(rows.map((r) => r.convention));
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]) expect(conventions).toContain(n);
  });

  it.each(rows.map((row) => [`${row.id} (${row.convention}) ${row.phrase}`, row] as const))("%s", (_name, row) => {
    const resolution = resolveTiming(row.phrase, row.context);
    const items = resolution.items.map(({ rule: _rule, ...item }) => item);
    expect(items).toHaveLength(row.expect.items.length);
    items.forEach((item, i) => {
      const expected = row.expect.items[i]!;
      expect(item).toMatchObject(expected);
      expect(item.role ?? "main").toBe(expected.role ?? (item.kind === "span" ? "main" : "main"));
    });
    if (row.expect.items.length === 0) expect(resolution.unresolved).not.toBeNull();
    if (row.expect.unresolved) expect(resolution.unresolved?.reason).toBe(row.expect.unresolved);
    for (const flag of ["tentative", "done", "provisional", "openEnded"] as const) expect(resolution[flag], flag).toBe(row.expect[flag] ?? false);
    if (row.expect.durationMinutes !== undefined) expect(resolution.durationMinutes).toBe(row.expect.durationMinutes);
    expect(resolution.notes.some((n) => n.startsWith("Cảnh báo"))).toBe(row.expect.warning ?? false);
    expect(resolution.phrase).toBe(row.phrase);
  });
});
