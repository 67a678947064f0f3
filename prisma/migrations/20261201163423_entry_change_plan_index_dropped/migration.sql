-- DropIndex
DROP INDEX "EntryChange_planId_seq_idx";
