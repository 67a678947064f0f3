/**
 * Reads a plan's text into a structured plan: metadata, occasions, ceremony, tasks with
 * their units and resolved timing. Pure; every problem comes back as a warning.
 */
import { foldKey, foldKeyOfStart } from "../text/normalize.ts";
import { resolveTiming } from "../timing/resolve.ts";
import type { Resolution, TimingContext, TimingItem } from "../timing/types.ts";
import { mentionLevels, readUnitField } from "../units/read.ts";
import { inferLocality, parseScope, rank, scopeLabel, type Locality } from "../units/scope.ts";
import { toBlocks } from "./blocks.ts";
import { rawLines, toLines } from "./lines.ts";
import { isBoilerplate, readMetadata } from "./metadata.ts";
import { readOccasions } from "./occasions.ts";
import { timingPhrases } from "./sentences.ts";
import { collectTasks, type TaskDraft } from "./tasks.ts";
import { buildTree, walk } from "./tree.ts";
import { mentionKey, type Ceremony, type PlanUnit, type ReadPlan, type ReadTask, type UnitMention, type Warning } from "./types.ts";
import { linkDuties } from "./link.ts";
import { doesUnassignedWork, ofIssuer } from "../units/issuer-units.ts";
import { eventOfTitle, ofEvent } from "../units/event-bodies.ts";
import { isInspectedColumn } from "./tables.ts";
import { splitUnitList } from "../units/split.ts";
import { unitRefs } from "./fields.ts";
import { isCapitalHeading, isFormFurniture, isMemberLine } from "./furniture.ts";
import { readIssuer } from "./issuer.ts";
import { assignToRosters, isRosterTitle, readRosters } from "./rosters.ts";
import { overrideCeremony, overrideResolution, type CeremonyOverride } from "./ceremony-override.ts";
import { flatMapOf, uniqueBy } from "../text/lists.ts";
import { findEvent, UNNAMED_EVENT } from "./event.ts";
import { clockOnDay, rowClock } from "./clocks.ts";
import { joinStackedTables } from "./stacked-table.ts";

export interface ReadOptions {
  /** The ceremony date set by its organizers, which wins over the document's. */
  ceremony?: CeremonyOverride | null;
}

/** `12/11/2024` alone on its line (a web page's list of related documents): a date, no work. */
const ONLY_A_DATE = /^[\d\s/.:,()–-]+$/u;

