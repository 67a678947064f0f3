/**
 * The outline tree → task drafts: every actionable item of the content sections, each
 * unit's duties in `TỔ CHỨC THỰC HIỆN`, and closing sentences that carry a date.
 */
import { foldKey, foldKeyOfStart } from "../text/normalize.ts";
import { trimEndOf } from "../text/trim.ts";
import { namesUnit } from "../units/canonical.ts";
import { startsLikeUnit } from "../units/split.ts";
import { beforePredicate, nameEnd, opensWithVerb, PREDICATE } from "../units/predicates.ts";
import { STARTS_LIKE_POST } from "../units/positions.ts";
import { placeField, type Field } from "./fields.ts";
import { CLOCK_ONLY } from "./clocks.ts";
import { timingPhrases } from "./sentences.ts";
import type { Node } from "./tree.ts";
import type { UnitRole } from "./types.ts";
import { flatMapOf } from "../text/lists.ts";
import { memoize } from "../text/memo.ts";

export interface UnitRef {
  value: string;
  role: UnitRole;
}

export interface TaskDraft {
  id: string;
  title: string;
  body: string[];
  section: string;
  from: number;
  to: number;
  year: number | null;
  /** Timing and unit fields, its own first, then those of the sections above it. */
  fields: Array<Field & { line: number }>;
  /** Units named outside fields: the unit heading of a duty, the units of `Tổ chức thực hiện`. */
  units: UnitRef[];
  /** Where sentence timing is looked for when no timing field applies. */
  text: string;
  /** Whether a timing field is the task's own, not one of the sections or the document above it. */
  ownTiming?: boolean;
  /** A task timed by the clock only: the timing fields above it, which give the day. */
  dayTiming?: Array<Field & { line: number }>;
  /** The whole duty a sentence of it came from: what content tasks are matched against (see link.ts). */
  whole?: string;
  /** A duty from `TỔ CHỨC THỰC HIỆN`. */
  duty: boolean;
  /** Closing words: a task only when they carry a date. */
  optional: boolean;
  /** Lines the task accounts for beyond from..to (its body). */
  lines: number[];
  /** The items under a `Chương trình:` line (a ceremony's programme). */
  programme: string[];
}

/** A bullet that names an aspect of its heading's work, not work of its own. */
const ASPECT = /^(?:Việc|Về việc|Về|Cơ cấu|Tiêu chuẩn|Số lượng|Thành phần|Những|Đảm bảo|Bảo đảm|Tình hình|Công tác)\s/u;
const INSPECTION = /^(?:Kiểm tra|Giám sát|Thanh tra|Rà soát|Đánh giá|Thẩm định)(?![\p{L}])/u;

const FUNDING_PART = /^(kinh phi|ngan sach|du toan|nguon kinh phi)(?![a-z])/;

const STRUCTURAL = /^(noi dung|hinh thuc|thoi gian|to chuc thuc hien|chuong trinh|dia diem|thanh phan|muc dich|yeu cau)(?![a-z])/;

function isStructural(node: Node): boolean {
  return node.block.kind === "heading" && STRUCTURAL.test(foldKeyOfStart(node.block.text, 30));
}

/** `UBND huyện: Chỉ đạo …` → the unit and its duty; `Ban Tuyên giáo Huyện ủy` → the unit. */
export function unitHeading(node: Node): { unit: string; duty: string | null } | null {
  if (node.block.kind !== "heading") return null;
  if (node.section !== "responsibilities" && node.section !== "closing" && !/^(Các|Những)\s/u.test(node.block.text) && !namesOnlyUnit(node)) return null;
  // `6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh …` over their duties: the bodies the plan asks.
  const text = node.block.text.replace(/^Đề nghị\s*:\s*/iu, "");
  const colon = text.indexOf(":");
  // `1. Ban Thường trực … xây dựng Kế hoạch …`: no colon, the unit and its duty in one sentence.
  if (colon < 0 && PREDICATE.test(text)) {
    const subject = subjectOf(text);
    if (subject && subject.rest !== "") return { unit: subject.value, duty: subject.rest };
  }
  const unit = (colon > 0 ? text.slice(0, colon) : text).replace(/^Đề nghị\s+/iu, "").replace(/^(?:Trách nhiệm|Nhiệm vụ)\s+của\s+/u, "").trim();
  // `3. Cán bộ phụ trách lĩnh vực giám sát …` over its duties: a post is a unit heading with a colon or with duties under it.
  const post = STARTS_LIKE_POST.test(unit) && (colon > 0 ? unit.split(/\s+/).length <= 8 : node.children.length > 0 && unit.split(/\s+/).length <= 20);
  if ((!startsLikeUnit(unit) && !post) || unit.split(/\s+/).length > 30 || !namesUnit(unit)) return null;
  if (STRUCTURAL.test(foldKey(unit)) || /^(tổ chức|cấp)\s/iu.test(unit) && !/^tổ chức (chính trị|đoàn thể)/iu.test(unit)) return null;
  return { unit, duty: colon > 0 ? withoutPersonName(text.slice(colon + 1).trim()) || null : null };
}

/**
 * `1.1. Trưởng Ban Chỉ đạo`, `1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo`, `1.5. Trách nhiệm của
 * đối tượng thực hiện kiểm kê:` over bullets, in a section of tasks (`IV. NHIỆM VỤ CỤ THỂ`): a heading
 * that names a unit and nothing it does heads that unit's duties, as in `Tổ chức thực hiện`.
 */
