/**
 * Migrates one template database per run; each test file copies it (stack.md §3: copying a
 * migrated file costs well under a millisecond, migrating costs far more).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import type { TestProject } from "vitest/node";
import { applyMigrations, readMigrations } from "../../src/store/migrate.ts";
import { MIGRATIONS_DIR } from "../../src/store/node-db.ts";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

export default async function setup(project: TestProject) {
  const directory = mkdtempSync(path.join(os.tmpdir(), "lich-test-"));
  const template = path.join(directory, "template.db");
  const client = createClient({ url: `file:${template}` });
  await applyMigrations(client, readMigrations(MIGRATIONS_DIR));
  client.close();
  project.provide("templateDb", template);
  return () => rmSync(directory, { recursive: true, force: true });
}
