/**
 * Splits a field value that names several units into one mention each. Commas also occur
 * inside names (`Sở Văn hóa, Thể thao và Du lịch`), so a comma or `và` separates two units
 * only when what follows starts like a unit name; a list may share its head
 * (`các sở, ngành: Thông tin và Truyền thông; Văn hoá, …`, `Sở A; B; C`).
 */
import { foldKey, normalizeText } from "../text/normalize.ts";
import { memoize } from "../text/memo.ts";
import { matchesOf } from "../text/matches.ts";
import { trimEndOf } from "../text/trim.ts";
import { CENTRAL_CITIES, COLLECTIVE_NOUNS, UNIT_HEADS } from "./lexicon.ts";
import { beforePredicate } from "./predicates.ts";
import { isBarePost, PEOPLE, STARTS_LIKE_POST } from "./positions.ts";

const alternatives = (words: string[]) => words.map((h) => h.replace(/ /g, "\\s+")).join("|");
const HEAD_PATTERN = new RegExp(`^(?:${alternatives(UNIT_HEADS)}|(?:các|những|toàn thể)\\s+(?:${alternatives(COLLECTIVE_NOUNS)}))(?![\\p{L}\\p{M}])`, "u");

/**
 * Words that begin like a unit's head but are verbs or things: `Ban hành`, `Báo cáo`,
 * `Phòng, chống`, `Trường hợp`, `Hội nghị`, `Trang trí`, `Đoàn kết`.
 */
const NOT_HEADS = /^(viện dẫn|viện trợ|tổ chức|tổ quốc|tổ hợp|tổ tiên|khoa học|ban hành|ban đầu|báo cáo|báo chí|phòng,? chống|phòng ngừa|phòng tránh|trường hợp|hội nghị|hội thi|hội diễn|hội thảo|hội trại|hội khỏe|hội chợ|hội báo|trang trí|trang phục|trang bị|đoàn kết|đoàn viên|cục bộ|sở hữu|sở thích|bộ phận một cửa|cổng chào|trung tâm (?:hội nghị|thương mại)(?= của)|văn phòng phẩm|đài tưởng niệm|bộ tiêu chí|bộ hồ sơ|bộ thủ tục|bộ tài liệu|thanh tra(?!\s+(?:tỉnh|huyện|thành phố|quận|thị xã|sở|bộ|chính phủ))|thuế(?!\s+(?:tỉnh|thành phố|cơ sở))|ngân hàng(?!\s+(?:nhà nước|chính sách|thương mại|nông nghiệp))|bảo hiểm xã hội(?!\s+(?:tỉnh|huyện|thành phố|quận|thị xã|việt nam)))(?![\p{L}\p{M}])/u;

/** Accents matter here: `Sở` starts a unit, `Sơ kết` and `Số` do not. */
export const startsLikeUnit = memoize((text: string): boolean => {
  const head = headOf(text).toLowerCase();
  return HEAD_PATTERN.test(head) && !NOT_HEADS.test(head);
});

/**
 * The normalized start of a text, long enough for any head: a whole paragraph need not be
 * normalized to read its first words. Normalizing a cut text can only change its last
 * characters (a tone mark, a space), so the cut keeps well over the longest head.
 */
function headOf(text: string): string {
  if (text.length > 96) {
    const head = normalizeText(text.slice(0, 64));
    if (head.length >= 48) return head;
  }
  return normalizeText(text);
}

// Separators inside brackets belong to the name: `Công chức VH-XH (Lao động, Thương binh, Xã hội)`.
const HIDDEN_COMMA = "\u0001";
const HIDDEN_SEMICOLON = "\u0002";
const HIDDEN_AND = "\u0003";