function namesOnlyUnit(node: Node): boolean {
  if (node.children.length === 0 || node.block.text.split(/\s+/).length > 24) return false;
  const text = node.block.text.replace(/^(?:Trách nhiệm|Nhiệm vụ)\s+(?:của\s+)?/u, "").replace(/\s*\([^()]*\)\s*/gu, " ").replace(/[\s:.]+$/u, "").trim();
  if (text.includes(":") || PREDICATE.test(` ${text.replace(/\s[-–]\s.*$/u, "")}`)) return false;
  return (startsLikeUnit(text) || STARTS_LIKE_POST.test(text)) && namesUnit(text);
}

/** A sentence, not a part's name (`Tổ chức treo Cờ Tổ quốc, Pa nô … trên địa bàn xã.`): long, ended by a full stop, in lower case. */
function isWorkSentence(text: string): boolean {
  return /[^.]\.$/u.test(text) && text.split(/\s+/).length >= 10 && text !== text.toUpperCase();
}

/** `Cấp thành phố`, `Đối với cấp xã:`: a few words with no verb and no time, naming who or where the steps under it are for. */
function isLabel(text: string): boolean {
  const words = text.replace(/:$/u, "").trim();
  return words.split(/\s+/).length <= 5 && !/[.;,]/u.test(words) && !opensWithVerb(words) && !PREDICATE.test(` ${words}`) && timingPhrases(words).length === 0;
}

/** `Chủ trì, phối hợp với …`, `Phối hợp với …`: a heading that only says in what role the unit does the work under it. */
const ROLE_LEAD_IN = /^(?:Chủ trì|Phối hợp)(?:,?\s*(?:phối hợp|chủ trì))?(?:\s+(?:với|cùng))?(?:\s+[^.:;]*)?:?$/u;

/** `Hiệu trưởng: Ông Hoàng Hưng – Chỉ đạo tổng thể …`: the person's name before the duty is not the duty. */
const PERSON_NAME = /^(?:(?:Ông|Bà|Thầy|Cô|Đồng chí|Đ\/c)\s+)?(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})\s*[–-]\s+(?=\S)/u;

function withoutPersonName(duty: string): string {
  const person = PERSON_NAME.exec(duty);
  return person && !startsLikeUnit(person[1]!) ? duty.slice(person[0].length) : duty;
}

/** `… (Thời gian thực hiện: quý I, II năm 2024).` → `…`: only the last bracket can be a field. */
function stripInlineFields(text: string): string {
  const open = text.lastIndexOf("(");
  const tail = open >= 0 ? text.slice(open) : "";
  const stripped = /^\([^()]*(Thời gian|Đơn vị)[^()]*:[^()]*\)\s*\.?$/iu.test(tail) ? text.slice(0, open) : text;
  return trimEndOf(stripped, ".:;,").trim();
}

/** The lines a node and everything under it stand on (a line may come twice). */
function linesOf(node: Node, into: number[] = []): number[] {
  for (let line = node.block.from; line <= node.block.to; line++) into.push(line);
  for (const field of node.fields) for (let line = field.line; line <= (field.to ?? field.line); line++) into.push(line);
  for (const child of node.children) linesOf(child, into);
  return into;
}

function inheritedFields(node: Node): Array<Field & { line: number }> {
  const fields: Array<Field & { line: number }> = [];
  let root: Node = node;
  for (let n = node.parent; n; n = n.parent) {
    root = n;
    const own = n.fields.filter((f) => f.kind === "timing" || f.kind === "units");
    fields.push(...own);
    // A heading that says when in its words, and has no timing field, times what stands under it.
    if (n.timingForChildren && !own.some((f) => f.kind === "timing") && !fields.some((f) => f.kind === "timing" && f !== n.timingForChildren)) fields.push(n.timingForChildren);
  }
  // What the document says for all of it, before any heading (`NGÀY: 29/1/2016` atop a programme).
  for (const field of root.documentFields ?? []) if (!fields.some((f) => f.kind === field.kind)) fields.push(field);
  return fields;
}

function draft(node: Node, extra: Partial<TaskDraft> = {}): TaskDraft {
  const own = [...node.fields, ...node.block.inline.map((f) => placeField(f, node.block.from))];
  const ownTiming = own.some((f) => f.kind === "timing");
  const ownUnits = own.some((f) => f.kind === "units");
  const all = inheritedFields(node);
  const inherited = all.filter((f) => (f.kind === "timing" ? !ownTiming : !ownUnits));
  // `08h00 - 08h10` in a programme's time column: the clock of the day the document gives above.
  const clockOnly = ownTiming && own.every((f) => f.kind !== "timing" || CLOCK_ONLY.test(f.value));
  const dayTiming = clockOnly ? all.filter((f) => f.kind === "timing") : [];
  const lines = linesOf(node);
  let from = Infinity;
  let to = -Infinity;
  for (const line of lines) {
    if (line < from) from = line;
    if (line > to) to = line;
  }
  const body = node.children.map((c) => c.block.text);
  const programme = node.children.find((c) => /^Chương trình\s*:?$/iu.test(c.block.text))?.children.map((c) => c.block.text) ?? [];
  return {
    id: node.id,
    title: stripInlineFields(node.block.text),
    body,
    section: node.sectionTitle,
    from,
    to,
    year: node.year,
    fields: [...own, ...inherited],
    ownTiming,
    ...(dayTiming.length > 0 ? { dayTiming } : {}),
    units: ownUnits || inherited.some((f) => f.kind === "units") ? introducedRowUnits(node, ownUnits) : (sentenceUnits(node.block.text) ?? performerAfterDash(node.block.text) ?? proseSubjectUnits(node, extra.body ?? body) ?? orPartners(ancestorSentenceUnits(node), node.block.text)),
    text: [node.block.text, ...body].join(". "),
    duty: false,
    // A plan without parts: its numbered and bulleted items are its tasks; loose paragraphs only when dated.
    optional: node.section === "closing" || node.section === "rules" || (node.loose === true && ((node.block.kind === "item" && node.block.bullet === "") || node.block.heading?.article === true)),
    lines,
    programme,
    ...extra,
  };
}

