import { readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveTiming } from "../../src/timing/resolve.ts";
import { SHARED } from "../helpers/shared.ts";

const file = `${SHARED}/spec/seed-phrases.jsonl`;
const rows = existsSync(file)
  ? readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as SeedRow)
  : [];

interface SeedRow {
  id: string;
  phrase: string;
  context: Record<string, unknown>;
  expect: { items: Array<Record<string, string>>; unresolved?: string; tentative?: boolean; done?: boolean; provisional?: boolean; openEnded?: boolean };
}

describe.skipIf(rows.length === 0)(`reference phrases (${file})`, () => {
  it.each(rows.map((row) => [`${row.id} ${row.phrase}`, row] as const))("%s", (_name, row) => {
    const resolution = resolveTiming(row.phrase, row.context);
    expect(resolution.items).toHaveLength(row.expect.items.length);
    resolution.items.forEach((item, i) => {
      const expected = row.expect.items[i]!;
      expect(item).toMatchObject(expected);
      if (item.role === "peak") expect(expected.role).toBe("peak");
    });
    expect(resolution.unresolved?.reason ?? null).toBe(row.expect.unresolved ?? null);
    for (const flag of ["tentative", "done", "provisional", "openEnded"] as const) {
      expect(resolution[flag], flag).toBe(row.expect[flag] ?? false);
    }
  });
});
