/**
 * One written mention → one canonical unit: abbreviations expanded, colloquial names mapped,
 * official spelling, and its scope. The slug comes from the canonical name and scope, so it
 * does not depend on which spelling was seen first.
 */
import { memoize, memoizeScoped } from "../text/memo.ts";
import { capitalize, foldedCode, foldKey, normalizeText, slugify, unitBuffer, unitsToString } from "../text/normalize.ts";
import { isSpaceCode, trimEndOf } from "../text/trim.ts";
import { ABBREVIATIONS, COLLOQUIAL, COMMITTEES, LEVEL_BY_HEAD, LEVEL_WORDS, OFFICIAL_NAMES, XA_IN_NAME, type Level } from "./lexicon.ts";
import { levelOfKind, levelOfPlace, rank, scopeLabel, type Locality } from "./scope.ts";
import { isBarePost, withoutPerson } from "./positions.ts";

export interface CanonicalUnit {
  /** The full name, with the locality: `Ban Tuyên giáo Huyện ủy Phong Thổ`. */
  name: string;
  slug: string;
  /** `huyện Phong Thổ`, or null when the locality's name is unknown. */
  scope: string | null;
  level: Level;
  /** A group of bodies (`Các đơn vị có liên quan`, `UBND các xã, thị trấn`), never merged into one. */
  collective: boolean;
  /** The mention as written, when it differs from the name. */
  written: string;
  /** A post that names no body (`Phó Chủ tịch Thường trực`): the plan's issuer's, which the plan resolves. */
  post?: true;
}

/** The dictionaries as maps: cheaper to look up with a fresh key, and no inherited names (`constructor`). */
const OFFICIAL = new Map(Object.entries(OFFICIAL_NAMES));
const COLLOQUIAL_NAMES = new Map(Object.entries(COLLOQUIAL));