function hideBracketed(text: string): string {
  const councils = text.includes("HĐND") || text.includes("Hội đồng nhân dân");
  let out = councils ? text.replace(/(HĐND|Hội đồng nhân dân)\s+và\s+(?=UBND|Ủy ban nhân dân)/gu, `$1${HIDDEN_AND}`) : text;
  // `Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh` is one office (the three bodies shared it, 2016–2025).
  // `Văn phòng Đoàn ĐBQH và HĐND tỉnh` is one office too (since 2025).
  if (out.includes("Văn phòng Đoàn")) out = out.replace(/(Văn phòng Đoàn (?:ĐBQH|đại biểu Quốc hội))\s+và\s+(?=HĐND|Hội đồng nhân dân)(?![^,;]*(?:\s+và\s+|\u0003)(?:UBND|Ủy ban nhân dân))/gu, `$1${HIDDEN_AND}`);
  if (out.includes("Văn phòng Đoàn")) out = out.replace(/(Văn phòng Đoàn (?:ĐBQH|đại biểu Quốc hội))\s*,\s*(HĐND|Hội đồng nhân dân)(?:\s+và\s+|\u0003)(?=UBND|Ủy ban nhân dân)/gu, `$1${HIDDEN_COMMA} $2${HIDDEN_AND}`);
  // `Báo và Phát thanh, Truyền hình Lâm Đồng` is one body (the press merged in 2025).
  if (out.includes("Báo và")) out = out.replace(/Báo\s+và\s+(?:Đài\s+)?(Phát thanh)\s*,\s*(Truyền hình)/gu, `Báo${HIDDEN_AND}$1${HIDDEN_COMMA} $2`);
  // `Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố`: the bodies of every sector, one collective.
  if (/[Ss]ở,/u.test(out)) out = out.replace(/(?<![\p{L}])([Ss]ở),\s*(ban),\s*(ngành)(?![\p{L}])/gu, `$1${HIDDEN_COMMA} $2${HIDDEN_COMMA} $3`).replace(/(?<![\p{L}])([Ss]ở),\s*(ban ngành)(?![\p{L}])/gu, `$1${HIDDEN_COMMA} $2`);
  // `Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh`: the heads of each kind in a row stand for one collective (`các Sở, ban, ngành tỉnh`).
  if (HEADS.test(out)) out = out.replace(HEADS_OF_KINDS_IN_A_ROW, "các $1, ");
  // `Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ`: the national formula for every ministry and agency.
  if (out.includes("Bộ trưởng")) out = out.replace(MINISTERS_AND_HEADS, "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ");
  if (out.includes("(")) out = out.replace(/\([^()]*\)/g, (inner) => inner.replace(/,/g, HIDDEN_COMMA).replace(/;/g, HIDDEN_SEMICOLON).replace(/ và /g, HIDDEN_AND));
  // `Các Phó Chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng`: the fields a post is in charge of.
  if (out.includes("phụ trách") && STARTS_LIKE_POST.test(out)) out = out.replace(/(?<=phụ trách\s).*$/u, (domain) => domain.replace(/,/g, HIDDEN_COMMA).replace(/ và /g, HIDDEN_AND));
  return out;
}

const HEAD_OF_EACH = "(?:Giám đốc|Thủ trưởng|Người đứng đầu|Lãnh đạo)\\s+các\\s+";
const HEADS = new RegExp(HEAD_OF_EACH, "iu");
const HEADS_OF_KINDS_IN_A_ROW = new RegExp(`(?<![\\p{L}])${HEAD_OF_EACH}(sở|ban|ngành|cơ quan|đơn vị)\\s*(?:,|\\svà)\\s*${HEAD_OF_EACH}`, "giu");

const MINISTERS_AND_HEADS = /(?<![\p{L}])(?:các\s+)?Bộ trưởng,\s*Thủ trưởng\s+(?:các\s+)?cơ quan ngang bộ,\s*(?:Thủ trưởng\s+)?(?:các\s+)?cơ quan thuộc Chính phủ/gu;

const HIDDEN = /[\u0001-\u0003]/;

function unhide(text: string): string {
  if (!HIDDEN.test(text)) return text;
  return text.replaceAll(HIDDEN_COMMA, ",").replaceAll(HIDDEN_SEMICOLON, ";").replaceAll(HIDDEN_AND, " và ");
}

const SHARED_HEAD = /^các (sở|phòng|ban)(?:,\s*(?:ban,\s*)?ngành)?\s*:\s*(.+)$/iu;
const HEADS_TO_SHARE = /^(Sở|Phòng)\s/u;

