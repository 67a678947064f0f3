declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    TEST_MIGRATIONS: import("@cloudflare/vitest-pool-workers").D1Migration[];
    API_TOKENS: string;
    SEED_004: string;
    GOLDEN_004_SVHTTDL: string;
    REVISION_V1: string;
    REVISION_V2: string;
    PDF_004_BASE64: string;
    OLD_WORD_DOC: string;
  }
}
