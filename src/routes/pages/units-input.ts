/** Units typed in a form, one per line: a known unit by its name, alias or slug, else a new name. */
import type { Db } from "../../store/db.ts";
import type { UnitLine } from "./forms.ts";

export async function resolveUnitLines(db: Db, lines: UnitLine[]): Promise<UnitLine[]> {
  const resolved: UnitLine[] = [];
  for (const line of lines) {
    const written = line.name ?? "";
    const known = await db.unit.findFirst({ where: { OR: [{ slug: written }, { name: written }, { aliasesJson: { contains: JSON.stringify(written) } }] }, select: { slug: true } });
    resolved.push(known ? { slug: known.slug, role: line.role } : { name: written, role: line.role });
  }
  return resolved;
}
