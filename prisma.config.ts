// Prisma CLI telemetry (checkpoint.prisma.io) off; read after this file loads.
process.env.CHECKPOINT_DISABLE ??= "1";
// A schema whose generator block fails to parse makes the CLI fall back to the library
// engine and try to download it; pointing it at any file surfaces the real schema error.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= process.execPath;

import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

// Prisma 6.19.3 bug: the wasm schema engine replays each migration into the shadow DB with
// ONE executeRaw(); libsql runs only the first statement, so `migrate dev` reports false
// drift once a migration exists. Route multi-statement scripts to executeScript().
class PrismaLibSQLMigrate extends PrismaLibSQL {
  override async connectToShadowDb() {
    const shadow = await super.connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (q) =>
      q.args.length === 0 && /;\s*\S/.test(q.sql) ? (await shadow.executeScript(q.sql), 0) : executeRaw(q);
    return shadow;
  }
}

const databaseUrl = process.env.DATABASE_URL ?? "file:./data/lich.db";
// libsql fails with an opaque "External error" when the file's folder does not exist.
if (databaseUrl.startsWith("file:")) mkdirSync(path.dirname(databaseUrl.slice(5)), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  adapter: async () => new PrismaLibSQLMigrate({ url: databaseUrl }),
});
