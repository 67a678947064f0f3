-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "uid" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "unitId" TEXT,
    "role" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "itemRole" TEXT,
    "start" TEXT NOT NULL,
    "end" TEXT NOT NULL,
    "rrule" TEXT,
    "anchor" TEXT,
    "tentative" BOOLEAN NOT NULL,
    "done" BOOLEAN NOT NULL,
    "provisional" BOOLEAN NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "modifiedAt" DATETIME NOT NULL,
    CONSTRAINT "Entry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Entry_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Entry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Entry" ("anchor", "description", "done", "end", "id", "itemRole", "kind", "modifiedAt", "phrase", "planId", "provisional", "role", "rrule", "sequence", "start", "summary", "taskId", "tentative", "uid", "unitId") SELECT "anchor", "description", "done", "end", "id", "itemRole", "kind", "modifiedAt", "phrase", "planId", "provisional", "role", "rrule", "sequence", "start", "summary", "taskId", "tentative", "uid", "unitId" FROM "Entry";
DROP TABLE "Entry";
ALTER TABLE "new_Entry" RENAME TO "Entry";
CREATE UNIQUE INDEX "Entry_uid_key" ON "Entry"("uid");
CREATE INDEX "Entry_unitId_start_idx" ON "Entry"("unitId", "start");
CREATE INDEX "Entry_planId_idx" ON "Entry"("planId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
