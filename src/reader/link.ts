/**
 * A content section that names no unit (seed 002) is done by the units the
 * responsibilities give it: a content task takes the units of the duties that describe the
 * same work (shared wording), in the duty's roles.
 */
import { foldKey } from "../text/normalize.ts";
import type { TaskDraft } from "./tasks.ts";
import type { ReadTask } from "./types.ts";

const STOP = new Set(["cac", "va", "cua", "cho", "voi", "tren", "trong", "the", "tai", "ve", "nhung", "mot", "so", "to", "chuc", "hoat", "dong", "ky", "niem", "nam", "thuc", "hien", "phoi", "hop", "chu", "tri"]);

/** Words as numbers (one per distinct word of the plan), so a pair of words is one number. */
class WordIds {
  /** Stop words stand in the table as -1: one lookup per word tells both. */
  private readonly ids = new Map<string, number>([...STOP].map((word) => [word, -1]));
  private next = 0;

  /** The plan's words of two letters or more, stop words left out. */
  words(text: string): number[] {
    const key = foldKey(text);
    const out: number[] = [];
    let start = 0;
    for (let i = 0; i <= key.length; i++) {
      const code = i < key.length ? key.charCodeAt(i) : 32;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
      if (i - start > 1) {
        const word = key.slice(start, i);
        let id = this.ids.get(word);
        if (id === undefined) this.ids.set(word, (id = this.next++));
        if (id >= 0) out.push(id);
      }
      start = i + 1;
    }
    return out;
  }

  /** Each two words that follow each other (stop words skipped). */
  pairs(text: string): Set<number> {
    const ws = this.words(text);
    const out = new Set<number>();
    for (let i = 1; i < ws.length; i++) out.add(pairKey(ws[i - 1]!, ws[i]!));
    return out;
  }
}

/** Two word numbers as one small integer (cheap to hash); plans with more words than that use a range of their own. */
function pairKey(first: number, second: number): number {
  return first < 0x8000 && second < 0x8000 ? first * 0x8000 + second : 2 ** 40 + first * 2 ** 20 + second;
}

const THRESHOLD = 0.4;

/** Shared two-syllable words over the smaller side (Vietnamese words are mostly two syllables), via an index of the duties' pairs. */
export function linkDuties(tasks: ReadTask[], drafts: TaskDraft[]): void {
  const textOf = new Map(drafts.map((d) => [d.id, d.text]));
  const ids = new WordIds();
  const duties = tasks.filter((t) => t.duty && t.units.length > 0).map((duty) => ({ duty, pairs: ids.pairs(textOf.get(duty.id) ?? duty.title) }));
  const postings = new Map<number, number[]>();
  duties.forEach(({ pairs: theirs }, index) => {
    for (const pair of theirs) {
      const list = postings.get(pair);
      if (list) list.push(index);
      else postings.set(pair, [index]);
    }
  });
  for (const task of tasks) {
    if (task.duty || task.units.length > 0) continue;
    const own = ids.pairs(textOf.get(task.id) ?? task.title);
    if (own.size === 0) continue;
    const shared = new Map<number, number>();
    for (const pair of own) {
      const indices = postings.get(pair);
      if (indices) for (const index of indices) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    const matches = [...shared]
      .map(([index, count]) => ({ index, duty: duties[index]!.duty, score: count / Math.min(own.size, duties[index]!.pairs.size) }))
      .filter((m) => m.score >= THRESHOLD)
      .sort((a, b) => b.score - a.score || a.index - b.index);
    for (const { duty } of matches) {
      for (const unit of duty.units) {
        if (!task.units.some((u) => u.slug === unit.slug)) task.units.push(Object.assign({}, unit));
      }
    }
  }
}
