/**
 * Where a unit's name ends inside a sentence: at the verb its duty starts with (`Sở Tư pháp
 * hướng dẫn …`, `Điện lực Lai Châu, đơn vị tổ chức sự kiện …`, `Các cơ quan có liên quan đẩy
 * nhanh tiến độ`). Verbs are written in lower case and names in capitals (`Ban Chỉ đạo`,
 * `Sở Xây dựng`), and a few verbs are also nouns after certain words (`các tổ chức`, `đoàn
 * kiểm tra`, `ban quản lý`, `trang thông tin`): those are not where a name ends.
 */
const VERBS = [
  "chỉ đạo", "tham mưu", "căn cứ", "phối hợp", "chủ trì", "thực hiện", "triển khai", "tổ chức", "bảo đảm", "đảm bảo", "tùy", "tuỳ",
  "tuyên truyền", "chủ động", "thành lập", "giám sát", "kiểm tra", "theo dõi", "đôn đốc", "tổng hợp", "báo cáo", "hướng dẫn", "xây dựng",
  "ban hành", "rà soát", "đề xuất", "cung cấp", "tiếp nhận", "bố trí", "chuẩn bị", "phân công", "vận động", "quán triệt", "lựa chọn",
  "mời", "gửi", "quản lý", "giải quyết", "xử lý", "tiếp tục", "tăng cường", "đẩy mạnh", "đẩy nhanh", "có trách nhiệm",
  "chịu trách nhiệm", "được giao", "nắm", "tiến hành", "phát động", "tập trung", "hỗ trợ", "cập nhật", "công bố", "đăng tải",
  "biên tập", "phát sóng", "duy trì", "phổ biến", "tham gia", "thông báo", "niêm yết", "nghiên cứu", "treo", "khen thưởng", "đánh giá",
  "sơ kết", "tổng kết", "hoàn thành", "hoàn thiện", "bàn giao", "giới thiệu", "thẩm định", "phê duyệt", "thông tin", "kịp thời",
  "nghiêm túc", "khẩn trương", "thường xuyên", "định kỳ", "lên kế hoạch", "làm tốt", "triệu tập", "phân loại", "lấy ý kiến",
  // Not `chỉ huy`, `điều hành`, `chấm`, `đón tiếp`, `đọc`: words of bodies' names too (`Ban chỉ huy`, `Hội đồng chấm thi`, `Tổ đón tiếp`).
  // Relief after a disaster: `UBND các xã, phường huy động ca nô …`, `… dựng nhà bạt`.
  "huy động", "khắc phục", "cấp phát", "thu gom", "thu thập", "vận chuyển", "sửa chữa", "phân bổ", "phân phối", "lắp đặt", "thăm hỏi",
  "truy cập", "dự kiến", "nộp", "làm việc", "phát biểu", "tuyên bố", "trình bày", "giải đáp", "biểu quyết", "thông qua", "trao", "tặng",
  // Words of tense and mood stand before a verb, never inside a name: `Ban tổ chức sẽ kiểm tra …`, `Các đơn vị cần …`.
  "sẽ", "phải", "đã", "đang", "có thể", "là",
  // `Cục Thuế có kế hoạch nâng cấp …`, `Chủ tịch UBND thành phố xem xét tặng Bằng khen`.
  "có kế hoạch", "xem xét",
  // A clause of time ends the name too: `Đoàn kiểm tra trong quá trình kiểm tra …`.
  "trong quá trình", "khi", "sau khi", "trước khi",
  // So does the scope of a duty: `Các sở, ban, ngành trong phạm vi chức năng, nhiệm vụ của mình`.
  "trong phạm vi", "theo chức năng", "trên cơ sở",
];
/** Verbs of one syllable that also end common words (`công trình`, `cử tri`): only where they cannot. */
const GUARDED = ["(?<![Xx]ây\\s)dựng", "(?<!hậu\\s)cần(?!\\s+thiết)", "(?<!(?:[Tt]hành|[Đđ]ộc|[Tt]hiết|[Xx]ác|[Ss]áng|công|đơn vị|cơ quan)\\s)lập(?!\\s+(?:trường|pháp))", "(?<!(?:[Cc]ông|[Cc]hương|[Qq]uy|[Ll]ộ|[Hh]ành|[Gg]iáo|[Tt]iến|[Qq]uá)\\s)trình(?!\\s+(?:độ|diễn|bày|chiếu))", "(?<!(?:[Bb]ầu|[Ứứ]ng)\\s)cử(?!\\s+tri)"];

