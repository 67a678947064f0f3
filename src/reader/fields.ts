/** `- Đơn vị thực hiện: ...`, `- *Thời gian:* ...`, `(*Thời gian thực hiện: ...*)`. */
import { foldKey } from "../text/normalize.ts";
import { matchesOf } from "../text/matches.ts";
import type { UnitRole } from "./types.ts";

/** `note`: a field read and kept out of the task's text, that says nothing of its units or time (`Kết quả:`, `Lãnh đạo phụ trách:`). */
export type FieldKind = "units" | "timing" | "place" | "participants" | "note";

export interface Field {
  kind: FieldKind;
  /** The field's name as written, e.g. `Thời gian hoàn thành`. */
  name: string;
  role?: UnitRole;
  value: string;
  /** The last line the field runs to, when it continues over several lines. */
  to?: number;
}

/** `Đơn vị chủ trì/phối hợp`, `Chủ trì, phối hợp`, `Cơ quan chủ trì - phối hợp` (accent-free key). */
const LEAD_THEN_SUPPORT = /^((co quan|don vi|bo phan)\s+)?chu tri\s*(\/|,|-|–|va)\s*(phoi hop|cac don vi phoi hop|don vi phoi hop)$/;

/**
 * A units field as the units it names with their roles: a field for both lead and support
 * (`Đơn vị chủ trì/phối hợp: Phòng Đào tạo; Trung tâm QLCL`) names the lead first, then those
 * who support it; any other field names units of its one role.
 */
export function unitRefs(field: Pick<Field, "name" | "value" | "role">, split: (value: string) => string[]): Array<{ value: string; role: UnitRole }> {
  const role = field.role ?? "lead";
  if (!LEAD_THEN_SUPPORT.test(foldKey(field.name).replace(/\s+/g, " ").trim())) return [{ value: field.value, role }];
  const parts = field.value.includes(";") ? field.value.split(";").map((p) => p.trim()).filter(Boolean) : split(field.value);
  if (parts.length < 2) return [{ value: field.value, role: "lead" }];
  return [{ value: parts[0]!, role: "lead" }, { value: parts.slice(1).join("; "), role: "support" }];
}

/** A roster's team column (`Đoàn`, `Đoàn kiểm tra`, `Tổ công tác`), by accent-free key. */
const TEAM_COLUMN = /^(doan|doan kiem tra|doan cong tac|doan giam sat|to cong tac)$/;

/** Whether a field is a roster's team column: its cells hold teams (`Đoàn 01`), or a role where no team does the row. */
export function isTeamColumn(name: string): boolean {
  return TEAM_COLUMN.test(foldKey(name).replace(/\s+/g, " ").trim());
}

