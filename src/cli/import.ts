import { readFileSync } from "node:fs";
import path from "node:path";
import { importDocument } from "../store/importer.ts";
import { tesseractReader } from "../ocr/tesseract.ts";
import { DEFAULT_DATABASE_URL, openNodeDatabase } from "../store/node-db.ts";

export interface ImportReport {
  /** One line per file, in order: what became of it. */
  lines: string[];
  /** How many files could not be imported. */
  failed: number;
}

/** `lich import FILE...`: every file is tried, a bad one does not stop the rest; one line each. */
export async function importFiles(files: string[]): Promise<ImportReport> {
  const database = await openNodeDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const ocr = await tesseractReader();
  const report: ImportReport = { lines: [], failed: 0 };
  try {
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(file));
      } catch (error) {
        report.failed++;
        report.lines.push(`Lỗi ${file}: không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
        continue;
      }
      const outcome = await importDocument(database.db, { bytes, fileName: path.basename(file), mediaType: "", receivedAt: new Date() }, "lich import", ocr ? { ocr } : {});
      if (!outcome.ok) {
        report.failed++;
        report.lines.push(`Lỗi ${file}: ${outcome.message}`);
        continue;
      }
      const revision = outcome.revision;
      const what = outcome.created
        ? "Đã nhập"
        : revision
          ? `Bản sửa đổi (${revision.created} sự kiện mới, ${revision.changed} thay đổi, ${revision.removed} bỏ, ${revision.unchanged} giữ nguyên):`
          : "Đã có";
      report.lines.push(`${what} ${file} → kế hoạch ${outcome.planId}`);
    }
  } finally {
    await database.close();
  }
  return report;
}