// Level words start with either case (`Thị trấn Phong Thổ`); the rest is matched exactly,
// because a case-insensitive \p{Lu} would take any word for a place name.
// `Hợp tác xã`, `Thông tấn xã`: a cooperative, the news agency; no commune.
const KIND_PATTERN = LEVEL_WORDS.map(([word]) => `${word === "xã" ? `(?<!${XA_IN_NAME}\\s)` : ""}[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join("|");
// Names since the 2025 mergers carry numbers and dashes: `Bảo Lâm 1`, `Phường 3 Bảo Lộc`, `Xuân Hương - Đà Lạt`.
const NAME_WORDS = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+(?:-\\s+)?\\p{Lu}[\\p{Ll}\\p{M}]*){0,3}";
const PROPER_NAME = `(?:${NAME_WORDS}(?:\\s+\\d{1,2})?|\\d{1,2}(?:\\s+${NAME_WORDS})?)`;
// Greedy `(.*)` backtracks from the end: linear, where a lazy `(.*?)` tried every prefix.
const EXPLICIT_PLACE = new RegExp(`^(?:(.*)\\s+)?(${KIND_PATTERN})\\s+(${PROPER_NAME})$`, "u");
const KIND_WORD = new RegExp(KIND_PATTERN, "u");
const TRAILING_KIND = new RegExp(`^(.*)\\s+(${KIND_PATTERN})$`, "u");
const TRAILING_NAME = new RegExp(`\\s+(${PROPER_NAME})$`, "u");
const PROPER_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

/**
 * `TRAILING_NAME` where it can match: after a space, with a capitalized last word. The
 * pattern alone is tried at every space of the name, and most names end in lower case.
 */
function trailingName(text: string): RegExpExecArray | null {
  let space = text.length - 1;
  while (space >= 0 && !isSpaceCode(text.charCodeAt(space))) space--;
  return space >= 0 && PROPER_WORD.test(text.slice(space + 1)) ? TRAILING_NAME.exec(text) : null;
}

const COMMITTEE_WITH_PLACE = new RegExp(`^(.*(?:Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy))\\s+(${PROPER_NAME})$`, "u");
const HEADS = ["Trung tâm", "Văn phòng", "Chi hội", "Liên đoàn", "Công chức", "Chi cục", "Tiểu ban", "Công ty", "Ban", "Phòng", "Sở", "Hội", "Đài", "Báo", "Cổng", "Trang", "Cục", "Đoàn", "Bộ", "Đảng ủy"];
const HEAD_PREFIXES = HEADS.map((head) => [head, `${head.toLowerCase()} `] as const);
/**
 * A position means its unit (`Giám đốc Sở …` → the Sở, `Chủ tịch UBND xã` → the UBND,
 * `Thủ trưởng các cơ quan` → the bodies): the title goes; `Trưởng phòng X` is `Phòng X`.
 */
const LEADING_TITLES = /^(Đề nghị|Giao|Tập thể (?:lãnh đạo|lđ)|(?:Đồng chí\s+)?(?:Phó\s+)?(?:Chỉ huy trưởng|[Tt]hủ trưởng|Thủ tướng|Bộ trưởng|Thứ trưởng|Tổng cục trưởng|Cục trưởng|Vụ trưởng|Giám đốc|[Ll]ãnh đạo|Chủ tịch|Bí thư|Hiệu trưởng|Chánh Văn phòng(?=\s+(?:UBND|HĐND|Ủy ban|Hội đồng))|Chánh Thanh tra|Chánh án|Viện trưởng|Đại diện|[Nn]gười đứng đầu|Cấp trưởng|Trưởng Công an|Trưởng)(?:\s+[Tt]hường trực(?=\s+(?:UBND|HĐND|MTTQ|UBMTTQ|Ủy ban|Uỷ ban|Hội đồng)))?(?:\s+và\s+(?:các\s+)?Phó\s+\p{Ll}+(?:\s+\p{Ll}+)?)?)\s+(?=\p{Lu}|các\s|UBND|HĐND|[Đđ]oàn|[Cc]ông an|phòng|ban|trạm|khoa|tổ\s|trường)/u;
const POSITION_UNITS: Array<[RegExp, string]> = [
  [/^(?:Phó\s+)?Trưởng\s+(phòng|ban|trạm|khoa)\s+/iu, "$1 "],
  [/^(?:Phó\s+)?Trưởng\s+Công an\s+/iu, "Công an "],
  [/^(?:Phó\s+)?Chánh Văn phòng\s+/iu, "Văn phòng "],
];
const COLLECTIVE = /^dia phuong$|^(cac|toan the|tat ca|nhung|moi|ba con|don vi|ban lanh dao cac|so, ban, nganh|co quan (?:thong tan )?bao chi|cap tren|chinh quyen (?:dia phuong|co so|cac cap)|luc luong (?:chuc nang|xung kich))(?![a-z])|^(co quan|to chuc|don vi|dia phuong|doanh nghiep|cong dong)(, (co quan|to chuc|don vi|dia phuong|doanh nghiep|ca nhan|cong dong))+(?![a-z])|(?<![a-z])(co lien quan|lien quan|cac cap|doan the|ban nganh|cac xa|cac huyen|cac khoi|cac (?:tinh|thanh pho|phuong|quan|thi xa|thi tran|dac khu)|tren dia ban|tai dia phuong|(?<!trung hoc )co so|cung cap|cap tuong ung|o cap do)(?![a-z])|^(giao vien|can bo, giao vien|\d+ giao vien|co van hoc tap|can bo phu trach lop|ban can su lop)(?![a-z])|(?<![a-z])(?<!nong )(thon|ban|ap|khu pho|to dan pho|xom)$|(?<![a-z])(xa|phuong|thi tran|dac khu|huyen|quan|thi xa)(, (xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho))+(?![a-z])/;

/** Spacing, dashes and punctuation as an official name writes them. */
export function cleanMention(text: string): string {
  let out = normalizeText(text);
  // Most mentions have no dash, ampersand or bracket: each rewrite runs only where it can apply.
  if (DASHES.test(out)) out = out.replace(/[–—−]/g, "-");
  if (out.includes("-")) out = out.replace(/\s*-\s*/g, " - ");
  if (out.includes("&")) out = out.replace(/\s*&\s*/g, " & ");
  if (out.includes("(")) out = out.replace(/\(\s*[bB]\s*\/\s*[cC]\s*\)/g, "");
  // `Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo`: the role after the dash is no part of the name.
  if (out.includes("-")) out = out.replace(/\s+-\s+(?:[Cc]ơ quan|[Đđ]ơn vị)\s+(?:thường trực|chủ trì|đầu mối)(?![\p{L}]).*$/u, "");
  out = withoutPerson(out.replace(/^[-+•\s]+/, "").replace(/^[Mm]ột\s+/u, "").replace(/^Chủ thịch\s/u, "Chủ tịch "));
  // Words fused by text extraction (`PhongThổ`, `BắcSơn`): a capital inside a word starts the next one.
  if (FUSED.test(out)) out = out.replace(FUSED, "$1 $2");
  // `Ngành Y tế tỉnh` is the Sở Y tế, `ngành Giáo dục huyện` the Phòng.
  const sector = SECTOR.exec(out);
  if (sector) out = `${/huyện|thị xã|quận|thành phố\s+(?!Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế)/u.test(sector[2]!) ? "Phòng" : "Sở"} ${sector[1]} ${sector[2]}`;
  // A second role after a dash (`Trưởng Ban Xây dựng Đảng - Trưởng Tiểu ban`) is the same person: the first names the unit.
  if (out.includes(" - ")) out = out.replace(/\s-\s(?:Phó\s+)?(?:Trưởng|Ủy viên|Uỷ viên|Thành viên|Tổ trưởng|Tổ phó|Thư ký)(?:\s.*)?$/u, "");
  // A qualifier in brackets (`Văn phòng UBND tỉnh (Trung tâm Thông tin)`) is not part of the name; `(phụ trách …)` is.
  if (out.includes("(")) out = out.replace(/(?<!phụ trách(?: công tác)?\s?)\s*\((?!\s*phụ trách)[^()]*\)/gu, "");
  // `Tổ bầu cử đó`, `các thôn này`: the ones the sentence spoke of, of the kind named.
  if (/(?<!cấp|[Kk]ế hoạch|[Qq]uyết định|[Cc]hương trình)\s(?:đó|này)$/u.test(out)) out = out.replace(/\s+(?:đó|này)$/u, "");
  // `Đoàn ĐBQH đơn vị tỉnh Tây Ninh`: the province's delegation (its electoral unit is the province).
  if (out.includes("đại biểu Quốc hội đơn vị") || out.includes("ĐBQH đơn vị")) out = out.replace(/(đại biểu Quốc hội|ĐBQH)\s+đơn vị\s+(?=tỉnh|thành phố)/u, "$1 ");
  // `huyện huyện Ngân Sơn`: a level word written twice.
  out = out.replace(/(?<![\p{L}])(xã|phường|huyện|tỉnh|thị trấn|thị xã|thành phố|quận)\s+\1(?![\p{L}])/gu, "$1");
  for (const [pattern, unit] of POSITION_UNITS) {
    if (pattern.test(out)) {
      out = out.replace(pattern, (_m, head?: string) => unit.replace("$1", head ? capitalize(head.toLowerCase()) : ""));
      break;
    }
  }
  // A post that names no body stays whole: the plan tells whose it is.
  // `Đại diện Lãnh đạo Sở …`: titles one after another.
  if (!isBarePost(out)) out = out.replace(LEADING_TITLES, "").replace(LEADING_TITLES, "");
  if (/^các\s/u.test(out)) out = capitalize(out);
  out = trimEndOf(out, "");
  if (out.endsWith("…")) out = out.slice(0, -1); // `(\.{2,}|…)$`: the dots go with the punctuation below
  return trimEndOf(out, ".;,:").replace(/\s{2,}/g, " ").trim();
}
const DASHES = /[–—−]/;
const FUSED = /(\p{Ll})(\p{Lu}\p{Ll})/gu;
const SECTOR = /^[Nn]gành\s+(\p{Lu}[\p{Ll}\p{M}]*(?:\s+(?:và\s+)?\p{L}[\p{Ll}\p{M}]*){0,4}?)\s+((?:tỉnh|huyện|thị xã|quận|thành phố)(?:\s+\p{Lu}.*)?)$/u;

/**
 * Abbreviations read by what follows them (`BCH Đoàn` is Ban Chấp hành, `BCH Quân sự` Ban Chỉ
 * huy; `TH Kim Đồng` a Tiểu học): replaced first, each with its own pattern, since the
 * one-pass lookup below sees the abbreviation alone.
 */
const CONTEXTUAL = ABBREVIATIONS.filter(([pattern]) => pattern.source.includes("(?=")).map(
  ([pattern, expansion]) => [new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern.source})`, pattern.flags.includes("u") ? pattern.flags : `${pattern.flags}u`), expansion] as const,
);
const PLAIN_ABBREVIATIONS = ABBREVIATIONS.filter(([pattern]) => !pattern.source.includes("(?="));

