/**
 * What a database failure means for the person waiting: busy (another writer holds the lock),
 * read-only, full, or gone. Told as such (503, 507 for a full disk), never as `500 internal`.
 */
export interface DatabaseFault {
  status: 503 | 507;
  code: "db-busy" | "db-read-only" | "disk-full" | "db-unavailable";
  message: string;
}

const FAULTS: Array<[RegExp, DatabaseFault]> = [
  [/SQLITE_BUSY|SQLITE_LOCKED|database is locked|Operation has timed out/i, { status: 503, code: "db-busy", message: "Cơ sở dữ liệu đang bận (một tiến trình khác đang ghi): hãy thử lại sau ít giây." }],
  [/SQLITE_READONLY|readonly database|read-only/i, { status: 503, code: "db-read-only", message: "Cơ sở dữ liệu chỉ đọc được, không ghi được: người quản trị cần kiểm tra quyền ghi của tệp dữ liệu." }],
  [/SQLITE_FULL|database or disk is full|No space left/i, { status: 507, code: "disk-full", message: "Đĩa đã đầy: không ghi được dữ liệu. Người quản trị cần giải phóng dung lượng." }],
  [/SQLITE_CANTOPEN|SQLITE_IOERR|SQLITE_CORRUPT|SQLITE_NOTADB|no such table|unable to open database|Failed to connect to database/i, { status: 503, code: "db-unavailable", message: "Không mở được cơ sở dữ liệu (tệp bị xoá, hỏng hoặc không truy cập được): người quản trị cần kiểm tra." }],
];

/** The fault an error stands for, looking through its causes; null for anything else. */
export function databaseFault(error: unknown): DatabaseFault | null {
  const texts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof Error) texts.push(current.message);
    const meta = (current as { meta?: unknown }).meta;
    if (meta) texts.push(JSON.stringify(meta));
    current = (current as { cause?: unknown }).cause;
  }
  const text = texts.join("\n");
  return FAULTS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