/** The subject before its colon (`Sở Tư pháp: …`), else before the verb its duty starts with. */
function subjectText(text: string): string | null {
  const colon = text.indexOf(":");
  const head = colon > 0 && colon < 160 ? text.slice(0, colon) : null;
  const end = nameEnd(text);
  if (head !== null && (end === null || end > colon)) return head.trim();
  return end !== null ? text.slice(0, end).replace(/[\s,]+$/, "") : null;
}

/** `Công an tỉnh chủ trì, …`, `- Công chức Văn hoá – Xã hội: Tham mưu …`: the unit a sentence starts with, and its role. */
/** A schedule's line that starts with its time (`07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;`): the time, to read past. */
const LEADING_TIME = /^(?:(?:lúc\s+)?\d{1,2}\s*(?:giờ|h|g)\s*\d{0,2}\s*(?:phút)?'?,?\s*)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*[,:;-]?\s+/iu;

/** `Căn cứ Kế hoạch này, các cơ quan …`, `Quý I/2027, các cơ quan …`, `Kết thúc cuộc bầu cử, Ban Thường trực …`: a clause before the subject. */
const LEADING_CLAUSE = /^(?:(?:Căn cứ|Trên cơ sở|Theo|Sau khi|Khi|Trong|Quý|Tháng|Năm|Định kỳ|Hằng năm|Hàng năm|Kết thúc|Trước|Từ)\s[^,;:]{0,140},\s+|(?:Để|Nhằm)\s[^;:]{0,240};\s+)/u;

/** `… kính mong / đề nghị / yêu cầu` before the head of a body or bodies (`yêu cầu các Sở, ban, ngành …`): the sentence's subject hands the work over. */
const HANDED_TO = /\s(?:kính mong|kính đề nghị|đề nghị|yêu cầu)\s+(?=(?:thủ trưởng|lãnh đạo|người đứng đầu)\s+(?:các\s)?\p{L}|các\s+(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|phòng|xã|phường|huyện)(?![\p{L}\p{M}]))/iu;

/** `Chủ tịch UBND tỉnh giao Sở Nội vụ …`: the work given to another body (not `bàn giao`, `chuyển giao`, `được giao`). */
const GIVEN_TO = /^[^,;:]{2,80}?\s(?<!(?:bàn|chuyển|được|trao)\s)giao(?:\s+cho)?\s+(?=\p{Lu}|các\s)/u;

/** `(sau đây viết tắt là cơ quan, đơn vị)`: the short name a list is given, no unit of its own. */
const SHORT_NAME = /\s*\(\s*sau đây (?:viết tắt|gọi tắt|gọi chung)(?: là)?[^()]*\)/giu;

export function subjectOf(text: string): (UnitRef & { rest: string }) | null {
  // `Đề nghị X …`, `Giao X có trách nhiệm …`: X is who acts.
  // `Bước 2: Trung tâm … thực hiện …`, `Giai đoạn 1: Các khoa …`, `Điều 5. Chánh Văn phòng …`: the step's label is not its subject.
  let clean = text.replace(SHORT_NAME, "").replace(/^(?:Bước|Giai đoạn|Đợt|Điều)\s+\d{1,2}\s*[:.)-]\s*/u, "").replace(/^(?:Đề nghị|Giao(?=\s+(?:cho\s+)?(?:\p{Lu}|các\s)))\s+(?:cho\s+)?/iu, "");
  const clause = LEADING_CLAUSE.exec(clean);
  const after = clause ? clean.slice(clause[0].length).replace(/^đề nghị\s+/iu, "") : "";
  // The subject after the clause is a named body or `các …` (not `đơn vị mình …`, the clause's own words).
  if (clause && /^(?:các\s|\p{Lu})/u.test(after) && startsLikeUnit(after)) clean = after;
  // The subject starts the sentence: a sentence that does not start like a unit has none.
  // `Trưởng các đơn vị có liên quan căn cứ …`: the head of a body stands for it.
  const post = !startsLikeUnit(clean) && STARTS_LIKE_POST.test(clean);
  if (!startsLikeUnit(clean) && !post) {
    const time = LEADING_TIME.exec(clean);
    const after = time ? clean.slice(time[0].length).replace(/[.;,]+$/, "").trim() : "";
    // After the time, a unit alone (a schedule) is who acts then.
    if (after !== "" && (startsLikeUnit(after) || STARTS_LIKE_POST.test(after)) && after.split(/\s+/).length <= 12 && namesUnit(after) && !PREDICATE.test(after)) return { value: after, role: "lead", rest: "" };
    return null;
  }
  // `Trung tâm kính mong Thủ trưởng các đơn vị triển khai …`: who is asked acts.
  const handedTo = HANDED_TO.exec(clean);
  if (handedTo && startsLikeUnit(clean.slice(0, handedTo.index))) clean = clean.slice(handedTo.index + handedTo[0].length);
  // `Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì …`: who is given the work acts.
  const givenTo = GIVEN_TO.exec(clean);
  if (givenTo && (post || startsLikeUnit(clean)) && startsLikeUnit(clean.slice(givenTo.index + givenTo[0].length))) return subjectOf(clean.slice(givenTo.index + givenTo[0].length));
  const subject = subjectText(clean);
  // A post alone is a few words; a decision's closing article lists posts (`Chánh Văn phòng Sở, Trưởng phòng …, cá nhân có liên quan … chịu trách nhiệm thi hành Quyết định này`).
  const executes = /^[\s,]*chịu trách nhiệm thi hành\s/u.test(clean.slice(subject?.length ?? 0));
  // A list of bodies runs longer (`các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội, các xã, phường, …`).
  const longest = post && !executes ? 12 : (subject?.split(",").length ?? 0) >= 4 ? 40 : 25;
  if (!subject || !(post || startsLikeUnit(subject)) || subject.split(/\s+/).length > longest || !namesUnit(subject)) return null;
  const rest = clean.slice(subject.length).replace(/^[\s,:]+/, "");
  const verb = foldKeyOfStart(rest, 30);
  const role: UnitRole = /^tham muu/.test(verb) ? "advise" : /^(phoi hop|can cu)/.test(verb) ? "support" : "lead";
  return { value: subject, role, rest };
}

