/**
 * Corrections people made to units (a rename, a merge of two spellings into one body),
 * applied to every plan read afterwards, so they survive re-imports. Pure.
 */
import type { PlanUnit, ReadPlan, UnitMention } from "../reader/types.ts";

export interface UnitCorrections {
  /** slug → the slug it was merged into. */
  merges: Map<string, string>;
  /** slug → the name people gave it. */
  renames: Map<string, string>;
}

export const NO_CORRECTIONS: UnitCorrections = { merges: new Map(), renames: new Map() };

/** Follows merges to the unit that stands now (A → B → C gives C). */
export function resolveSlug(slug: string, corrections: UnitCorrections): string {
  let current = slug;
  for (let hops = 0; hops < 32 && corrections.merges.has(current); hops++) current = corrections.merges.get(current)!;
  return current;
}

export function applyCorrections(plan: ReadPlan, corrections: UnitCorrections): ReadPlan {
  if (corrections.merges.size === 0 && corrections.renames.size === 0) return plan;
  const names = new Map(plan.units.map((u) => [u.slug, u.name]));
  const rename = (slug: string, fallback: string) => corrections.renames.get(slug) ?? names.get(slug) ?? fallback;
  const remap = (mention: UnitMention): UnitMention => {
    const slug = resolveSlug(mention.slug, corrections);
    return { ...mention, slug, name: rename(slug, mention.name) };
  };
  const tasks = plan.tasks.map((task) => {
    const seen = new Set<string>();
    const units = task.units.map(remap).filter((u) => !seen.has(`${u.slug}/${u.role}`) && seen.add(`${u.slug}/${u.role}`));
    return { ...task, units };
  });
  const units = new Map<string, PlanUnit>();
  for (const unit of plan.units) {
    const slug = resolveSlug(unit.slug, corrections);
    const known =
      units.get(slug) ??
      units
        .set(slug, { ...unit, slug, name: corrections.renames.get(slug) ?? names.get(slug) ?? unit.name, aliases: [] })
        .get(slug)!;
    for (const spelling of [unit.name, ...unit.aliases]) {
      if (spelling !== known.name && !known.aliases.includes(spelling)) known.aliases.push(spelling);
    }
  }
  return { ...plan, tasks, units: [...units.values()] };
}
