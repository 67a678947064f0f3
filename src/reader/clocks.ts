/**
 * Clock times written without their day (a programme's `08h00 - 08h10`, a row's `Khối lớp 6:
 * Từ 7h30 - 9h30`) and the day that gives them one: where a row writes its clock, and that
 * clock on a day as one resolution. Pure.
 */
import type { Resolution } from "../timing/types.ts";

const CLOCK = "\\d{1,2}\\s*(?:g|h|giờ)\\s*(?:\\d{1,2})?\\s*(?:'|’|phút)?";
const CLOCK_RANGE = `(?:(?:[Tt]ừ|[Ll]úc|[Vv]ào lúc)\\s+)?${CLOCK}(?:\\s*(?:-|–|đến)\\s*${CLOCK})?`;

/** `Từ 7g30 - 8g10:`, `8h00:`, `Lúc 19 giờ 30,`, `14h00 – 14h45 | …`: a row that starts with its clock time. */
const CLOCK_START = new RegExp(`^${CLOCK_RANGE}(?=\\s*[:,.|-]|\\s|$)`, "iu");

/** `Khối lớp 6: Từ 7h30 - 9h30`, `Buổi chiều: khối 6 và khối 8: từ 14h00 - 15h30`: the clock time after the row's label. */
const CLOCK_AFTER_LABEL = new RegExp(`:\\s*(${CLOCK_RANGE})\\s*[.;]?$`, "iu");

/** A field's whole value that is a clock time and nothing else (`Thời gian: 8h00 - 8h10`). */
export const CLOCK_ONLY = /^\s*(?:Từ\s+|Lúc\s+)?\d{1,2}\s*(?:g|h|giờ|:)\s*\d{0,2}\s*(?:'|’|phút)?(?:\s*(?:-|–|đến)\s*\d{1,2}\s*(?:g|h|giờ|:)\s*\d{0,2}\s*(?:'|’|phút)?)?\s*$/iu;

/** The clock time a row opens with, or writes after its label; null when it writes none. */
export function rowClock(text: string, afterLabel = false): string | null {
  const trimmed = text.trim();
  const clock = CLOCK_START.exec(trimmed)?.[0] ?? (afterLabel ? CLOCK_AFTER_LABEL.exec(trimmed)?.[1] : undefined);
  return clock ? clock.replace(/[\s:,.|-]+$/u, "") : null;
}

/** `clock` on `day` (`YYYY-MM-DD`) as the resolver reads it, or null unless every item is a time on that day. */
export function clockOnDay(clock: string, day: string, resolve: (phrase: string) => Resolution): Resolution | null {
  const [year, month, date] = day.split("-");
  const onTheDay = resolve(`${clock.trim()} ngày ${Number(date)}/${Number(month)}/${year}`);
  return onTheDay.items.length > 0 && onTheDay.items.every((i) => i.kind === "timed" && i.start.startsWith(day)) ? onTheDay : null;
}