/** `Sở Văn hóa...; Công thương; Kế hoạch và Đầu tư` → three Sở. */
function shareHeads(pieces: string[]): string[] {
  let head: string | null = null;
  return pieces.map((piece) => {
    const shared = SHARED_HEAD.exec(piece);
    if (shared) {
      head = shared[1]!.charAt(0).toUpperCase() + shared[1]!.slice(1).toLowerCase();
      return `${head} ${shared[2]}`;
    }
    if (startsLikeUnit(piece)) {
      head = HEADS_TO_SHARE.exec(piece)?.[1] ?? null;
      return piece;
    }
    // `Phòng Nội vụ và Chủ tịch UBND các xã`: a post is no department of the Phòng before it; `Sở Y tế, địa phương`: nor a generic noun.
    if (STARTS_LIKE_POST.test(piece) || GENERIC_START.test(piece)) return piece;
    return head ? `${head} ${piece}` : piece;
  });
}

/** One mention per unit, in the order written; empty pieces dropped. */
export const splitUnitList = memoize((value: string): string[] => {
  // The provinces a list names after its head are read before `;` splits it.
  const provinces = OF_PROVINCES.test(value) ? ofProvinces(normalizeText(value)) : null;
  return provinces ?? sharePostBody(shareLocality(splitList(value).flatMap(distribute)));
});

/** `Chủ tịch, Phó Chủ tịch UBND xã`: posts listed before the body they share are that body. */
function sharePostBody(mentions: string[]): string[] {
  if (mentions.length < 2) return mentions;
  const last = mentions[mentions.length - 1]!;
  const posts = mentions.slice(0, -1);
  return STARTS_LIKE_POST.test(last) && posts.every((m) => isBarePost(m.trim())) ? [last] : mentions;
}

const NAME = "\\p{Lu}[\\p{L}\\p{M}\\d-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}\\d-]*)*";
const NAMES = `${NAME}(?:\\s*(?:,|và)\\s*${NAME})+`;
/** `UBND các xã Mường So, Khổng Lào và Bản Lang`, `Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, …`: the body of each place named. */
const OF_PLACES = new RegExp(`^(.*?\\S)\\s+(?:các|\\d{1,3})\\s+(xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|ấp)\\s*:?\\s+(${NAMES})$`, "u");
/** `các Tiểu ban Tuyên truyền, Lễ tân`: each body of the kind named. */
const BODY_NAME = "\\p{Lu}[\\p{L}\\p{M}\\d-]*(?:\\s+(?!và\\s)[\\p{L}\\p{M}\\d-]+)*";
const OF_KIND = new RegExp(`^[Cc]ác\\s+(Tiểu ban|Ban|Sở|Phòng|Hội|Trường|Đoàn|Chi bộ|Đảng bộ|Trung tâm|Tổ)\\s+(${BODY_NAME}(?:\\s*(?:,|và)\\s*${BODY_NAME})+)$`, "u");

function namesOf(list: string): string[] {
  return list.split(/\s*(?:,|\svà\s)\s*/u).map((n) => n.trim()).filter((n) => n !== "");
}

/** `UBND các địa phương: Nghệ An; Điện Biên, TP Hồ Chí Minh, Hà Nội`: the body of each province or city named. */
const OF_PROVINCES = /^(.*?\S)\s+các\s+(?:địa phương|tỉnh, thành phố|tỉnh)\s*:\s*(.+)$/u;

function ofProvinces(value: string): string[] | null {
  const provinces = OF_PROVINCES.exec(value);
  if (!provinces) return null;
  const names = provinces[2]!.replace(/[.;]+$/u, "").split(/\s*[,;]\s*|\s+và\s+/u).map((n) => n.replace(/^(?:TP\.?|Thành phố|thành phố|tỉnh|Tỉnh)\s*/u, "").trim()).filter((n) => /^\p{Lu}/u.test(n));
  return names.length > 0 ? names.map((name) => `${provinces[1]} ${CENTRAL_CITIES.includes(foldKey(name)) ? "thành phố" : "tỉnh"} ${name}`) : null;
}

function distribute(mention: string): string[] {
  const places = OF_PLACES.exec(mention);
  if (places) return namesOf(places[3]!).map((name) => `${places[1]} ${places[2]} ${name}`);
  const kinds = OF_KIND.exec(mention);
  if (kinds) return namesOf(kinds[2]!).map((name) => `${kinds[1]} ${name}`);
  return [mention];
}

