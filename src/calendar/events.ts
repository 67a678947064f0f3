import { ROLE_LABELS } from "../schedule/build.ts";
import type { UnitRole } from "../reader/types.ts";
import type { ItemKind } from "../timing/types.ts";
import type { FeedEvent } from "./render.ts";

const KIND_LABELS: Record<ItemKind, string> = {
  span: "Thời gian thực hiện",
  deadline: "Hạn hoàn thành",
  timed: "Sự kiện",
  recurring: "Định kỳ",
  window: "Cao điểm quanh ngày kỷ niệm",
};

/** An entry as the store returns it. */
export type StoredEntry = Omit<FeedEvent, "kind" | "modifiedAt" | "categories" | "url"> & {
  kind: string;
  role: string;
  modifiedAt: Date;
};

/** Stored entries → what the renderer needs. */
export function feedEvents(entries: StoredEntry[]): FeedEvent[] {
  return entries.map((e) => ({
    uid: e.uid,
    kind: e.kind as ItemKind,
    start: e.start,
    end: e.end,
    rrule: e.rrule,
    summary: e.summary,
    description: e.description,
    tentative: e.tentative,
    sequence: e.sequence,
    modifiedAt: e.modifiedAt.toISOString(),
    categories: [ROLE_LABELS[e.role as UnitRole] ?? e.role, KIND_LABELS[e.kind as ItemKind] ?? e.kind],
  }));
}
