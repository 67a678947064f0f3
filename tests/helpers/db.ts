import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import type { Db } from "../../src/store/db.ts";
import { prismaFor } from "../../src/store/node-db.ts";

export interface TestDb {
  db: Db;
  url: string;
  close: () => Promise<void>;
}

/** A real SQLite file of its own, copied from the migrated template. */
export function freshDb(): TestDb {
  const directory = mkdtempSync(path.join(os.tmpdir(), "lich-db-"));
  const file = path.join(directory, "test.db");
  copyFileSync(inject("templateDb"), file);
  const url = `file:${file}`;
  const db = prismaFor(url);
  return {
    db,
    url,
    close: async () => {
      await db.$disconnect();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