const BARE_BODY = /^(UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|UBMTTQ(?:\s*VN| Việt Nam)?|Ủy ban MTTQ(?: Việt Nam)?|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?|MTTQ(?: Việt Nam)?|Mặt trận Tổ quốc(?: Việt Nam)?)$/u;
const BARE_COMMITTEE = /^(Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Đảng ủy)$/u;
const LAST_PLACE = /\s(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*|\d{1,2})$/u;

const SAME_LEVEL_END = /\s(?:ở\s+)?cùng cấp\s*$/u;
const STANDING = /^(?:Ban [Tt]hường trực|Thường trực|Ban [Tt]hường vụ)\s+/u;

/** `Huyện ủy, HĐND, UBND huyện Than Uyên`: the place written once at the end belongs to each body before it. */
function shareLocality(mentions: string[]): string[] {
  if (mentions.length < 2) return mentions;
  const area = ON_AREA.exec(mentions[mentions.length - 1]!);
  // `các cơ quan, đơn vị và các hộ dân trên địa bàn phường Ninh Thạnh`: each collective of the list is of that area.
  if (area) mentions = mentions.map((m, i) => (i < mentions.length - 1 && /^\s*(?:(?:thủ trưởng|lãnh đạo|người đứng đầu)\s+)?(?:các|toàn thể|tất cả)\s/iu.test(m) && !ON_AREA.test(m) && !LEVEL_IN.test(m) ? `${m.trimEnd()} ${area[0].trim()}` : m));
  // `Ban thường trực UBMTTQVN và UBND cùng cấp`: the bodies before are of that level too.
  if (SAME_LEVEL_END.test(mentions[mentions.length - 1]!)) {
    mentions = mentions.map((m, i) => (i < mentions.length - 1 && BARE_BODY.test(m.trim().replace(STANDING, "")) ? `${m.trimEnd()} cùng cấp` : m));
  }
  const place = LAST_PLACE.exec(mentions[mentions.length - 1]!);
  if (!place) return mentions;
  return mentions.map((m, i) => {
    if (i === mentions.length - 1) return m;
    if (BARE_BODY.test(m)) return `${m} ${place[1]} ${place[2]}`;
    if (BARE_COMMITTEE.test(m)) return m === "Đảng ủy" ? `${m} ${place[1]} ${place[2]}` : `${m} ${place[2]}`;
    return m;
  });
}

/** `… trên địa bàn phường Ninh Thạnh`, `… trên địa bàn tỉnh`: the area a list's last mention ends with (a bare `trên địa bàn` says no more than the plan's own). */
const ON_AREA = /\s(?:trên|tại) địa bàn\s+(?:xã|phường|huyện|tỉnh|thị trấn|thị xã|thành phố|quận)(?:\s+[\p{Lu}\d][\p{L}\d]*)*\s*$/u;
const LEVEL_IN = /(?<![\p{L}])(?:xã|phường|huyện|tỉnh|thị trấn|thị xã|thành phố|quận)(?![\p{L}])/u;

/** `Đảng ủy - Hội đồng nhân dân - Ủy ban nhân dân - …`: a body named whole before the dash. */
const BODY_BEFORE_DASH = /(?:^|[;–-]\s*)(?:Đảng ủy|Hội đồng nhân dân|HĐND|Ủy ban nhân dân|UBND|Ủy ban MTTQ(?: Việt Nam)?|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?|UBMTTQ(?:VN| Việt Nam)?)$/u;
const UNIT_END = /(?:^|\s)(?:xã|phường|huyện|tỉnh|thị trấn|thị xã|thành phố|quận|[Hh]uyện ủy|[Tt]ỉnh ủy|[Tt]hành ủy|[Đđ]ảng ủy)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}$/u;

