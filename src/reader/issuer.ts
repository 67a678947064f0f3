/**
 * The body that issues the plan, by its full name: from the header's capitals (`ỦY BAN
 * NHÂN DÂN` / `TỈNH HÀ GIANG`, `UỶ BAN MTTQ VIỆT NAM` / `XÃ LƯƠNG MINH` / `BAN THƯỜNG TRỰC`),
 * else from the sentence that issues it (`… Ủy ban nhân dân thị trấn Cao Lộc xây dựng Kế
 * hoạch`), else from the signature (`TM. BAN TỔ CHỨC`).
 */
import { foldKey } from "../text/normalize.ts";
import { analyseMention, canonicalUnit, officialCase } from "../units/canonical.ts";
import { parseScope, type Locality } from "../units/scope.ts";
import { startsLikeUnit } from "../units/split.ts";
import type { Line } from "./lines.ts";

const LEVEL_WORDS = ["thành phố", "thị trấn", "thị xã", "phường", "huyện", "tỉnh", "quận", "xã"];
const LEVEL_START = new RegExp(`^(${LEVEL_WORDS.join("|")})\\s+\\S`, "iu");
const NAMED_PLACE = new RegExp(`(?<![\\p{L}])(${LEVEL_WORDS.join("|")}|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy)\\s+\\p{Lu}`, "u");
const COMMITTEE_NAME = /^(Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Đảng ủy)(?![\p{L}])/u;
const LEVEL_INSIDE = new RegExp(`(?<![\\p{L}])(${LEVEL_WORDS.join("|")})\\s+(\\S.*)$`, "u");
/** A sub-body written under its body: `BAN THƯỜNG TRỰC` under `UBMTTQ … XÃ LƯƠNG MINH`. */
const SUB_BODY = /^(ban thuong truc|ban thuong vu|ban chap hanh|ban bi thu|thuong truc|van phong)$/;

/** A body that is part of the one written above it. */
const PART_OF_BODY = /^(Tiểu ban|Tổ)\s/u;

const LEVELS_AFTER_NAME = "(?:xã|phường|huyện|tỉnh|quận|thị xã|thị trấn|thành phố)";
/** Words one space apart, so a name that does not match fails in linear time. */
const SCHOOL_NAME = new RegExp(`(?<![\\p{L}])(THPT|THCS|TH|MN|PTDTNT|PTDTBT|tiểu học|mầm non|trung học cơ sở|trung học phổ thông|đại học|cao đẳng|học viện)\\s+((?!${LEVELS_AFTER_NAME}\\s)[\\p{L}\\d]+(?:\\s+(?!${LEVELS_AFTER_NAME}\\s)[\\p{L}\\d]+)*?)(?=\\s*$|\\s+${LEVELS_AFTER_NAME}\\s)`, "u");
const VOWELS = "aăâeêioôơuưy";
// Place names of the Central Highlands write their own syllables: `Đắk Lắk`, `Krông Pắc`, `Jút`.
const SYLLABLE = new RegExp(`^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|kr|dr|bl|br|pl|pr|[bcdđfghjklmnpqrstvwxz])?[${VOWELS}]{1,3}(ch|ng|nh|[cmnptk])?$`, "u");

/** A word in capitals that is no Vietnamese syllable (`UBND`, `THPT`, `MTTQ`) is an abbreviation: it stays in capitals. */
function isAbbreviation(word: string): boolean {
  const bare = word.toLowerCase().normalize("NFD").replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC");
  return /\d/.test(bare) || !SYLLABLE.test(bare.replace(/[^\p{L}]/gu, ""));
}

