/**
 * The corpus annotations are well formed: every phrase, unit and task title is the document's
 * own text, every date is a date, every category is one the README lists. The figures
 * themselves are `npm run eval`'s, not a test's.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCorpus, type ExpectedItem } from "./corpus.ts";

const TIMING_CATEGORIES = new Set(
  "single-day day-range month months quarter half-year year part-of-period week range open-start deadline inclusive-deadline peak relative-ceremony relative-event window clock part-of-day recurrence weekday lunar festival wave duration trigger not-a-date".split(" "),
);
const UNIT_CATEGORIES = new Set("plain abbreviation locality collective distributive position sector party front school fused".split(" "));
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(\+07:00)?$/;

function validDate(value: string): boolean {
  const iso = value.slice(0, 10);
  if (!DATE.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

function itemProblems(item: ExpectedItem): string[] {
  const problems: string[] = [];
  const pattern = item.kind === "timed" ? DATE_TIME : DATE;
  if (!["span", "deadline", "timed", "recurring", "window"].includes(item.kind)) problems.push(`kind ${item.kind}`);
  if (!pattern.test(item.start) || !validDate(item.start)) problems.push(`start ${item.start}`);
  if (!pattern.test(item.end) || !validDate(item.end)) problems.push(`end ${item.end}`);
  if (item.end < item.start) problems.push(`end before start: ${item.start}..${item.end}`);
  if (item.kind === "deadline" && item.start !== item.end) problems.push(`deadline ${item.start}..${item.end}`);
  return problems;
}

const corpus = loadCorpus();

describe("the development corpus", () => {
  it("holds real documents", () => {
    expect(corpus.length).toBeGreaterThan(0);
  });

  for (const document of corpus) {
    describe(document.id, () => {
      const a = document.annotation;
      const text = document.text.normalize("NFC");
      const has = (snippet: string) => text.includes(snippet.normalize("NFC"));

      it("names its source and the file eval reads", () => {
        expect(a.source.url ?? a.source.repo, "source").toBeTruthy();
        if (a.source.repo) expect(a.source.commit ?? "", "commit").toMatch(/^[0-9a-f]{40}$/);
        expect(existsSync(document.file), document.file).toBe(true);
        expect(["complete", "opening"]).toContain(a.extent);
        expect(text.length).toBeGreaterThan(100);
      });

      it("writes facts and occasions as dates", () => {
        if (a.facts.issued !== null) expect(a.facts.issued).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        for (const occasion of a.occasions) expect(validDate(occasion.date), `${occasion.name} ${occasion.date}`).toBe(true);
      });

      it("takes every phrase from the text and dates it", () => {
        const problems: string[] = [];
        for (const phrase of a.phrases) {
          if (!has(phrase.phrase)) problems.push(`not in the text: "${phrase.phrase}"`);
          if (!TIMING_CATEGORIES.has(phrase.category)) problems.push(`category ${phrase.category}: "${phrase.phrase}"`);
          for (const item of phrase.expect.items) problems.push(...itemProblems(item).map((p) => `${p}: "${phrase.phrase}"`));
        }
        expect(problems).toEqual([]);
      });

      it("takes every unit mention from the text", () => {
        const problems: string[] = [];
        for (const mention of a.units) {
          if (!has(mention.text)) problems.push(`not in the text: "${mention.text}"`);
          if (!UNIT_CATEGORIES.has(mention.category)) problems.push(`category ${mention.category}: "${mention.text}"`);
          if (mention.expect.length === 0) problems.push(`no unit expected: "${mention.text}"`);
        }
        expect(problems).toEqual([]);
      });

      it("takes every task title from the text", () => {
        const problems: string[] = [];
        for (const task of a.tasks) {
          if (!has(task.title)) problems.push(`not in the text: "${task.title}"`);
          for (const item of task.timing) problems.push(...itemProblems(item).map((p) => `${p}: "${task.title}"`));
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