/** Each bullet of `Tổ chức thực hiện`: the unit it starts with, in the role its verb gives. */
function organisingUnits(node: Node): UnitRef[] {
  return flatMapOf(node.children, (child) => {
    const subject = subjectOf(child.block.text);
    return subject ? [{ value: subject.value, role: subject.role }] : [];
  });
}

// Verbs are written in lower case; names (`Ban Tổ chức`, `Bộ Chỉ huy`) are not; a preposition ends the list too.
const PARTNER_END = new RegExp(`${PREDICATE.source}|\\s(?:lên|trong|để|về|tại|theo|đấu nối|nhằm|trên cơ sở)(?=[\\s,])`, "u");

/**
 * `Chủ trì, phối hợp với X, Y xây dựng …` → X and Y support. The unit a duty is written under
 * (or the sentence's own subject) leads it even when the duty opens `Phối hợp với X …`: what
 * it is asked to do is its task, the partners named help.
 */
const PARTNERS = /^(?:(?:thường trực|là đầu mối|là cơ quan thường trực|chủ động|tích cực)\s*,?\s*)*(?:chủ trì,?\s*(?:và\s+)?)?(?:chủ động\s+)?phối hợp(?:\s+(?:chặt chẽ|thường xuyên|tốt|cùng))?(?:\s+(?:với|cùng))?\s+(.+)$/iu;

/**
 * `… tổ chức hội nghị tiếp xúc cử tri phối hợp với X thực hiện …`: partners later in the duty's
 * first clause, unless a verb before them hands the work to someone else (`đề nghị Y phối hợp với`).
 */
const LATER_PARTNERS = /[\s,]((?:chủ trì,?\s*)?phối hợp(?:\s+(?:chặt chẽ|thường xuyên|tốt))?\s+(?:với|cùng)\s+.+)$/u;
const HANDS_OVER = /(?<![\p{L}])(?:đề nghị|yêu cầu|chỉ đạo|hướng dẫn|giao|để|đôn đốc|và các|của|do|được)\s/iu;

function partnersOf(duty: string): RegExpExecArray | null {
  const atStart = PARTNERS.exec(duty);
  if (atStart) return atStart;
  const clause = duty.split(/[;.]/u)[0]!;
  const later = LATER_PARTNERS.exec(clause);
  if (!later || HANDS_OVER.test(clause.slice(0, later.index))) return null;
  return PARTNERS.exec(later[1]!);
}

function dutyUnits(unit: string, duty: string): UnitRef[] {
  // Partners named at the start of the duty, or later in its first clause (see partnersOf).
  const partner = partnersOf(duty);
  const units: UnitRef[] = [{ value: unit, role: "lead" }];
  if (partner) {
    const rest = partner[1]!;
    const end = PARTNER_END.exec(rest);
    // A colon ends the partners: what follows is their work (`… các chi hội, đoàn thể ở thôn: Lập danh sách …`).
    const names = (end ? rest.slice(0, end.index) : rest.split(/[.;]/)[0]!).split(":")[0]!.trim();
    if (startsLikeUnit(names) || STARTS_LIKE_POST.test(names)) units.push({ value: names, role: "support" });
  }
  for (const names of namedPartners(duty)) if (!units.some((u) => u.value.startsWith(names) || names.startsWith(u.value))) units.push({ value: names, role: "support" });
  return units;
}

/**
 * The bodies a duty says it works with anywhere in its text, past its first clause too (`…;
 * chủ động phối hợp với các tổ chức, đoàn thể …`, `thống nhất với Thường trực HĐND xã`): they
 * support it. Where it reports or sends to, or whom it directs, is not its partner.
 */
const TOWARDS = /(?<![\p{L}])(?:phối hợp|thống nhất|trao đổi)(?:\s+(?:chặt chẽ|thường xuyên|tốt))?\s+(?:với|cùng)\s+/giu;

/**
 * A word that gives the clause to another body: `do X chủ trì`, `đề nghị X …`, `để người dân phối
 * hợp với …` (not `đề nghị và thống nhất`, which has no object; not `của`, which a subject's own
 * lead-in has: `Căn cứ chức năng, nhiệm vụ của các sở, … phối hợp với …`).
 */
const ANOTHER_AGENT = /(?<![\p{L}])(?:đề nghị|yêu cầu|chỉ đạo|hướng dẫn|giao|đôn đốc|do|được|để)\s+(?!và\s)\p{L}/iu;

