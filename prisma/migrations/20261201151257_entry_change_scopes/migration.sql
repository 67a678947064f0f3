-- CreateIndex
CREATE INDEX "EntryChange_unitId_seq_idx" ON "EntryChange"("unitId", "seq");

-- CreateIndex
CREATE INDEX "EntryChange_planId_seq_idx" ON "EntryChange"("planId", "seq");