export function readPlan(text: string, options: ReadOptions = {}): ReadPlan {
  const lines = joinStackedTables(toLines(text));
  const warnings: Warning[] = [];
  const metadata = readMetadata(lines);
  const { occasions, warnings: occasionWarnings } = readOccasions(lines, metadata.title, metadata.issued);
  warnings.push(...occasionWarnings);

  const tableHeaders = new Set<number>();
  const tree = buildTree(toBlocks(lines.filter((l) => !metadata.used.has(l.number)), tableHeaders));
  const drafts = collectTasks(tree);
  const unitValues = flatMapOf(drafts, (d) => [...d.fields.filter((f) => f.kind === "units").map((f) => f.value), ...d.units.map((u) => u.value)]);
  // Composed: a PDF may write its marks apart (`XA\u0303`); its spacing kept, as it parts a header's cells.
  // The office that stamped the plan received is no place of the plan.
  const ownText = metadata.received.size === 0 ? text : rawLines(text).filter((_, i) => !metadata.received.has(i + 1)).join("\n");
  const inferred = inferLocality(ownText.normalize("NFC"), flatMapOf(unitValues, (value) => mentionLevels(value)), metadata.place);
  // The issuer's own place is the plan's: `Ủy ban nhân dân xã Tây Sơn` issues a commune's plan, whatever its units say.
  const firstIssuer = readIssuer(lines, metadata.issuerLines, inferred, metadata.title);
  const locality = withIssuerPlace(inferred, firstIssuer);

  const baseContext: TimingContext = { issued: metadata.issued, occasions: mainFirst(occasions) };
  const period = planPeriod(metadata.title, metadata.issued);
  if (period) baseContext.period = period;
  const ceremonyDraft = findCeremony(drafts, baseContext);
  const event = ceremonyDraft ? null : findEvent(drafts, baseContext, metadata.title);
  const found = ceremonyDraft ?? event;
  const override = options.ceremony ?? null;
  const ceremony = override ? overrideCeremony(found?.ceremony ?? null, override) : (found?.ceremony ?? null);
  const context: TimingContext = Object.assign({}, baseContext, { ceremony: ceremony?.start ?? null });
  const earliest = earliestYear(context);
  // A plan with no issue date (a web page's schedule) is of the one year its title names, if it names one.
  const resolve = resolverFor(context, metadata.issued ? null : titleYear(metadata.title));
  const issuer = locality === inferred ? firstIssuer : readIssuer(lines, metadata.issuerLines, locality, metadata.title);

  const scope = locality ? scopeLabel(locality, locality.level) : null;
  const planEvent = eventOfTitle(metadata.title);
  const boards = planEvent ? { event: planEvent, scope } : null;
  const eventDay = ceremony?.start && ceremony.start.length >= 10 ? ceremony.start.slice(0, 10) : null;
  const tasks: ReadTask[] = [];
  const covered = new LineSet(lines.length, [...metadata.used, ...tableHeaders]);
  // The event's own time, as its organizers set it where they did: a meeting at a clock time, not a day's deadline.
  const eventResolutions = event ? resolveDraftTiming(event.draft, resolve, earliest).map((r, i) => (override && i === 0 ? overrideResolution(r, override) : r)) : [];
  const eventTiming = eventResolutions.some((r) => r.items.some((i) => i.kind === "timed")) ? eventResolutions : null;
  const inspectionRows = new Set<ReadTask>();
  for (const draft of drafts) {
    const task = toTask(draft, resolve, locality, earliest, issuer, boards);
    if (override && draft === found?.draft && task.timing[0]) task.timing[0] = overrideResolution(task.timing[0], override);
    // The event's `Thời gian` item is the event itself on the calendar.
    if (event && draft === event.draft && event.ceremony.name !== UNNAMED_EVENT) task.title = event.ceremony.name;
    // A programme's row that gives only a clock time is on the event's day.
    if (eventDay && draft !== found?.draft && !task.timing.some((r) => r.items.length > 0)) {
      const clock = rowClock(draft.fields.find((f) => f.kind === "timing")?.value ?? draft.title);
      const onTheDay = clock ? clockOnDay(clock, eventDay, (phrase) => resolve(phrase, draft.year)) : null;
      if (onTheDay) task.timing = [onTheDay];
    }
    const dated = task.timing.some((r) => r.items.length > 0);
    if (draft.optional && !dated) continue;
    // A blank to fill, a form's label, the heading of a form in capitals, a board's member: no work to do.
    if (isFormFurniture(task.title) || isRosterTitle(task.title) || ONLY_A_DATE.test(task.title) || (!dated && (isCapitalHeading(task.title) || isMemberLine(task.title)))) continue;
    // What a one-event plan lists under its content and dates nowhere (`II. NỘI DUNG SINH HOẠT
    // CHUYÊN MÔN`: `1. Phân tích đề thi …`, `2. Tham luận …`) is done at the event; a duty is done before it.
    if (eventTiming && draft !== event!.draft && !draft.duty && !dated && !PREPARES.test(task.title)) task.timing = eventTiming;
    tasks.push(task);
    if (draft.fields.some((f) => f.kind === "units" && isInspectedColumn(f.name))) inspectionRows.add(task);
    for (const line of draft.lines) covered.add(line);
  }
  conductInspections(tasks, inspectionRows);
  runUntilDone(tasks);
  // The issuer as a unit: the body of its teams, and (when it does its own work) the lead of what the plan gives to no one.
  const own = issuer ? readUnitField(issuer, "lead", locality).find((u) => !u.collective) : undefined;
  assignToRosters(tasks, readRosters(lines, own?.name ?? issuer));
  mergeRepeatedTasks(tasks);
  // Only a content section that names no unit at all takes its units from the responsibilities.
  if (!drafts.some((d) => !d.duty && d.fields.some((f) => f.kind === "units"))) linkDuties(tasks, drafts);
  // What the plan gives to no one, an issuer that does its own work does: the task goes to its calendar.
  if (own && doesUnassignedWork(own.name, metadata.title)) {
    for (const task of tasks) {
      if (task.units.some((u) => u.role === "lead" || u.role === "advise")) continue;
      task.units.unshift({ name: own.name, slug: own.slug, role: "lead", collective: false, scope: own.scope, written: issuer! });
    }
  }

  for (const resolution of flatMapOf(tasks, (t) => t.timing.map((r) => ({ r, t })))) {
    const { r, t } = resolution;
    if (r.unresolved && r.unresolved.reason !== "trigger" && r.unresolved.reason !== "no-date") {
      warnings.push({ line: t.lines[0], code: `timing-${r.unresolved.reason}`, message: `Không xác định được thời gian "${r.phrase}" của nhiệm vụ ${t.id}.` });
    }
  }

  // A document from which no task came was not understood as a plan: only its header, title and signature count as read.
  const understood = tasks.length > 0;
  if (!understood && lines.some((l) => l.text !== "" && !metadata.used.has(l.number))) {
    warnings.push({ line: 1, code: "no-tasks", message: "Không tìm thấy nhiệm vụ nào trong văn bản: kiểm tra lại văn bản có phải là kế hoạch không, hoặc bố cục có lạ không." });
  }
  for (const node of understood ? walk(tree) : []) {
    const boilerplate = node.section !== "content" && node.section !== "responsibilities";
    const introduction = node.block.text.endsWith(":") && node.section !== "front";
    if (node.block.kind === "heading" || boilerplate || introduction || isBoilerplate(node.block.text)) {
      covered.addSpan(node.block.from, node.block.to);
      for (const field of node.fields) covered.addSpan(field.line, field.to ?? field.line);
    }
  }
  // What the document says for all of it (`1. Thời gian: …` atop a programme) is read.
  const documentFields = understood ? (tree.find((root) => root.documentFields)?.documentFields ?? []) : [];
  for (const field of documentFields) covered.addSpan(field.line, field.to ?? field.line);
  for (const line of understood ? lines : []) {
    if (line.text !== "" && !covered.has(line.number)) {
      warnings.push({ line: line.number, code: "unread-line", message: `Dòng ${line.number} không thuộc nhiệm vụ, mục hay phần nào đã hiểu: "${line.text.slice(0, 80)}".` });
    }
  }
  const nonEmpty = lines.filter((l) => l.text !== "").length;
  const coverage = nonEmpty === 0 ? 0 : Math.round((lines.filter((l) => l.text !== "" && covered.has(l.number)).length / nonEmpty) * 1000) / 1000;

  return {
    scope: scope ?? (issuer && (CENTRAL_BODY.test(issuer) || underMinistry(issuer, metadata.issuerLines)) ? scopeLabel(null, "national") : null),
    number: metadata.number,
    issuer,
    place: metadata.place,
    issued: metadata.issued,
    title: metadata.title,
    signer: metadata.signer,
    recipients: metadata.recipients,
    occasions,
    ceremony,
    tasks,
    units: collectUnits(tasks),
    warnings: warnings.sort((a, b) => a.line - b.line),
    coverage,
  };
}