/** After these words any of the verbs is a noun: `các tổ chức`, `những người thực hiện`; after `được` a participle (`đơn vị được kiểm tra`). */
const AFTER_ANY = "(?<!(?:[Cc]ác|[Nn]hững|và|cùng|được)\\s)";
/** A verb that is a noun after a body's word: `Đoàn kiểm tra`, `Ban quản lý`, `Tổ công tác`, `trang thông tin`, `đầu tư xây dựng`. */
const NOUN_AFTER: Array<[string, string[]]> = [
  ["(?:[Đđ]oàn|[Tt]ổ|[Bb]an|[Đđ]ội|[Hh]ội đồng|[Ll]ực lượng|[Bb]ộ phận|[Cc]ơ quan|[Pp]hòng|[Tt]rung tâm|đơn vị)", ["kiểm tra", "giám sát", "quản lý", "chỉ đạo", "thẩm định", "tuyên truyền", "thường trực", "tổ chức", "thực hiện", "chủ trì", "phối hợp"]],
  ["(?:[Tt]rang|[Cc]ổng|[Hh]ệ thống|[Tt]rung tâm|[Bb]ản tin|[Pp]hòng|[Cc]ông nghệ)", ["thông tin"]],
  ["(?:đầu tư|dự án|quy hoạch|phát triển|[Tt]hanh tra|[Ss]ở|[Pp]hòng)", ["xây dựng"]],
  ["(?:[Pp]hòng|[Bb]an|[Vv]ăn phòng|[Tt]ổ)", ["tổng hợp", "khen thưởng"]],
  // A hospital's `Phòng Kế hoạch tổng hợp`, `Khoa Nội tổng hợp`.
  ["(?:[Kk]ế hoạch|[Nn]ội)", ["tổng hợp"]],
  // `viện nghiên cứu`, `cơ sở nghiên cứu`: a body of research.
  ["(?:[Vv]iện|[Tt]rung tâm|[Cc]ơ sở|[Tt]ổ chức)", ["nghiên cứu"]],
  // `Ban Tổ chức kỷ niệm 20 năm chia tách, thành lập tỉnh`: an occasion's name inside a unit's.
  ["(?:ngày|năm|tách,|niệm|tái)", ["thành lập"]],
  // `Tiểu ban Thông tin, tuyên truyền, khánh tiết`, `Tổ Nội dung, tuyên truyền`: a committee named by the work it is for.
  ["(?:[Tt]iểu ban|[Tt]ổ|[Bb]an)\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){0,2},", ["tuyên truyền", "thông tin", "vận động", "tổng hợp", "kiểm tra", "giám sát", "hướng dẫn", "tổ chức"]],
  // `Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này`: the bodies given the work, named by it.
  ["(?:được giao|được phân công)", ["chủ trì", "thực hiện", "phối hợp"]],
  ["(?:được giao chủ trì|được phân công chủ trì)", ["thực hiện"]],
  // `cơ quan, tổ chức, đơn vị …`: a list of generic bodies.
  ["(?:[Cc]ơ quan,|[Đđ]ơn vị,)", ["tổ chức"]],
];
/** `tổ chức chính trị - xã hội`, `thông tin điện tử`: the verb's word begins a noun phrase. */
const NOUN_BEFORE = "(?! (?:chính trị|thành viên|đoàn thể|xã hội|cơ sở|đảng|Đảng|[Hh]ội(?! (?:[Nn]ghị|[Tt]hi|[Tt]hảo|[Dd]iễn|[Tt]rại|[Cc]hợ|giảng|khỏe|khoẻ|[Xx]uân|báo|đua|trường))|công đoàn|điện tử|và truyền thông|cá nhân|quần chúng)(?![\\p{L}]))";

