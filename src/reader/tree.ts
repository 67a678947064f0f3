/**
 * Blocks → an outline tree: headings hold items (bullets, paragraphs), `+` bullets hang
 * under the `-` bullet before them, fields attach to the item or heading they describe.
 * Each node knows the part of the plan it stands in (purpose, content, funding,
 * responsibilities), from the nearest top-level heading.
 */
import { foldedCode, foldKey, foldKeyOfStart } from "../text/normalize.ts";
import { isSpaceCode } from "../text/trim.ts";
import type { Block } from "./blocks.ts";
import { placeField, type Field } from "./fields.ts";
import { timingPhrases } from "./sentences.ts";

export type SectionKind = "front" | "purpose" | "content" | "rules" | "funding" | "responsibilities" | "closing";

export interface Node {
  block: Block;
  /** Outline id: `B.I.2.1.a` for headings, `B.I.2.1-3` for the third item under it. */
  id: string;
  section: SectionKind;
  /** The top-level heading's text, for the task's `section`. */
  sectionTitle: string;
  parent: Node | null;
  children: Node[];
  fields: Array<Field & { line: number }>;
  /** The year of the nearest `Năm 2023` heading above. */
  year: number | null;
  /** A heading that divides the plan into its parts (`II. NỘI DUNG`): never a task itself. */
  divider?: boolean;
  /** Content of a plan without parts: a task only when it carries a time. */
  loose?: boolean;
  /** The time a heading's own words give (`Đợt 1: Trong tháng 12/2025`), for what stands under it without one. */
  timingForChildren?: Field & { line: number };
  /** Its fields were written after its items, for all of them (`Đơn vị chủ trì: …` closing a group). */
  groupFields?: boolean;
  /** A bullet whose fields were written after its group of bullets: the group, the same for each of them. */
  fieldGroup?: { run: Node[]; fields: Array<Field & { line: number }> };
  /** Fields of the whole document, written before any heading (`NGÀY: 29/1/2016` atop a programme): for a root node. */
  documentFields?: Array<Field & { line: number }>;
}

const TOP_LEVEL = 2;

export function classifySection(text: string): SectionKind | null {
  const key = foldKey(text);
  // `I. CĂN CỨ XÂY DỰNG KẾ HOẠCH`, `CƠ SỞ PHÁP LÝ`: the documents the plan rests on, no work of its own.
  if (/^(can cu|co so phap ly|co so xay dung)/.test(key)) return "purpose";
  if (/^(muc dich|muc tieu|yeu cau|quan diem|nguyen tac|y nghia)|muc dich|yeu cau/.test(key) && !/noi dung|nhiem vu/.test(key)) return "purpose";
  // `TIẾN ĐỘ VÀ KINH PHÍ THỰC HIỆN`: the schedule is content, its `Kinh phí` part is skipped on its own.
  if (/kinh phi|ngan sach|du toan/.test(key) && !/tien do|thoi gian|noi dung|nhiem vu/.test(key)) return "funding";
  // `NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN`: the tasks themselves, each with its units.
  if (/to chuc thuc hien|trach nhiem thuc hien|phan cong nhiem vu|phan cong trach nhiem|trach nhiem cua|phan cong thuc hien|^phan cong/.test(key) && !/^(noi dung|tien do)/.test(key)) return "responsibilities";
  if (/noi dung|hoat dong|nhiem vu|le ky niem|tuyen truyen|thoi gian|lich|chuong trinh|quy trinh|tien do|lo trinh|giai doan|cac buoc|cach thuc|hinh thuc|giai phap|ke hoach|to chuc|trien khai/.test(key)) return "content";
  // Conditions, rules and prizes of a contest, slogans, who takes part: read, but a task only where it says when.
  if (/doi tuong|dieu kien|quy dinh|tieu chi|tieu chuan|co cau|giai thuong|ho so|the le|khau hieu|thanh phan|linh vuc|pham vi|danh muc/.test(key)) return "rules";
  return null;
}

const APPENDIX = /^(?:PHỤ LỤC|Phụ lục)(?:\s+[\dIVXLC]+)?\s*$/u;

