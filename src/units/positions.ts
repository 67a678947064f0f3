/**
 * People named by their post rather than their body: `Đồng chí Phó Chủ tịch Thường trực, phụ
 * trách lĩnh vực Giám sát`, `Các đ/c Phó Chủ tịch`, `Chuyên viên cơ quan MTTQ xã`. A post with
 * its body after it means that body (`Chuyên viên cơ quan MTTQ xã` → `cơ quan MTTQ xã`, `Trưởng
 * đoàn thể xã` → `Các đoàn thể xã`); a post alone means the body whose post it is, which only
 * the plan can tell (its issuer): such a mention is marked as a post.
 */
import { capitalize } from "../text/normalize.ts";

/** `Đồng chí`, `đ/c`, `ông`, `bà`, `Các đồng chí`, a teacher's `Thầy`, `Cô` before a name: the person, not the unit (`bà con`, the folk, is no `bà`). */
const PERSON = /^(?:(?:[Cc]ác|[Nn]hững)\s+)?(?:(?:[Đđ]ồng chí|[Đđ]\/[Cc]|[Ôô]ng(?:,?\s*[Bb]à)?|[Bb]à(?!\s+con(?![\p{L}])))(?:\s*:\s*|\s+)|(?:[Tt]hầy(?:,?\s*[Cc]ô)?|[Cc]ô)\s+(?=\p{Lu}))/u;
/** `Đ/c Thân - PCT UBND`, `Đ/c: Khánh - CT HĐND`: after `đồng chí`, the name alone before the post (a weekly schedule's way). */
const NAME_BEFORE_POST = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}\s*[-–:]\s*(?=\p{Lu})/u;

/** `Thanh`, `Minh Tuấn`: a given name, written after `đồng chí` without the surname. */
const GIVEN_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?$/u;
/** `Đồng chí Thanh`: a person by given name, of the plan's body like a bare post. */
const PERSON_BY_GIVEN_NAME = /^Đồng chí \p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?$/u;

/** Vietnamese surnames: a person's name begins with one. */
const SURNAMES =
  "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Đào|Đinh|Mai|Trịnh|Trương|Lưu|Tạ|Lại|Tô|Chu|Kiều|Lương|Quách|Triệu|Vương|Nông|Lò|Hứa|Châu|Khổng|Đàm|Doãn|Mạc|Thân|Phùng|Diệp|Hầu|Tống|Lục|Lã|Mã|Bạch|Cù|Nghiêm|Đậu|Tôn|Khúc";

/** `Phó chỉ tịch` (a slip), `Phó chủ tịch`: the official spelling, so the titles below match. */
function officialTitle(text: string): string {
  // `PCT UBND`, `CT HĐND`: the posts written short before their body.
  text = text.replace(/^(P?)CT(?=\s+(?:UBND|HĐND|UBMTTQ|MTTQ|Ủy ban|Uỷ ban|Hội đồng|Hội\s))/u, (_m, deputy: string) => (deputy ? "Phó Chủ tịch" : "Chủ tịch"));
  return text.replace(/^([Cc]ác\s+)?(Phó\s+)?[Cc]h[ủỉ] t[ịi]ch(?![\p{L}])/u, (_m, all?: string, deputy?: string) => `${all ? "Các " : ""}${deputy ? "Phó " : ""}Chủ tịch`);
}

/** Staff of a body: the body is theirs (`Chuyên viên cơ quan MTTQ xã`, `Giáo viên trường …`). */
const STAFF_OF = /^(?:(?:[Cc]ác|[Nn]hững)\s+)?(?:[Cc]huyên viên|[Cc]án bộ|[Nn]hân viên|[Gg]iáo viên|[Vv]iên chức)\s+(?:của\s+)?(?=(?:cơ quan|văn phòng|phòng|ban|trường|Cơ quan|Văn phòng|Phòng|Ban|Trường)\s)/u;
/** `Trưởng đoàn thể xã`, `Trưởng các đoàn thể`: the mass organizations. */
const HEADS_OF_ORGANIZATIONS = /^(?:Trưởng|Người đứng đầu)\s+(?:các\s+)?(đoàn thể|ban, ngành, đoàn thể|ban, ngành)(?=\s|$)/u;