/** A body of the central state, Party or Youth Union (`Bộ Công an`, `Ban Bí thư Trung ương Đoàn`, `… cấp trung ương`): a plan of no locality it issues is national. */
const CENTRAL_BODY = /^(?:Bộ(?!\s+(?:đội|môn|phận|[Cc]hỉ huy|tiêu chí|hồ sơ))|Chính phủ|Thủ tướng|Quốc hội|Ủy ban Thường vụ Quốc hội|Văn phòng (?:Chính phủ|Quốc hội|Trung ương)|Tổng cục|Ban Bí thư|Bộ Chính trị)(?![\p{L}])|(?<![\p{L}])(?:[Tt]rung ương|quốc gia|TW)(?![\p{L}])/u;

/** `BỘ TÀI CHÍNH` / `CỤC THUẾ`: a body of a ministry that names no place of its own is national. */
function underMinistry(issuer: string, issuerLines: string[]): boolean {
  return parseScope(issuer) === null && issuerLines.some((line) => /^BỘ\s+(?!CHỈ HUY|ĐỘI)\p{Lu}/u.test(line));
}

/** The locality with the issuer's place as its own level (`Ủy ban nhân dân xã Tây Sơn` → the commune), the levels above kept. */
function withIssuerPlace(locality: Locality | null, issuer: string | null): Locality | null {
  const place = issuer ? parseScope(issuer) : null;
  if (!place) return locality;
  const level = place.level;
  const merged: Locality = { ...(locality ?? {}), level, [level]: place[level] };
  // A place named below the issuer's level (the inferred level was lower) no longer is the plan's.
  for (const l of ["district", "commune"] as const) if (rank(l) > rank(level)) delete merged[l];
  return merged;
}

