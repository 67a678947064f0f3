/**
 * The one event a plan organizes, when it names no ceremony (`Lễ kỷ niệm …`): a meeting, a
 * visit, a festival at school whose time the plan gives once, in its `Thời gian` item or section
 * (`1. Thời gian: từ 14h00 – 16h10, Thứ Năm, ngày 01/10/2020`, `V. THỜI GIAN VÀ ĐỊA ĐIỂM` →
 * `Thời gian: Buổi sáng, ngày 18 tháng 4 năm 2026`). That event is the plan's ceremony (its
 * countdown, the anchor of `trước … 05 ngày`), and its day is the day the reader gives the
 * programme's rows that write only a clock time (`8h30 - 8h35 Tuyên bố lí do`). Pure.
 */
import { foldKeyOfStart } from "../text/normalize.ts";
import { resolveTiming } from "../timing/resolve.ts";
import type { Resolution, TimingContext, TimingItem } from "../timing/types.ts";
import { timingPhrases } from "./sentences.ts";
import type { TaskDraft } from "./tasks.ts";
import type { Ceremony } from "./types.ts";

/** The item's title is the time (and place) and nothing else: `Thời gian hoàn thành …` is a deadline, not an event. */
const EVENT_TIME = /^thoi gian(?:,? va dia diem|,? dia diem| to chuc| hop| lam viec)?$/;

/** The event of a plan whose `Thời gian` item dates one day, or null (none, or several days). */
export function findEvent(drafts: TaskDraft[], context: TimingContext, title: string | null): { ceremony: Ceremony; draft: TaskDraft } | null {
  const found: Array<{ draft: TaskDraft; items: TimingItem[]; tentative: boolean }> = [];
  for (const draft of drafts) {
    if (draft.duty || !EVENT_TIME.test(foldKeyOfStart(draft.title, 30))) continue;
    const resolutions = ownResolutions(draft, context);
    const items = resolutions.flatMap((r) => r.items);
    if (items.length === 0) continue;
    const day = items[0]!.start.slice(0, 10);
    if (!items.every((i) => (i.kind === "timed" || i.kind === "span") && i.start.slice(0, 10) === day && i.end.slice(0, 10) === day)) continue;
    found.push({ draft, items, tentative: resolutions.some((r) => r.tentative) });
  }
  if (found.length !== 1) return null;
  const { draft, items, tentative } = found[0]!;
  const item = items.find((i) => i.kind === "timed") ?? items[0]!;
  const place = draft.fields.find((f) => f.kind === "place")?.value.replace(/\.$/, "") ?? null;
  const ceremony: Ceremony = {
    name: eventName(title),
    start: item.kind === "timed" ? item.start.slice(0, 16) : item.start.slice(0, 10),
    end: item.kind === "timed" ? item.end.slice(0, 16) : item.end.slice(0, 10),
    tentative,
    location: place,
    participants: draft.fields.find((f) => f.kind === "participants")?.value.replace(/\.$/, "") ?? null,
  };
  return { ceremony, draft };
}

/** The time the item itself writes: a heading's field it only inherits (a table's `Thời gian` header row under `Thời gian: …`) is not its own. */
function ownResolutions(draft: TaskDraft, context: TimingContext): Resolution[] {
  const fields = draft.ownTiming ? draft.fields.filter((f) => f.kind === "timing") : [];
  if (fields.length > 0) return fields.map((f) => resolveTiming(f.value, { ...context, field: f.name, year: draft.year }));
  return timingPhrases(draft.text).map((p) => resolveTiming(p.phrase, { ...context, year: draft.year }));
}

/** The event's name when a plan's title gives none. */
export const UNNAMED_EVENT = "Sự kiện của kế hoạch";

/** `Kế hoạch tổ chức Tết Trung thu năm 2020` → `Tết Trung thu năm 2020`. */
function eventName(title: string | null): string {
  const name = (title ?? "").replace(/^Kế hoạch\s+/iu, "").replace(/^(?:tổ chức|về việc|v\/v)\s+/iu, "").trim();
  return name === "" ? UNNAMED_EVENT : name.charAt(0).toUpperCase() + name.slice(1);
}
