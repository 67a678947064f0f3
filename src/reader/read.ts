/**
 * Reads a plan's text into a structured plan: metadata, occasions, ceremony, tasks with
 * their units and resolved timing. Pure; every problem comes back as a warning.
 */
import { foldKey } from "../text/normalize.ts";
import { resolveTiming } from "../timing/resolve.ts";
import type { Resolution, TimingContext } from "../timing/types.ts";
import { mentionLevels, readUnitField } from "../units/read.ts";
import { inferLocality, scopeLabel, type Locality } from "../units/scope.ts";
import { inlineFields, parseFieldLine, type Field } from "./fields.ts";
import { toLines, type Line } from "./lines.ts";
import { isBoilerplate, readMetadata, readOccasions } from "./metadata.ts";
import { parseHeading, type Heading } from "./outline.ts";
import type { Ceremony, PlanUnit, ReadPlan, ReadTask, UnitMention, Warning } from "./types.ts";

interface Draft {
  id: string;
  title: string;
  section: string;
  from: number;
  to: number;
  year: number | null;
  /** The heading the task stands under. */
  headingId: string;
  fields: Array<Field & { line: number }>;
}

interface OpenHeading extends Heading {
  line: number;
  id: string;
}

export function readPlan(text: string): ReadPlan {
  const lines = toLines(text);
  const warnings: Warning[] = [];
  const metadata = readMetadata(lines);
  const { occasions, warnings: occasionWarnings } = readOccasions(lines, metadata.title);
  warnings.push(...occasionWarnings);
  const { drafts, covered } = collectDrafts(lines);

  const baseContext: TimingContext = { issued: metadata.issued, occasions: sortOccasions(occasions) };
  const ceremony = findCeremony(drafts, baseContext);
  const context: TimingContext = { ...baseContext, ceremony: ceremony?.start ?? null };

  const unitFields = drafts.flatMap((d) => d.fields.filter((f) => f.kind === "units").map((f) => f.value));
  const locality = inferLocality(text, unitFields.flatMap(mentionLevels), metadata.place);
  const tasks: ReadTask[] = drafts.map((draft) => toTask(draft, context, locality));
  for (const task of tasks) {
    for (const resolution of task.timing) {
      if (resolution.unresolved && resolution.unresolved.reason !== "trigger") {
        warnings.push({
          line: task.lines[0],
          code: `timing-${resolution.unresolved.reason}`,
          message: `Không xác định được thời gian "${resolution.phrase}" của nhiệm vụ ${task.id}.`,
        });
      }
    }
  }

  for (const line of lines) {
    if (line.text === "") continue;
    if (metadata.used.has(line.number) || isBoilerplate(line.text)) covered.add(line.number);
  }
  const nonEmpty = lines.filter((l) => l.text !== "").length;
  const coverage = nonEmpty === 0 ? 0 : Math.round((covered.size / nonEmpty) * 1000) / 1000;

  return {
    scope: locality ? scopeLabel(locality, locality.level) : null,
    number: metadata.number,
    issuer: metadata.issuer,
    place: metadata.place,
    issued: metadata.issued,
    title: metadata.title,
    occasions,
    ceremony,
    tasks,
    units: collectUnits(tasks),
    warnings: warnings.sort((a, b) => a.line - b.line),
    coverage,
  };
}

/** Main occasion first, the others by date. */
function sortOccasions(occasions: ReadPlan["occasions"]): string[] {
  const main = occasions.filter((o) => o.main).map((o) => o.date);
  const rest = occasions.filter((o) => !o.main).map((o) => o.date).sort();
  return [...main, ...rest];
}