function namedPartners(duty: string): string[] {
  const out: string[] = [];
  for (const match of duty.matchAll(TOWARDS)) {
    const rest = duty.slice(match.index + match[0].length);
    if (!startsLikeUnit(rest) && !STARTS_LIKE_POST.test(rest)) continue;
    // `… do Trung ương Đoàn chủ trì, phối hợp với …`: the partners of another body.
    const clause = duty.slice(0, match.index).split(/[;.]/u).pop()!;
    if (ANOTHER_AGENT.test(clause)) continue;
    const end = PARTNER_END.exec(rest);
    const names = (end ? rest.slice(0, end.index) : rest).split(/[.;:()]/u)[0]!.replace(/[\s,]+$/u, "").trim();
    if (names !== "" && names.split(/\s+/).length <= 30 && namesUnit(names) && !out.includes(names)) out.push(names);
  }
  return out;
}

/**
 * `- Phối hợp với UBND xã triệu tập …` under no one's name: those it works with support it (its
 * lead is whoever the plan gives the rest to, its issuer by default).
 */
function orPartners(units: UnitRef[], text: string): UnitRef[] {
  if (units.length > 0 || !PARTNERS.test(text)) return units;
  return dutyUnits("", text).filter((u) => u.role === "support");
}

/** The units of a sentence that names its own subject (`Ban Thường trực … phối hợp với X …`). */
function sentenceUnits(text: string): UnitRef[] | null {
  const units = sentenceUnitsOf(text);
  return units ? [...units] : null; // a copy: drafts own their lists
}

// A heading's sentence is read again for every step under it.
const sentenceUnitsOf = memoize((text: string): readonly UnitRef[] | null => {
  const subject = subjectOf(text) ?? labelledSubject(text);
  if (!subject) return null;
  return subject.role === "advise" ? [{ value: subject.value, role: subject.role }] : dutyUnits(subject.value, subject.rest);
});

/**
 * `1. Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp với … báo cáo …`: a label of a few words, then
 * the sentence that names who does it. A label that is itself a unit is a unit heading instead.
 */
const LABEL = /^([^:;.]{3,90}?):\s+(\S.*)$/u;

function labelledSubject(text: string): (UnitRef & { rest: string }) | null {
  const labelled = LABEL.exec(text);
  if (!labelled || labelled[1]!.split(/\s+/).length > 14 || startsLikeUnit(labelled[1]!) || STARTS_LIKE_POST.test(labelled[1]!)) return null;
  return subjectOf(labelled[2]!);
}

/**
 * `Tham luận “…” - Trường THPT Thống Linh hỗ trợ thực hiện.`, `Phát biểu khai mạc – Đồng chí Chủ
 * tịch UBND xã`: who does the item, named after a dash at its end (not inside a bracket: `(mời
 * Ông … - Sở GDĐT nếu có)`), what it does after its name left out.
 */
const LAST_DASH = /\s[–-]\s+((?:(?!\s[–-]\s)[^()])+?)\s*[.;]?$/u;
/** An item that goes to a body (`Kiểm tra … tại cơ sở - UBND xã Đắk Song`): the body after its dash is where, not who. */
const VISITS = /^(?:Kiểm tra|Khảo sát|Giám sát|Thanh tra|Tham quan|Làm việc|Thăm)(?![\p{L}])/u;
/** A post named with its body (`Đồng chí Chủ tịch UBND xã`): who; a bare post (`Đồng chí Trưởng phòng`) is not enough. */
const POST_WITH_BODY = /(?<![\p{L}])(?:UBND|HĐND|MTTQ|Ủy ban|Uỷ ban|Sở|Phòng\s+\p{Lu}|Ban\s+\p{Lu}|Trường|Đoàn|Hội\s+\p{Lu}|Đảng ủy|Huyện ủy)(?![\p{L}])/u;
const PERFORMER_VERB = /\s+(?:hỗ trợ\s+)?(?:thực hiện|chủ trì|phụ trách|trình bày|điều hành|báo cáo|cho ý kiến|thảo luận|tham gia)(?![\p{L}]).*$/u;

function performerAfterDash(text: string): UnitRef[] | null {
  const after = VISITS.test(text) ? null : LAST_DASH.exec(text);
  // A few words: a long clause after a dash says more than who (`… Bộ Công an - đơn vị thường trực … chủ trì, phối hợp với …`).
  if (!after || after[1]!.split(/\s+/).length > 12 || text.slice(0, after.index).split("(").length !== text.slice(0, after.index).split(")").length) return null;
  const named = beforePredicate(after[1]!.replace(PERFORMER_VERB, "").trim());
  if (!(startsLikeUnit(named) || (STARTS_LIKE_POST.test(named) && POST_WITH_BODY.test(named))) || !namesUnit(named)) return null;
  return [{ value: named, role: "lead" }];
}

/** `2. Tổ chức Cuộc thi …` and its prose `Sở Nội vụ chủ trì, phối hợp với …`: the heading's units are its prose's. */
function proseSubjectUnits(node: Node, body: string[]): UnitRef[] | null {
  if (node.block.kind !== "heading" || body.length === 0) return null;
  const first = node.children[0]!;
  return first.block.kind === "item" && first.block.bullet === "" ? sentenceUnits(first.block.text) : null;
}

/**
 * A table's rows after the sentence that introduces them (`Báo và Phát thanh, Truyền hình tỉnh
 * chủ trì, phối hợp với các sở … gồm 11 chuyên mục sau:`): a row naming its own unit has it lead
 * and the sentence's subject support; a row naming none is the sentence's units' work.
 */
