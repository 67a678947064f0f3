/**
 * Node only: what the file system says about the SQLite file a server has open. A file deleted
 * under a running server leaves its connection writing into the deleted copy (lost at the next
 * restart), and a full disk fails every write: both are told before a write is tried.
 */
import { rmSync, statSync, statfsSync } from "node:fs";
import path from "node:path";
import type { DatabaseFault } from "./faults.ts";

/** Below this, the disk is told as full: a plan's write needs more than this. */
export const LOW_DISK_BYTES = 1024 * 1024;

export type FileState = { kind: "same" } | { kind: "missing" } | { kind: "replaced" } | { kind: "disk-full"; free: number };

export const MISSING: DatabaseFault = {
  status: 503,
  code: "db-unavailable",
  message: "Tệp cơ sở dữ liệu không còn ở chỗ cũ (bị xoá hoặc di chuyển): không ghi gì cho tới khi tệp được trả lại; lịch vẫn được phục vụ từ bản đang mở.",
};
export const DISK_FULL: DatabaseFault = { status: 507, code: "disk-full", message: "Đĩa chứa cơ sở dữ liệu đã đầy: không ghi được dữ liệu. Người quản trị cần giải phóng dung lượng." };

/** The file of a `file:` URL; null for anything else (memory, remote). */
export function databaseFilePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  const file = url.slice("file:".length).split("?")[0]!;
  return file === "" || file === ":memory:" ? null : path.resolve(file);
}

/** Which file (device and inode) a path names now; null when there is none. */
export function fileIdentity(file: string): string | null {
  try {
    const stats = statSync(file);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/** Whether the path still names the file that was opened (`identity`), and whether its disk has room. */
export function fileState(file: string, identity: string | null): FileState {
  const now = fileIdentity(file);
  if (now === null) return { kind: "missing" };
  if (now !== identity) return { kind: "replaced" };
  try {
    const disk = statfsSync(path.dirname(file));
    const free = disk.bavail * disk.bsize;
    if (free < LOW_DISK_BYTES) return { kind: "disk-full", free };
  } catch {
    // A file system that cannot say: writes will tell.
  }
  return { kind: "same" };
}

/**
 * The journal (`-wal`, `-shm`) a deleted database left at its path belongs to the deleted file:
 * applied to a file put back there (a backup), it would corrupt it. The open connections keep
 * their own handles on it, so the server goes on reading the deleted copy.
 */
export function removeOrphanJournal(file: string): void {
  for (const suffix of ["-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
