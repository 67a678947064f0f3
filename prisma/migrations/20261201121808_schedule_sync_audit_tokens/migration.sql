-- AlterTable
ALTER TABLE "Task" ADD COLUMN "correctionJson" TEXT;

-- CreateTable
CREATE TABLE "TaskCorrection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "identity" TEXT NOT NULL,
    "timingJson" TEXT,
    "unitsJson" TEXT,
    "done" BOOLEAN,
    "note" TEXT,
    "actor" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TaskCorrection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EntryChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "uid" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "unitId" TEXT,
    "removed" BOOLEAN NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "planId" TEXT,
    "subject" TEXT,
    "changeJson" TEXT NOT NULL,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "admin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);

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
    "assumed" BOOLEAN NOT NULL DEFAULT false,
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

-- CreateIndex
CREATE UNIQUE INDEX "TaskCorrection_planId_identity_key" ON "TaskCorrection"("planId", "identity");

-- CreateIndex
CREATE INDEX "EntryChange_uid_idx" ON "EntryChange"("uid");

-- CreateIndex
CREATE INDEX "EntryChange_at_idx" ON "EntryChange"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_planId_seq_idx" ON "AuditEvent"("planId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_name_key" ON "ApiToken"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");
