/**
 * Role words inside a unit field: `X phối hợp với Y, Z` (X keeps the field's role, Y and Z
 * support), `chủ trì, phối hợp với …`, `Đề nghị X`.
 */
import type { UnitRole } from "../reader/types.ts";

export interface RolePart {
  text: string;
  role: UnitRole;
}

const PARTNERS = /\s*(?:,\s*)?(?:chủ trì,?\s*)?phối hợp(?:\s+(?:với|cùng))?\s+/iu;

const HAS_PARTNERS = /phối hợp/iu;

export function splitRoles(value: string, role: UnitRole): RolePart[] {
  // `Trưởng Ban công tác Mặt trận (phối hợp với Trưởng thôn)`: the partners in brackets.
  const text = value.replace(/^\s*(đề nghị|chủ trì,?)\s+/iu, "").replace(/\s*\(\s*((?:chủ trì,?\s*)?phối hợp[^()]*)\)\s*\.?$/iu, " $1");
  // `phối hợp` is in every match: most fields do not have it.
  const match = HAS_PARTNERS.test(text) ? PARTNERS.exec(text) : null;
  if (!match) return [{ text, role }];
  const own = text.slice(0, match.index).trim();
  const partners = text.slice(match.index + match[0].length).trim();
  return [...(own ? [{ text: own, role }] : []), ...(partners ? [{ text: partners, role: "support" as const }] : [])];
}
