/**
 * A plan's tasks become entries: one dated item of one task for one unit and role, which
 * is one calendar event. Pure: identifiers come from the data, never from the clock.
 */
import type { ReadTask, UnitMention, UnitRole } from "../reader/types.ts";
import { stableHash } from "../text/hash.ts";
import type { ItemKind, Resolution, TimingItem } from "../timing/types.ts";
import { vietnamDay, vietnameseDate } from "../timing/dates.ts";
import { flatMapOf } from "../text/lists.ts";

/** What an event shows, as a stored row has it too: a change to any of it is a new SEQUENCE. */
export interface EntryContent {
  role: string;
  kind: string;
  itemRole: string | null;
  start: string;
  end: string;
  rrule: string | null;
  anchor: string | null;
  tentative: boolean;
  done: boolean;
  provisional: boolean;
  /** A day or time the plan leaves out, filled in by a convention (`tạm tính`). */
  assumed: boolean;
  summary: string;
  description: string;
  phrase: string;
}

export interface ScheduleEntry extends EntryContent {
  /** Calendar UID: the same task, unit, role and item keep it across re-imports. */
  uid: string;
  /** The task's identity (its outline id, or the one it had before a revision renumbered it). */
  taskId: string;
  /** `WHOLE_PLAN` for the plan-wide event. */
  unitSlug: string;
  /** `plan` for the plan-wide event. */
  role: UnitRole | "plan";
  kind: ItemKind;
  itemRole: "main" | "peak" | null;
}

export interface PlanHeader {
  /** The plan's stable id (the same across revisions). */
  planId: string;
  number: string | null;
  title: string;
}

export const ROLE_LABELS: Record<UnitRole, string> = {
  lead: "Chủ trì thực hiện",
  support: "Phối hợp",
  advise: "Tham mưu",
};

const KIND_PREFIX: Partial<Record<ItemKind, string>> = { deadline: "Hạn: " };
const MAX_SUMMARY = 160;

/** The slug of the pseudo unit that stands for the whole plan in a plan-wide calendar. */
export const WHOLE_PLAN = "*";

/** Every unit's events and the plan-wide ones (plan, occasion and all-plans feeds). */
export function planEntries(plan: PlanHeader, tasks: ReadTask[], identities?: Map<string, string>): ScheduleEntry[] {
  return [...buildEntries(plan, tasks, { identities }), ...buildEntries(plan, tasks, { wholePlan: true, identities })];
}

/**
 * Per unit and role (a unit's calendar), or with `wholePlan` one entry per task item
 * (the plan's own calendar, every unit named in the description).
 */
export function buildEntries(plan: PlanHeader, tasks: ReadTask[], options: { wholePlan?: boolean; identities?: Map<string, string> | undefined } = {}): ScheduleEntry[] {
  const entries: ScheduleEntry[] = [];
  for (const task of tasks) {
    const identity = options.identities?.get(task.id) ?? task.id;
    const items = flatMapOf(task.timing, (resolution) => resolution.items.map((item) => ({ item, resolution })));
    const audience: UnitMention[] = options.wholePlan ? [{ name: "", slug: WHOLE_PLAN, role: "lead", collective: true, scope: null, written: "" }] : task.units;
    for (const unit of audience) {
      items.forEach(({ item, resolution }, index) => {
        entries.push({
          uid: `${stableHash(`${plan.planId}|${identity}|${unit.slug}|${unit.role}|${index}`)}@lich-kehoach`,
          taskId: identity,
          unitSlug: unit.slug,
          role: unit.slug === WHOLE_PLAN ? "plan" : unit.role,
          kind: item.kind,
          itemRole: item.role ?? null,
          start: item.start,
          end: item.end,
          rrule: item.rrule ?? null,
          anchor: item.anchor ?? null,
          tentative: resolution.tentative,
          done: resolution.done,
          provisional: resolution.provisional,
          assumed: isAssumed(resolution),
          summary: summaryOf(task, item, resolution),
          description: describe(plan, task, unit, resolution),
          phrase: resolution.phrase,
        });
      });
    }
  }
  return entries;
}

/** The conventions that fill in what a plan leaves out say so in their notes (timing/resolve.ts). */
const ASSUMPTION = /tạm tính|Không ghi thời điểm kết thúc|Chưa ghi giờ/u;

function isAssumed(resolution: Resolution): boolean {
  return resolution.provisional || resolution.notes.some((note) => ASSUMPTION.test(note));
}

function summaryOf(task: ReadTask, item: TimingItem, resolution: Resolution): string {
  const peak = item.role === "peak" ? "Cao điểm: " : "";
  const done = resolution.done ? "Đã thực hiện: " : "";
  const title = task.title.replace(/[.:;,]+$/, "");
  const text = `${done}${KIND_PREFIX[item.kind] ?? ""}${peak}${title}`;
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1).trimEnd()}…` : text;
}

function describe(plan: PlanHeader, task: ReadTask, unit: UnitMention, resolution: Resolution): string {
  const phrase = resolution.phrase;
  const wholePlan = unit.slug === WHOLE_PLAN;
  const others = task.units.filter((u) => u.slug !== unit.slug);
  const lines = [task.title, ""];
  if (!wholePlan) lines.push(`Vai trò của đơn vị: ${ROLE_LABELS[unit.role]}`);
  lines.push(`Thời gian theo kế hoạch: ${phrase}`);
  if (resolution.tentative) lines.push("Thời gian dự kiến: có thể thay đổi.");
  if (resolution.provisional || resolution.notes.length > 0) {
    lines.push(`${resolution.provisional ? "Ngày tạm tính" : "Ghi chú"}: ${resolution.notes.join(" ") || "kế hoạch chưa ghi rõ ngày."}`);
  }
  if (resolution.done) lines.push(task.correction?.set.done ? "Đã thực hiện (ban tổ chức xác nhận)." : "Kế hoạch ghi việc này đã thực hiện.");
  if (task.correction) {
    const note = task.correction.note ? `: ${task.correction.note}` : ".";
    lines.push(`Đã điều chỉnh so với văn bản (${task.correction.by}, ${vietnameseDate(vietnamDay(new Date(task.correction.at)))})${note}`);
  }
  if (others.length > 0) {
    const label = wholePlan ? "Đơn vị" : "Đơn vị khác";
    lines.push(`${label}: ${others.map((u) => `${u.name} (${ROLE_LABELS[u.role].toLowerCase()})`).join("; ")}`);
  }
  lines.push(`Kế hoạch${plan.number ? ` số ${plan.number}` : ""}: ${plan.title}`, `Mục ${task.id}`);
  return lines.join("\n");
}