const PROPER_PHRASES: Array<[RegExp, string]> = [
  [/(?<![\p{L}])việt nam(?![\p{L}])/gu, "Việt Nam"],
  [/(?<![\p{L}])hồ chí minh(?![\p{L}])/gu, "Hồ Chí Minh"],
  [/(?<![\p{L}])mặt trận tổ quốc(?![\p{L}])/gu, "Mặt trận Tổ quốc"],
  [/(?<![\p{L}])trung ương(?![\p{L}])/gu, "Trung ương"],
  [/(?<![\p{L}])quốc hội(?![\p{L}])/gu, "Quốc hội"],
  [/(?<![\p{L}])cộng sản(?![\p{L}])/gu, "Cộng sản"],
  [/(?<![\p{L}])tuyên giáo và dân vận(?![\p{L}])/gu, "Tuyên giáo và Dân vận"],
  [/(?<=[Tt]hủ tướng )chính phủ(?![\p{L}])/gu, "Chính phủ"],
  [/(?<![\p{L}])đoàn thanh niên(?![\p{L}])/gu, "Đoàn Thanh niên"],
  [/(?<![\p{L}])đoàn(?= (?:xã|phường|thị trấn|huyện|tỉnh|thành phố|trường|trung ương|khối|cơ sở|THPT|THCS|TH|Trung học|Tiểu học))/gu, "Đoàn"],
  [/(?<![\p{L}])trường(?= (?:THPT|THCS|TH|MN|PTDTNT|PTDTBT|trung học|tiểu học|mầm non|phổ thông|đại học|cao đẳng))/gu, "Trường"],
];
/** The sectors of a Sở, Phòng or Bộ, as their official names write them (`SỞ GIÁO DỤC VÀ ĐÀO TẠO` → `Sở Giáo dục và Đào tạo`). */
const SECTORS: Array<[RegExp, string]> = ([
  ["giáo dục và đào tạo", "Giáo dục và Đào tạo"], ["văn hóa, thể thao và du lịch", "Văn hóa, Thể thao và Du lịch"], ["văn hóa và thể thao", "Văn hóa và Thể thao"],
  ["khoa học và công nghệ", "Khoa học và Công nghệ"], ["tài nguyên và môi trường", "Tài nguyên và Môi trường"], ["nông nghiệp và môi trường", "Nông nghiệp và Môi trường"],
  ["nông nghiệp và phát triển nông thôn", "Nông nghiệp và Phát triển nông thôn"], ["kế hoạch và đầu tư", "Kế hoạch và Đầu tư"], ["thông tin và truyền thông", "Thông tin và Truyền thông"],
  ["lao động - thương binh và xã hội", "Lao động - Thương binh và Xã hội"], ["giao thông vận tải", "Giao thông vận tải"], ["công thương", "Công Thương"],
] as Array<[string, string]>).map(([words, name]) => [new RegExp(`(?<=(?:[Ss]ở|[Pp]hòng|[Bb]ộ) )${words}(?![\\p{L}])`, "gu"), name]);
const COMMITTEE = /(?<![\p{L}])(đảng|huyện|tỉnh|thành|thị|quận) ủy(?![\p{L}])/gu;

/** Capitals as a name is written: `ỦY BAN NHÂN DÂN TỈNH HÀ GIANG` → `Ủy ban nhân dân tỉnh Hà Giang`. */
export function fromCapitals(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const words = text.split(/\s+/).map((word) => (isAbbreviation(word) ? word : word.toLowerCase()));
  let out = words.join(" ");
  // The name after a school's kind is its own: each word capitalized (`TRƯỜNG THPT PHÚ LÂM`).
  out = out.replace(SCHOOL_NAME, (_m, kind: string, name: string) => `${/^(?:đại học|cao đẳng|học viện)$/u.test(kind) ? kind.charAt(0).toUpperCase() + kind.slice(1) : kind} ${name.replace(/(^|\s)(\p{Ll})/gu, (_n, space: string, letter: string) => `${space}${letter.toUpperCase()}`)}`);
  // `QUẬN ĐOÀN`, `HUYỆN ĐOÀN`: the district's Youth Union, a body's name, no level word before a place.
  out = out.replace(/(?<![\p{L}])(huyện|quận|thị|thành|tỉnh) đoàn(?![\p{L}])/gu, (_m, level: string) => `${level.charAt(0).toUpperCase()}${level.slice(1)} đoàn`);
  // The name after a level word is a place name: each word capitalized.
  const place = LEVEL_INSIDE.exec(out);
  if (place) {
    const name = place[2]!.replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
    out = `${out.slice(0, place.index)}${place[1]} ${name}`;
  }
  for (const [pattern, replacement] of PROPER_PHRASES) out = out.replace(pattern, replacement);
  if (/(?:[Ss]ở|[Pp]hòng|[Bb]ộ) /u.test(out)) for (const [pattern, name] of SECTORS) out = out.replace(pattern, name);
  // `BCH ĐOÀN THPT PHÚ LÂM`: the Youth Union of the school.
  out = out.replace(/(?<![\p{L}])Đoàn (?=(?:THPT|THCS|TH|PTDTNT|PTDTBT)\s)/u, "Đoàn Trường ");
  out = out.replace(COMMITTEE, (_m, level: string) => `${level.charAt(0).toUpperCase()}${level.slice(1)} ủy`);
  return officialCase(out.charAt(0).toUpperCase() + out.slice(1));
}