const WHOLE_WORD_ABBREVIATIONS = PLAIN_ABBREVIATIONS.map(
  ([pattern, expansion]) => [new RegExp(`^(?:${pattern.source})$`, pattern.ignoreCase ? "iu" : "u"), expansion] as const,
);
/** Every abbreviation in one pass; which one matched is looked up on the (short) match only. */
const ANY_ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PLAIN_ABBREVIATIONS.map(([p]) => p.source).join("|")})(?![\\p{L}\\p{N}])`, "giu");
/**
 * Where an abbreviation can stand: each written in capitals starts with two of them (tested
 * in tests/units), and the three matched in any case are spelled out. Text with neither has
 * none, and a simple class is found far faster than `\p{Lu}` or the patterns themselves.
 */
export const MAY_HOLD_ABBREVIATION = /[A-ZĐ][A-ZĐ]|[PQ]\.|[uU][bB][nN][dD]|[hH][đĐ][nN][dD]|[mM][tT][tT][qQ]/;

/** Which abbreviation a match is, by trying each whole-word pattern: the same few (`UBND`, `HĐND`) come again and again. */
const expansionOf = memoize((match: string): string => WHOLE_WORD_ABBREVIATIONS.find(([pattern]) => pattern.test(match))?.[1] ?? match);

/**
 * UBND → Ủy ban nhân dân, LĐTB&XH → Lao động - Thương binh và Xã hội, … in a `cleanMention`
 * text, which has no two spaces in a row: expansions add none, only spacing dashes can.
 */
export function expandAbbreviations(clean: string): string {
  if (!MAY_HOLD_ABBREVIATION.test(clean)) return clean;
  let out = clean;
  for (const [pattern, expansion] of CONTEXTUAL) if (pattern.test(out)) out = out.replace(pattern, expansion);
  out = out.replace(ANY_ABBREVIATION, expansionOf);
  return out.includes("-") ? out.replace(/\s*-\s*/g, " - ").replace(/\s{2,}/g, " ") : out;
}

/** The key of a name for the dictionary: no accents, no `và`, no punctuation. */
export const unitKey = memoize((text: string): string => {
  // Folded as it is read: runs of letters, each `va` dropped, one space between.
  const out = unitBuffer(text.length + 1);
  let length = 0;
  let word = -1; // where the current word starts in `out`, or -1 between words
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? foldedCode(text.charCodeAt(i)) : 32;
    if (code === 0) continue; // folds away, as in foldKey
    if (code === 0xffff || (code >= 48 && code <= 57)) return keyByPatterns(foldKey(text)); // digits, many-letter folds
    if (code >= 97 && code <= 122) {
      if (word < 0) {
        if (length > 0) out[length++] = 32;
        word = length;
      }
      out[length++] = code;
      continue;
    }
    if (word >= 0 && length - word === 2 && out[word] === 118 && out[word + 1] === 97) length = word > 0 ? word - 1 : 0; // `va`
    word = -1;
  }
  return unitsToString(out, length);
});

/** The same said with patterns, for the rare keys with digits (`va` beside a digit is still a word) or many-letter folds. */
function keyByPatterns(key: string): string {
  return key
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/(?<![a-z])va(?![a-z])/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Official capitals: the first word, the word after the head (`Ban Quản lý …`), party committees. */
export function officialCase(text: string): string {
  let out = capitalize(text);
  if (out.includes("Công thương")) out = out.replace(/(?<=(?:Bộ|Sở) )Công thương(?![\p{L}])/gu, "Công Thương");
  const lower = out.toLowerCase();
  if (lower.includes(" ủy")) out = out.replace(/(?<![\p{L}])(huyện|tỉnh|thành|thị|đảng) ủy(?![\p{L}])/giu, (m) => capitalize(m.toLowerCase()));
  for (const [head, prefix] of HEAD_PREFIXES) {
    if (lower.startsWith(prefix)) {
      const rest = out.slice(head.length + 1);
      // `Hội đồng`, `Báo và …`, `Đoàn đại biểu Quốc hội`: the head's own second word stays as written.
      out = `${head} ${/^(và|đồng|đại biểu)\s/u.test(rest) ? rest : capitalize(rest)}`;
      break;
    }
  }
  return out;
}

function levelFromName(base: string): Level | undefined {
  const key = foldKey(base);
  if (LEVEL_BY_HEAD[0]![0].test(key)) return "national";
  if (key.includes(" uy")) for (const [pattern, level] of COMMITTEES) if (pattern.test(base)) return level;
  for (const [pattern, level] of LEVEL_BY_HEAD) if (pattern.test(key)) return level;
  return undefined;
}

/** The dictionary's name for a base, adjusted for its level (Bộ Chỉ huy tỉnh, Ban Chỉ huy huyện). */
function officialBase(base: string, level: Level): string {
  const key = unitKey(base);
  let name = OFFICIAL.get(key);
  if (!name) {
    const qualifier = base.includes("phụ trách") ? /^(.*?)\s*\(?\s*phụ trách\s+(?:công tác\s*)?\(?([^()]+?)\)?\s*\)?$/iu.exec(base) : null;
    if (qualifier && OFFICIAL.get(unitKey(qualifier[1]!))) {
      return `${OFFICIAL.get(unitKey(qualifier[1]!))} (phụ trách ${fieldName(qualifier[2]!)})`;
    }
    return officialCase(base);
  }
  if (level === "province") name = name.replace(/^Ban Chỉ huy/, "Bộ Chỉ huy");
  if (level !== "province") name = name.replace(/^Bộ Chỉ huy Quân sự/, "Ban Chỉ huy Quân sự");
  return name;
}

const FIELD_NAMES = new Map<string, string>(Object.entries({
  "van hoa thong tin": "Văn hóa và Thông tin",
  "lao dong thuong binh xa hoi dan toc": "Lao động, Thương binh, Xã hội - Dân tộc",
  "lao dong thuong binh xa hoi": "Lao động, Thương binh và Xã hội",
}));

function fieldName(text: string): string {
  return FIELD_NAMES.get(unitKey(text)) ?? text.trim();
}

/**
 * A kind of body written with no name of its own (`Doanh nghiệp`, `Viện, Trường`,
 * `trường đại học`): every body of that kind, as `các …` says. Words in capitals after the
 * kind (`Trường THPT Cao Lãnh 2`, `Viện Văn hóa …`) name one body.
 */
const KIND_WITHOUT_NAME = /^(?!.*\s(?:tỉnh|huyện|xã|phường|thành phố|quận|thị xã|thị trấn|kiểm sát)(?!\p{L}))(?:[Dd]oanh nghiệp|[Nn]hà đầu tư|[Vv]iện|[Tt]rường)(?:\s+\p{Ll}+)*(?:\s*,\s*(?:[Dd]oanh nghiệp|[Vv]iện|[Tt]rường)(?:\s+\p{Ll}+)*)*$/u;

/** `Lực lượng Hải quan`, `lực lượng xung kích`: a force is all its men and units. */
const FORCE = /^[Ll]ực lượng\s/u;

export function isCollectiveName(name: string): boolean {
  return COLLECTIVE.test(foldKey(name)) || KIND_WITHOUT_NAME.test(name.trim()) || FORCE.test(name.trim());
}

/**
 * The canonical unit of one mention, in a plan of the given locality; null when the text
 * names nothing.
 */
const canonicalByKey = memoizeScoped((locality: Locality | null, written: string) => computeCanonicalUnit(written, locality), localityKey);

/** Whether the text names a unit at all (`canonicalUnit` is not null), without placing it in a plan. */
export function namesUnit(written: string): boolean {
  const analysis = analyseMention(written);
  return analysis !== null && HAS_WORD.test(analysis.expanded);
}
const HAS_WORD = /[\p{L}\p{N}]/u;

export function canonicalUnit(written: string, locality: Locality | null): CanonicalUnit | null {
  return canonicalByKey(locality, written);
}

const localityKeys = new WeakMap<Locality, string>();

function localityKey(locality: Locality | null): string {
  if (!locality) return "";
  let key = localityKeys.get(locality);
  if (key === undefined) {
    key = JSON.stringify(locality);
    localityKeys.set(locality, key);
  }
  return key;
}

/** What a mention says by itself, whatever plan it stands in: computed once per spelling. */
export interface Analysis {
  clean: string;
  expanded: string;
  collective: boolean;
  base: string;
  /** The level its words give (`huyện`, `Tỉnh ủy`, `Sở`), if any. */
  level: Level | undefined;
  placeName: string | null;
  placeKind: string | null;
}

/**
 * The Front by its committee's full name, however it is shortened (`Mặt trận Tổ quốc xã`, `Ủy
 * ban Mặt trận Tổ quốc`, `các tổ chức thành viên của Mặt trận`); a village's `Ban Công tác Mặt
 * trận` is a name of its own.
 */
function frontName(text: string): string {
  if (!text.includes("Mặt trận")) return text;
  return text.replace(/(?<![Cc]ông [Tt]ác |Trung ương )(?:[ỦUủu][ỷy] ban\s+)?Mặt trận(?:\s+Tổ quốc)?(?:\s+Việt Nam)?(?![\p{L}])/gu, "Ủy ban Mặt trận Tổ quốc Việt Nam");
}

/** A commune, ward, town or district named alone, by its level word and its name (`Xã Đắk Song`, `Phường 5`, `Phường Xuân Trường - Đà Lạt`; not `Huyện Đoàn Lâm Hà`, a body). */
const PLACE_ALONE = /^([Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Qq]uận|[Tt]hị xã)\s+(?!(?:Đoàn|Ủy|Uỷ|Đảng|Công an)(?![\p{L}])|(?:Hội|Đội)\s*$)(?=(?:\p{Lu}[\p{Ll}\p{M}]*|\d{1,2})(?:(?:\s+|\s*[-–]\s*(?!(?:Xã|Phường|Thị trấn|Huyện|Quận|Thị xã)\s))(?:\p{Lu}[\p{Ll}\p{M}]*|\d{1,2}))*$)/u;

const EACH_OF_KIND = /^(?:[Pp]hòng|[Đđ]ơn vị|[Bb]ộ phận|[Cc]ơ quan|[Tt]rường)(?=\s+(?:chuyên môn\s+)?(?:trực\s+)?thuộc\s)/u;

export const analyseMention = memoize((written: string): Analysis | null => {
  const clean = cleanMention(written);
  if (clean.length < 2) return null;
  // `phòng thuộc Sở`, `đơn vị trực thuộc`: any of them, each of them.
  // `Tất cả các cơ quan`: the bodies of the kind, as `Các cơ quan` says. `Xã Nghị Đức` named as who acts: its People's Committee.
  const writtenOut = expandAbbreviations(clean).replace(EACH_OF_KIND, (kind) => `Các ${kind.toLowerCase()}`).replace(/^[Tt]ất cả\s+các\s+/u, "Các ").replace(PLACE_ALONE, (_m, level: string) => `Ủy ban nhân dân ${level.toLowerCase()} `);
  // A collective stays as written, the abbreviation `MTTQ` written out in full.
  const expanded = !isCollectiveName(writtenOut) || /MTTQ/iu.test(clean) ? frontName(writtenOut) : writtenOut;
  const collective = isCollectiveName(expanded);

  let base = expanded;
  let level: Level | undefined;
  let placeName: string | null = null;
  let placeKind: string | null = null;

  const trailingPlace = trailingName(base);
  const withoutPlace = trailingPlace ? base.slice(0, trailingPlace.index) : base;
  const colloquial = COLLOQUIAL_NAMES.get(unitKey(base)) ?? COLLOQUIAL_NAMES.get(unitKey(withoutPlace));
  if (colloquial && !collective) {
    const named = COLLOQUIAL_NAMES.get(unitKey(base)) ? null : trailingPlace;
    base = colloquial.name.replace(/\s+(huyện|tỉnh|thành phố)$/u, "");
    placeKind = /\s(huyện|tỉnh|thành phố)$/u.exec(colloquial.name)?.[1] ?? null;
    level = colloquial.level;
    placeName = named?.[1] ?? null;
  } else if (!collective) {
    // Both patterns need a committee or level word: most names have neither.
    const committee = base.includes(" ủy") ? COMMITTEE_WITH_PLACE.exec(base) : null;
    const hasKind = KIND_WORD.test(base);
    const explicit = committee || !hasKind ? null : EXPLICIT_PLACE.exec(base);
    if (committee) {
      base = committee[1]!;
      placeName = committee[2]!;
    } else if (explicit && explicit[1]) {
      base = explicit[1];
      placeKind = explicit[2]!.toLowerCase();
      placeName = explicit[3]!;
      level = levelOfPlace(placeKind, placeName);
    } else {
      const trailing = hasKind ? TRAILING_KIND.exec(base) : null;
      if (trailing && trailing[1]) {
        base = trailing[1];
        placeKind = trailing[2]!.toLowerCase();
        level = levelOfKind(placeKind);
      } else if (trailingPlace && !OFFICIAL.has(unitKey(base)) && OFFICIAL.has(unitKey(withoutPlace))) {
        // `Điện lực Lai Châu`, `Sở Tư pháp Hà Giang`: a known body and its place, no level word between.
        base = withoutPlace;
        placeName = trailingPlace[1]!;
      }
    }
  }
  return { clean, expanded, collective, base, level: level ?? levelFromName(base), placeName, placeKind };
});

/** The mention placed in a plan's locality: the level, the place name, the full name and slug. */
const GENERIC_LEVEL = /(?<![\p{L}])cấp\s+(xã|phường|huyện|tỉnh|thành phố)(?![\p{L}])/u;
const SAME_LEVEL = /\s*(?:ở\s+)?cùng cấp(?![\p{L}])/u;

/** `Ban Chấp hành Đoàn Trường Trung học phổ thông Phú Lâm`: a body of a named school, whose name holds its place. */
const SCHOOL_NAMED = /(?<![\p{L}])[Tt]rường\s+(?:Trung học|Tiểu học|Mầm non|Đại học|Cao đẳng|Phổ thông)(?:\s+\p{L}+)*\s+\p{Lu}/u;

function computeCanonicalUnit(written: string, locality: Locality | null): CanonicalUnit | null {
  const analysis = analyseMention(written);
  if (!analysis) return null;
  // `Ban Công tác Mặt trận` (`thôn`) named by a commune's plan: the committee of each of its villages.
  const villageFront = locality && rank(locality.level) >= rank("commune") ? /^Ban [Cc]ông [Tt]ác [Mm]ặt [Tt]rận(?:\s+(?:ở\s+)?(các\s+)?(thôn|ấp|bản|tổ dân phố|khu phố|khu dân cư))?$/u.exec(analysis.expanded) : null;
  if (villageFront) {
    // Named as written (`… thôn`, `… các thôn`); with no village word, the commune's villages.
    const villages = villageFront[2] ? `${villageFront[1] ?? ""}${villageFront[2]}` : `các ${locality!.commune?.kind === "phường" || locality!.commune?.kind === "thị trấn" ? "tổ dân phố" : "thôn"}`;
    const name = `Ban Công tác Mặt trận ${villages}`;
    const scope = scopeLabel(locality, locality!.level);
    return { name, slug: slugify(scope ? collectiveKey(name, scope) : name), scope, level: "commune", collective: true, written: analysis.clean };
  }
  if (isBarePost(analysis.clean)) {
    const name = capitalize(analysis.clean);
    return { name, slug: slugify(name), scope: null, level: locality?.level ?? "district", collective: false, written: analysis.clean, post: true };
  }
  // `UBND cấp xã` in a province's plan is every commune's (a collective); in a commune's plan, its own.
  // `Ủy ban nhân dân cùng cấp`, `cấp ủy cùng cấp`: the body of the plan's own level and place.
  const ownKind = locality ? locality[locality.level]?.kind : undefined;
  if (ownKind && SAME_LEVEL.test(analysis.expanded)) {
    const rewritten = /^[Cc]ấp ủy\s+cùng cấp$/u.test(analysis.expanded) ? partyCommittee(ownKind) : analysis.expanded.replace(SAME_LEVEL, ` ${ownKind}`).replace(/\s{2,}/g, " ").trim();
    if (!SAME_LEVEL.test(rewritten)) return computeCanonicalUnit(rewritten, locality);
  }
  const generic = locality && !analysis.collective ? GENERIC_LEVEL.exec(analysis.expanded) : null;
  if (generic) {
    const level = levelOfKind(generic[1]!);
    if (level && level !== "national" && rank(level) === rank(locality!.level)) return computeCanonicalUnit(analysis.expanded.replace(GENERIC_LEVEL, "$1"), locality);
    // `Ban Thường trực Ủy ban MTTQ Việt Nam cấp tỉnh` in a commune's plan: the province's.
    if (level && level !== "national" && rank(level) < rank(locality!.level) && locality![level]) return computeCanonicalUnit(analysis.expanded.replace(GENERIC_LEVEL, "$1"), locality);
    if (level && level !== "national" && rank(level) > rank(locality!.level)) {
      const name = capitalize(analysis.expanded);
      const scope = scopeLabel(locality, locality!.level);
      const slug = slugify(scope ? collectiveKey(name, scope) : name);
      return slug ? { name, slug, scope, level, collective: true, written: analysis.clean } : null;
    }
  }
  const { clean, expanded, collective } = analysis;
  let { base, level, placeName, placeKind } = analysis;
  // `Sở Công Thương Lào Cai`, `Sở Tư pháp Hà Giang`: a body and one of the plan's places, no level word between.
  if (!collective && placeName === null && locality && !SCHOOL_NAMED.test(base)) {
    for (const at of ["commune", "district", "province"] as const) {
      const place = locality[at];
      if (!place || !base.endsWith(` ${place.name}`)) continue;
      const body = base.slice(0, -place.name.length - 1);
      if (!/^(Sở|Ban|Phòng|Công an|Bộ Chỉ huy|Ban Chỉ huy|Trung tâm|Chi cục|Cục|Kho bạc|Thanh tra|Thuế|Bảo hiểm xã hội|Văn phòng|Hội|Liên đoàn|Tỉnh đoàn|Huyện đoàn|Đài)\s/u.test(body) || /\s(xã|phường|huyện|tỉnh|thị trấn|thị xã|thành phố|quận)$/u.test(body)) break;
      base = body;
      placeName = place.name;
      placeKind = place.kind;
      level = at;
      break;
    }
  }

  level ??= locality?.level ?? "district";
  // A city under the central government is its province: its `Thành ủy`, its `thành phố`.
  const central = locality?.province?.kind === "thành phố" ? locality.province : undefined;
  if (central && level === "district" && !locality!.district && (placeKind === "thành phố" || /^Thành ủy$/u.test(base))) level = "province";
  const knownPlace =
    locality && level !== "national" && rank(level) <= rank(locality.level)
      ? locality[level]
      : placeKind
        ? locality?.below?.find((p) => p.kind === placeKind)
        : undefined;
  if (!placeName && knownPlace && (!placeKind || placeKind === knownPlace.kind)) placeName = knownPlace.name;
  placeKind ??= knownPlace?.kind ?? defaultKind(level);

  let name: string;
  let scope: string | null;
  if (collective) {
    name = capitalize(expanded);
    scope = scopeLabel(locality, locality?.level ?? level);
  } else if (level === "national") {
    name = officialBase(expanded, level);
    scope = "Trung ương";
  } else {
    let official = officialBase(base, level);
    // `Ban Xây dựng Đảng`, `Ban Tuyên giáo` with no committee named: the organ of the locality's party committee.
    if (PARTY_ORGAN.test(official) && !/ủy$/u.test(official)) official = `${official} ${partyCommittee(placeKind)}`;
    const isCommittee = /(Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Đảng ủy (?:xã|phường|thị trấn))$/u.test(official);
    // A company, a school, a hospital, a village's body: the place is part of its own name, no level word added
    // (`Bệnh viện Sản - Nhi Cà Mau`, `Bệnh viện Đa khoa tỉnh Cà Mau` as each is written).
    // A meeting's own secretary and vote counters (`Thư ký hội nghị`, `Tổ kiểm phiếu`) are named as written.
    const ownName = /^(Công ty|Trường|Bệnh viện|Ban Công tác Mặt trận|Chi bộ|Chi hội|Tạp chí|Tổ kiểm phiếu|Tổ [Tt]hư ký|Thư ký)(?:\s|$)/u.test(official) || /(?<!nông )(thôn|bản|ấp|khu phố|tổ dân phố|khối|xóm)$/u.test(official) || SCHOOL_NAMED.test(official);
    const containsPlace = placeName !== null && foldKey(official).includes(foldKey(placeName));
    // A numbered place keeps its word (`Quận ủy Quận 6`): a number alone names nothing.
    const namedPlace = placeName && /^\d/.test(placeName) ? `${capitalize(placeKind)} ${placeName}` : placeName;
    // A newspaper takes its place's name without the level word (`Báo Lai Châu`, `Báo và Phát
    // thanh, Truyền hình Lâm Đồng`); a broadcaster keeps it (`Đài Phát thanh - Truyền hình tỉnh Lai Châu`).
    const press = /^Báo(?![\p{L}])/u.test(official);
    const suffix = containsPlace
      ? ""
      : press
        ? (placeName ? ` ${namedPlace}` : "")
        : isCommittee || (ownName && analysis.placeKind === null)
        ? (namedPlace && (isCommittee || analysis.placeName) ? ` ${namedPlace}` : "")
        : placeName
          ? ` ${placeKind} ${placeName}`
          : analysis.placeKind
            ? ` ${placeKind}`
            : ""; // no place known and no level word written: none is made up
    name = `${official}${suffix}`;
    scope = placeName ? `${placeKind} ${placeName}` : null;
  }
  const slug = slugify(collective && scope ? collectiveKey(name, scope) : name);
  return slug ? { name, slug, scope, level, collective, written: clean } : null;
}