/** A dash between two units (`Huyện ủy - Hội đồng nhân dân huyện - Ủy ban nhân dân huyện`), not inside a name (`Văn hóa - Xã hội`). */
function dashesToSemicolons(text: string): string {
  if (!/\s[-–]\s/.test(text)) return text;
  // Only after a whole unit: a sentence's end, or a level word or a committee (`huyện`, `Huyện ủy`), with its place's name.
  return text.replace(/\.?\s[-–]\s+(?=\S)/g, (dash, offset: number) =>
    startsLikeUnit(text.slice(offset + dash.length)) && (dash.startsWith(".") || UNIT_END.test(text.slice(0, offset)) || BODY_BEFORE_DASH.test(text.slice(0, offset))) ? ";" : dash,
  );
}

const GENERIC = "(?:cơ quan|tổ chức|đơn vị|địa phương|doanh nghiệp|cá nhân)";
const GENERIC_NOUNS = new RegExp(`^\\s*(?:(?:người đứng đầu|thủ trưởng|lãnh đạo|ban lãnh đạo)\\s+)?(?:các\\s+)?${GENERIC}(?:\\s*,\\s*${GENERIC})*\\s*$`, "iu");
const FORCE = /^\s*lực lượng\s+\p{L}/iu;
const BARE_KIND = /^\s*(?:viện|trường|doanh nghiệp)\s*$/iu;
const GENERIC_START = new RegExp(`^\\s*${GENERIC}(?![\\p{L}])`, "iu");

/** A named body after a collective starts a mention of its own: `các sở, ban, ngành, UBND các xã, phường`. */
const BODY_AFTER_COLLECTIVE = /^\s*(?:UBND|HĐND|UBMTTQ|Ủy ban|Uỷ ban|Hội đồng|Công an|Bộ Chỉ huy|Ban Chỉ huy|(?:Sở|Phòng|Trung tâm|Văn phòng|Hội|Đoàn|Trường|Đài|Báo|Cục|Chi cục|Kho bạc|Ngân hàng|Bảo hiểm|Chi nhánh|Liên đoàn|Ban)\s+\p{Lu})/u;

/**
 * Inside a collective, another kind of body with its own qualifier (`Các trường THPT, trung tâm
 * GDTX`, `các tổ chức chính trị - xã hội, tổ chức thành viên của Mặt trận`): a second
 * collective. A kind word with a word of its own in lower case (`các cơ quan, đơn vị, trường
 * học`) is a noun of the same list, unless it repeats the collective's kind.
 */
const KIND_AFTER_COLLECTIVE = /^\s*(trường|trung tâm|tổ chức|cơ sở|phòng|ban|hội|đoàn|chi bộ|sở|cơ quan|doanh nghiệp)\s+(\S+)/iu;

function namesOwnKind(collective: string, chunk: RegExpExecArray): boolean {
  const [, kind, qualifier] = chunk;
  // `Phòng GDĐT`, `Hội Cựu chiến binh` in capitals are bodies of their own (BODY_AFTER_COLLECTIVE's), not kinds.
  if (/^\p{Lu}/u.test(kind!)) return false;
  if (/^(?:\p{Lu}{2,}|\d)/u.test(qualifier!)) return true;
  const head = /(?:^|\s)các\s+(.+)$/iu.exec(collective)?.[1] ?? "";
  return head.toLowerCase().startsWith(`${kind!.toLowerCase()} `);
}

