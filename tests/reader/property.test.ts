/** The reader never throws, whatever is done to a plan: lines shuffled, cut, duplicated, bytes garbled. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { readPlan } from "../../src/reader/read.ts";
import { hasSeeds, SEEDS } from "../helpers/shared.ts";

const seeds = hasSeeds
  ? ["000_9c4979b0d76d147e", "001_fd8af27ada51ad98", "002_5640c0c2bbc35b8e", "003_c8534f40af56dc42", "004_4bcf00a113bc2395"].map((f) =>
      readFileSync(`${SEEDS}/${f}.txt`, "utf8").split("\n"),
    )
  : [["KẾ HOẠCH", "1. Việc một", "- Thời gian thực hiện: tháng 5/2024"]];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("shuffle" as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant("cut" as const), from: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), from: fc.nat(), length: fc.nat({ max: 50 }) }),
  fc.record({ kind: fc.constant("noise" as const), at: fc.nat(), text: fc.string({ maxLength: 40, unit: "binary" }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function apply(lines: string[], m: any): string[] {
  const out = [...lines];
  switch (m.kind) {
    case "shuffle": {
      let state = m.seed | 1;
      for (let i = out.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        const j = state % (i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    }
    case "cut":
      out.splice(m.from % (out.length + 1), m.length);
      return out;
    case "duplicate": {
      const from = m.from % (out.length + 1);
      out.splice(from, 0, ...out.slice(from, from + m.length));
      return out;
    }
    case "noise": {
      const at = m.at % Math.max(1, out.length);
      out[at] = `${out[at] ?? ""}${m.text}`;
      return out;
    }
    default:
      return out.join("\n").slice(0, m.at % (out.join("\n").length + 1)).split("\n");
  }
}

describe("readPlan never throws", () => {
  it("on 300 mutated reference plans", () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        const lines = mutations.reduce((current, m) => apply(current, m), seeds[index]!);
        const plan = readPlan(lines.join("\n"));
        if (!(plan.coverage >= 0 && plan.coverage <= 1) || !Array.isArray(plan.tasks)) throw new Error("malformed plan");
        for (const task of plan.tasks) if (task.lines[0] > task.lines[1]) throw new Error(`task ${task.id} ends before it starts`);
      }),
      { numRuns: 300, seed: 11 },
    );
  }, 120_000);
});
