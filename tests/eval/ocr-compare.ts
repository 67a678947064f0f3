/**
 * How far a scan read by OCR agrees with the plan's text: the same tasks (a task of the scan
 * whose title is at least 90% the text's, taken in order: an item OCR split in two shifts the
 * outline numbers after it, not the tasks a user sees), the same dates, the same units; and the
 * characters of each page (banded edit distance over the text with spaces collapsed).
 */
import type { ReadPlan } from "../../src/reader/types.ts";

export interface Agreement {
  tasks: number;
  timing: number;
  units: number;
}

const ratio = (same: number, all: number) => (all === 0 ? 1 : same / all);

export function agreement(text: ReadPlan, scan: ReadPlan): Agreement {
  let next = 0;
  /** The scan's task of this title, looked for after the last one matched. */
  const matching = (title: string) => {
    for (let k = next; k < scan.tasks.length; k++) {
      if (characterAccuracy(title, scan.tasks[k]!.title) >= 0.9) {
        next = k + 1;
        return scan.tasks[k];
      }
    }
    return undefined;
  };
  let tasks = 0;
  let timing = 0;
  let timingAll = 0;
  let units = 0;
  let unitsAll = 0;
  for (const task of text.tasks) {
    const other = matching(task.title);
    if (other) tasks++;
    const items = (t: typeof task | undefined) => (t?.timing ?? []).flatMap((r) => r.items.map((i) => `${i.kind}|${i.start}|${i.end}`)).sort();
    const expected = items(task);
    const got = new Set(items(other));
    timingAll += expected.length;
    timing += expected.filter((i) => got.has(i)).length;
    const slugs = new Set((other?.units ?? []).map((u) => `${u.slug}|${u.role}`));
    unitsAll += task.units.length;
    units += task.units.filter((u) => slugs.has(`${u.slug}|${u.role}`)).length;
  }
  return { tasks: ratio(tasks, text.tasks.length), timing: ratio(timing, timingAll), units: ratio(units, unitsAll) };
}

const normal = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/** 1 − edit distance / length, the distance computed within a band (OCR text keeps the order of the page). */
export function characterAccuracy(expected: string, got: string, band = 300): number {
  const a = normal(expected);
  const b = normal(got);
  if (a.length === 0) return b.length === 0 ? 1 : 0;
  const wide = Math.max(band, Math.abs(a.length - b.length) + 10);
  const FAR = 1 << 30;
  let previous = new Uint32Array(b.length + 1).fill(FAR);
  let current = new Uint32Array(b.length + 1).fill(FAR);
  for (let j = 0; j <= Math.min(b.length, wide); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current.fill(FAR);
    const center = Math.round((i * b.length) / a.length);
    for (let j = Math.max(0, center - wide); j <= Math.min(b.length, center + wide); j++) {
      if (j === 0) {
        current[0] = i;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  const distance = Math.min(previous[b.length]!, Math.max(a.length, b.length));
  return Math.max(0, 1 - distance / a.length);
}
