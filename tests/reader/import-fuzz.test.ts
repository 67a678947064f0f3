/** Whatever a plan looks like, importing it answers 2xx or 4xx, never 500. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { testApp } from "../helpers/app.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";
import { hasSeeds, SEEDS } from "../helpers/shared.ts";

const seeds = hasSeeds
  ? ["000_9c4979b0d76d147e", "002_5640c0c2bbc35b8e", "004_4bcf00a113bc2395"].map((f) => readFileSync(`${SEEDS}/${f}.txt`, "utf8").split("\n"))
  : [];

describe.skipIf(!hasSeeds)("importing mutated plans", () => {
  let store: TestDb;
  beforeAll(() => {
    store = freshDb();
  });
  afterAll(() => store.close());

  it("never answers 500 (25 plans with lines duplicated, dropped and swapped)", async () => {
    const app = testApp(store.db);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 2 })), { minLength: 1, maxLength: 6 }), async (index, edits) => {
        const lines = [...seeds[index]!];
        for (const [a, b, kind] of edits) {
          const i = a % lines.length;
          const j = b % lines.length;
          if (kind === 0) lines.splice(j, 0, lines[i]!);
          else if (kind === 1) lines.splice(i, 1);
          else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        }
        const response = await app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain" }, body: lines.join("\n") });
        if (response.status >= 500) throw new Error(`${response.status}: ${await response.text()}`);
      }),
      { numRuns: 25, seed: 5 },
    );
  }, 120_000);
});