const guarded = (verb: string): string => {
  const after = NOUN_AFTER.filter(([, verbs]) => verbs.includes(verb)).map(([words]) => `(?<!${words}\\s)`).join("");
  return `${after}${verb.replace(/ /g, "\\s+")}`;
};

export const PREDICATE = new RegExp(`\\s${AFTER_ANY}(?:${[...VERBS.map(guarded), ...GUARDED].join("|")})(?![\\p{L}\\p{M}])${NOUN_BEFORE}`, "u");

/**
 * A collective can be named by the work it is given or takes part in (`Các cơ quan, đơn vị được
 * giao chủ trì`, `Các khoa tham gia khảo sát`, `Các tổ chức cung cấp dịch vụ chi trả`): that verb
 * and the few words of its object belong to the name when the text ends after them or the duty's
 * verb follows. A single body is never named so (`Sở Y tế được giao chủ trì …` is `Sở Y tế`).
 */
const COLLECTIVE_HEAD = /^(?:[Cc]ác|[Nn]hững|[Tt]ất cả|[Cc]ơ quan|[Đđ]ơn vị|[Tt]ổ chức|[Đđ]ịa phương)[\s,]/u;
const QUALIFYING_VERB = /^(?:được\s+giao|được\s+phân\s+công|tham\s+gia|cung\s+cấp|giới\s+thiệu)$/u;
/** The object of a qualifying verb is a noun: not a manner or a place (`tham gia đầy đủ`, `tham gia tại …`, `tham gia các hoạt động`). */
const NOT_AN_OBJECT = /^(?:theo|về|tại|trong|với|cho|đúng|đầy|nghiêm|kịp|tốt|các|những|việc|công tác|có|ở|đến|từ|bằng|hiệu|tích|nhiệm vụ|vào|và|cùng)(?![\p{L}\p{M}])/iu;

const NEXT_PREDICATE = new RegExp(PREDICATE.source, "gu");

/** Where the name of the unit a text starts with ends: before the verb its duty starts with; null when the whole text is the name. */
export function nameEnd(text: string): number | null {
  const first = PREDICATE.exec(text);
  if (!first) return null;
  if (!COLLECTIVE_HEAD.test(text.slice(0, first.index).trimStart()) || !QUALIFYING_VERB.test(first[0].trim())) return first.index;
  const restStart = first.index + first[0].length;
  // Searched in the whole text, so that the words before (`được giao`) still guard a verb that is a noun after them (`chủ trì`).
  NEXT_PREDICATE.lastIndex = restStart;
  const next = NEXT_PREDICATE.exec(text);
  const object = text.slice(restStart, next ? next.index : text.length).trim();
  const words = object === "" ? 0 : object.split(/\s+/).length;
  if (words === 0 || words > 6 || /[,;:.()]/.test(object) || NOT_AN_OBJECT.test(object)) return first.index;
  return next ? next.index : null;
}

/** The name before the verb its duty starts with: `Sở Tư pháp hướng dẫn việc …` → `Sở Tư pháp`. */
export function beforePredicate(text: string): string {
  const end = nameEnd(text);
  return end === null ? text : text.slice(0, end).replace(/[\s,;:]+$/, "");
}

/** Whether a text opens with one of the verbs a duty starts with (`Kiểm tra việc …`, `Tổ chức hội nghị …`), in either case. */
const OPENING_VERB = new RegExp(`^(?:${VERBS.map((verb) => verb.replace(/ /g, "\\s+")).join("|")}|lập|gửi|nộp|trình|họp|làm việc|tham dự|dự|kiểm phiếu|niêm yết)(?![\\p{L}\\p{M}])`, "iu");

export function opensWithVerb(text: string): boolean {
  return OPENING_VERB.test(text);
}
