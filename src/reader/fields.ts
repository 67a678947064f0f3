/** `- Đơn vị thực hiện: ...`, `- *Thời gian:* ...`, `(*Thời gian thực hiện: ...*)`. */
import { foldKey } from "../text/normalize.ts";
import { matchesOf } from "../text/matches.ts";
import type { UnitRole } from "./types.ts";

export type FieldKind = "units" | "timing" | "place" | "participants";

export interface Field {
  kind: FieldKind;
  /** The field's name as written, e.g. `Thời gian hoàn thành`. */
  name: string;
  role?: UnitRole;
  value: string;
  /** The last line the field runs to, when it continues over several lines. */
  to?: number;
}

const FIELD_NAMES: Array<[RegExp, FieldKind, UnitRole?]> = [
  [/^don vi (chu tri|thuc hien)$/, "units", "lead"],
  [/^(don vi|co quan) chi dao( thuc hien)?$/, "units", "lead"],
  [/^(don vi|co quan) phoi hop$/, "units", "support"],
  [/^(co quan|cong chuc|don vi) tham muu$/, "units", "advise"],
  [/^thoi gian( thuc hien| hoan thanh| to chuc)?$/, "timing"],
  [/^dia diem$/, "place"],
  [/^thanh phan$/, "participants"],
];

const FIELD_LINE = /^(?:[-+•–]\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.\s*)?([\p{L} ]{5,40}?)\s*:\s*(.*)$/u;

/** The field a name and value make, or null when the name is not a field's. */
function classify(name: string, value: string): Field | null {
  const key = foldKey(name);
  for (const [pattern, kind, role] of FIELD_NAMES) {
    if (pattern.test(key)) return role ? { kind, name: name.trim(), role, value: trimValue(value) } : { kind, name: name.trim(), value: trimValue(value) };
  }
  return null;
}

/** A copy of a field that says on which line it stands (and to which it runs). */
export function placeField(field: Field, line: number, to = field.to): Field & { line: number } {
  const placed: Field & { line: number } = { kind: field.kind, name: field.name, value: field.value, line };
  if (field.role !== undefined) placed.role = field.role;
  if (to !== undefined) placed.to = to;
  return placed;
}

/** A line that is itself a field, or null. */
export function parseFieldLine(text: string): Field | null {
  // A field name is at most 40 letters after a short bullet or number: no colon early, no field.
  const colon = text.indexOf(":");
  if (colon < 5 || colon > 60) return null;
  const match = FIELD_LINE.exec(text);
  if (!match) return null;
  return classify(match[1]!, match[2]!);
}

const INLINE_FIELD = /\(\s*([\p{L} ]{5,40}?)\s*:\s*([^()]*)\)/gu;

/** Fields in brackets inside a sentence: `(Thời gian thực hiện: quý I, II năm 2024)`. */
export function inlineFields(text: string): Field[] {
  const found: Field[] = [];
  if (!text.includes("(") || !text.includes(":")) return found;
  for (const match of matchesOf(INLINE_FIELD, text)) {
    const field = classify(match[1]!, match[2]!);
    if (field) found.push(field);
  }
  return found;
}

/** The sentence's closing period is not part of the value; an ellipsis is. */
function trimValue(value: string): string {
  return value.trim().replace(/(?<!\.)\.$/, "");
}
