-- AlterTable
ALTER TABLE "Unit" ADD COLUMN "scope" TEXT;

-- CreateTable
CREATE TABLE "UnitCorrection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "targetSlug" TEXT,
    "name" TEXT,
    "createdAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "UnitCorrection_slug_idx" ON "UnitCorrection"("slug");
