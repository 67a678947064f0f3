/** A unit field → canonical units with roles: the units module's one entry point. */
import type { UnitRole } from "../reader/types.ts";
import { memoize } from "../text/memo.ts";
import { analyseMention, canonicalUnit, type CanonicalUnit } from "./canonical.ts";
import { splitRoles } from "./roles.ts";
import type { Locality } from "./scope.ts";
import { splitUnitList } from "./split.ts";
import { flatMapOf } from "../text/lists.ts";

export interface ReadUnit extends CanonicalUnit {
  role: UnitRole;
}

/** `Theo phân công tại Quyết định số 1441/QĐ-UBND …` in a unit cell: the units are another document's, none named here. */
const ASSIGNED_ELSEWHERE = /^\s*(?:Theo|Thực hiện theo|Căn cứ)\s+(?:phân công|sự phân công|chức năng|quy định|Quyết định|Kế hoạch|Phương án|Chương trình|văn bản)(?![\p{L}])/iu;

export function readUnitField(value: string, role: UnitRole, locality: Locality | null): ReadUnit[] {
  // `Theo phân công: Phòng Văn hóa - Thông tin, Công an huyện` names them after its colon.
  if (ASSIGNED_ELSEWHERE.test(value)) return value.includes(":") ? readUnitField(value.slice(value.indexOf(":") + 1), role, locality) : [];
  const units: ReadUnit[] = [];
  const seen = new Set<string>();
  for (const part of splitRoles(value, role)) {
    for (const mention of splitUnitList(part.text)) {
      const unit = canonicalUnit(mention, locality);
      if (!unit) continue;
      const key = `${unit.slug}/${part.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      units.push({ name: unit.name, slug: unit.slug, scope: unit.scope, level: unit.level, collective: unit.collective, written: unit.written, role: part.role, ...(unit.post ? { post: true as const } : {}) });
    }
  }
  return units;
}

/** The level each unit of a field would have in a plan of unknown locality: votes for the plan's level. */
export const mentionLevels = memoize((value: string): CanonicalUnit["level"][] =>
  flatMapOf(splitRoles(value, "lead"), (part) => splitUnitList(part.text))
    .map(markedLevel)
    .filter((level): level is CanonicalUnit["level"] => level !== null),
);

const LEVEL_MARK = /(huyện|tỉnh|thị trấn|xã|phường|thành phố|Huyện ủy|Tỉnh ủy|Sở |Phòng |Công chức)/u;

/** The level of a mention that marks one in its words or its name (`huyện`, `Sở …`), placed in no locality. */
function markedLevel(mention: string): CanonicalUnit["level"] | null {
  const analysis = analyseMention(mention);
  if (!analysis || analysis.collective) return null;
  // The written words mostly carry the mark: the full name is built only when they do not.
  if (LEVEL_MARK.test(analysis.clean)) return analysis.level ?? "district";
  const unit = canonicalUnit(mention, null);
  return unit && LEVEL_MARK.test(unit.written + unit.name) ? unit.level : null;
}
