/**
 * Which task of a revision is which task of the version before: the one with the same
 * title, else the one at the same outline id. A task keeps its identity (and so its
 * calendar UIDs) when a revision inserts an item before it and renumbers it.
 */
import type { ReadTask } from "../reader/types.ts";
import { stableHash } from "../text/hash.ts";
import { foldKey } from "../text/normalize.ts";

export interface KnownTask {
  key: string;
  identity: string;
  title: string;
}

/** Outline id → identity, for every task of the new version. */
export function assignIdentities(previous: KnownTask[], tasks: ReadTask[]): Map<string, string> {
  const identities = new Map<string, string>();
  const taken = new Set<string>();
  const byTitle = new Map<string, KnownTask[]>();
  for (const task of previous) {
    const title = foldKey(task.title);
    byTitle.set(title, [...(byTitle.get(title) ?? []), task]);
  }
  const byKey = new Map(previous.map((task) => [task.key, task]));
  const claim = (task: ReadTask, known: KnownTask | undefined) => {
    if (!known || taken.has(known.identity)) return false;
    identities.set(task.id, known.identity);
    taken.add(known.identity);
    return true;
  };
  // Same title first (also when renumbered), then the same outline id (a reworded item).
  const unmatched = tasks.filter((task) => !claim(task, byTitle.get(foldKey(task.title))?.find((known) => !taken.has(known.identity))));
  const fresh = unmatched.filter((task) => {
    const known = byKey.get(task.id);
    return !(known && !identities.has(task.id) && claim(task, known));
  });
  for (const task of fresh) {
    // A new task whose outline id an older task still carries as its identity gets one of its own.
    const identity = taken.has(task.id) || previous.some((known) => known.identity === task.id) ? `${task.id}~${stableHash(foldKey(task.title)).slice(0, 8)}` : task.id;
    identities.set(task.id, identity);
    taken.add(identity);
  }
  return identities;
}
