/**
 * Organizers' corrections of tasks, applied over what the document says on every reading:
 * a new timing (a phrase resolved in the plan's context, so it follows the ceremony, or
 * explicit dates), other units, done or not. Pure; a correction follows its task's identity,
 * so it survives a revision that renumbers the task.
 */
import type { ReadPlan, ReadTask, TaskCorrectionView, UnitMention } from "../reader/types.ts";
import { vietnameseDate } from "../timing/dates.ts";
import type { ItemKind, Resolution, TimingContext, TimingItem } from "../timing/types.ts";

export interface ExplicitItem {
  kind: Extract<ItemKind, "span" | "deadline" | "timed">;
  start: string;
  end: string;
}

export interface TaskCorrection {
  identity: string;
  timing: { phrase: string } | { items: ExplicitItem[] } | null;
  units: UnitMention[] | null;
  done: boolean | null;
  note: string | null;
  actor: string;
  updatedAt: Date;
}

export type PhraseResolver = (phrase: string, context: TimingContext) => Resolution;

/** The plan with each corrected task replaced; units a correction names are added to the plan's. */
export function applyTaskCorrections(
  plan: ReadPlan,
  identities: Map<string, string>,
  corrections: TaskCorrection[],
  resolve: PhraseResolver,
  context: TimingContext,
): ReadPlan {
  if (corrections.length === 0) return plan;
  const byIdentity = new Map(corrections.map((c) => [c.identity, c]));
  const units = [...plan.units];
  const known = new Set(units.map((u) => u.slug));
  const tasks = plan.tasks.map((task) => {
    const correction = byIdentity.get(identities.get(task.id) ?? task.id);
    if (!correction) return task;
    for (const unit of correction.units ?? []) {
      if (known.has(unit.slug)) continue;
      known.add(unit.slug);
      units.push({ name: unit.name, slug: unit.slug, scope: unit.scope, aliases: [], collective: unit.collective });
    }
    return correctTask(task, correction, resolve, context);
  });
  return { ...plan, tasks, units };
}

function correctTask(task: ReadTask, correction: TaskCorrection, resolve: PhraseResolver, context: TimingContext): ReadTask {
  let timing = task.timing;
  if (correction.timing && "phrase" in correction.timing) timing = [resolve(correction.timing.phrase, context)];
  if (correction.timing && "items" in correction.timing) timing = [explicitResolution(correction.timing.items)];
  if (correction.done !== null) timing = timing.map((r) => ({ ...r, done: correction.done! }));
  const view: TaskCorrectionView = {
    document: { timing: task.timing.map((r) => r.phrase), units: task.units.map(({ name, slug, role }) => ({ name, slug, role })) },
    set: {
      ...(correction.timing ? { timing: "phrase" in correction.timing ? correction.timing.phrase : correction.timing.items } : {}),
      ...(correction.units ? { units: correction.units.map(({ name, slug, role }) => ({ name, slug, role })) } : {}),
      ...(correction.done !== null ? { done: correction.done } : {}),
    },
    by: correction.actor,
    at: correction.updatedAt.toISOString(),
    note: correction.note,
  };
  return { ...task, timing, units: correction.units ?? task.units, correction: view };
}

/** Dates set by hand: exactly these items, nothing assumed. */
export function explicitResolution(items: ExplicitItem[]): Resolution {
  const timed = (value: string) => (value.includes("T") && !/[+-]\d{2}:\d{2}$/.test(value) ? `${value}+07:00` : value);
  const resolved: TimingItem[] = items.map((item) => ({ kind: item.kind, start: timed(item.start), end: timed(item.end), rule: "correction" }));
  return {
    phrase: items.map((item) => (item.start === item.end ? vietnameseDate(item.start) : `${vietnameseDate(item.start)} – ${vietnameseDate(item.end)}`)).join("; "),
    items: resolved,
    tentative: false,
    done: false,
    provisional: false,
    openEnded: false,
    unresolved: null,
    notes: ["Thời gian do ban tổ chức điều chỉnh."],
  };
}
