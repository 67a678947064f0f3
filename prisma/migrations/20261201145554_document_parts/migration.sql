-- CreateTable
CREATE TABLE "DocumentPart" (
    "documentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "content" BLOB,
    "text" TEXT,

    PRIMARY KEY ("documentId", "kind", "seq"),
    CONSTRAINT "DocumentPart_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    "text" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "parts" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Document_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Document" ("content", "fileName", "id", "mediaType", "planId", "receivedAt", "sha256", "size", "text") SELECT "content", "fileName", "id", "mediaType", "planId", "receivedAt", "sha256", "size", "text" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE UNIQUE INDEX "Document_sha256_key" ON "Document"("sha256");
CREATE INDEX "Document_planId_idx" ON "Document"("planId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
