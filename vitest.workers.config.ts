/**
 * The Workers suite: the real Worker in workerd with a local D1 (vitest-pool-workers), run by
 * `npm run test:workers`. Seed text and golden bytes are passed in as bindings, since
 * workerd has no file system.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig, type Plugin } from "vitest/config";

// Prisma's workerd client imports "./query_compiler_bg.wasm?module"; Vite cannot transform
// it, so hand it to workerd, whose module fallback serves *.wasm as compiled WebAssembly.
const wasmModuleExternal: Plugin = {
  name: "wasm-module-external",
  enforce: "pre",
  resolveId(id, importer) {
    if (id.endsWith(".wasm?module") && importer) {
      return { id: path.resolve(path.dirname(importer), id.slice(0, -"?module".length)), external: true };
    }
    return undefined;
  },
};

const seed = path.resolve("../shared/seeds/004_4bcf00a113bc2395.txt");
const golden = path.resolve("tests/fixtures/golden/004-so-van-hoa-tinh-lai-chau.ics");

export default defineConfig(async () => ({
  plugins: [
    wasmModuleExternal,
    cloudflareTest({
      main: "./src/worker.ts",
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations("migrations"),
          API_TOKENS: "workers-test-token",
          SEED_004: existsSync(seed) ? readFileSync(seed, "utf8") : "",
          GOLDEN_004_SVHTTDL: readFileSync(golden, "utf8"),
          REVISION_V1: readFileSync("tests/fixtures/plans/revision-v1.txt", "utf8"),
          // An old Word .doc (binary), as base64: read by word-extractor inside workerd too.
          OLD_WORD_DOC: readFileSync("tests/fixtures/corpus/j-xa-phucthinh-ubnd-5-diem-nghen-2026/original.doc").toString("base64"),
          REVISION_V2: readFileSync("tests/fixtures/plans/revision-v2.txt", "utf8"),
          PDF_004_BASE64: readFileSync("tests/fixtures/documents/004.pdf").toString("base64"),
        },
      },
    }),
  ],
  test: {
    include: ["tests/workers/**/*.test.ts"],
    setupFiles: ["tests/workers/apply-migrations.ts"],
  },
}));
