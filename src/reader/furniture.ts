/**
 * Lines of a document that are no work to do, whatever place they stand in: blanks left to be
 * filled (`…………`, `Lương Minh, ngày    tháng    năm 2025`), a form's labels (`(Ký, ghi rõ họ
 * tên)`, `Mẫu số 04/BCĐBHĐND-MT`) and the headings of the forms and lists an appendix holds,
 * written in capitals (`BIÊN BẢN KIỂM PHIẾU`, `CHỦ TRÌ HỘI NGHỊ`), a board's members listed with their
 * posts. Pure.
 */
import { PREDICATE } from "../units/predicates.ts";

const BLANKS = /^[\s.…_\-–—*()/:,;]*$/u;
const SIGNATURE_LABEL = /^\(\s*(?:ký|ghi rõ)[^()]{0,40}\)\.?$/iu;
/** The day and the month left blank (`ngày    tháng    năm 2025`, `ngày … tháng … năm …`). */
const PLACE_AND_BLANK_DATE = /^[\p{L}\s.]{2,40},\s*ngày[\s.…_]*tháng[\s.…_]*năm\s*\d{0,4}\.?$/u;
const FORM_NUMBER = /^Mẫu(?:\s+số)?\s*[:.]?\s*\d/u;

/** A title that is a blank, a form's label or a date line left blank: never a task. */
export function isFormFurniture(title: string): boolean {
  const text = title.trim();
  return BLANKS.test(text) || SIGNATURE_LABEL.test(text) || PLACE_AND_BLANK_DATE.test(text) || FORM_NUMBER.test(text);
}

/** A title written all in capitals (a form's or a list's heading): a task only when it holds a date. */
export function isCapitalHeading(title: string): boolean {
  const text = title.trim();
  return /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();
}

/** `Ông: Trương Đình Nam - Bí thư ĐTN - Trưởng ban`, `Bà Trương Hải Thanh, Phó Giám đốc Sở GDĐT, Phó Trưởng ban`: a board's member. */
const MEMBER = /^(?:Ông|Bà|Đ\/c|Đồng chí|Thầy|Cô)\s*:?\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}\s*[-–,:]\s*/u;

/** A line that lists a member of a board with their posts, doing nothing: no task. */
export function isMemberLine(title: string): boolean {
  const member = MEMBER.exec(title.trim());
  if (!member) return false;
  // The posts alone, short: `… - PCT UBND: phụ trách chung` gives the member a duty.
  const posts = title.trim().slice(member[0].length);
  return !posts.includes(":") && posts.split(/\s+/).length <= 16 && !/phụ trách|trách nhiệm/iu.test(posts) && !PREDICATE.test(` ${posts}`);
}