/** `Nguyễn Ngọc Phúc - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh`: a person's name before their posts. */
const NAMED_PERSON = /^(?:(?:Thượng|Trung|Thiếu|Đại)\s+tướng\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,3}\s*(?:[-–,])\s+(?=\p{Lu})/u;
/** Memberships a person lists before the post that names their body (`Tỉnh ủy viên`, `Ủy viên Ban Thường vụ Đảng ủy`). */
const MEMBERSHIP = /^(?:\p{L}+\s+ủy viên|Ủy viên|Uỷ viên|Đảng ủy viên|Đại biểu Quốc hội)(?![\p{L}])/u;
/** `Trưởng thôn`, `Bí thư chi bộ`: the head of each village (or cell) in the plan. */
const VILLAGE_HEAD = /^(?:các\s+)?(?:Trưởng|Bí thư|Tổ trưởng)\s+(thôn|ấp|bản|khu phố|tổ dân phố|xóm|chi bộ)$/iu;

/** `Hiệu trưởng các trường`, `Giám đốc các trung tâm`: the head of each body stands for those bodies. */
const HEADS_OF_EACH = /^(?:Phó\s+)?(?:[Hh]iệu trưởng|HT|[Gg]iám đốc|[Tt]rưởng|[Cc]hủ nhiệm)\s+các\s+(\p{Ll}.*)$/u;

/** `Trạm trưởng trạm Y tế`, `Đội trưởng Đội …`: the head named by the body's own kind is that body. */
const HEAD_OF_OWN_KIND = /^(?:Phó\s+)?(trạm|đội|cục|vụ|chi cục|khoa)\s+trưởng\s+(?=\1\s)/iu;

const GENERIC_HEADS = /^(?:[Nn]gười đứng đầu|[Tt]hủ trưởng|[Ll]ãnh đạo|([Bb]an lãnh đạo))\s+(?:các\s+)?(?=(?:cơ quan|tổ chức|đơn vị|địa phương)(?![\p{L}]))/u;

/** The mention without the person it speaks of: the body where one is named after the post. */
export function withoutPerson(text: string): string {
  const person = PERSON.exec(text);
  let out = officialTitle(withoutNameAfterPost(person ? text.slice(person[0].length) : text));
  // `Đ/c Thanh`: a person by given name only (a weekly schedule's way) stays a person.
  if (person && GIVEN_NAME.test(out) && !BODY_WORD.test(out) && !POST_WORDS.test(out)) return `Đồng chí ${out}`;
  const given = person ? NAME_BEFORE_POST.exec(out) : null;
  if (given) out = officialTitle(out.slice(given[0].length));
  const named = NAMED_PERSON.exec(out);
  if (named && !/^(Sở|Ban|Phòng|Ủy ban|Uỷ ban|Hội|Trung tâm|Công an|Đoàn|Văn phòng|Trường|Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Tỉnh|Thành phố)\s/u.test(out)) out = officialTitle(out.slice(named[0].length));
  // `Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh`: the last post names the body.
  if (MEMBERSHIP.test(out) && out.includes(",")) out = officialTitle(out.slice(out.lastIndexOf(",") + 1).trim());
  // `người đứng đầu cơ quan, tổ chức, đơn vị`, `Ban lãnh đạo cơ quan, tổ chức`: the bodies of the kind, all of them.
  const leaders = GENERIC_HEADS.exec(out);
  if (leaders) return `${leaders[1] ? "Ban lãnh đạo các" : "Các"} ${out.slice(leaders[0].length)}`;
  const village = VILLAGE_HEAD.exec(out);
  if (village) return `Các ${village[1]!.toLowerCase()}`;
  if (STAFF_OF.test(out)) return out.replace(STAFF_OF, "");
  const heads = HEADS_OF_ORGANIZATIONS.exec(out);
  if (heads) return `Các ${out.slice(heads[0].length - heads[1]!.length)}`;
  const ownKind = HEAD_OF_OWN_KIND.exec(out);
  if (ownKind) return capitalize(out.slice(ownKind[0].length));
  const headsOfEach = HEADS_OF_EACH.exec(out);
  if (headsOfEach) return `Các ${headsOfEach[1]}`;
  return out;
}

