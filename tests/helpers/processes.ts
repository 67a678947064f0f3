/** The child processes of `parent` now (from /proc): each one's command name and resident memory in MB. */
import { readdirSync, readFileSync } from "node:fs";

export function childProcesses(parent: number): Array<{ name: string; rssMb: number }> {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== parent) return [];
        return [{ name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "", rssMb: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024 }];
      } catch {
        // the process ended meanwhile
        return [];
      }
    });
}
