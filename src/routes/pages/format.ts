/** How pages write dates and spans: `dd/mm/yyyy`, times in 24 hours, Vietnamese words. */
import { vietnameseDate } from "../../timing/dates.ts";
import type { ItemKind } from "../../timing/types.ts";

export { vietnameseDate };

export const KIND_WORDS: Record<ItemKind, string> = { span: "Thực hiện", deadline: "Hạn", timed: "Sự kiện", recurring: "Định kỳ", window: "Cao điểm" };

/** `Hạn: 29/04/2025`, `Thực hiện: 01/03/2025 – 30/04/2025`, `Sự kiện: 18/04/2025 19:00–22:00`. */
export function itemText(item: { kind: string; start: string; end: string; rrule?: string | null | undefined }): string {
  const start = vietnameseDate(item.start);
  const end = vietnameseDate(item.end);
  const sameDayTimes = item.kind === "timed" && item.start.slice(0, 10) === item.end.slice(0, 10);
  const range = start === end ? start : sameDayTimes ? `${start}–${end.slice(-5)}` : `${start} – ${end}`;
  return `${KIND_WORDS[item.kind as ItemKind] ?? item.kind}: ${range}${item.rrule ? ` (${item.rrule})` : ""}`;
}

/** `còn 40 ngày`, `hôm nay`, `đã qua 3 ngày`. */
export function daysWords(days: number): string {
  if (days > 0) return `còn ${days} ngày`;
  if (days === 0) return "hôm nay";
  return `đã qua ${-days} ngày`;
}

const MONTHS = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"];

/** `2025-04-18…` → `Tháng 4/2025`. */
export function monthTitle(value: string): string {
  return `${MONTHS[Number(value.slice(5, 7)) - 1]}/${value.slice(0, 4)}`;
}

/** An instant as people in Vietnam read it: `10/03/2025 09:00`. */
export function vietnamTime(date: Date): string {
  return vietnameseDate(new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16));
}