/** Each level word as a scope starts with it (`thị trấn `) and as a folded name ends with it (` thi tran`). */
const LEVEL_WORD_ENDS = LEVEL_WORDS.map(([word]) => [`${word} `, ` ${foldKey(word)}`] as const);

/** `Các ban ngành đoàn thể thị trấn` in `thị trấn Cao Lộc` → `… thị trấn Cao Lộc`, not `… thị trấn thị trấn Cao Lộc`. */
function collectiveKey(name: string, scope: string): string {
  const space = scope.indexOf(" ");
  const kind = space < 0 ? scope : scope.slice(0, space);
  const placeName = space < 0 ? "" : scope.slice(space + 1);
  const nameKey = foldKey(name);
  for (const [scopeStart, nameEnd] of LEVEL_WORD_ENDS) {
    if (scope.startsWith(scopeStart) && nameKey.endsWith(nameEnd)) return `${name} ${scope.slice(scopeStart.length)}`;
  }
  return kind && placeName && nameKey.includes(foldKey(placeName)) ? name : `${name} ${scope}`;
}

const PARTY_ORGAN = /^(Ban Tuyên giáo(?: và Dân vận)?|Ban Dân vận|Ban Xây dựng Đảng|Ban Tổ chức(?= Huyện ủy| Tỉnh ủy)|Ủy ban Kiểm tra|Văn phòng Đảng ủy)$/u;

/** The party committee of a locality by its kind: `Huyện ủy`, `Thành ủy`, `Đảng ủy xã`. */
function partyCommittee(kind: string): string {
  switch (kind) {
    case "tỉnh":
      return "Tỉnh ủy";
    case "huyện":
      return "Huyện ủy";
    case "thành phố":
      return "Thành ủy";
    case "thị xã":
      return "Thị ủy";
    case "quận":
      return "Quận ủy";
    default:
      return `Đảng ủy ${kind}`;
  }
}

function defaultKind(level: Level): string {
  return level === "province" ? "tỉnh" : level === "district" ? "huyện" : "xã";
}