function introducedRowUnits(node: Node, ownUnits: boolean): UnitRef[] {
  if (!node.block.row || !node.parent) return [];
  const siblings = node.parent.children;
  let at = siblings.indexOf(node) - 1;
  while (at >= 0 && siblings[at]!.block.row) at--;
  const intro = at >= 0 ? siblings[at]! : null;
  if (!intro || intro.block.kind !== "item" || !/:\s*$/u.test(intro.block.text)) return [];
  const units = sentenceUnits(intro.block.text);
  if (!units) return [];
  return ownUnits ? units.filter((u) => u.role === "lead").map((u) => ({ value: u.value, role: "support" as const })) : units;
}

/**
 * The steps under a heading that names who acts (`4.5. Ban Thường trực … phối hợp với Ủy ban
 * nhân dân cùng cấp thực hiện các nội dung sau:` → `a) Xây dựng kế hoạch …`) are that unit's.
 */
function ancestorSentenceUnits(node: Node): UnitRef[] {
  for (let n = node.parent; n; n = n.parent) {
    // A part's heading (`II. NỘI DUNG`) names no one; the paragraph opening it may.
    const units = (n.divider === true ? null : sentenceUnits(n.block.text)) ?? introductionUnits(n, node);
    if (units) return units;
    if (n.divider === true) break;
  }
  return [];
}

/**
 * `II. NỘI DUNG ĐỢT THI ĐUA` / `Để …; các sở, ban, ngành, … tập trung thi đua thực hiện các nội
 * dung chủ yếu sau:` / `1. Thi đua …`: the paragraph that opens a heading's part says who does
 * the items after it.
 */
function introductionUnits(heading: Node, node: Node): UnitRef[] | null {
  if (heading.block.kind !== "heading") return null;
  const first = heading.children[0];
  if (!first || first === node || first.block.kind !== "item" || first.block.bullet !== "" || !INTRODUCES_ITEMS.test(first.block.text)) return null;
  return sentenceUnits(first.block.text);
}
const INTRODUCES_ITEMS = /(?:như sau|sau đây|(?:chủ yếu|cụ thể|chính)\s+sau)\s*:\s*$/iu;

/**
 * `1. Phòng Quản lý Công nghiệp: Là đầu mối … Chủ trì xây dựng kế hoạch …; theo dõi, tổng hợp …`:
 * each sentence of a unit's duty, and each clause after a semicolon, is a duty of its own.
 */