function splitList(value: string): string[] {
  const pieces: string[] = [];
  for (const written of dashesToSemicolons(hideBracketed(normalizeText(value))).split(";")) {
    const part = lastPost(written);
    // `Tổ bầu cử hoặc Ủy ban Bầu cử xã`: either body, each its own mention, as with `và`.
    for (const clause of splitBefore(part, / (?:và|hoặc) /g, true)) {
      let current = "";
      for (const chunk of clause.split(",")) {
        // Inside a collective (`Các sở, ban, ngành, đoàn thể tỉnh`, `Thủ trưởng các cơ quan, đơn vị`) only another `các …` starts a new mention.
        // `cơ quan, tổ chức, đơn vị lập danh sách cử tri`: generic nouns in a row are one collective.
        // `Viện, Trường`: kinds written bare in a row are one collective too.
        if ((GENERIC_NOUNS.test(current) && GENERIC_START.test(chunk)) || (BARE_KIND.test(current) && BARE_KIND.test(chunk))) {
          current = `${current},${chunk}`;
          continue;
        }
        const people = PEOPLE.test(current) || STARTS_LIKE_POST.test(current);
        const inCollective = !people && /^\s*(?:(?:thủ trưởng|lãnh đạo|chủ tịch|giám đốc|người đứng đầu)\s+)?(?:các|toàn thể|tất cả)\s/iu.test(current);
        const kindMatch = inCollective ? KIND_AFTER_COLLECTIVE.exec(chunk) : null;
        const anotherKind = kindMatch !== null && namesOwnKind(current, kindMatch);
        // `các đơn vị thôn, hiệu trưởng các trường`: the head of other bodies is another mention.
        const postOfOthers = inCollective && /^\s*(?:Phó\s+)?(?:hiệu trưởng|giám đốc|chủ tịch|trưởng|thủ trưởng)\s+(?:các\s|(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng)\s)/iu.test(chunk);
        // `Trưởng phòng Quản lý công nghiệp, cá nhân có liên quan`: after a named body or post, a generic noun starts another mention.
        const genericAfterNamed = !inCollective && /^\s*\p{Lu}/u.test(current) && GENERIC_START.test(chunk);
        // `Công an, lực lượng Hải quan`, `chính quyền địa phương, lực lượng xung kích`: a force named after a comma is another mention.
        const force = FORCE.test(chunk);
        const starts = inCollective ? /^\s*các\s/iu.test(chunk) || BODY_AFTER_COLLECTIVE.test(chunk) || postOfOthers || anotherKind || (force && /^\s*lực lượng\s+\p{Lu}/u.test(chunk)) : startsLikeUnit(chunk) || (people && STARTS_LIKE_POST.test(chunk)) || genericAfterNamed || force;
        // `UBND các huyện, các xã`: levels listed go on one collective; after another kind (`các tổ chức chính trị - xã hội, các xã, phường`) they start one.
        const levelsGoOn = /^\s*các\s+(xã|huyện|phường|thị trấn)/iu.test(chunk) && /(?:^|\s)(?:xã|huyện|phường|thị trấn|tỉnh|quận|thị xã|thành phố|cấp)\s*$/iu.test(current);
        if (current && starts && !levelsGoOn) {
          pieces.push(current);
          // `Các trường THPT, trung tâm GDTX`: the second kind is a collective too.
          current = anotherKind && !BODY_AFTER_COLLECTIVE.test(chunk) ? ` các ${chunk.trimStart()}` : chunk;
        } else {
          current = current ? `${current},${chunk}` : chunk;
        }
      }
      if (current.trim()) pieces.push(current);
    }
  }
  // A field that runs into a sentence (`Sở Tư pháp hướng dẫn việc …`) names its unit before the verb.
  return shareHeads(pieces.map((p) => trimEndOf(beforePredicate(unhide(p).trim().replace(/^[-+•\s]+/, "")), ".;,:")).filter((p) => p.length > 1));
}

/**
 * One person with several posts (`Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ
 * Việt Nam xã`): the post the plan gives them the work by, the last.
 */
function lastPost(part: string): string {
  if (!ONE_PERSON.test(part) || !part.includes(",") || part.includes(" và ")) return part;
  const posts = part.replace(ONE_PERSON, "").split(",").map((p) => p.trim());
  // Only memberships before the post (`Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch …`): `Bí thư Đảng ủy, Chủ tịch UBND xã` are two people.
  return posts.length > 1 && posts.slice(0, -1).every((p) => MEMBERSHIP_POST.test(p)) && STARTS_LIKE_POST.test(posts[posts.length - 1]!) ? posts[posts.length - 1]! : part;
}
const MEMBERSHIP_POST = /^(?:Ủy viên|Uỷ viên|\p{L}+ ủy viên|Đảng ủy viên|Đại biểu)(?![\p{L}])/u;
const ONE_PERSON = /^\s*(?:[Đđ]ồng chí|[Đđ]\/c)\s+(?!các\s)/u;

/** Splits at `separator` only where the text after it starts like a unit name. */
function splitBefore(text: string, separator: RegExp, posts = false): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of matchesOf(separator, text)) {
    const after = text.slice(match.index + match[0].length);
    if (startsLikeUnit(after) || (posts && STARTS_LIKE_POST.test(after))) {
      parts.push(text.slice(start, match.index));
      start = match.index + match[0].length;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
