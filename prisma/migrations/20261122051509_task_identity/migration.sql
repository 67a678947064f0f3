-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "identity" TEXT NOT NULL DEFAULT '',
    "ordinal" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "lineFrom" INTEGER NOT NULL,
    "lineTo" INTEGER NOT NULL,
    "timingJson" TEXT NOT NULL,
    CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Task" ("id", "key", "lineFrom", "lineTo", "ordinal", "planId", "section", "timingJson", "title") SELECT "id", "key", "lineFrom", "lineTo", "ordinal", "planId", "section", "timingJson", "title" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE UNIQUE INDEX "Task_planId_key_key" ON "Task"("planId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Tasks imported before keep their outline id as their identity.
UPDATE "Task" SET "identity" = "key" WHERE "identity" = '';