function collectDrafts(lines: Line[]): { drafts: Draft[]; covered: Set<number> } {
  const drafts: Draft[] = [];
  const covered = new Set<number>();
  const stack: OpenHeading[] = [];
  const usedIds = new Set<string>();
  let candidate: { id: string; title: string; line: number } | null = null;
  let current: Draft | null = null;
  // Assigned inside addField too, which TypeScript's narrowing does not see.
  let lastField = null as (Field & { line: number }) | null;
  let paragraphCount = 0;

  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}~${n}`;
    usedIds.add(id);
    return id;
  };
  const sectionYear = (): number | null => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const match = /^Năm (\d{4})\.?$/u.exec(stack[i]!.text);
      if (match) return Number(match[1]);
    }
    return null;
  };
  const headingId = (): string => stack[stack.length - 1]?.id ?? "0";
  const sectionName = (): string => stack.map((h) => `${h.label}. ${h.text}`).slice(-2, -1)[0] ?? stack[0]?.text ?? "";
  const addField = (field: Field, line: number) => {
    if (!current || current.from !== candidate?.line) {
      const base = candidate ?? { id: stack[stack.length - 1]?.id ?? "0", title: stack[stack.length - 1]?.text ?? "", line };
      current = {
        id: uniqueId(base.id),
        title: base.title,
        section: sectionName(),
        from: base.line,
        to: line,
        year: sectionYear(),
        headingId: headingId(),
        fields: [],
      };
      drafts.push(current);
      candidate = { ...base };
    }
    current.fields.push({ ...field, line });
    current.to = line;
    lastField = current.fields[current.fields.length - 1]!;
  };

  for (const line of lines) {
    const text = line.text;
    if (text === "") continue;
    const heading = parseHeading(text);
    const field = parseFieldLine(text);
    if (heading && !field) {
      while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop();
      const id = [...stack.map((h) => h.label), heading.label].join(".");
      stack.push({ ...heading, line: line.number, id });
      candidate = { id, title: heading.text, line: line.number };
      current = null;
      lastField = null;
      paragraphCount = 0;
      covered.add(line.number);
      continue;
    }
    if (heading && field) {
      // `1.3. Thời gian: ...` numbers a field of the enclosing section, not a new section.
      while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent && candidate?.line !== parent.line) {
        candidate = { id: parent.id, title: parent.text, line: parent.line };
        current = null;
      }
    }
    if (field) {
      const previous = drafts[drafts.length - 1];
      if ((field.kind === "place" || field.kind === "participants") && previous && previous.headingId === headingId()) {
        previous.fields.push({ ...field, line: line.number });
        covered.add(line.number);
        continue;
      }
      addField(field, line.number);
      covered.add(line.number);
      continue;
    }
    if (lastField && isContinuation(lastField.value, text)) {
      lastField.value = `${lastField.value} ${text}`;
      current!.to = line.number;
      covered.add(line.number);
      continue;
    }
    lastField = null;
    const inline = inlineFields(text);
    const title = text.replace(/^[-+•–]\s*/, "").replace(/\s*\([^()]*:[^()]*\)\s*\.?$/u, "");
    const parent = stack[stack.length - 1];
    if (candidate && !current && /^\p{Ll}/u.test(text)) {
      // A sentence broken across a page break: the rest of the candidate's title.
      candidate.title = `${candidate.title} ${title}`.trim();
    } else if (title === "" && parent) {
      // A bracketed timing alone on its line covers the whole section.
      candidate = { id: parent.id, title: parent.text, line: parent.line };
      current = null;
    } else {
      paragraphCount++;
      candidate = { id: `${parent?.id ?? "0"}-${paragraphCount}`, title, line: line.number };
      current = null;
    }
    if (inline.length > 0) {
      for (const f of inline) addField(f, line.number);
      lastField = null;
      covered.add(line.number);
    }
  }
  for (const draft of drafts) for (let n = draft.from; n <= draft.to; n++) covered.add(n);
  return { drafts, covered };
}

function isContinuation(previous: string, text: string): boolean {
  if (/^[-+•–(]/.test(text) || parseHeading(text)) return false;
  return /[,;]$|\s(có|của|và|với)$/u.test(previous) || /^\p{Ll}/u.test(text) || /\.\.\.$/.test(text);
}

function resolveField(field: Field, draft: Draft, context: TimingContext): Resolution {
  return resolveTiming(field.value, { ...context, field: field.name, year: draft.year });
}

function toTask(draft: Draft, context: TimingContext, locality: Locality | null): ReadTask {
  const units: UnitMention[] = [];
  const seen = new Set<string>();
  for (const field of draft.fields) {
    if (field.kind !== "units") continue;
    for (const unit of readUnitField(field.value, field.role!, locality)) {
      const key = `${unit.slug}/${unit.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      units.push({ name: unit.name, slug: unit.slug, role: unit.role, collective: unit.collective, scope: unit.scope, written: unit.written });
    }
  }
  return {
    id: draft.id,
    title: draft.title,
    section: draft.section,
    lines: [draft.from, draft.to],
    timing: draft.fields.filter((f) => f.kind === "timing").map((f) => resolveField(f, draft, context)),
    units,
  };
}

const CEREMONY_TITLE = /^(to chuc )?le ky niem/;

function findCeremony(drafts: Draft[], context: TimingContext): Ceremony | null {
  const draft = drafts.find((d) => CEREMONY_TITLE.test(foldKey(d.title)) && d.fields.some((f) => f.kind === "timing"));
  if (!draft) return null;
  const field = draft.fields.find((f) => f.kind === "timing")!;
  const resolution = resolveField(field, draft, context);
  const item = resolution.items[0];
  let start: string | null = null;
  let end: string | null = null;
  if (item?.kind === "timed") {
    start = item.start.slice(0, 16);
    end = item.end.slice(0, 16);
  } else if (item && item.start === item.end) {
    start = end = item.start;
  } else if (item && item.start.slice(0, 7) === item.end.slice(0, 7)) {
    start = end = item.start.slice(0, 7);
  }
  const place = draft.fields.find((f) => f.kind === "place")?.value ?? null;
  const participants = draft.fields.find((f) => f.kind === "participants")?.value ?? null;
  return {
    name: draft.title.replace(/^Tổ chức\s+/u, ""),
    start,
    end,
    tentative: resolution.tentative,
    location: place?.replace(/\.$/, "") ?? null,
    participants: participants?.replace(/\.$/, "") ?? null,
  };
}

function collectUnits(tasks: ReadTask[]): PlanUnit[] {
  const bySlug = new Map<string, PlanUnit>();
  for (const task of tasks) {
    for (const mention of task.units) {
      let unit = bySlug.get(mention.slug);
      if (!unit) {
        unit = { name: mention.name, slug: mention.slug, scope: mention.scope, aliases: [], collective: mention.collective };
        bySlug.set(mention.slug, unit);
      }
      if (mention.written !== unit.name && !unit.aliases.includes(mention.written)) unit.aliases.push(mention.written);
    }
  }
  return [...bySlug.values()];
}