const PLACE_THEN_BODY = /^(?:THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s+\S.*\s(?:TRUNG TÂM|PHÒNG|BAN|TRƯỜNG|VĂN PHÒNG|CHI CỤC|ĐOÀN|ỦY BAN|UBND)\s/u;
const BODY_AFTER_PLACE = /\s(?=(?:TRUNG TÂM|PHÒNG|BAN|TRƯỜNG|VĂN PHÒNG|CHI CỤC|ĐOÀN|ỦY BAN|UBND)\s)/u;

/** The header's capitals as bodies: a place line joins the body above it, a sub-body goes in front of it. */
function headerBodies(lines: string[]): string[] {
  const bodies: string[] = [];
  let lastWritten = "";
  // `THÀNH PHỐ HỒ CHÍ MINH TRUNG TÂM THÔNG TIN`: a PDF's text ran the place line into the body below it.
  const split = lines.flatMap((l) => (PLACE_THEN_BODY.test(l) ? l.split(BODY_AFTER_PLACE) : [l]));
  for (const raw of split) {
    const written = raw.replace(/[_]{3,}|-{3,}/g, " ").replace(/\s+/g, " ").trim();
    const line = fromCapitals(written);
    if (line === "" || /^[*\s]+$/.test(line)) continue;
    const last = bodies.length - 1;
    // `TRUNG TÂM THÔNG TIN` / `VÀ CHƯƠNG TRÌNH GIÁO DỤC`: a name the header wraps over two lines.
    // `ỦY BAN NHÂN` / `DÂN`: a cell too narrow for the name.
    // `BỘ VĂN HÓA, THỂ` / `THAO` / `VÀ DU LỊCH`: one word alone, neither a place's level nor an abbreviation, goes on the name above.
    const fragment = (/^\p{Lu}+$/u.test(written) && !isAbbreviation(written) && !LEVEL_START.test(`${written.toLowerCase()} x`)) || (lastWritten === "THỦ TƯỚNG" && written === "CHÍNH PHỦ");
    if (last >= 0 && (/^VÀ(?:\s|$)/u.test(written) || fragment || /(?:\sVÀ|,)$/u.test(lastWritten) || /(?:^|\s)(?:NHÂN|ỦY|UỶ|BAN|MẶT|MẶT TRẬN|TỔ|CỘNG|HỘI ĐỒNG)$/u.test(lastWritten))) {
      lastWritten = `${lastWritten} ${written}`;
      bodies[last] = fromCapitals(lastWritten);
      continue;
    }
    lastWritten = written;
    if (last >= 0 && LEVEL_START.test(line)) bodies[last] = `${bodies[last]} ${line}`;
    else if (last >= 0 && SUB_BODY.test(foldKey(line))) bodies[last] = `${line} ${bodies[last]}`;
    else bodies.push(line);
  }
  return bodies;
}

const NOTIFYING = /^((?:Ủy ban|UBND|Hội đồng|HĐND|Chủ tịch|Ban|Phòng|Sở|Trường|Đảng ủy|Huyện ủy|Văn phòng|Đoàn|Hội|Trung tâm)[^,;:.()]{3,120}?)\s+(?:trân trọng\s+)?thông báo(?![\p{L}])/iu;
/** `Ngày 15/01/2021 UBND nhận được thông báo số 38/TB-UBND huyện …, UBND xã Quang Trung thông báo: …`: the body notifying after a clause. */
const NOTIFYING_AFTER_CLAUSE = /[,;]\s+((?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Ban Thường trực|Ban Thường vụ|Đảng ủy|Huyện ủy)\s[^,;:.()]{3,100}?)\s+(?:trân trọng\s+|xin\s+)?thông báo(?!\s+số)\s*:/u;
/** `… (30/4/1975 - 30/4/2025. Uỷ ban nhân dân xã Thiệu Vân thông báo đến các cơ quan …`, `UBND xã Duyên Hà đề nghị các thôn, xóm …`: the body that addresses the notice's readers, at a sentence's start. */
const ADDRESSING = /(?:^|[.;]\s+)((?:Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Ban|Phòng|Sở|Trường|Đảng ủy|Văn phòng|Đoàn|Trung tâm)\s[^,;:.()]{3,100}?)\s+(?:trân trọng\s+|xin\s+)?(?:thông báo|đề nghị|yêu cầu)(?:\s+(?:đến|tới))?\s+(?:các|toàn thể|tất cả)\s/u;
/** `Kế hoạch số 25/KH-UBND về việc … do Ủy ban nhân dân huyện Cần Giờ ban hành`: a page's title names who issued it. */
const ISSUED_BY = /\sdo\s+((?:Ủy ban|UBND|Hội đồng|HĐND|Ban|Phòng|Sở|Trường|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Văn phòng|Đoàn|Trung tâm)\s[^,;:.()]{3,120}?)\s+ban hành\s*$/u;
const ISSUER_HEADS = "Ban Thường vụ|Ban Thường trực|Ban Chấp hành|Ban Bí thư|Ủy ban|UBND|Hội đồng|HĐND|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Chi bộ|Sở|Phòng|Ban|Trường|Đoàn|Hội|Trung tâm|Văn phòng|Tiểu ban|Công an|Bộ|Tổng cục|Cục|Liên đoàn|Thường trực|Mặt trận";
const ISSUING_START = new RegExp(`^((?:${ISSUER_HEADS})(?![\\p{L}])[^;:.]{0,200}?)\\s+(?:xây dựng|ban hành|triển khai|lập|thống nhất ban hành)\\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình)`, "u");
const ISSUING = /(?:^|[,;.:]\s+|\s)((?:Ban Thường vụ|Ban Thường trực|Ban Chấp hành|Ban Bí thư|Ủy ban|UBND|Hội đồng|HĐND|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Chi bộ|Sở|Phòng|Ban|Trường|trường(?=\s+(?:THCS|THPT|TH|MN|Tiểu học|Trung học|Mầm non|Phổ thông)\s)|Đoàn|Hội|Trung tâm|Văn phòng|Tiểu ban|Công an|Bộ|Tổng cục|Cục|Liên đoàn|Thường trực|Mặt trận)[^,;:.()]{0,150}?)\s+(?:xây dựng|ban hành|triển khai|lập|thống nhất ban hành)\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình)/u;

