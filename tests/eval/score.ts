/**
 * Scores what the program read against what a person read, one check at a time. Pure: every
 * check is a value (area, category, right or not, and why not), summed by `summarize`.
 */
import { toLines } from "../../src/reader/lines.ts";
import type { ReadPlan, ReadTask } from "../../src/reader/types.ts";
import { foldKey } from "../../src/text/normalize.ts";
import type { Resolution, TimingItem } from "../../src/timing/types.ts";
import type { Annotation, ExpectedItem, ExpectedPhrase, ExpectedTask, ExpectedUnit } from "./corpus.ts";

export type Area = "facts" | "occasions" | "timing" | "units" | "tasks" | "task-timing" | "task-units";
export const AREAS: Area[] = ["facts", "occasions", "timing", "units", "tasks", "task-timing", "task-units"];

export interface Check {
  document: string;
  area: Area;
  category: string;
  right: boolean;
  /** What was expected and what came out, when they differ. */
  why?: string;
}

/** Accent- and case-free, punctuation and `và`/`&` ignored: how unit names are compared. */
export function unitKey(name: string): string {
  return foldKey(name)
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/(^| )va(?= |$)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function itemKey(item: { kind: string; start: string; end: string; role?: string }): string {
  const role = item.kind === "span" && item.role === "peak" ? " peak" : "";
  return `${item.kind} ${item.start.slice(0, 16)}..${item.end.slice(0, 16)}${role}`;
}

/** Items compared as sets: the same item written twice (`Chậm nhất ngày 10/12/2025 - 95 ngày trước bầu cử`) is one item. */
function sameItems(a: string[], b: string[]): boolean {
  return sameMultiset([...new Set(a)], [...new Set(b)]);
}

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

export function itemsText(items: Array<{ kind: string; start: string; end: string; role?: string }>): string {
  return items.length === 0 ? "(none)" : items.map(itemKey).join("; ");
}

/** One phrase resolved on its own, with the annotation's context. */
export function checkPhrase(document: string, expected: ExpectedPhrase, actual: Resolution): Check {
  const want = expected.expect;
  const problems: string[] = [];
  if (!sameItems(want.items.map(itemKey), actual.items.map(itemKey))) problems.push(`items ${itemsText(want.items)} ≠ ${itemsText(actual.items)}`);
  for (const flag of ["tentative", "done", "provisional"] as const) {
    if ((want[flag] ?? false) !== actual[flag]) problems.push(`${flag} ${want[flag] ?? false} ≠ ${actual[flag]}`);
  }
  if (want.items.length === 0 && want.unresolved && !actual.unresolved) problems.push(`unresolved ${want.unresolved} ≠ none`);
  return verdict(document, "timing", expected.category, problems, `"${expected.phrase}"`);
}

export interface ActualUnit {
  name: string;
  collective: boolean;
}

/** A collective is named as written: whether the plan's locality is added to it is not held against either side. */
const TRAILING_PLACE = / (xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|tp)( [a-z0-9]+){0,4}$/;

function unitSet(units: Array<{ name: string; collective: boolean }>): string[] {
  return units.map((u) => (u.collective ? `${unitKey(u.name).replace(TRAILING_PLACE, "")} [collective]` : unitKey(u.name)));
}

export function checkMention(document: string, text: string, category: string, expected: ExpectedUnit[], actual: ActualUnit[]): Check {
  const problems: string[] = [];
  if (!sameMultiset(unitSet(expected), unitSet(actual))) {
    const show = (units: Array<{ name: string; collective: boolean }>) => units.map((u) => `${u.name}${u.collective ? " [c]" : ""}`).join(" | ") || "(none)";
    problems.push(`${show(expected)} ≠ ${show(actual)}`);
  }
  return verdict(document, "units", category, problems, `"${text}"`);
}

function verdict(document: string, area: Area, category: string, problems: string[], subject: string): Check {
  return problems.length === 0 ? { document, area, category, right: true } : { document, area, category, right: false, why: `${subject}: ${problems.join("; ")}` };
}

function sameText(a: string | null, b: string | null, key: (s: string) => string): boolean {
  if (a === null || b === null) return a === b;
  return key(a) === key(b);
}

const compactNumber = (s: string) => foldKey(s).replace(/\s+/g, "");

/** Number, date, place, issuer, scope: each its own check. */
export function checkFacts(document: string, facts: Annotation["facts"], plan: ReadPlan): Check[] {
  const lowest = (scope: string | null) => (scope === null ? null : scope.split(",")[0]!.trim());
  const pairs: Array<[string, string | null, string | null, (s: string) => string]> = [
    ["number", facts.number, plan.number, compactNumber],
    ["issued", facts.issued, plan.issued, (s) => s],
    ["place", facts.place, plan.place, foldKey],
    ["issuer", facts.issuer, plan.issuer, unitKey],
    ["scope", lowest(facts.scope), lowest(plan.scope), foldKey],
  ];
  return pairs.map(([category, want, got, key]) =>
    sameText(want, got, key) ? { document, area: "facts", category, right: true } : { document, area: "facts", category, right: false, why: `${category}: ${want ?? "(none)"} ≠ ${got ?? "(none)"}` },
  );
}

/** Every expected occasion found by its date; every occasion read that is not expected is a miss too. */
export function checkOccasions(document: string, expected: Annotation["occasions"], plan: ReadPlan): Check[] {
  const checks: Check[] = [];
  const left = [...plan.occasions];
  for (const occasion of expected) {
    const at = left.findIndex((o) => o.date === occasion.date);
    if (at >= 0) {
      left.splice(at, 1);
      checks.push({ document, area: "occasions", category: "expected", right: true });
    } else {
      checks.push({ document, area: "occasions", category: "expected", right: false, why: `missing ${occasion.date} ${occasion.name}` });
    }
  }
  for (const extra of left) checks.push({ document, area: "occasions", category: "unexpected", right: false, why: `unexpected ${extra.date} ${extra.name}` });
  return checks;
}

/** The line (1-based, of the decoded text) where an expected title starts, or null. */
function lineOf(lines: string[], title: string): number | null {
  const key = foldKey(title).slice(0, 40);
  if (key === "") return null;
  const at = lines.findIndex((line) => line.includes(key));
  if (at >= 0) return at + 1;
  // A title that runs over two lines.
  const short = key.slice(0, 20);
  const near = lines.findIndex((line) => line.includes(short));
  return near >= 0 ? near + 1 : null;
}

function taskItems(task: ReadTask): TimingItem[] {
  return task.timing.flatMap((r) => r.items);
}

function roleNames(task: ReadTask, roles: string[]): string[] {
  return [...new Set(task.units.filter((u) => roles.includes(u.role)).map((u) => (u.collective ? unitKey(u.name).replace(TRAILING_PLACE, "") : unitKey(u.name))))];
}

/** Expected names, collectives without the locality (whether one is named cannot be told from the name alone, so both forms count). */
function expectedNames(names: string[], read: string[]): string[] {
  return [...new Set(names.map((name) => {
    const key = unitKey(name);
    const bare = key.replace(TRAILING_PLACE, "");
    return read.includes(key) ? key : read.includes(bare) ? bare : key;
  }))];
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The free task whose title starts like the expected one (`least` characters, or all of the
 * shorter title when it has 12 or more), the longest shared start winning: many titles of a plan
 * open with the same unit (`Ban Thường trực Ủy ban MTTQ Việt Nam xã …`).
 */
function byTitleStart(free: Set<ReadTask>, title: string, least: number): ReadTask | undefined {
  const want = foldKey(title);
  let best: ReadTask | undefined;
  let bestLength = 0;
  for (const task of free) {
    const got = foldKey(task.title);
    const shared = sharedStart(want, got);
    const enough = shared >= Math.min(least, want.length) || (got.length >= 12 && shared >= Math.min(least, got.length));
    if (enough && shared > bestLength) {
      best = task;
      bestLength = shared;
    }
  }
  return best;
}

/**
 * Each expected task matched to one task read (see the order below). Found, dated right, and with the
 * right lead and support units are three checks.
 */
export function checkTasks(document: string, expected: ExpectedTask[], plan: ReadPlan, text: string, category: string): { checks: Check[]; spurious: number } {
  const lines = toLines(text).map((l) => foldKey(l.text));
  const free = new Set(plan.tasks);
  const checks: Check[] = [];
  // A task the document writes twice word for word (in the body and in its appendix) is one task read once.
  const byTitle = new Map<string, ReadTask>();
  for (const want of expected) {
    const repeated = byTitle.get(foldKey(want.title));
    // A title that starts alike for 60 characters is the task; else the task holding the title's
    // line; else, when the title is nowhere in the text, one whose title shares its first 30.
    let match = repeated ?? byTitleStart(free, want.title, 60);
    if (!match) {
      const line = lineOf(lines, want.title);
      match =
        line === null
          ? byTitleStart(free, want.title, 30)
          : [...free].filter((t) => t.lines[0] <= line && line <= t.lines[1]).sort((a, b) => a.lines[1] - a.lines[0] - (b.lines[1] - b.lines[0]))[0];
    }
    const subject = `"${want.title.slice(0, 60)}"`;
    if (!match) {
      checks.push({ document, area: "tasks", category, right: false, why: `${subject}: not found` });
      checks.push({ document, area: "task-timing", category, right: false, why: `${subject}: not found` });
      checks.push({ document, area: "task-units", category, right: false, why: `${subject}: not found` });
      continue;
    }
    free.delete(match);
    byTitle.set(foldKey(want.title), match);
    checks.push({ document, area: "tasks", category, right: true });
    const items = taskItems(match);
    const timingRight = want.undated ? items.length === 0 : sameItems(want.timing.map(itemKey), items.map(itemKey));
    checks.push(
      timingRight
        ? { document, area: "task-timing", category, right: true }
        : { document, area: "task-timing", category, right: false, why: `${subject} (${match.id}): ${want.undated ? "undated" : itemsText(want.timing)} ≠ ${itemsText(items)}` },
    );
    const lead = roleNames(match, ["lead", "advise"]);
    const support = roleNames(match, ["support"]);
    const wantLead = expectedNames(want.lead, lead);
    const wantSupport = expectedNames(want.support, support);
    const unitsRight = sameMultiset(wantLead, lead) && sameMultiset(wantSupport, support);
    checks.push(
      unitsRight
        ? { document, area: "task-units", category, right: true }
        : {
            document,
            area: "task-units",
            category,
            right: false,
            why: `${subject} (${match.id}): lead ${want.lead.join(" | ") || "(none)"} / support ${want.support.join(" | ") || "(none)"} ≠ lead ${nameList(match, ["lead", "advise"])} / support ${nameList(match, ["support"])}`,
          },
    );
  }
  return { checks, spurious: free.size };
}

function nameList(task: ReadTask, roles: string[]): string {
  const names = task.units.filter((u) => roles.includes(u.role)).map((u) => u.name);
  return names.length === 0 ? "(none)" : names.join(" | ");
}

export interface Tally {
  right: number;
  total: number;
}

export function rate(tally: Tally | undefined): number | null {
  return tally && tally.total > 0 ? tally.right / tally.total : null;
}

export function summarize(checks: Check[], key: (check: Check) => string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const check of checks) {
    const name = key(check);
    const tally = tallies.get(name) ?? { right: 0, total: 0 };
    tally.total++;
    if (check.right) tally.right++;
    tallies.set(name, tally);
  }
  return tallies;
}

export type { ExpectedItem };
