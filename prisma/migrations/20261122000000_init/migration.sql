-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "number" TEXT,
    "issuer" TEXT,
    "place" TEXT,
    "issued" TEXT,
    "title" TEXT NOT NULL,
    "occasionsJson" TEXT NOT NULL,
    "ceremonyJson" TEXT,
    "warningsJson" TEXT NOT NULL,
    "coverage" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    "text" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    CONSTRAINT "Document_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "lineFrom" INTEGER NOT NULL,
    "lineTo" INTEGER NOT NULL,
    "timingJson" TEXT NOT NULL,
    CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliasesJson" TEXT NOT NULL,
    "collective" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TaskUnit" (
    "taskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("taskId", "unitId", "role"),
    CONSTRAINT "TaskUnit_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TaskUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "uid" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
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

-- CreateIndex
CREATE INDEX "Plan_key_idx" ON "Plan"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Document_sha256_key" ON "Document"("sha256");

-- CreateIndex
CREATE INDEX "Document_planId_idx" ON "Document"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_planId_key_key" ON "Task"("planId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_slug_key" ON "Unit"("slug");

-- CreateIndex
CREATE INDEX "TaskUnit_unitId_idx" ON "TaskUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_uid_key" ON "Entry"("uid");

-- CreateIndex
CREATE INDEX "Entry_unitId_start_idx" ON "Entry"("unitId", "start");

-- CreateIndex
CREATE INDEX "Entry_planId_idx" ON "Entry"("planId");