function sentenceIssuer(lines: Line[]): string | null {
  for (const line of lines.slice(0, 60)) {
    if (!/ế hoạch|hương trình/u.test(line.text)) continue;
    const text = line.text.replace(/\s*\([^()]*\)/g, "");
    // A sentence that starts with its subject may have commas in it (`Ban Tổ chức kỷ niệm 20 năm chia tách, thành lập tỉnh …`).
    const match = ISSUING_START.exec(text) ?? ISSUING.exec(text);
    // A body a cited document names (`… của Sở Giáo dục và Đào tạo về việc ban hành …`) did not issue this plan.
    // `Hội nghị triển khai Chương trình …` is an event's title, not a body issuing one.
    if (match && startsLikeUnit(match[1]!) && !/về việc/u.test(match[1]!) && !/(?:của|theo|tại)\s*$/u.test(text.slice(0, match.index + match[0].indexOf(match[1]!)))) return match[1]!.trim();
  }
  // A notice: `Ủy ban nhân dân xã Nhơn Mỹ thông báo …`, `Chủ tịch HĐND huyện … thông báo lịch tiếp công dân`.
  for (const line of lines.slice(0, 30)) {
    // `Chủ tịch HĐND huyện … khóa XIX, nhiệm kỳ 2016-2021 thông báo`: the term is not part of the name.
    // `Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh thông báo …`: the office's own comma is no clause's end.
    const text = line.text.replace(/\s+khóa\s+[IVXLC]+\s*,?\s*(?:nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?/gu, "").replace(/(ĐBQH|đại biểu Quốc hội),\s*(?=HĐND|Hội đồng nhân dân)/u, "$1\u0001 ");
    const match = text.includes("thông báo") ? NOTIFYING.exec(text) : null;
    if (match) return match[1]!.replaceAll("\u0001", ",").replace(/\s*\([^)]*\)\s*/g, " ").replace(/\s+khóa\s+[IVXLC]+.*$/u, "").replace(/\s+(?:xin|kính|xin trân trọng|trân trọng)$/u, "").trim();
  }
  for (const line of lines.slice(0, 40)) {
    const match = (line.text.includes("thông báo") ? NOTIFYING_AFTER_CLAUSE.exec(line.text) : null) ?? (line.text.includes("ban hành") && /^(?:Kế hoạch|Thông báo|Chương trình)\s+số\s/u.test(line.text) ? ISSUED_BY.exec(line.text) : null) ?? ADDRESSING.exec(line.text);
    if (match) return match[1]!.trim();
  }
  return null;
}