/** Field names by accent-free key. Plans name the same fields many ways; each pattern is one family. */
const FIELD_NAMES: Array<[RegExp, FieldKind, UnitRole?]> = [
  [/^((co quan|don vi|bo phan|to chuc|luc luong|nguoi|can bo|ca nhan)(\s*[/,]\s*(co quan|don vi|bo phan|to chuc|ca nhan|nguoi|can bo))*\s+)?(chu tri|thuc hien|chiu trach nhiem|phu trach|trien khai)(\s+(thuc hien|chinh|trien khai|tham muu))?$/, "units", "lead"],
  // `Sở, ngành chủ trì tham mưu`, `Cơ quan, đơn vị chủ trì`: whoever is named before `chủ trì`.
  [/^(so|nganh|ban|phong|co quan|don vi|dia phuong)(, (so|nganh|ban|phong|co quan|don vi|dia phuong))* chu tri( thuc hien| tham muu)*$/, "units", "lead"],
  [/^(chu tri|trach nhiem|trach nhiem thuc hien|phan cong|phu trach|chiu trach nhiem|nguoi phu trach|giao|giao cho)$/, "units", "lead"],
  [/^(don vi|co quan) chi dao( thuc hien)?$/, "units", "lead"],
  [/^((co quan|don vi|bo phan|to chuc|co quan, don vi|don vi, co quan|luc luong)\s+)?phoi hop( thuc hien)?$/, "units", "support"],
  // `Đơn vị chủ trì/phối hợp`: one column for both, the lead named first (leadThenSupport).
  [LEAD_THEN_SUPPORT, "units", "lead"],
  [/^(co quan|cong chuc|don vi|bo phan|can bo) (tham muu|giup viec|thuong truc)$/, "units", "advise"],
  [/^(thoi gian|thoi han|thoi diem|tien do|han|han chot|ngay|lich|gio|ngay gio|gio bat dau|ngay thang|buoi|thang|thu, ngay|ngay, thang)( du kien)?( (thuc hien|hoan thanh|to chuc|trien khai|bao cao|dien ra|nop|gui|phat song|thuc hien va hoan thanh|hoan thanh va bao cao))?$/, "timing"],
  [/^(hoan thanh|han hoan thanh|thoi han hoan thanh|thoi gian, dia diem)$/, "timing"],
  // A schedule's columns: `Ngày tiếp công dân`, `Thời gian làm việc`, `Chức vụ` (the post, which means its body).
  [/^(ngay|thoi gian|gio) (tiep cong dan|tiep dan|tiep|hop|lam viec|kiem tra|giam sat|dien ra|phat song|bat dau|ket thuc)$/, "timing"],
  [/^(chuc vu|chuc danh)$/, "units", "lead"],
  // A roster's team column (`Đoàn | Họ tên | Chức vụ | Vai trò | Nhiệm vụ`): the team does its members' work.
  [TEAM_COLUMN, "units", "lead"],
  // A weekly schedule's `Lãnh đạo chủ trì/tham dự`: who chairs the meeting or attends for the body.
  [/^(lanh dao )?chu tri ?(\/|,|va) ?(tham du|du)$|^lanh dao chu tri$/, "units", "lead"],
  [/^(dia diem|dia diem to chuc|dia diem thuc hien|noi to chuc)$/, "place"],
  [/^(thanh phan|thanh phan tham du|thanh phan tham gia|doi tuong|doi tuong tham gia|thanh phan moi)$/, "participants"],
  // The leader in charge is a person of the issuer; the units that do the work are in the fields beside.
  [/^(lanh dao phu trach|lanh dao chi dao|lanh dao so phu trach|ket qua|san pham|ket qua dau ra|san pham dau ra|du kien san pham|ghi chu|kinh phi|nguon kinh phi)$/, "note"],
];

const FIELD_LINE = /^(?:[-+•–*]\s*)?(?:(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*)?(\p{L}[\p{L} ,/]{2,48}?)\s*:\s*(.*)$/u;

/** The kind (and role) a field name gives, or null when it names no field. */
export function fieldKindOf(name: string): { kind: FieldKind; role?: UnitRole } | null {
  const key = foldKey(name).replace(/\s+/g, " ").trim();
  for (const [pattern, kind, role] of FIELD_NAMES) if (pattern.test(key)) return role ? { kind, role } : { kind };
  return null;
}

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

/** `Đơn vị chủ trì: A; Đơn vị phối hợp: B.`: a line holding several fields, cut before each field after the first. */
export function fieldPieces(text: string): string[] {
  if (!text.includes(";") || parseFieldLine(text) === null) return [text];
  const pieces: string[] = [];
  let start = 0;
  for (const match of matchesOf(/[;.]\s+(?=\p{Lu}[\p{L} ,/]{2,48}?\s*:)/gu, text)) {
    const rest = text.slice(match.index + match[0].length);
    if (parseFieldLine(rest) === null) continue;
    pieces.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** A line that is itself a field, or null. */
export function parseFieldLine(text: string): Field | null {
  // A field name is at most 40 letters after a short bullet or number: no colon early, no field.
  const colon = text.indexOf(":");
  if (colon < 3 || colon > 60) return null;
  const match = FIELD_LINE.exec(text);
  if (!match) return null;
  return classify(match[1]!, match[2]!);
}

const INLINE_FIELD = /\(\s*(\p{L}[\p{L} ,/]{2,48}?)\s*:\s*([^()]*)\)/gu;

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