/**
 * A task written twice — in the body, then as a row of the appendix's table with its units and
 * time — is one task: the first keeps its place and takes what the other says, the other goes.
 */
function mergeRepeatedTasks(tasks: ReadTask[]): void {
  const first = new Map<string, ReadTask>();
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i]!;
    // The appendix often words the task a little differently after its first words.
    const key = foldKeyOfStart(task.title, 60).slice(0, 50);
    if (key.length < 20) continue;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, task);
      continue;
    }
    if (earlier.units.length > 0 && task.units.length > 0) continue;
    // Alike only in their first words: the same task only when the second says who does the first.
    if (foldKey(earlier.title) !== foldKey(task.title) && (earlier.units.length > 0 || task.units.length === 0)) continue;
    if (earlier.units.length === 0) earlier.units = task.units;
    if (!earlier.timing.some((r) => r.items.length > 0)) earlier.timing = task.timing;
    tasks.splice(i--, 1);
  }
}

/**
 * `Kế hoạch cải cách hành chính giai đoạn 2026 – 2030`: the years the plan itself covers. A
 * school year (`năm học 2025 - 2026`), a term of office (`nhiệm kỳ 2026 – 2031`) or an
 * anniversary span (`(1975 – 2025)`) is not the plan's period.
 */
const PERIOD = /(?<!(?:năm học|nhiệm kỳ|niên khóa|niên khoá|khóa|khoá|\()\s*)(?<![\d/(])(\d{4})\s*[-–—]\s*(\d{4})(?![\d)])/u;

/** `… ĐẾN NĂM 2030` (not a vision's `tầm nhìn đến năm 2045`): a programme from the year of issue to that year. */
const UNTIL_YEAR = /(?<!(?:tầm nhìn|định hướng)\s*)(?<![\p{L}])đến năm\s+(\d{4})(?!\d)/iu;

function planPeriod(title: string, issued: string | null): TimingContext["period"] {
  const match = PERIOD.exec(title);
  const until = match ? null : UNTIL_YEAR.exec(title);
  if (until && issued) {
    const [first, last] = [Number(issued.slice(0, 4)), Number(until[1])];
    return last > first && last - first <= 10 ? { start: `${first}-01-01`, end: `${last}-12-31` } : null;
  }
  if (!match) return null;
  const [first, last] = [Number(match[1]), Number(match[2])];
  if (last <= first || last - first > 10 || first < 1990) return null;
  return { start: `${first}-01-01`, end: `${last}-12-31` };
}

/** Main occasion first, the others by date. */
function mainFirst(occasions: ReadPlan["occasions"]): string[] {
  const main = occasions.filter((o) => o.main).map((o) => o.date);
  const rest = occasions.filter((o) => !o.main).map((o) => o.date).sort();
  return [...main, ...rest];
}

/** Dates before this year are history the plan recalls (`ngày 28/6/1909`), not when to act. */
function earliestYear(context: TimingContext): number | null {
  const year = Number((context.issued ?? context.occasions?.[0] ?? "").slice(0, 4));
  return year > 0 ? year - 1 : null;
}

/** Resolves a phrase in the plan's context for a section's year (and the field it came from). */
type PlanResolver = (phrase: string, year: number | null, field?: string) => Resolution;

/**
 * The year a plan with no issue date is for, from its title: the one year it names, else the
 * latest date it names (`Triển khai Chỉ thị số 11-CT/TU ngày 04/01/2026`: a plan answers what
 * it carries out within weeks).
 */
function titleYear(title: string): number | null {
  if (/năm học|nhiệm kỳ|giai đoạn/iu.test(title)) return null;
  const years = [...title.matchAll(/(?<![\d/.-])((?:19|20)\d{2})(?![\d/.-])/g)].map((m) => Number(m[1]));
  if (years.length > 0) return years.length === 1 ? years[0]! : null;
  const dated = [...title.matchAll(/(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  return dated.length > 0 ? Math.max(...dated) : null;
}

/**
 * `Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê`: work that runs until the plan's work is done
 * ends on the last day the plan dates (the resolver's `until-done` span), when that is later.
 */
function runUntilDone(tasks: ReadTask[]): void {
  const untilDone = (r: Resolution) => r.items.length === 1 && r.items[0]!.rule === "until-done";
  let last: string | null = null;
  for (const task of tasks) {
    for (const resolution of task.timing) {
      if (untilDone(resolution)) continue;
      for (const item of resolution.items) if (item.kind !== "recurring" && (last === null || item.end.slice(0, 10) > last)) last = item.end.slice(0, 10);
    }
  }
  if (last === null) return;
  const end = last;
  for (const task of tasks) {
    task.timing = task.timing.map((r) => (untilDone(r) && end > r.items[0]!.end ? { ...r, items: [{ ...r.items[0]!, end }] } : r));
  }
}

/**
 * Within one plan, a section's timing field is inherited by every task under it and would be
 * resolved again for each: each phrase is resolved once per year and field. Resolutions are
 * values nothing changes afterwards, so tasks can share one.
 */

function resolverFor(context: TimingContext, planYear: number | null = null): PlanResolver {
  const resolved = new Map<string, Resolution>();
  return (phrase, sectionYear, field) => {
    const year = sectionYear ?? planYear;
    const key = `${year}\u0000${field ?? ""}\u0000${phrase}`;
    let resolution = resolved.get(key);
    if (resolution === undefined) {
      resolution = resolveTiming(phrase, field === undefined ? { ...context, year } : { ...context, year, field });
      resolved.set(key, resolution);
    }
    return resolution;
  };
}

function resolveDraftTiming(draft: TaskDraft, resolve: PlanResolver, earliest: number | null): Resolution[] {
  return withoutEchoes(draftResolutions(draft, resolve, earliest));
}

/**
 * What a task's phrases say twice is one item: a day inside another item of the task (`từ
 * ngày 06/4 đến 07/4` and `ngày 07/4`), a day and the clock time on it, and an offset from an
 * event (`80 ngày trước ngày bầu cử`) beside the date the plan writes for it (convention 29:
 * the written date wins). Resolutions are shared within a plan, so the copies are new ones.
 */
function withoutEchoes(resolutions: Resolution[]): Resolution[] {
  const all = resolutions.flatMap((r) => r.items);
  if (all.length < 2) return resolutions;
  const covered = (item: TimingItem) =>
    all.some((other) => {
      if (other === item) return false;
      const start = other.start.slice(0, 10);
      const end = other.end.slice(0, 10);
      const day = item.start.slice(0, 10);
      if (item.rule === "event-relative" || item.rule === "ceremony-relative") return other.rule !== item.rule && start === day;
      const single = item.kind === "span" && item.start === item.end;
      if (!single || other.kind === "recurring" || other.kind === "window") return false;
      if (other.kind === "timed") return start === day;
      return start <= day && day <= end && !(other.kind === "span" && other.start === other.end && all.indexOf(other) > all.indexOf(item));
    });
  return resolutions.map((r) => {
    const items = r.items.filter((i) => !covered(i));
    return items.length === r.items.length ? r : Object.assign({}, r, { items });
  });
}

/** `07 giờ 30 ngày 07/01/2021 …` under `Tháng 01/2021:`: the task's own date, inside its section's time, is the more exact. */
function ownWithin(draft: TaskDraft, inherited: Resolution[], resolve: PlanResolver, earliest: number | null): Resolution[] | null {
  const outer = inherited.flatMap((r) => r.items);
  if (outer.length === 0) return null;
  const from = outer.reduce((min, i) => (i.start.slice(0, 10) < min ? i.start.slice(0, 10) : min), "9999");
  const to = outer.reduce((max, i) => (i.end.slice(0, 10) > max ? i.end.slice(0, 10) : max), "0000");
  const own = sentenceResolutions(draft, resolve, earliest);
  const items = own.flatMap((r) => r.items);
  return items.length > 0 && items.every((i) => from <= i.start.slice(0, 10) && i.end.slice(0, 10) <= to) ? own : null;
}

function draftResolutions(draft: TaskDraft, resolve: PlanResolver, earliest: number | null): Resolution[] {
  const fields = draft.fields.filter((f) => f.kind === "timing");
  if (fields.length > 0) {
    const resolutions = fields.map((f) => (draft.dayTiming ? clockOnFieldDay(f.value, draft, resolve) : null) ?? resolve(f.value, draft.year, f.name));
    if (draft.ownTiming !== false) return resolutions;
    // A section's time that names no date (`Thời gian: Căn cứ vào tình hình thực tế, … như sau:`) leaves the task its own.
    const undated = resolutions.every((r) => r.items.length === 0);
    const own = undated ? sentenceResolutions(draft, resolve, earliest) : [];
    if (own.length > 0) return own;
    return clockOnTheDay(draft, resolutions, resolve) ?? ownWithin(draft, resolutions, resolve, earliest) ?? resolutions;
  }
  return sentenceResolutions(draft, resolve, earliest);
}

function sentenceResolutions(draft: TaskDraft, resolve: PlanResolver, earliest: number | null): Resolution[] {
  const resolutions: Resolution[] = [];
  for (const { phrase } of timingPhrases(draft.text)) {
    const resolution = resolve(phrase, draft.year);
    // `Phân tích đề thi tốt nghiệp năm 2025` in a plan of 2026: a year gone by names what is worked on, not when.
    const historic = earliest !== null && resolution.items.length > 0 && resolution.items.every((i) => i.end.slice(0, 4) < String(earliest) || (isWholeYear(i) && i.end.slice(0, 4) <= String(earliest)));
    const useful = resolution.items.length > 0 || resolution.unresolved?.reason === "trigger";
    if (useful && !historic) resolutions.push(resolution);
  }
  return resolutions;
}

function isWholeYear(item: TimingItem): boolean {
  return item.kind === "span" && item.start.endsWith("-01-01") && item.end.endsWith("-12-31") && item.start.slice(0, 4) === item.end.slice(0, 4);
}

/**
 * `- Từ 7g30 - 8g10: Tổ chức phần lễ` under `NGÀY: 29/1/2016`: a clock time in the task's words
 * (opening the row, or after its label: `Khối lớp 6: Từ 7h30 - 9h30`) on the one day its
 * section gives is the task's time that day.
 */
function clockOnTheDay(draft: TaskDraft, inherited: Resolution[], resolve: PlanResolver): Resolution[] | null {
  const items = inherited.flatMap((r) => r.items);
  if (items.length !== 1 || items[0]!.kind !== "span" || items[0]!.start !== items[0]!.end) return null;
  if (sentenceResolutions(draft, resolve, null).some((r) => r.items.length > 0)) return null; // the task dates itself
  const clock = rowClock(draft.title, true);
  const onTheDay = clock ? clockOnDay(clock, items[0]!.start, (phrase) => resolve(phrase, draft.year)) : null;
  return onTheDay ? [onTheDay] : null;
}

/** `08h00 - 08h10` in a programme's row, under `Thời gian: … ngày 09/10/2025`: that time on the one day above. */
function clockOnFieldDay(clock: string, draft: TaskDraft, resolve: PlanResolver): Resolution | null {
  const days = new Set(draft.dayTiming!.flatMap((f) => resolve(f.value, draft.year, f.name).items.map((i) => (i.start.slice(0, 10) === i.end.slice(0, 10) ? i.start.slice(0, 10) : ""))));
  if (days.size !== 1) return null;
  const [day] = days;
  return day ? clockOnDay(clock, day, (phrase) => resolve(phrase, draft.year)) : null;
}

function toTask(draft: TaskDraft, resolve: PlanResolver, locality: Locality | null, earliest: number | null, issuer: string | null, boards: { event: string; scope: string | null } | null): ReadTask {
  const refs = [...draft.units, ...draft.fields.filter((f) => f.kind === "units").flatMap((f) => unitRefs(f, splitUnitList))];
  const read = flatMapOf(refs, (ref) => readUnitField(ref.value, ref.role, locality).map((u) => ofIssuer(boards ? ofEvent(u, boards.event, boards.scope) : u, issuer, locality)));
  const units: UnitMention[] = uniqueBy(read, mentionKey).map((unit) => ({ name: unit.name, slug: unit.slug, role: unit.role, collective: unit.collective, scope: unit.scope, written: unit.written }));
  // A unit that leads does not also support (`Chủ trì: Phó Chủ tịch …; Phối hợp: các đ/c Phó Chủ tịch …` are one body).
  const leading = new Set(units.filter((u) => u.role === "lead" || u.role === "advise").map((u) => u.slug));
  for (let i = units.length - 1; i >= 0; i--) if (units[i]!.role === "support" && leading.has(units[i]!.slug)) units.splice(i, 1);
  return {
    id: draft.id,
    title: draft.title,
    section: draft.section,
    lines: [draft.from, draft.to],
    timing: resolveDraftTiming(draft, resolve, earliest),
    units,
    ...(draft.body.length > 0 ? { body: draft.body } : {}),
    ...(draft.duty ? { duty: true } : {}),
  };
}

const CEREMONY_TITLE = /^(to chuc )?le ky niem/;

function findCeremony(drafts: TaskDraft[], context: TimingContext): { ceremony: Ceremony; draft: TaskDraft } | null {
  const draft = drafts.find((d) => CEREMONY_TITLE.test(foldKeyOfStart(d.title, 30)) && d.fields.some((f) => f.kind === "timing"));
  if (!draft) return null;
  const field = draft.fields.find((f) => f.kind === "timing")!;
  const resolution = resolveTiming(field.value, Object.assign({}, context, { field: field.name, year: draft.year }));
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
  const value = (kind: string) => draft.fields.find((f) => f.kind === kind)?.value.replace(/\.$/, "") ?? null;

  const ceremony: Ceremony = {
    name: draft.title.replace(/^Tổ chức\s+/u, ""),
    start,
    end,
    tentative: resolution.tentative,
    location: value("place"),
    participants: value("participants"),
    ...(resolution.durationMinutes ? { durationMinutes: resolution.durationMinutes } : {}),
    ...(draft.programme.length > 0 ? { programme: draft.programme } : {}),
  };
  return { ceremony, draft };
}

/** Work before or after an event, not at it: `Gửi giấy mời …`, `Chuẩn bị hội trường`, `Sau hội nghị, tổng hợp …`. */
const PREPARES = /^(?:Gửi|Chuẩn bị|Dự thảo|Xây dựng|Ban hành|Mời|Trang trí|Thông báo|Đăng ký|Sau|Trước|Tổng hợp|Báo cáo)(?![\p{L}])|(?<![\p{L}])(?:trước|sau) (?:khi|hội nghị|buổi|ngày|\d)/iu;

/** `Sở Nội vụ chủ trì, phối hợp với các ngành có liên quan tổ chức kiểm tra …`: the task that says who carries out the plan's inspections (not `tự kiểm tra`, each body its own). */
const CONDUCTS = /(?:chủ trì|tổ chức|tiến hành|thành lập đoàn)(?:(?!tự kiểm tra)[^.;]){0,80}(?<!tự )kiểm tra/iu;

/**
 * An inspection calendar's rows (`Xã Đắk Song | Tháng 3/2026`) name the body inspected; who
 * inspects is in the plan's words (`Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì phối hợp với các
 * ngành có liên quan tổ chức kiểm tra`): those units lead and support each row too.
 */
function conductInspections(tasks: ReadTask[], rows: Set<ReadTask>): void {
  if (rows.size === 0) return;
  const conductor = tasks.find((t) => !rows.has(t) && CONDUCTS.test(t.title) && t.units.some((u) => u.role === "lead"));
  if (!conductor) return;
  for (const row of rows) {
    // A row that names its own inspector keeps it.
    if (row.units.some((u) => u.role === "lead")) continue;
    const own = new Set(row.units.map((u) => u.slug));
    row.units.unshift(...conductor.units.filter((u) => !own.has(u.slug)).map((u) => ({ ...u })));
  }
}

/** Line numbers (1-based) as flags: marking every line of every task costs no hashing. */
class LineSet {
  private readonly flags: Uint8Array;
  constructor(count: number, initial: Iterable<number>) {
    this.flags = new Uint8Array(count + 2);
    for (const line of initial) this.add(line);
  }
  add(line: number): void {
    if (line >= 0 && line < this.flags.length) this.flags[line] = 1;
  }
  /** Lines `from` to `to`, both included. */
  addSpan(from: number, to: number): void {
    for (let line = from; line <= to; line++) this.add(line);
  }
  has(line: number): boolean {
    return this.flags[line] === 1;
  }
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

/**
 * The context a phrase written for this plan is resolved in, as the reader resolves its own
 * (a phrase organizers type to correct a task: `Trước lễ kỷ niệm 05 ngày` follows the ceremony).
 */
export function planTimingContext(plan: Pick<ReadPlan, "issued" | "occasions" | "ceremony" | "title">): TimingContext {
  const context: TimingContext = { issued: plan.issued, occasions: mainFirst(plan.occasions), ceremony: plan.ceremony?.start ?? null };
  const period = planPeriod(plan.title, plan.issued);
  if (period) context.period = period;
  if (!plan.issued) context.year = titleYear(plan.title);
  return context;
}
