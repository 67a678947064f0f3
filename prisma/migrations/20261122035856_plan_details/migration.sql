-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "number" TEXT,
    "issuer" TEXT,
    "place" TEXT,
    "issued" TEXT,
    "title" TEXT NOT NULL,
    "scope" TEXT,
    "signer" TEXT,
    "recipientsJson" TEXT NOT NULL DEFAULT '[]',
    "occasionsJson" TEXT NOT NULL,
    "ceremonyJson" TEXT,
    "warningsJson" TEXT NOT NULL,
    "coverage" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Plan" ("ceremonyJson", "coverage", "createdAt", "id", "issued", "issuer", "key", "number", "occasionsJson", "place", "title", "updatedAt", "warningsJson") SELECT "ceremonyJson", "coverage", "createdAt", "id", "issued", "issuer", "key", "number", "occasionsJson", "place", "title", "updatedAt", "warningsJson" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE INDEX "Plan_key_idx" ON "Plan"("key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
