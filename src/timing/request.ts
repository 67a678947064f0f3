import { foldKey } from "../text/normalize.ts";
/**
 * The `lich resolve` / `POST /api/timing/resolve` request: a phrase and its context, checked
 * before resolving so that a malformed context is reported, never guessed at.
 */
import { isPlausibleDay, PLAUSIBLE_YEARS } from "./dates.ts";
import type { TimingContext } from "./types.ts";

export interface ResolveRequest {
  phrase: string;
  context: TimingContext;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_OR_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const CEREMONY = /^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2})?)?$/;
const MAX_PHRASE = 2000;

export function checkResolveRequest(input: unknown): Checked<ResolveRequest> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return fail("cần một đối tượng JSON {\"phrase\", \"context\"}");
  const { phrase, context } = input as Record<string, unknown>;
  if (typeof phrase !== "string") return fail("thiếu \"phrase\" (chuỗi)");
  if (phrase.length > MAX_PHRASE) return fail(`"phrase" dài quá ${MAX_PHRASE} ký tự`);
  const checked = checkContext(context ?? {});
  return checked.ok ? { ok: true, value: { phrase, context: checked.value } } : checked;
}

export function checkContext(input: unknown): Checked<TimingContext> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return fail("\"context\" phải là một đối tượng");
  const raw = input as Record<string, unknown>;
  const context: TimingContext = {};
  if (raw.issued != null) {
    if (typeof raw.issued !== "string" || !MONTH_OR_DATE.test(raw.issued) || !isPlausibleDay(raw.issued)) return fail(`"context.issued" phải là ngày có thật (năm ${RANGE}), dạng YYYY-MM hoặc YYYY-MM-DD`);
    context.issued = raw.issued;
  }
  if (raw.occasions != null) {
    if (!Array.isArray(raw.occasions) || !raw.occasions.every((o) => typeof o === "string" && DATE.test(o) && isPlausibleDay(o))) {
      return fail(`"context.occasions" phải là danh sách ngày có thật (năm ${RANGE}), dạng YYYY-MM-DD`);
    }
    context.occasions = raw.occasions as string[];
  }
  if (raw.ceremony != null) {
    if (typeof raw.ceremony !== "string" || !CEREMONY.test(raw.ceremony) || !isPlausibleMoment(raw.ceremony)) return fail(`"context.ceremony" phải là ngày có thật (năm ${RANGE}), dạng YYYY-MM, YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM`);
    context.ceremony = raw.ceremony;
  }
  if (raw.field != null) {
    if (typeof raw.field !== "string") return fail("\"context.field\" phải là chuỗi");
    context.field = raw.field;
  }
  if (raw.year != null) {
    if (!Number.isInteger(raw.year) || (raw.year as number) < 1800 || (raw.year as number) > 2200) return fail("\"context.year\" phải là một năm (số nguyên)");
    context.year = raw.year as number;
  }
  if (raw.events != null) {
    const events = raw.events;
    if (typeof events !== "object" || Array.isArray(events) || !Object.values(events as object).every((d) => typeof d === "string" && CEREMONY.test(d) && isPlausibleMoment(d))) {
      return fail("\"context.events\" phải là đối tượng {\"tên sự kiện\": \"YYYY-MM-DD\"}");
    }
    // Keys in any spelling (`khai mạc`, `Khai mạc`, `khai mac`): the resolver looks them up folded.
    context.events = Object.fromEntries(Object.entries(events as Record<string, string>).map(([name, day]) => [foldKey(name).replace(/\s+/g, " ").trim(), day]));
  }
  if (raw.period != null) {
    const period = raw.period as { start?: unknown; end?: unknown };
    if (typeof period !== "object" || typeof period.start !== "string" || typeof period.end !== "string" || !DAY.test(period.start) || !DAY.test(period.end) || !isPlausibleDay(period.start) || !isPlausibleDay(period.end) || period.start > period.end) {
      return fail("\"context.period\" phải là {\"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\"}, bắt đầu không sau kết thúc");
    }
    context.period = { start: period.start, end: period.end };
  }
  return { ok: true, value: context };
}
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const RANGE = `${PLAUSIBLE_YEARS.first}–${PLAUSIBLE_YEARS.last}`;

/** `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, of a real day and time. */
function isPlausibleMoment(value: string): boolean {
  const [day, time] = value.split("T");
  if (!isPlausibleDay(day!)) return false;
  if (time === undefined) return true;
  const [hour, minute] = time.split(":").map(Number);
  return hour! < 24 && minute! < 60;
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
