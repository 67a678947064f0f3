import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    exclude: ["tests/workers/**", "node_modules/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    isolate: false,
    env: { TZ: "Asia/Ho_Chi_Minh" },
  },
});
