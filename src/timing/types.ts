/** The result of resolving one timing phrase: see docs/timing.md. */

export type ItemKind = "span" | "deadline" | "timed" | "recurring" | "window";

export interface TimingItem {
  kind: ItemKind;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM+07:00` for timed items. */
  start: string;
  /** Inclusive, same form as `start`. */
  end: string;
  /** Spans only: the main period or a peak inside it. */
  role?: "main" | "peak";
  /** Recurring items only (RFC 5545, without the `RRULE:` prefix). */
  rrule?: string;
  /** Windows only: the occasion's date. */
  anchor?: string;
  /** The rule that produced this item, so "why this date?" can be answered. */
  rule: string;
}

export type UnresolvedReason = "trigger" | "no-date" | "needs-anchor" | "not-understood";

export interface Resolution {
  phrase: string;
  items: TimingItem[];
  tentative: boolean;
  done: boolean;
  provisional: boolean;
  openEnded: boolean;
  unresolved: { reason: UnresolvedReason; text: string } | null;
  /** Assumptions made, in Vietnamese, for people. */
  notes: string[];
  /** Total programme length in minutes when the phrase gives one (`phân lễ 30', ... 90'`). */
  durationMinutes?: number;
}

export interface TimingContext {
  /** The plan's issue date: `YYYY-MM-DD` or `YYYY-MM`. */
  issued?: string | null;
  /** Occasion dates (`YYYY-MM-DD`); the first is the plan's main occasion. */
  occasions?: string[];
  /** Ceremony: `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
  ceremony?: string | null;
  /** The field the phrase stands in, e.g. `Thời gian hoàn thành`. */
  field?: string | null;
  /** The year of the section the phrase stands in (`2.1. Năm 2023`). */
  year?: number | null;
  /**
   * Events the plan dates once and times other work from (`trước ngày khai mạc 30 ngày`), by
   * their accent-free key: `khai mac`, `be mac`, `bau cu`, `dai hoi`, `hoi nghi`.
   */
  events?: Record<string, string> | null;
  /**
   * The plan's own years (`Kế hoạch cải cách hành chính giai đoạn 2026 – 2030`): a recurrence
   * with no period of its own runs to its last day, not to the end of the first year.
   */
  period?: { start: string; end: string } | null;
}
