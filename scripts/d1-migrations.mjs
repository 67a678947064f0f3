// D1 reads flat `<dir>/*.sql` files; Prisma writes `prisma/migrations/<name>/migration.sql`.
// Mirror the latter into `migrations/<name>.sql` (Prisma's timestamp prefix keeps the order).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const source = "prisma/migrations";
const target = "migrations";
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
if (existsSync(source)) {
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const file = path.join(source, entry.name, "migration.sql");
    if (entry.isDirectory() && existsSync(file)) {
      writeFileSync(path.join(target, `${entry.name}.sql`), readFileSync(file));
    }
  }
}
