-- AlterTable
ALTER TABLE "Document" ADD COLUMN "ocrJson" TEXT;