const SENTENCE_BREAK = /(?<=[\p{Ll}\p{N})”"])\.\s+(?=\p{Lu})/u;
const CLAUSE_BREAK = /(?<=[\p{Ll}\p{N})”"]);\s+(?=\p{L})/u;
const enoughWords = (text: string) => text.split(/\s+/).length >= 3;

function dutySentences(duty: string): Array<{ duty: string; sentence: string }> {
  return duty
    .split(SENTENCE_BREAK)
    .filter(enoughWords)
    .flatMap((sentence) =>
      sentence
        .split(CLAUSE_BREAK)
        .map((clause) => clause.trim())
        .filter(enoughWords)
        .map((clause) => ({ duty: clause.charAt(0).toUpperCase() + clause.slice(1), sentence })),
    );
}

/** `- Từ ngày 04/02/2026: Ban Thường trực … họp …`: a bulleted line that starts with its time. */
function isDatedLine(node: Node): boolean {
  const first = node.block.kind === "item" && node.block.bullet !== "" ? timingPhrases(node.block.text)[0] : undefined;
  return first !== undefined && node.block.text.indexOf(first.phrase) <= 8;
}

export function collectTasks(roots: Node[]): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  const visit = (node: Node) => {
    if (node.section === "responsibilities" || node.section === "closing") return visitDuties(node);
    // How the work is paid for is no task, but a unit's duty written there is (`2. Sở Tài chính chủ trì, … bố trí kinh phí …`).
    if (node.section === "funding" && !roots.includes(node) && subjectOf(node.block.text)) return visit({ ...node, section: "content" });
    if (node.section !== "content" && node.section !== "rules") return node.children.forEach(visit);
    const block = node.block;
    if (block.kind === "heading") {
      const topLevel = node.divider === true;
      // `1. Tổ chức treo Cờ Tổ quốc … tại trụ sở UBND xã, các thôn.` atop a notice without parts: sentences of work, no part's name.
      if (topLevel && isWorkSentence(block.text)) {
        pushSentences(node, true);
        node.children.forEach(visit);
        return;
      }
      // `2. Kinh phí` inside `IV. TIẾN ĐỘ VÀ KINH PHÍ THỰC HIỆN`: how the work is paid for is no task.
      if (!topLevel && FUNDING_PART.test(foldKeyOfStart(block.text, 40)) && block.text.split(/\s+/).length <= 8) return;
      // `1.1. Nội dung`, `1.3. Thời gian`, `1.4. Tổ chức thực hiện` are the parts of one task. Under a
      // heading whose parts are only contents (`a) Nội dung kiểm tra:`, `b) Nội dung giám sát:`), each bullet is a task.
      const parts = node.children.filter(isStructural);
      const onlyContents = parts.length > 0 && parts.every((c) => /^noi dung/.test(foldKeyOfStart(c.block.text, 12)) && c.children.filter((g) => g.block.kind === "item" && g.block.bullet !== "").length >= 2);
      const structural = onlyContents ? [] : parts;
      if (!topLevel && structural.length > 0) {
        const units = flatMapOf(structural.filter((c) => /^to chuc thuc hien/.test(foldKeyOfStart(c.block.text, 30))), organisingUnits);
        const timing = flatMapOf(structural, (c) => c.fields);
        tasks.push(draft(node, { units, fields: [...node.fields, ...timing, ...inheritedFields(node)] }));
        node.children.filter((c) => !structural.includes(c)).forEach(visit);
        return;
      }
      const unit = !topLevel ? unitHeading(node) : null;
      if (unit) return dutiesOf(node, unit);
      const hasItemFields = node.children.some((c) => c.fields.length > 0 || c.block.inline.length > 0 || c.block.kind === "heading");
      if (!node.groupFields && (node.fields.some((f) => f.kind !== "timing") || (node.fields.length > 0 && !hasItemFields && node.children.length === 0))) {
        // `V. THỜI GIAN, ĐỊA ĐIỂM` with `1. Thời gian: … như sau:` over `- Từ ngày 04/02/2026: Ban Thường trực … họp …`: the dated lines are the tasks.
        if (topLevel && node.children.some(isDatedLine)) return node.children.forEach(visit);
        tasks.push(draft(node));
        return;
      }
      if (node.children.length === 0) {
        if (!topLevel && !isStructural(node)) pushSentences(node);
        return;
      }
      // `1. Giám sát việc thành lập …` over `- Việc ban hành các văn bản …`, `- Việc thực hiện nhiệm vụ …`: the aspects of one task.
      const bullets = node.children.filter((c) => c.block.kind === "item" && c.block.bullet !== "");
      // Under `Giám sát việc lập danh sách cử tri`, bullets without a verb (`Cách tính tuổi`, `Tư cách cử tri`) are what is checked.
      const inspects = INSPECTION.test(block.text);
      const aspects = bullets.filter((c) => ASPECT.test(c.block.text) || (inspects && !opensWithVerb(c.block.text)));
      if (!topLevel && bullets.length >= 2 && aspects.length * 2 >= bullets.length) {
        if (node.children.every((c) => c.block.kind === "item")) {
          tasks.push(draft(node));
          return;
        }
        // `7. Kiểm tra … vận động bầu cử` over its aspects and then `7.1. …`, `7.2. …`: the heading is a task of its items, each part one more.
        const items = node.children.filter((c) => c.block.kind === "item");
        const lines = [node.block.from, ...items.flatMap((c) => linesOf(c))];
        tasks.push(draft(node, { body: items.map((c) => c.block.text), text: [node.block.text, ...items.map((c) => c.block.text)].join(". "), lines, from: Math.min(...lines), to: Math.max(...lines) }));
        node.children.filter((c) => c.block.kind !== "item").forEach(visit);
        return;
      }
      const onlyParagraphs = node.children.every((c) => c.block.kind === "item" && c.block.bullet === "" && c.fields.length === 0 && c.block.inline.length === 0);
      // `Tháng 01/2021:` over `07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;` lines: a schedule, each line a task.
      const datedLines = node.children.length >= 2 && node.children.every((c) => timingPhrases(c.block.text).length > 0);
      if (!topLevel && onlyParagraphs && !datedLines) {
        // A heading followed by prose (`1.1.1. Sơ kết giữa nhiệm kỳ …` + paragraphs): one task, the prose its body.
        tasks.push(draft(node));
        return;
      }
      if (block.inline.length > 0) tasks.push(draft(node, { body: [] }));
      node.children.forEach(visit);
      return;
    }
    if (isIntroduction(node)) return; // `- Cấp xã, phường, thị trấn:` introduces what follows
    // `- Tổng hợp, báo cáo ở cấp thành phố` over `+ Các cơ quan, đơn vị liên quan thu thập …`, `+ Sở Nông nghiệp và Môi trường tổng hợp …`:
    // steps that each name who does them are tasks of their own; the line over them only groups them.
    if (node.children.length >= 2 && node.children.every((c) => c.block.kind === "item" && subjectOf(c.block.text) !== null)) return node.children.forEach(visit);
    // `- Cấp thành phố` over `+ Thông báo …`, `+ Thu thập …`: a label of who or where; each step under it is a task.
    if (node.children.length >= 2 && isLabel(block.text)) {
      const label = block.text.replace(/:$/u, "").trim();
      // `- Cấp xã`, `- Sở Y tế`: the level or body the label names does those steps.
      if (!(startsLikeUnit(label) || /^Cấp\s/u.test(label)) || !namesUnit(label)) return node.children.forEach(visit);
      for (const child of node.children) tasks.push(draft(child, { units: dutyUnits(label, child.block.text) }));
      return;
    }
    // A notice's paragraph (`Các cơ quan … treo Quốc kỳ từ ngày …. Yêu cầu các hộ dân …`): each sentence is a task,
    // kept when it is dated or names who acts.
    const sentences = node.loose && block.kind === "item" && block.bullet === "" && node.children.length === 0 ? block.text.split(SENTENCE_BREAK).filter(enoughWords) : [];
    if (sentences.length > 1) {
      for (const sentence of sentences) {
        const units = sentenceUnits(sentence.replace(/^Yêu cầu\s+/u, "")) ?? [];
        tasks.push(draft(node, { title: stripInlineFields(sentence), text: sentence, units, optional: units.length === 0 }));
      }
      return;
    }
    tasks.push(draft(node));
  };

  // `1. Giao cho trưởng các khoa … nghỉ lễ. Phòng Đào tạo, … theo dõi …`: a numbered paragraph of sentences that each name who acts is a task per sentence.
  // A top-level one (a notice's numbered paragraph, no part's name) is split whatever its sentences name.
  const pushSentences = (node: Node, always = false) => {
    const sentences = node.block.text.split(SENTENCE_BREAK).filter(enoughWords);
    const named = sentences.filter((sentence) => subjectOf(sentence) !== null).length;
    if (sentences.length < 2 || (!always && named < 2)) return void tasks.push(draft(node, node.block.kind === "heading" ? { body: [] } : {}));
    for (const sentence of sentences) tasks.push(draft(node, { title: stripInlineFields(sentence), text: sentence, body: [], units: sentenceUnits(sentence) ?? [] }));
  };

  const dutiesOf = (node: Node, unit: { unit: string; duty: string | null }) => {
    for (const { duty, sentence } of unit.duty ? dutySentences(unit.duty) : []) {
      // A clause after a semicolon shares its sentence's partners (`Chủ trì, phối hợp với X …; thực hiện tốt …`).
      const own = dutyUnits(unit.unit, duty);
      const units = own.length > 1 ? own : dutyUnits(unit.unit, sentence);
      tasks.push(draft(node, { title: stripInlineFields(duty), body: [], units, text: duty, whole: unit.duty!, duty: true, lines: [node.block.from, node.block.to] }));
    }
    for (const child of node.children) {
      if (child.section === "closing") {
        tasks.push(draft(child, { duty: true }));
        continue;
      }
      const nested = unitHeading(child) ?? itemUnit(child);
      if (nested && child.block.kind === "heading") {
        dutiesOf(child, nested);
        continue;
      }
      if (isIntroduction(child)) continue;
      // `a) Chủ trì, phối hợp với các sở, ngành …` over bullets: each bullet is the unit's duty, with those partners unless it names its own.
      if (child.block.kind === "heading" && ROLE_LEAD_IN.test(child.block.text) && child.children.length > 0 && child.children.every((c) => c.block.kind === "item")) {
        for (const item of child.children) {
          const own = dutyUnits(unit.unit, item.block.text);
          tasks.push(draft(item, { title: stripInlineFields(item.block.text), units: own.length > 1 ? own : dutyUnits(unit.unit, child.block.text), text: item.block.text, duty: true }));
        }
        continue;
      }
      // A duty that names its own subject (`Công an tỉnh chủ trì, …`) belongs to that unit.
      const subject = nested ? null : subjectOf(child.block.text);
      const owner = nested ?? (subject ? { unit: subject.value, duty: null } : unit);
      const duty = nested?.duty ?? subject?.rest ?? child.block.text;
      tasks.push(draft(child, { title: stripInlineFields(duty), units: dutyUnits(owner.unit, duty), text: duty, duty: true }));
    }
  };

  const visitDuties = (node: Node) => {
    if (node.block.kind === "heading") {
      const unit = unitHeading(node);
      if (unit && node.block.heading!.level > 2) return dutiesOf(node, unit);
      // `1. Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:` then
      // `2. Tổ chức kiểm tra …`, `3. Chuẩn bị …`: the numbers after it are that unit's work.
      let introduced: string | null = null;
      for (const child of node.children) {
        const introduces = introducedUnit(child);
        if (introduces) {
          introduced = introduces;
          continue;
        }
        if (introduced && !unitHeading(child) && !itemUnit(child) && !subjectOf(child.block.text)) {
          for (const { duty } of dutySentences(child.block.text)) tasks.push(draft(child, { title: stripInlineFields(duty), body: [], units: dutyUnits(introduced, duty), text: duty, duty: true, lines: [child.block.from, child.block.to] }));
          child.children.forEach(visitDuties);
          continue;
        }
        introduced = null;
        visitDuties(child);
      }
      return;
    }
    // Paragraphs outside any unit (closing words) become tasks only when they carry a date.
    tasks.push(draft(node, { duty: true }));
  };

  roots.forEach(visit);
  return withUniqueIds(tasks);
}

/** A number written twice (`1.` … `1.`) must not give two tasks one id: the second becomes `1~2`. */
function withUniqueIds(tasks: TaskDraft[]): TaskDraft[] {
  const used = new Set<string>();
  // The next suffix to try per id: a number written 100,000 times stays linear.
  const nextSuffix = new Map<string, number>();
  for (const task of tasks) {
    let id = task.id;
    if (used.has(id)) {
      let n = nextSuffix.get(task.id) ?? 2;
      while (used.has(`${task.id}~${n}`)) n++;
      id = `${task.id}~${n}`;
      nextSuffix.set(task.id, n + 1);
    }
    used.add(id);
    task.id = id;
  }
  return tasks;
}

export function isIntroduction(node: Node): boolean {
  return node.block.text.endsWith(":") && node.children.length === 0 && node.fields.length === 0 && node.block.inline.length === 0 && timingPhrases(node.block.text).length === 0;
}

/** `1. Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:`: a line that gives the work after it to a unit. */
function introducedUnit(node: Node): string | null {
  const text = node.block.text;
  // One sentence only: a paragraph of work that ends by introducing more is a task of its own.
  if (!text.endsWith(":") || node.children.length > 0 || node.fields.length > 0 || /[.;]\s/u.test(text)) return null;
  const subject = subjectOf(text.slice(0, -1));
  return subject && subject.rest !== "" ? subject.value : null;
}

/** `- UBND huyện Than Uyên: Ngoài thực hiện …`: a bullet that names its own unit before a colon. */
function itemUnit(node: Node): { unit: string; duty: string | null } | null {
  const colon = node.block.text.indexOf(":");
  if (colon < 3 || colon > 160) return null; // the pattern needs the first colon after 3 to 80 characters (160 units at most)
  const match = /^([^:]{3,80}):\s+(.+)$/u.exec(node.block.text);
  if (!match || !startsLikeUnit(match[1]!) || !namesUnit(match[1]!)) return null;
  return { unit: match[1]!, duty: match[2]! };
}