function signatureBody(lines: Line[]): string | null {
  for (const line of lines) {
    if (line.text.charCodeAt(0) !== 84) continue; // `T`: the signature's `TM.` / `T/M`
    const match = /^(?:TM|T\/M)\.?\s*(.+)$/u.exec(line.text);
    if (match) return fromCapitals(match[1]!.trim());
  }
  // A programme signed `BAN TỔ CHỨC` alone at its end.
  for (let i = lines.length - 1; i >= Math.floor(lines.length / 2); i--) if (/^BAN TỔ CHỨC\s*$/u.test(lines[i]!.text)) return "Ban Tổ chức";
  return null;
}

/** `Hội nghị triển khai …`, `Lễ kỷ niệm …`: a title that names the event its organizing committee is for. */
const EVENT_TITLE = /^(?:Hội nghị|Hội thảo|Hội thi|Hội diễn|Lễ|Đại hội|Cuộc thi|Giải|Chương trình|Ngày hội|Liên hoan|Tọa đàm|Diễn đàn)\s/u;

/** The locality the header's bodies name, lowest first: `xã Lương Minh, tỉnh Quảng Ninh`. */
function headerLocality(bodies: string[]): Locality | null {
  const places = bodies.map((b) => LEVEL_INSIDE.exec(b)).filter((m): m is RegExpExecArray => m !== null).map((m) => `${m[1]} ${m[2]}`);
  return places.length > 0 ? parseScope(places.reverse().join(", ")) : null;
}

/**
 * `BỆNH VIỆN SẢN - NHI` in the header, `… của Bệnh viện Sản - Nhi Cà Mau thuộc Sở Y tế …` in the
 * text: the name the plan writes for its issuer with its place, when the header leaves the place to
 * the body above it. Only a name that is its own (`Bệnh viện`, `Trung tâm`, `Công ty`) needs it: a
 * Sở or a People's Committee takes the level word of its place anyway.
 */
const OWN_NAME = /^(?:Bệnh viện|Trung tâm|Công ty|Viện|Ban Quản lý)\s/u;

