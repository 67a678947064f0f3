/**
 * A plan's new entries against the ones already published: what calendar clients need to
 * update without duplicates or ghosts (what calendar clients need: stable UIDs, SEQUENCE). An
 * entry keeps its UID; when anything a client shows changes, SEQUENCE goes up by one and
 * LAST-MODIFIED becomes the time of the change; entries no longer in the plan leave it.
 */
import type { EntryContent, ScheduleEntry } from "./build.ts";

export interface PublishedEntry extends EntryContent {
  uid: string;
  sequence: number;
  modifiedAt: Date;
}

export interface VersionedEntry extends ScheduleEntry {
  sequence: number;
  modifiedAt: Date;
}

export interface Reconciliation {
  created: VersionedEntry[];
  changed: VersionedEntry[];
  unchanged: VersionedEntry[];
  /** UIDs of published entries the plan no longer has. */
  removed: string[];
}

export function contentKey(entry: EntryContent): string {
  return JSON.stringify([
    entry.role, entry.kind, entry.itemRole, entry.start, entry.end, entry.rrule, entry.anchor,
    entry.tentative, entry.done, entry.provisional, entry.assumed, entry.summary, entry.description, entry.phrase,
  ]);
}

export function reconcileEntries(published: PublishedEntry[], next: ScheduleEntry[], now: Date): Reconciliation {
  const byUid = new Map(published.map((entry) => [entry.uid, entry]));
  const result: Reconciliation = { created: [], changed: [], unchanged: [], removed: [] };
  const kept = new Set<string>();
  for (const entry of next) {
    const previous = byUid.get(entry.uid);
    if (!previous) {
      result.created.push({ ...entry, sequence: 0, modifiedAt: now });
      continue;
    }
    kept.add(entry.uid);
    if (contentKey(previous) === contentKey(entry)) {
      result.unchanged.push({ ...entry, sequence: previous.sequence, modifiedAt: previous.modifiedAt });
    } else {
      result.changed.push({ ...entry, sequence: previous.sequence + 1, modifiedAt: laterThan(previous.modifiedAt, now) });
    }
  }
  for (const entry of published) if (!kept.has(entry.uid)) result.removed.push(entry.uid);
  return result;
}

/**
 * LAST-MODIFIED is written to the second: a change must land on a later second than the one
 * clients have, even two changes within a second or a clock that went backwards.
 */
function laterThan(previous: Date, now: Date): Date {
  const floor = (date: Date) => Math.floor(date.getTime() / 1000) * 1000;
  return floor(now) > floor(previous) ? now : new Date(floor(previous) + 1000);
}
