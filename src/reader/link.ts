/**
 * A content section that names no unit (seed 002) is done by the units the
 * responsibilities give it: a content task takes the units of the duties that describe the
 * same work (shared wording), in the duty's roles.
 */
import { foldKey } from "../text/normalize.ts";
import type { TaskDraft } from "./tasks.ts";
import type { ReadTask } from "./types.ts";

const STOP = new Set(["cac", "va", "cua", "cho", "voi", "tren", "trong", "the", "tai", "ve", "nhung", "mot", "so", "to", "chuc", "hoat", "dong", "ky", "niem", "nam", "thuc", "hien", "phoi", "hop", "chu", "tri"]);

function words(text: string): string[] {
  return foldKey(text).split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w));
}

function pairs(text: string): Set<string> {
  const ws = words(text);
  return new Set(ws.slice(1).map((w, i) => `${ws[i]} ${w}`));
}

/** Shared two-syllable words, over the smaller side: Vietnamese words are mostly two syllables. */
function overlap(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const pair of left) if (right.has(pair)) shared++;
  return shared / Math.min(left.size, right.size);
}

const THRESHOLD = 0.4;

export function linkDuties(tasks: ReadTask[], drafts: TaskDraft[]): void {
  const textOf = new Map(drafts.map((d) => [d.id, d.text]));
  const duties = tasks.filter((t) => t.duty && t.units.length > 0).map((duty) => ({ duty, pairs: pairs(textOf.get(duty.id) ?? duty.title) }));
  for (const task of tasks) {
    if (task.duty || task.units.length > 0) continue;
    const own = pairs(textOf.get(task.id) ?? task.title);
    const matches = duties.map(({ duty, pairs: theirs }) => ({ duty, score: overlap(own, theirs) })).filter((m) => m.score >= THRESHOLD);
    for (const { duty } of matches.sort((a, b) => b.score - a.score)) {
      for (const unit of duty.units) {
        if (!task.units.some((u) => u.slug === unit.slug)) task.units.push({ ...unit });
      }
    }
  }
}
