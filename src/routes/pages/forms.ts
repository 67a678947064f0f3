/** What page forms send, read into what the API takes. Pure. */
import type { UnitRole } from "../../reader/types.ts";
import type { TaskPatch } from "../plans/correct.ts";
import { ApiError } from "../errors.ts";

export type FormValues = Record<string, string | File | (string | File)[]>;

/** A form's fields; a body that is not the form it says it is (a broken multipart) is a 400, not a 500. */
export async function readForm(c: { req: { parseBody: () => Promise<unknown> } }): Promise<FormValues> {
  try {
    return (await c.req.parseBody()) as FormValues;
  } catch {
    throw new ApiError(400, "invalid-form", "Biểu mẫu gửi lên không đọc được: hãy tải lại trang rồi gửi lại.");
  }
}

export function text(form: FormValues, name: string): string {
  const value = form[name];
  return typeof value === "string" ? value.trim() : "";
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The ceremony form: a date, an optional time, an optional end time, a place. */
export function ceremonyFromForm(form: FormValues): { start: string; end?: string; location?: string } {
  const date = text(form, "date");
  const time = text(form, "time");
  const endTime = text(form, "endTime");
  if (!DATE.test(date)) throw new ApiError(400, "invalid-ceremony", "Chọn ngày tổ chức lễ.");
  if (time && !TIME.test(time)) throw new ApiError(400, "invalid-ceremony", "Giờ bắt đầu phải có dạng HH:MM.");
  if (endTime && (!time || !TIME.test(endTime))) throw new ApiError(400, "invalid-ceremony", "Giờ kết thúc cần giờ bắt đầu, dạng HH:MM.");
  const location = text(form, "location");
  return { start: time ? `${date}T${time}` : date, ...(endTime ? { end: `${date}T${endTime}` } : {}), ...(location ? { location } : {}) };
}

export interface UnitLine {
  slug?: string;
  name?: string;
  role: UnitRole;
}

/** One unit per line, in the boxes "Chủ trì" and "Phối hợp". */
export function unitLines(form: FormValues): UnitLine[] | undefined {
  const lead = text(form, "lead");
  const support = text(form, "support");
  if (!lead && !support) return undefined;
  const lines = (value: string, role: UnitRole) =>
    value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ name: line, role }));
  return [...lines(lead, "lead"), ...lines(support, "support")];
}

/** The task form: a phrase, or dates (one day, or from … to …), and done / not done, a note. */
export function taskPatchFromForm(form: FormValues): Omit<TaskPatch, "units"> {
  const phrase = text(form, "phrase");
  const from = text(form, "from");
  const to = text(form, "to");
  const done = text(form, "done");
  const note = text(form, "note");
  const patch: Omit<TaskPatch, "units"> = {};
  if (phrase) patch.timing = phrase;
  else if (from) {
    if (!DATE.test(from) || (to && !DATE.test(to))) throw new ApiError(400, "invalid-request", "Ngày phải chọn từ lịch (dd/mm/yyyy).");
    const end = to || from;
    if (end < from) throw new ApiError(400, "invalid-request", "Ngày kết thúc không được sớm hơn ngày bắt đầu.");
    patch.timing = { items: [{ kind: end === from && text(form, "kind") !== "span" ? "deadline" : "span", start: from, end }] };
  }
  if (done === "yes") patch.done = true;
  if (done === "no") patch.done = false;
  if (note) patch.note = note;
  return patch;
}
