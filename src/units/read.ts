/** A unit field → canonical units with roles: the units module's one entry point. */
import type { UnitRole } from "../reader/types.ts";
import { memoize } from "../text/memo.ts";
import { canonicalUnit, type CanonicalUnit } from "./canonical.ts";
import { splitRoles } from "./roles.ts";
import type { Locality } from "./scope.ts";
import { splitUnitList } from "./split.ts";

export interface ReadUnit extends CanonicalUnit {
  role: UnitRole;
}

export function readUnitField(value: string, role: UnitRole, locality: Locality | null): ReadUnit[] {
  const units: ReadUnit[] = [];
  const seen = new Set<string>();
  for (const part of splitRoles(value, role)) {
    for (const mention of splitUnitList(part.text)) {
      const unit = canonicalUnit(mention, locality);
      if (!unit) continue;
      const key = `${unit.slug}/${part.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      units.push({ name: unit.name, slug: unit.slug, scope: unit.scope, level: unit.level, collective: unit.collective, written: unit.written, role: part.role });
    }
  }
  return units;
}

/** The level each unit of a field would have in a plan of unknown locality: votes for the plan's level. */
export const mentionLevels = memoize((value: string): CanonicalUnit["level"][] =>
  splitRoles(value, "lead")
    .flatMap((part) => splitUnitList(part.text))
    .map((mention) => canonicalUnit(mention, null))
    .filter((unit): unit is CanonicalUnit => unit !== null && !unit.collective && /(huyện|tỉnh|thị trấn|xã|phường|thành phố|Huyện ủy|Tỉnh ủy|Sở |Phòng |Công chức)/u.test(unit.written + unit.name))
    .map((unit) => unit.level),
);