const CLOSING = /^(tren day la|can cu (noi dung )?ke hoach nay|noi nhan|\(co bieu)/;

/** Whether a text's fold can start like `CLOSING`: its first unit folds to `t`, `c`, `n` or `(`, or to no single letter. */
function mayClose(text: string): boolean {
  if (text === "") return false;
  const first = foldedCode(text.charCodeAt(0));
  return first === 116 || first === 99 || first === 110 || first === 40 || first === 0 || first === 0xffff || isSpaceCode(text.charCodeAt(0));
}

/**
 * The level of the headings that divide the plan into its parts: the highest level that names
 * one (`I. MỤC ĐÍCH` …, or `1. MỤC ĐÍCH` … in a plan numbered without Roman numerals).
 */
function sectionLevel(blocks: Block[]): number {
  let level = TOP_LEVEL;
  // `1. Mục đích`, `2. Yêu cầu`, `4. Nội dung`, `5. Phân công trách nhiệm` (a school's or an
  // office's plan numbered without Roman numerals, its headings not in capitals): the parts too,
  // when they name parts of more than one kind, a purpose among them.
  const kinds = new Set<SectionKind>();
  for (const block of blocks) {
    const heading = block.heading;
    if (block.kind === "heading" && heading && heading.level <= TOP_LEVEL && classifySection(heading.text)) return TOP_LEVEL;
    if (block.kind === "heading" && heading && heading.level === 3 && !heading.article) {
      const kind = classifySection(heading.text);
      if (kind && /\p{Lu}{3}/u.test(heading.text)) level = 3;
      if (kind && heading.text.split(/\s+/).length <= 12) kinds.add(kind);
    }
  }
  return level === TOP_LEVEL && kinds.has("purpose") && kinds.size >= 3 ? 3 : level;
}

export function buildTree(blocks: Block[]): Node[] {
  const topLevel = sectionLevel(blocks);
  const roots: Node[] = [];
  const headings: Node[] = [];
  let section: SectionKind = "front";
  let sectionTitle = "";
  let lastItem: Node | null = null;
  const itemCounts = new Map<Node | null, number>();

  const documentFields: Array<Field & { line: number }> = [];
  let introduction: (Field & { line: number }) | null = null;
  // Headings of the document itself: a web page's debris after the signature does not count.
  let bodyHeadings = 0;
  let bodyEnded = false;
  let closeAfter = false;
  let sectionAtEnd: SectionKind = "content";
  const add = (node: Node) => {
    if (node.parent) return node.parent.children.push(node);
    if (documentFields.length > 0) node.documentFields = documentFields;
    return roots.push(node);
  };

  let lastYearHeading: { level: number; label: string } | null = null;
  for (const block of blocks) {
    if (block.kind === "heading") {
      let heading = block.heading!;
      if (heading.typo && lastYearHeading && /^Năm \d{4}/u.test(heading.text)) {
        // `1. .. Năm 2024` after `1.1. Năm 2023` is `1.2. Năm 2024`.
        const parts = lastYearHeading.label.split(".");
        parts[parts.length - 1] = String(Number(parts[parts.length - 1]) + 1);
        heading = { level: lastYearHeading.level, label: parts.join("."), text: heading.text };
        block.heading = heading;
      }
      if (/^Năm \d{4}/u.test(heading.text) && /^\d/.test(heading.label)) lastYearHeading = { level: heading.level, label: heading.label };
      while (headings.length > 0 && headings[headings.length - 1]!.block.heading!.level >= heading.level) headings.pop();
      const parent = headings.length > 0 ? headings[headings.length - 1]! : null;
      if (block.field) {
        // `1.3. Thời gian: …` numbers a field of the enclosing section, not a new section; before
        // any section (`1. Thời gian: …` atop a programme) it is the whole document's.
        const owner = lastItem && lastItem.parent === parent && lastItem.fields.length > 0 ? lastItem : parent;
        (owner?.fields ?? documentFields).push(placeField(block.field, block.from));
        continue;
      }
      closeAfter = false;
      if (heading.level <= topLevel) {
        // A part the plan names as none of the usual (`V. LỊCH CHI TIẾT`, `IV. QUY TRÌNH`) is content: what it holds is work to do.
        const kind: SectionKind | null = classifySection(heading.text) ?? (section === "front" ? null : "content");
        if (kind && (heading.level === 1 || !headings.some((h) => h.block.heading!.level === 1 && h.section !== "front"))) {
          section = kind;
          sectionTitle = `${heading.label}. ${heading.text}`;
        }
      }
      const node: Node = {
        block,
        id: outlineId([...headings.map((h) => h.block.heading!.label), heading.label]),
        section,
        sectionTitle,
        parent,
        children: [],
        fields: [],
        year: null,
      };
      const namesYear = yearHeading(block.text);
      node.year = namesYear ?? datesYear(block.text) ?? parent?.year ?? null;
      if (heading.level <= topLevel) node.divider = true;
      // `2.1. Đợt 1: Trong tháng 12/2025`: a heading that says when is the time of what stands under it.
      else if (namesYear === null) {
        const timing = timingOf(block);
        if (timing) node.timingForChildren = timing;
      }
      add(node);
      headings.push(node);
      if (section !== "closing" && !bodyEnded) bodyHeadings++;
      lastItem = null;
      continue;
    }
    // `PHỤ LỤC` after the signature starts a part of its own: the last heading of the body is not over it.
    if (APPENDIX.test(block.text) && bodyHeadings > 0) {
      headings.length = 0;
      lastItem = null;
    }
    const heading = headings.length > 0 ? headings[headings.length - 1]! : null;
    if (block.kind === "field") {
      const field = placeField(block.field!, block.from, block.to);
      // Place and participants describe the task above them, even after a programme list.
      const run = heading !== null && block.bullet === "" ? groupRun(heading) : null;
      if (run) {
        shareFields(heading!, run, field);
        continue;
      }
      const owner = attachTarget(heading, lastItem, field.kind === "place" || field.kind === "participants");
      // Fields of a bullet after a group's: that group's fields were its bullets', not the heading's.
      if (owner && heading && owner.parent === heading && !owner.fieldGroup) settleGroup(heading);
      if (owner) owner.fields.push(field);
      else documentFields.push(field);
      continue;
    }
    // A unit's bulleted duty may start so too (`- Căn cứ kế hoạch này, khẩn trương xây dựng …`): only a paragraph closes.
    const closingKey = mayClose(block.text) ? foldKeyOfStart(block.text, 40) : "";
    if (CLOSING.test(closingKey) && !(block.bullet !== "" && closingKey.startsWith("can cu"))) section = "closing";
    // `… để các đơn vị được biết./.`: the body's last words; what follows (a web page's debris) is no work, up to a part of its own (`PHỤ LỤC`, a table).
    if (block.text.endsWith("./.")) {
      bodyEnded = true;
      closeAfter = true;
      sectionAtEnd = section;
    } else if (closeAfter && APPENDIX.test(block.text)) {
      closeAfter = false;
      section = sectionAtEnd;
    } else if (closeAfter && !block.row) section = "closing";
    // A table of tasks, also one in an appendix after the signature, is content.
    if (block.row && section !== "responsibilities") section = "content";
    // A bracketed field alone on its line belongs to the section it stands in.
    if (heading && block.inline.length > 0 && block.text.replace(/\([^()]*\)/g, "").replace(/[.\s]/g, "") === "") {
      heading.fields.push(...block.inline.map((f) => placeField(f, block.from)));
      continue;
    }
    const enumerated = /^\(\d+\)\.?\s/.test(block.text) && lastItem?.parent === heading;
    const parent = enumerated || (block.bullet === "+" && lastItem && lastItem.block.bullet !== "+" && lastItem.parent === heading) ? lastItem : heading;
    const count = (itemCounts.get(heading) ?? 0) + 1;
    itemCounts.set(heading, count);
    const node: Node = {
      block,
      id: `${heading?.id ?? "0"}-${count}`,
      section,
      sectionTitle,
      parent,
      children: [],
      fields: [],
      year: block.year ?? heading?.year ?? null,
    };
    add(node);
    if (parent === heading) lastItem = node;
    // `Việc tổ chức hội nghị … được thực hiện từ ngày 04/02/2026 đến ngày 08/02/2026 …, cụ thể như sau:`: the time of what follows.
    if (heading && !heading.timingForChildren && block.bullet === "" && heading.children.length === 1 && INTRODUCES.test(block.text)) {
      const timing = timingOf(block);
      if (timing) heading.timingForChildren = timing;
    }
    if (!heading && !introduction && block.bullet === "" && INTRODUCES.test(block.text)) introduction = timingOf(block);
  }
  // A notice with no headings at all (`Cục Thuế … nâng cấp hệ thống từ 18h00 ngày 22/11/2025 đến … cụ thể như sau:`): the paragraph that introduces its list times the whole.
  if (introduction && bodyHeadings === 0 && !documentFields.some((f) => f.kind === "timing")) {
    const timed = [...documentFields, introduction];
    for (const root of roots) if (root.block.from > introduction.line && root.section !== "closing") root.documentFields = timed;
  }
  if (!walk(roots).some((n) => n.section === "content" || n.section === "responsibilities")) readAsContent(roots);
  return roots;
}

/** The timing phrases a block's words hold, as a field for what it introduces; null when none. */
function timingOf(block: Block): (Field & { line: number }) | null {
  const phrases = timingPhrases(block.text);
  return phrases.length > 0 ? { kind: "timing", name: "", value: phrases.map((p) => p.phrase).join("; "), line: block.from } : null;
}

/** A paragraph that introduces what stands under it. */
const INTRODUCES = /(?:như sau|sau đây|cụ thể)\s*:\s*$/iu;

const PREAMBLE = /^(can cu|thuc hien|nham|de |theo |tren co so|duoc su|xet |phat huy|huong ung|chao mung|kinh gui)/;

/**
 * A plan without the usual parts (a notice, a programme, a schedule): what follows its
 * preamble (`Căn cứ …`, `… như sau:`) is its content.
 */
function readAsContent(roots: Node[]): void {
  let preamble = true;
  for (const node of walk(roots)) {
    if (node.section !== "front") continue;
    const text = node.block.text;
    if (preamble && node.block.kind === "item" && !node.block.bullet && (PREAMBLE.test(foldKeyOfStart(text, 20)) || /như sau\s*:?$/u.test(text))) continue;
    preamble = false;
    node.section = "content";
    node.loose = true;
  }
}

/** `Năm 2023` as a heading: the year of everything under it. */
/** `2.1. Năm 2023`: the year of the days written under it without one. */
function yearHeading(text: string): number | null {
  const match = /^Năm (\d{4})\.?$/u.exec(text);
  return match ? Number(match[1]) : null;
}

/** `V. LỊCH CHI TIẾT TỔ CHỨC (15/11 → 10/12/2025)`: the one year a heading's own dates are in is also theirs. */
function datesYear(text: string): number | null {
  if (!text.includes("/")) return null;
  const years = new Set([...text.matchAll(/(?<!\d)\d{1,2}\/\d{1,2}\/((?:19|20)\d{2})(?!\d)/gu)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0]! : null;
}

/** `B, I, 2, 2.1, a` → `B.I.2.1.a`: a dotted number already holds the numbers above it. */
function outlineId(labels: string[]): string {
  return labels.filter((label, i) => !(/^\d+$/.test(label) || /^\d+(\.\d+)+$/.test(label)) || !labels.slice(i + 1).some((l) => /^\d+(\.\d+)+$/.test(l))).join(".");
}

/**
 * Fields standing unbulleted after bullets that have none (`- Tăng cường …`, `- Nâng cao …`, then
 * `Đơn vị thực hiện: …`, `Thời gian thực hiện: …`) close their group: the bullets since the
 * previous group's fields, when there are two or more; null when the fields are one item's.
 */
function groupRun(heading: Node): Node[] | null {
  const items = heading.children;
  let at = items.length - 1;
  // A further field line of the group just closed: the same bullets.
  const group = items[at]?.fieldGroup;
  if (group) return group.run;
  const run: Node[] = [];
  while (at >= 0 && isBareBullet(items[at]!)) run.unshift(items[at--]!);
  // The first group under the heading must be all its items (`1. Tổ chức …` then prose, then fields, is the prose's).
  if (run.length < 2 || (at >= 0 && items[at]!.fieldGroup === undefined)) return null;
  return run;
}

/**
 * One group's fields are the heading's (its aspects may make one task of it); once other fields
 * follow under the heading, each group's fields are its own bullets'.
 */
function shareFields(heading: Node, run: Node[], field: Field & { line: number }): void {
  let group = run[0]!.fieldGroup;
  if (!group) {
    group = { run, fields: [] };
    for (const item of run) item.fieldGroup = group;
  }
  group.fields.push(field);
  const groups = new Set(heading.children.map((c) => c.fieldGroup).filter((g) => g !== undefined));
  if (groups.size === 1 && !heading.children.some((c) => c.fields.length > 0 && !c.fieldGroup)) {
    heading.fields.push(field);
    heading.groupFields = true;
    return;
  }
  settleGroup(heading);
  for (const item of run) item.fields.push(field);
}

/** The first group's fields, kept on the heading while it was the only one, move to its bullets. */
function settleGroup(heading: Node): void {
  const first = heading.children.find((c) => c.fieldGroup !== undefined)?.fieldGroup;
  if (!first || !heading.fields.some((f) => first.fields.includes(f))) return;
  heading.fields = heading.fields.filter((f) => !first.fields.includes(f));
  for (const item of first.run) item.fields.push(...first.fields);
}

function isBareBullet(node: Node): boolean {
  return node.block.kind === "item" && node.block.bullet !== "" && node.fields.length === 0 && node.block.inline.length === 0 && node.fieldGroup === undefined;
}

/**
 * `1.3. Xây dựng kế hoạch …` over `- Bảo đảm thống nhất với …`, `- Các văn bản … phải thể hiện rõ …`:
 * bullets that say how the work is to be done, not work of their own.
 */
const REQUIREMENT = /^(?:Việc|Bảo đảm|Đảm bảo|Nguyên tắc|Yêu cầu|Tài liệu|Hình thức|Phương pháp|Đối tượng|Thành phần|Nội dung)(?![\p{L}])|^(?:(?!\s(?:phải|cần)\s).){3,80}\s(?:phải|cần)\s/u;

/** Loops that stop at the first answer: attachTarget runs once per field line, and a heading may have thousands of children. */
function describesHeading(heading: Node): boolean {
  let items = 0;
  for (const child of heading.children) {
    if (child.block.kind !== "item") continue;
    if (child.block.bullet === "" || child.fields.length > 0 || !REQUIREMENT.test(child.block.text)) return false;
    items++;
  }
  return items > 0;
}

function lastWithFields(heading: Node): Node | null {
  for (let i = heading.children.length - 1; i >= 0; i--) if (heading.children[i]!.fields.length > 0) return heading.children[i]!;
  return heading.fields.length > 0 ? heading : null;
}

function attachTarget(heading: Node | null, lastItem: Node | null, describesTask: boolean): Node | null {
  if (describesTask && heading) {
    const withFields = lastWithFields(heading);
    if (withFields) return withFields;
  }
  if (heading && lastItem?.parent === heading && describesHeading(heading)) return heading;
  if (lastItem && lastItem.parent && (lastItem.parent === heading || lastItem.parent.parent === heading)) {
    // Fields after an item with fields of its own, or directly after an item, describe it.
    return lastItem.block.bullet === "+" && lastItem.parent !== heading ? lastItem.parent : lastItem;
  }
  return heading;
}

/** Every node, parents before their children (an array: nested generators cost an object per node and level). */
export function walk(nodes: Node[], into: Node[] = []): Node[] {
  for (const node of nodes) {
    into.push(node);
    walk(node.children, into);
  }
  return into;
}
