import { readFileSync } from "node:fs";
import path from "node:path";
import { importDocument } from "../store/importer.ts";
import { DEFAULT_DATABASE_URL, openNodeDatabase } from "../store/node-db.ts";
import { InputError } from "./errors.ts";

/** `lich import FILE...`: one line per file; stops at the first file that cannot be used. */
export async function importFiles(files: string[]): Promise<string[]> {
  const database = await openNodeDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const lines: string[] = [];
  try {
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(file));
      } catch (error) {
        throw new InputError(`Không đọc được tệp ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      const outcome = await importDocument(database.db, { bytes, fileName: path.basename(file), mediaType: "", receivedAt: new Date() }, "lich import");
      if (!outcome.ok) throw new InputError(`${file}: ${outcome.message}`);
      const revision = outcome.revision;
      const what = outcome.created
        ? "Đã nhập"
        : revision
          ? `Bản sửa đổi (${revision.created} sự kiện mới, ${revision.changed} thay đổi, ${revision.removed} bỏ, ${revision.unchanged} giữ nguyên):`
          : "Đã có";
      lines.push(`${what} ${file} → kế hoạch ${outcome.planId}`);
    }
  } finally {
    await database.close();
  }
  return lines;
}
