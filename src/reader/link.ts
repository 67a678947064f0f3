/**
 * A content section that names no unit (seed 002) is done by the units the
 * responsibilities give it: a content task takes the units of the duties that describe the
 * same work (shared wording), in the duty's roles.
 */
import { foldedCode, foldUnit } from "../text/normalize.ts";
import type { TaskDraft } from "./tasks.ts";
import type { ReadTask } from "./types.ts";

/** Words too common to tell two tasks apart. */
export const STOP_WORDS = new Set(["cac", "va", "cua", "cho", "voi", "tren", "trong", "the", "tai", "ve", "nhung", "mot", "so", "to", "chuc", "hoat", "dong", "ky", "niem", "nam", "thuc", "hien", "phoi", "hop", "chu", "tri"]);

/** Trie symbols: a–z, then 0–9. */
const SYMBOLS = 36;
const NONE = -2;
const STOP_WORD = -1;

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * Words as numbers (one per distinct word of the plan), so a pair of words is one number.
 * Words are read off the text as it is folded, through a trie of folded letters: no folded
 * copy of the text, no string per word, no hashing.
 */
export class WordIds {
  /** Children of each trie node by symbol (a–z, 0–9), 0 = none yet; node 0 is the root. */
  private children = new Int32Array(64 * SYMBOLS);
  /** The word that ends at each node: -1 for stop words, -2 for none yet. */
  private wordAt = new Int32Array(64).fill(NONE);
  private nodes = 1;
  private next = 0;

  constructor() {
    for (const word of STOP_WORDS) {
      let node = 0;
      for (let i = 0; i < word.length; i++) node = this.step(node, word.charCodeAt(i));
      this.wordAt[node] = STOP_WORD;
    }
  }

  /** The plan's words of two letters or more (as `foldKey` spells them), stop words left out. */
  words(text: string): number[] {
    const out: number[] = [];
    let node = 0;
    let length = 0;
    for (let i = 0; i <= text.length; i++) {
      const folded = i < text.length ? foldedCode(text.charCodeAt(i)) : 32;
      if (folded === 0) continue; // folds away inside a word, as in foldKey
      if (isWordCode(folded)) {
        node = this.step(node, folded);
        length++;
        continue;
      }
      if (folded === 0xffff) {
        // Folds to several units (rare): each goes in or ends the word as foldKey would write it.
        for (const unit of foldUnit(text.charCodeAt(i))) {
          const code = unit.charCodeAt(0);
          if (isWordCode(code)) {
            node = this.step(node, code);
            length++;
          } else {
            length = this.end(node, length, out);
            node = 0;
          }
        }
        continue;
      }
      length = this.end(node, length, out);
      node = 0;
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

  /** Ends the word at `node`: its number goes out when it has two letters or more and is no stop word. Returns the new length, 0. */
  private end(node: number, length: number, out: number[]): number {
    if (length > 1) {
      let id = this.wordAt[node]!;
      if (id === NONE) this.wordAt[node] = id = this.next++;
      if (id >= 0) out.push(id);
    }
    return 0;
  }

  private step(node: number, code: number): number {
    const slot = node * SYMBOLS + (code >= 97 ? code - 97 : code - 48 + 26);
    let child = this.children[slot]!;
    if (child === 0) {
      child = this.nodes++;
      if (child === this.wordAt.length) this.grow();
      this.children[slot] = child;
    }
    return child;
  }

  private grow(): void {
    const wordAt = new Int32Array(this.wordAt.length * 2).fill(NONE);
    wordAt.set(this.wordAt);
    this.wordAt = wordAt;
    const children = new Int32Array(this.children.length * 2);
    children.set(this.children);
    this.children = children;
  }
}

/** Two word numbers as one small integer (cheap to hash); plans with more words than that use a range of their own. */
function pairKey(first: number, second: number): number {
  return first < 0x8000 && second < 0x8000 ? first * 0x8000 + second : 2 ** 40 + first * 2 ** 20 + second;
}

const THRESHOLD = 0.4;

/** Shared two-syllable words over the smaller side (Vietnamese words are mostly two syllables), via an index of the duties' pairs. */
export function linkDuties(tasks: ReadTask[], drafts: TaskDraft[]): void {
  const textOf = new Map(drafts.map((d) => [d.id, d.whole ?? d.text]));
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