function nameWithPlace(issuer: string, lines: Line[], place: Locality | null): string | null {
  if (!place || !OWN_NAME.test(issuer) || NAMED_PLACE.test(issuer)) return null;
  const names = [place.commune, place.district, place.province].flatMap((p) => (p ? [p.name] : []));
  if (names.length === 0) return null;
  const words = issuer.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}])${words.join("\\s*")}\\s+(?:(?:${LEVEL_WORDS.join("|")})\\s+)?(?:${names.join("|")})(?![\\p{L}])`, "iu");
  for (const line of lines) {
    const found = pattern.exec(line.text)?.[0];
    if (found && found !== found.toUpperCase()) return found.replace(/\s+/g, " ");
  }
  return null;
}

export function readIssuer(lines: Line[], issuerLines: string[], locality: Locality | null, title = ""): string | null {
  const issuerOfYouth = lines.slice(0, 20).some((l) => /ĐOÀN (TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH/u.test(l.text));
  const bodies = headerBodies(issuerLines);
  const signature = signatureBody(lines);
  const sentence = sentenceIssuer(lines);
  const place = headerLocality(bodies) ?? locality;
  // A name that says its place is whole: only its abbreviations are written out; else the plan's place completes it.
  const complete = (name: string) => {
    // The Prime Minister issues in his own name (`THỦ TƯỚNG` / `CHÍNH PHỦ`, `…/QĐ-TTg`): no body stands for him.
    if (name === "Thủ tướng Chính phủ") return name;
    if (NAMED_PLACE.test(name)) {
      // Written out in full (`Ban Chấp hành Đoàn xã …` → `… Đoàn Thanh niên Cộng sản Hồ Chí Minh xã …`) when that keeps its own place.
      const unit = canonicalUnit(name, parseScope(LEVEL_INSIDE.exec(name)?.slice(1, 3).join(" ") ?? "") ?? place);
      const expanded = analyseMention(name)?.expanded ?? name;
      return unit && !unit.collective && foldKey(unit.name).endsWith(foldKey(expanded).split(/\s+/).slice(-2).join(" ")) ? unit.name : expanded;
    }
    const unit = canonicalUnit(name, place);
    return unit && unit.scope !== null ? unit.name : (analyseMention(name)?.expanded ?? name);
  };
  const standing = signature && /^Ban (Thường vụ|Thường trực|Chấp hành)$/u.test(signature) ? signature : null;

  if (bodies.length > 0) {
    let issuer = bodies[bodies.length - 1]!;
    // `ỦY BAN BẦU CỬ XÃ PHỐ BẢNG` / `TIỂU BAN THÔNG TIN, …`: a subcommittee or team is its committee's.
    if (bodies.length > 1 && PART_OF_BODY.test(issuer) && !NAMED_PLACE.test(issuer)) issuer = `${issuer} ${bodies[bodies.length - 2]!}`;
    // `SỞ GIÁO DỤC VÀ ĐÀO TẠO …` / `TRUNG TÂM THÔNG TIN VÀ CHƯƠNG TRÌNH GIÁO DỤC`: a Sở's centre or department, named with its Sở.
    else if (bodies.length > 1 && /^(?:Trung tâm|Phòng|Văn phòng|Thanh tra)\s/u.test(issuer) && !NAMED_PLACE.test(issuer) && /^Sở\s/u.test(bodies[bodies.length - 2]!)) issuer = `${issuer} ${bodies[bodies.length - 2]!}`;
    // `BAN CHẤP HÀNH TRUNG ƯƠNG` / `BAN TUYÊN GIÁO VÀ DÂN VẬN`, `TỈNH ỦY ĐẮK LẮK` / `BAN TỔ CHỨC`: a Party committee's board, named after it.
    else if (bodies.length > 1 && /^Ban\s/u.test(issuer) && !NAMED_PLACE.test(issuer) && !SUB_BODY.test(foldKey(issuer))) {
      const above = bodies[bodies.length - 2]!;
      if (/^Ban chấp hành Trung ương$/iu.test(bodies.slice(0, -1).join(" ")) && !issuerOfYouth) issuer = `${issuer} Trung ương`;
      else if (COMMITTEE_NAME.test(above)) issuer = `${issuer} ${above}`;
    }
    // `T/M BAN THƯỜNG VỤ` under `HUYỆN ỦY PHONG THỔ`: the standing committee issues it.
    if (standing && !issuer.startsWith(standing)) issuer = `${standing} ${issuer}`;
    // The sentence names the same body in full (`Ban Thường vụ Đoàn trường THPT Lộc Ninh`): its wording wins when it holds the header's.
    if (sentence && foldKey(sentence).includes(foldKey(issuer)) && sentence.length <= issuer.length + 40) issuer = sentence;
    // `BCH ĐOÀN XÃ …` in the header, `Ban Thường vụ Đoàn xã ban hành …` in the sentence: its standing committee issues it.
    const organ = sentence ? /^Ban (Thường vụ|Thường trực|Bí thư)(?![\p{L}])/u.exec(sentence)?.[0] : undefined;
    if (organ && /^Ban Chấp hành\s/u.test(issuer)) issuer = issuer.replace(/^Ban Chấp hành/u, organ);
    // A Đoàn document names the Đoàn in its motto: `BAN CHẤP HÀNH TRUNG ƯƠNG` / `ĐOÀN TNCS HỒ CHÍ MINH`.
    if (/Trung ương$/u.test(issuer) && issuerOfYouth) issuer = `${issuer} Đoàn Thanh niên Cộng sản Hồ Chí Minh`;
    return complete(nameWithPlace(issuer, lines, place) ?? issuer);
  }
  if (sentence) return complete(standing && COMMITTEE_NAME.test(sentence) ? `${standing} ${sentence}` : sentence);
  if (signature) {
    // `BAN TỔ CHỨC` under `Hội nghị triển khai …`: the committee of that event.
    if (signature === "Ban Tổ chức" && EVENT_TITLE.test(title)) return `Ban Tổ chức ${title}`;
    if (/^Ban Thường vụ$/u.test(signature) && locality) {
      const committee = locality.level === "province" ? `Tỉnh ủy ${locality.province?.name ?? ""}` : `Huyện ủy ${locality.district?.name ?? ""}`;
      return `Ban Thường vụ ${committee}`.trim();
    }
    return complete(signature);
  }
  return null;
}