const POST =
  /^(?:Các\s+)?(?:Phó\s+)?(?:(?:Trưởng|Thư ký|Thành viên)\s+đoàn(?:\s+(?:kiểm tra|công tác|giám sát))?(?:\s*\/\s*Phó\s+Trưởng\s+đoàn)?|Chủ tịch|[Gg]iám đốc|Bí thư|Trưởng ban|Trưởng|Ủy viên|Uỷ viên|Chuyên viên|Cán bộ|Nhân viên|Giáo viên|Hiệu trưởng|Hiệu phó|Tổng phụ trách|Thư ký|Kế toán|Văn thư|Thành viên|Tổ trưởng|Tổ phó)(?:\s+(?:Thường trực|thường trực|chủ nhiệm|hướng dẫn))?(?:\s+phụ trách\s.*|(?=\s*(?:,|$)))/u;
/** A body's name anywhere in the words: then the post is of that body, not of the issuer. */
const BODY_WORD = /(?<![\p{L}])(?:UBND|HĐND|MTTQ|Ủy ban|Uỷ ban|Hội đồng|Sở|Phòng|Ban\s+\p{Lu}|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Công an|Trường|Đoàn|Hội\s+\p{Lu}|Mặt trận|Trung tâm|Chi bộ|Tổ\s+\p{Lu})(?![\p{L}])/u;

/**
 * `Đỗ Mạnh Cường`, `Nguyễn Thị Loan` (a task table's `Người thực hiện`): a person by full name,
 * who like a bare post is of the plan's body. Surnames that also begin place names (`Hà`,
 * `Lâm`, `Thái`, `Cao`) are left out, and three words at least, so `Hồ Chí Minh` is no one.
 */
const PERSON_NAME = new RegExp(`^(?!Hồ Chí Minh$|Phan Rang)(?:${SURNAMES})(?:\\s+\\p{Lu}\\p{Ll}*){2,3}$`, "u");

/** `: Ông Hoàng Hưng`, ` Nguyễn Trường Giang` after a post: the person who holds it (a surname and one to three names). */
export const NAME_AFTER_POST = new RegExp(`(?:\\s*:\\s*|\\s+)(?:(?:Ông|Bà|Thầy|Cô|ông|bà|thầy|cô|đồng chí|đ/c)\\s+)?(?:${SURNAMES})(?:\\s+\\p{Lu}\\p{Ll}*){1,3}$`, "u");

/** `Hiệu trưởng: Ông Hoàng Hưng`, `Phó giám đốc Hoàng Văn Thuân` → the post alone: the person is not the unit. */
export function withoutNameAfterPost(text: string): string {
  const named = NAME_AFTER_POST.exec(text);
  if (!named || named.index === 0) return text;
  const post = text.slice(0, named.index);
  return POST_WORDS.test(post) ? post : text;
}

/** Words a post begins with (a post with a body after it too: `Bí thư Đoàn trường`). */
const POST_WORDS = /^(?:(?:Thầy|Cô|Ông|Bà)\s+)?(?:Phó\s+)?(?:Chủ tịch|[Gg]iám đốc|Bí thư|Trưởng|Ủy viên|Uỷ viên|Chuyên viên|Cán bộ|Hiệu trưởng|[Hh]iệu phó|Tổng phụ trách|Thư ký|Kế toán|Tổ trưởng|Tổ phó|Chánh|Cục trưởng|Vụ trưởng)(?![\p{L}])/iu;

/** `Phó Chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội`: a post that names no body. */
export function isBarePost(clean: string): boolean {
  return (POST.test(clean) && !BODY_WORD.test(clean)) || PERSON_NAME.test(clean) || PERSON_BY_GIVEN_NAME.test(clean);
}

/** Where a list of people starts another: `Các đ/c Phó Chủ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên …`. */
export const STARTS_LIKE_POST = /^\s*(?:(?:các|những)\s+)?(?:(?:đồng chí|đ\/c)\s+)?(?:Phó\s+)?(?:Chủ tịch|Bí thư|Trưởng|Ủy viên|Uỷ viên|Chuyên viên|Cán bộ|Nhân viên|Giáo viên|Hiệu trưởng|Thư ký|Giám đốc|Chánh(?=\s+(?:Văn phòng|Thanh tra|án)))(?![\p{L}])/iu;
export const PEOPLE = /^\s*(?:các|những)\s+(?:đồng chí|đ\/c)\s/iu;
