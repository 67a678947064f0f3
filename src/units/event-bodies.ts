/**
 * The boards a plan sets up for the event it organizes, named bare in its tasks (`Ban Tổ chức`,
 * `Ban Giám khảo`, `Ban Chỉ đạo`): the board of that event, named by it (`Ban Tổ chức Chương
 * trình Hướng nghiệp - Tuyển sinh lần thứ 18`), so two plans' `Ban Tổ chức` never share a feed.
 * The event is the contest, programme or conference the plan's title organizes. Pure.
 */
import { slugify } from "../text/normalize.ts";
import { officialCase } from "./canonical.ts";
import type { ReadUnit } from "./read.ts";

/** The event the title organizes, named first (`Tổ chức Cuộc thi …`, `Hội nghị …`): not a holiday named later (`… Ngày Giải phóng …`). */
const EVENT_START = /^(?:(?:Kế hoạch\s+)?(?:tổ chức|Tổ chức)\s+(?:truyền thông và\s+)?)?((?:Cuộc thi|Hội thi|Chương trình|Hội nghị|Hội thảo|Đại hội|Hội diễn|Liên hoan|Ngày hội|Lễ hội)\s.*)$/u;
/** Where the event's name ends in a title: its year, its purpose, what it answers to. */
const NAME_END = /\s+(?:năm học|năm|nhằm|hưởng ứng|chào mừng|kỷ niệm|giai đoạn|trên địa bàn)(?![\p{L}])/iu;

/** `Tổ chức Cuộc thi “Học sinh với ý tưởng khởi nghiệp” STARTUP cấp trường năm học 2025-2026` → `Cuộc thi “Học sinh với ý tưởng khởi nghiệp” STARTUP cấp trường`. */
export function eventOfTitle(title: string | null): string | null {
  const start = title ? EVENT_START.exec(title.trim()) : null;
  if (!start) return null;
  let name = start[1]!;
  // The name's end is looked for after its quoted part, which may hold a year of its own (`“Tìm hiểu 95 năm …”`).
  const quote = /“[^”]*”/u.exec(name);
  const from = quote ? quote.index + quote[0].length : 0;
  const end = NAME_END.exec(name.slice(from));
  if (end) name = name.slice(0, from + end.index);
  name = name.replace(/[\s,.;:–-]+$/u, "");
  return name.split(/\s+/).length >= 2 ? name : null;
}

const BOARD = /^(?:Ban tổ chức|Ban chỉ đạo|Ban giám khảo|Hội đồng giám khảo|Hội đồng thi|Ban thư ký|Tổ thư ký)$/iu;

/**
 * A bare board of the plan's event as that event's board; any other unit as read. Its slug holds
 * the plan's place too: two communes' `Ban Tổ chức Hội nghị tiếp xúc cử tri` are two boards.
 */
export function ofEvent(unit: ReadUnit, event: string, scope: string | null): ReadUnit {
  if (unit.collective || !BOARD.test(unit.written.trim())) return unit;
  const board = officialCase(unit.written.trim().toLowerCase());
  const name = `${board} ${event}`;
  return { ...unit, name, slug: slugify(scope ? `${name} ${scope}` : name), scope, collective: false, written: name };
}
