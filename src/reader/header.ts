/**
 * The document's header, whatever its shape: the issuer's block in capitals, the national
 * motto, `Số:` and the place and date — in any order, side by side or one cell per line,
 * split over lines (`ngày 09 tháng 6` / `năm 2025`) — then the kind of document and its
 * title. What comes before the header on a web page (menus, breadcrumbs, a publication stamp)
 * is debris: never the issue date, though a page's own record of the document (`Số hiệu:`,
 * `Ngày ban hành:`, a title ending `(12/KH-UBND ngày 09/02/2025)`) is used when the header
 * itself lacks them. A decision or cover letter that carries a plan is read as the plan.
 */
import { foldKey, foldKeyOfStart } from "../text/normalize.ts";
import { isoDate, isValidDate } from "../timing/dates.ts";
import type { Line } from "./lines.ts";
import { parseFieldLine } from "./fields.ts";
import { parseHeading } from "./outline.ts";

export interface Header {
  number: string | null;
  place: string | null;
  /** `YYYY-MM-DD`, or `YYYY-MM` when the day is left blank. */
  issued: string | null;
  /** The issuer's lines in capitals, as written, top to bottom (`ỦY BAN NHÂN DÂN`, `TỈNH HÀ GIANG`). */
  issuerLines: string[];
  /** `KẾ HOẠCH`, `QUYẾT ĐỊNH`, `CHƯƠNG TRÌNH`, …; null when the document names none. */
  kind: string | null;
  title: string;
  /** Lines the header, the title and the debris before them account for. */
  used: Set<number>;
  /** The lines of the office that received the plan (its `ĐẾN` stamp's name): no place of the plan's. */
  received: Set<number>;
}

const DOCUMENT_KINDS = ["KẾ HOẠCH", "QUYẾT ĐỊNH", "THÔNG BÁO", "CHƯƠNG TRÌNH", "TỜ TRÌNH", "HƯỚNG DẪN", "LỊCH", "KỊCH BẢN", "CÔNG VĂN", "PHƯƠNG ÁN", "ĐỀ ÁN"];
/** A kind of document as its own line (`KẾ HOẠCH`), or starting the title in capitals (`KẾ HOẠCH TỔ CHỨC …`). */
const KIND_LINE = new RegExp(`^(${DOCUMENT_KINDS.join("|")})(?![\\p{L}])\\s*[:.]?\\s*(.*)$`, "u");
/** A web page's title: `Kế hoạch 42/KH-UBND …`, `Kế Hoạch tổ chức …`. */
const KIND_TITLE = /^(Kế hoạch|Kế Hoạch|Quyết định|Thông báo|Chương trình|Lịch)\s+(\S.*)$/u;

const MOTTO = /^(cong hoa xa hoi chu nghia viet ?nam|doc lap\s*[-–]?\s*tu do\s*[-–]?\s*hanh phuc|dang cong san viet ?nam|doan (tncs|thanh nien cong san) ho chi minh|hoi lien hiep thanh nien viet ?nam)$/;
/** The motto broken over two cells or lines anywhere (`CỘNG HÒA XÃ` / `HỘI CHỦ NGHĨA VIỆT NAM`): a run of its words, `VIỆT NAM` alone being a name's end. */
const MOTTO_PART = /^(cong hoa|cong hoa xa|cong hoa xa hoi|cong hoa xa hoi chu|cong hoa xa hoi chu nghia|(?:xa )?hoi chu nghia viet ?nam|chu nghia viet ?nam|nghia viet ?nam|doc lap|tu do|hanh phuc|doc lap\s*[-–]?\s*tu do|tu do\s*[-–]?\s*hanh phuc|dang cong san)$/;
const SEPARATOR = /^[-_=*.~•o0\s]{1,}$/u;
/** The mottos inside a longer cell (a PDF row holding both header blocks), spaces anywhere. */
const MOTTO_INSIDE = new RegExp(
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    .map((motto) => [...motto.replace(/\s+/g, "")].map((c) => (c === "-" ? "[-–]?" : c)).join("\\s*"))
    .join("|"),
  "giu",
);

/** A header cell without the mottos written into it. */
function withoutMotto(cell: string): string {
  return cell.replace(MOTTO_INSIDE, " ").replace(/\s+/g, " ").trim();
}
const NUMBER = /^Số(?:\s*hiệu)?\s*[:.]?\s*(.*)$/u;
/** `125/KH-UBND`, `2623/QĐ-TTg`, `225 - KH/TWĐTN-CTTN`, `09 KH/ĐTN`, `15 – KH/ ĐT`, `/KH-SCT` (left blank), `25KH/ĐU`. */
const NUMBER_VALUE = /^(?:\d[\d.]*[a-zA-Z]?\s*)?(?:[-–.]\s*)?(?:\p{Lu}[\p{Lu}\d&]*\s*)?(?:[/–-]\s*[\p{Lu}\d](?:[\p{Lu}\p{N}&]|\.(?=\p{Lu})|(?<=\p{Lu})\p{Ll}(?![\p{L}]))*\s*)+/u;
/** The place and date, at the start of a cell or after its number: `Hà Giang, ngày 03 tháng 8 năm 2022` (a scan's `thảng` too). */
const DATE = /^(?:Số\s*[:.]?\s*[^,]*?\s{2,}|.*?\/[\p{Lu}\p{N}Đ&.-]+\s+)?([\p{Lu}][\p{L}\d .'-]{0,40}?)\s*,?\s*ngày\s*((?:\d{1,2})?)[\s.…_]*th[aáàảãạ]ng\s*((?:\d{1,2})?)[\s.…_]*(?:năm\s*(\d{4}))?/u;
const BODY_START = /^(căn cứ|thực hiện|để|nhằm|triển khai|theo|phát huy|hưởng ứng|chào mừng|kính gửi|hôm nay|trên cơ sở|được sự|xét|với mục đích|tiếp tục)(?![\p{L}])/iu;
/** Where the body starts after a title (a title may itself start `Triển khai …`, `Hưởng ứng …`). */
const TITLE_STOP = /^(căn cứ|thực hiện|để|nhằm|theo|kính gửi|hôm nay|xét|trên cơ sở|được sự)(?![\p{L}])/iu;
/** Where a page's own record of the document gives its date: `Ngày ban hành: 06/01/2020`, `(… ngày 09/02/2025)`. */
const RECORD_DATE = /(?:ngày ban hành|ngày ký|ban hành ngày)[\s:|]*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu;
const TITLE_REFERENCE = /\(\s*(?:số\s*)?(\d+[^()]{0,30}?\/[^()\s]{2,30})\s+ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*\)/iu;

const LOOK = 90;
const TOLD = /^Ngày\s+(\d{1,2})(?:\s+tháng\s+|\/)(\d{1,2})(?:\s+năm\s+|\/)(\d{4}),?\s+.{3,120}?\s+(?:đã\s+)?ban hành\s+(?:Kế hoạch|Quyết định|Chương trình)\s+(?:số\s+)?(\S+)/iu;

function cellsOf(line: Line): string[] {
  return line.cells ?? [line.text];
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

/** Every part of the motto holds one of these letters' pairs (`Độc lập`, `Tự do`, `Hạnh phúc`, `Cộng hòa`): most cells hold none. */
const MOTTO_LETTERS = /[lL][aAậẬâÂ]|[pP][hH]|[hH][oOòÒộỘ]|[cC][oOộỘhH]|[ĐđDd][ộỘoO]/u;

/** Lines are normalized (NFC) when read, so the letters are found as written. */
export function isMotto(text: string): boolean {
  // A motto (or its part) is a short cell; a longer one holding it is a flattened header (isFlatHeader).
  if (text.length > 80 || !MOTTO_LETTERS.test(text)) return false;
  const key = foldKey(text).replace(/[^a-z ]+/g, " ").replace(/\s+/g, " ").trim();
  return MOTTO.test(key) || MOTTO_PART.test(key) || /^cong hoa xa h ?oi chu nghia viet ?nam/.test(key);
}

/** `09   KH/ĐTN`, `225 - KH/TWĐTN-CTTN Hà Nội, ngày …` → the number alone, spaced as one; null when no digit is written. */
function cleanNumber(raw: string): string | null {
  const match = NUMBER_VALUE.exec(raw.trim());
  if (!match) return null;
  const value = match[0].replace(/\s+/g, " ").replace(/\s*([/–-])\s*/g, "$1").replace(/[.,;]+$/, "").trim();
  return /\d/.test(value) ? value : null;
}

/** `Hà Nội, ngày-$4 tháng Q@»ăm 2026`: a scan of a day and month written by hand; the place still reads. */
const ILLEGIBLE_DATE = /^(?!Thứ|Chủ nhật)([\p{Lu}][\p{L} .'-]{0,40}?)\s*,\s*ngày(?![\p{L}]).{0,12}?th[aáàảãạ]ng.{0,12}?(?:19|20)\d\d\s*$/u;

function dateOf(text: string): { place: string; issued: string | null } | null {
  if (!text.includes("ngày")) return null;
  const match = DATE.exec(text);
  if (!match || !match[4]) {
    const illegible = ILLEGIBLE_DATE.exec(text.trim());
    return illegible && !/\d\s*th[aáàảãạ]ng\s*\d/u.test(text) ? { place: illegible[1]!.trim(), issued: null } : null;
  }
  const [, where, day, month, year] = match;
  const place = where!.replace(/^(Số\s*:?\s*\S+\s+)/u, "").trim();
  // `ngày    tháng    năm 2025`: the place stands, the date is left to be filled in.
  if (!month) return { place, issued: null };
  if (!day) return { place, issued: `${year}-${month.padStart(2, "0")}` };
  if (!isValidDate(Number(year), Number(month), Number(day))) return null;
  return { place, issued: isoDate(Number(year), Number(month), Number(day)) };
}

/** The index of the line's nearest non-empty neighbour, `step` lines away at most, above (-1) or below (+1); -1 when none. */
function neighbour(lines: Line[], index: number, direction: 1 | -1, step = 3): number {
  for (let i = index + direction; i >= 0 && i < lines.length && Math.abs(i - index) <= step; i += direction) if (lines[i]!.text !== "") return i;
  return -1;
}

/** A fragment of a place's name wrapped above its date (`Thành phố Hồ` / `Chí Minh, ngày …`, `Đồng Tháp,` / `ngày 01 …`). */
const PLACE_FRAGMENT = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,3}\s*,?$/u;
const NOT_A_PLACE = /^(?:Số|Ủy|Uỷ|Ban|Phòng|Sở|Trường|Đảng|Đoàn|Hội|Độc|Cộng|Kính|Căn|Thực|Về|V\/v)(?![\p{L}])/u;

/**
 * A date line broken where its cell wraps: `Hà Nội, ngày 09 tháng 6` / `năm 2025`, `Nghệ An, ngày 26` /
 * `tháng 11 năm 2025`, `Cần Thơ, ngày` / `17 tháng 11 …`, and the place wrapped above (`Đồng Tháp,` /
 * `ngày 01 tháng 12 năm 2025`, `Thành phố Hồ` / `Chí Minh, ngày …`): the lines as one.
 */
function joinedDate(lines: Line[], index: number): { text: string; lines: number[]; before: string } {
  let text = lines[index]!.text;
  const numbers = [lines[index]!.number];
  let before = "";
  const above = lines[neighbour(lines, index, -1, 1)];
  const placeMissing = /^ngày(?![\p{L}])/u.test(text);
  const placeWrapped = /^\p{Lu}[\p{L} ]{0,20}?,\s*ngày(?![\p{L}])/u.test(text);
  const fragment = above ? above.text.replace(/,\s*$/, "") : "";
  if (above && (placeMissing || (placeWrapped && fragment === above.text)) && PLACE_FRAGMENT.test(fragment) && !NOT_A_PLACE.test(above.text) && !isCapitals(above.text) && above.text.length <= 30) {
    before = `${fragment}${placeMissing ? "," : ""} `;
    text = `${before}${text}`;
    numbers.unshift(above.number);
  }
  let last = index;
  for (let joins = 0; joins < 2 && !/năm\s*\d{4}/u.test(text) && /(?:ngày|tháng|năm)\s*\d{0,2}\s*$/u.test(text); joins++) {
    const at = neighbour(lines, last, 1);
    const next = lines[at];
    if (!next || !/^(?:\d{1,2}\s+)?(?:tháng|năm)(?![\p{L}])|^\d{1,2}\s+tháng|^\d{4}\b/u.test(next.text)) break;
    text = `${text} ${next.text}`;
    numbers.push(next.number);
    last = at;
  }
  return { text, lines: numbers, before };
}

function kindOf(text: string): { kind: string; rest: string } | null {
  const match = KIND_LINE.exec(text);
  if (match) {
    const rest = match[2]!;
    // `LỊCH SỬ`, `THÔNG BÁO KẾT QUẢ` in a sentence in capitals are words, not a kind: the kind's line is short or a title.
    if (rest !== "" && !isCapitals(rest) && !/^\p{Lu}/u.test(rest)) return null;
    return { kind: match[1]!, rest };
  }
  return null;
}

interface Found<T> {
  index: number;
  value: T;
  lines: number[];
}

/** `Số: …` in a cell of the line (or, the line being one flattened header, anywhere in it). */
function numberIn(line: Line, index: number, lines: Line[]): Found<string | null> | null {
  const cells = cellsOf(line);
  for (const [cellIndex, cell] of cells.entries()) {
    const numbered = NUMBER.exec(cell) ?? (isFlatHeader(cell) ? /(?:^|\s)Số\s*[:.]\s*(.*)$/u.exec(cell) : null);
    if (!numbered) continue;
    let value = numbered[1]!;
    // `Số:` alone, the number in the next cell or line.
    if (value.trim() === "") value = cells[cellIndex + 1] ?? lines[neighbour(lines, index, 1, 2)]?.text ?? "";
    if (NUMBER_VALUE.test(value.trim()) || /^[\s./_-]*$/.test(value)) return { index, value: cleanNumber(value), lines: [line.number] };
  }
  return null;
}

/** A whole header flattened into one line (a document-sharing site): the motto inside a longer text. */
function isFlatHeader(text: string): boolean {
  return text.length > 80 && /Độc lập\s*[-–]\s*Tự do/iu.test(text);
}

const FLAT_DATE = /(?:^|\s)((?:\p{Lu}[\p{Ll}\d]*\s+){0,3}\p{Lu}[\p{Ll}\d]*)\s*,\s*ngày\s*(\d{0,2})[\s.…_]*th[aáàảãạ]ng\s*(\d{0,2})[\s.…_]*năm\s*(\d{4})/u;

function dateIn(line: Line, index: number, lines: Line[]): Found<{ place: string; issued: string | null }> | null {
  if (!line.text.includes("ngày") || BODY_START.test(line.text)) return null;
  const cells = cellsOf(line);
  const joined = joinedDate(lines, index);
  for (const [cellIndex, cell] of cells.entries()) {
    // A header's date cell is short; a body sentence that mentions a day is not one.
    if (!cell.includes("ngày") || cell.length > 160) continue;
    // A blank day (`ngày      tháng 11`) can split the date line into cells: the cell with those after it.
    const rest = cells.length === 1 ? joined.text : `${cells.slice(cellIndex).join(" ")}${joined.text.slice(joined.before.length + line.text.length)}`;
    const found = dateOf(rest);
    if (found) return { index, value: found, lines: joined.lines };
  }
  if (isFlatHeader(line.text)) {
    const flat = FLAT_DATE.exec(line.text);
    if (flat) {
      const found = dateOf(`${flat[1]}, ngày ${flat[2]} tháng ${flat[3]} năm ${flat[4]}`);
      if (found) return { index, value: found, lines: [line.number] };
    }
  }
  return null;
}

export function readHeader(lines: Line[]): Header {
  const used = new Set<number>();
  const head = lines.slice(0, LOOK);
  const numbers: Array<Found<string | null>> = [];
  const dates: Array<Found<{ place: string; issued: string | null }>> = [];
  let motto = -1;
  head.forEach((line, index) => {
    if (line.text === "") return;
    const number = numberIn(line, index, lines);
    if (number) numbers.push(number);
    const date = dateIn(line, index, lines);
    if (date) dates.push(date);
    if (motto < 0 && (cellsOf(line).some(isMotto) || isFlatHeader(line.text))) motto = index;
  });

  // The header is where the motto, the number or the date line stands; the kind of document comes at or after it.
  const anchor = Math.min(...[motto, numbers[0]?.index ?? -1, dates[0]?.index ?? -1].filter((i) => i >= 0), Infinity);
  const kindAt = (from: number) => head.findIndex((line, i) => i >= from && line.text !== "" && kindOf(line.text) !== null && !BODY_START.test(line.text));
  let kindIndex = anchor < Infinity ? kindAt(anchor) : -1;
  if (kindIndex < 0) kindIndex = kindAt(0);
  if (kindIndex < 0) kindIndex = head.findIndex((line) => KIND_TITLE.test(line.text) && !BODY_START.test(line.text));
  const headerFrom = anchor < Infinity ? anchor : kindIndex >= 0 ? kindIndex : 0;
  // The plan's own number and date are in its header: near the kind's line, never in the body below the title.
  const bodyAfter = head.findIndex((line, i) => i > Math.max(kindIndex, headerFrom) && (BODY_START.test(line.text) || parseHeading(line.text) !== null));
  const limit = bodyAfter >= 0 ? bodyAfter : Math.max(kindIndex, headerFrom) + 12;
  const inHeader = <T,>(found: Found<T>) => found.index >= headerFrom - 8 && found.index < limit;
  const numberFound = numbers.find(inHeader);
  const dateFound = dates.find(inHeader);
  let number = numberFound?.value ?? null;
  let date = dateFound?.value ?? null;
  for (const found of [numberFound, dateFound]) for (const line of found?.lines ?? []) used.add(line);

  // A web page that tells of the plan: `Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã … đã ban hành Quyết định số 119/QĐ-UBND …`.
  if (number === null && date?.issued == null) {
    for (const line of head.slice(0, Math.max(limit, 5))) {
      const told = TOLD.exec(line.text);
      if (!told) continue;
      const [, d, m, y, value] = told;
      if (isValidDate(Number(y), Number(m), Number(d))) date = { place: date?.place ?? "", issued: isoDate(Number(y), Number(m), Number(d)) };
      number = cleanNumber(value!);
      used.add(line.number);
      break;
    }
  }

  // A decision or cover letter that carries a plan: the plan's own title is the one that counts.
  let kind = kindIndex >= 0 ? (kindOf(head[kindIndex]!.text)?.kind ?? "KẾ HOẠCH") : null;
  let titleIndex = kindIndex;
  if (kind === "QUYẾT ĐỊNH" || kind === "TỜ TRÌNH" || kind === "CÔNG VĂN") {
    const carried = lines.findIndex((line, i) => i > kindIndex && /^(KẾ HOẠCH|CHƯƠNG TRÌNH|LỊCH)(?![\p{L}])/u.test(line.text) && isCapitals(line.text.slice(0, 8)));
    if (carried > 0) {
      for (let i = kindIndex; i < carried; i++) if (isCarrierBoilerplate(lines[i]!.text)) used.add(lines[i]!.number);
      titleIndex = carried;
      kind = kindOf(lines[carried]!.text)?.kind ?? kind;
    }
  }

  // Debris: what stands before the header on a web page. A page's own record of the document fills gaps.
  const start = headerStart(head, anchor < Infinity ? anchor : -1, kindIndex);
  for (let i = 0; i < start; i++) {
    const line = head[i]!;
    if (line.text === "") continue;
    used.add(line.number);
    if (number === null) {
      const record = /^Số hiệu\s*[:|]?\s*(\S+)/u.exec(line.text) ?? TITLE_REFERENCE.exec(line.text);
      if (record) number = cleanNumber(record[1]!);
    }
    if (date?.issued == null) {
      const record = RECORD_DATE.exec(line.text) ?? TITLE_REFERENCE.exec(line.text);
      if (record) {
        const [d, m, y] = record.length === 5 ? [record[2], record[3], record[4]] : [record[1], record[2], record[3]];
        if (isValidDate(Number(y), Number(m), Number(d))) date = { place: date?.place ?? "", issued: isoDate(Number(y), Number(m), Number(d)) };
      }
    }
  }

  const issuerLines: string[] = [];
  const received = new Set<number>();
  const headerEnd = kindIndex >= 0 ? kindIndex : anchor < Infinity ? Math.min(head.length, anchor + 8) : start;
  let afterMotto = false;
  for (let i = start; i < headerEnd; i++) {
    const line = head[i]!;
    if (line.text === "") continue;
    let headerLine = false;
    for (const raw of cellsOf(line)) {
      const cell = withoutMotto(raw);
      // `ĐẢNG CỘNG SẢN` / `VIỆT NAM`: the motto's end on a line of its own.
      const mottoEnd = afterMotto && /^VIỆT NAM$/u.test(cell);
      afterMotto = cell !== "" && isMotto(cell) && !SEPARATOR.test(cell);
      if (cell === "" || afterMotto || mottoEnd || SEPARATOR.test(cell)) {
        headerLine = true;
        continue;
      }
      // The number's cells (`Số:` / `/KH - SCT`) and the date's are not the issuer's.
      if (NUMBER.test(cell) || dateOf(cell) || (/\//.test(cell) && NUMBER_VALUE.exec(cell)?.[0].trim() === cell)) {
        headerLine = true;
        continue;
      }
      if (isCapitals(cell) && !KIND_LINE.test(cell)) {
        // The body that received the plan, written in its `ĐẾN` stamp, did not issue it.
        if (receivedBy(head, i)) received.add(line.number);
        else issuerLines.push(cell);
        headerLine = true;
      }
    }
    if (headerLine) used.add(line.number);
  }

  // A page titled `Kế hoạch … (12/KH-UBND ngày 09/02/2025)`: its own record of the document.
  const titled = titleIndex >= 0 ? TITLE_REFERENCE.exec(lines[titleIndex]!.text) : null;
  if (titled) {
    number ??= cleanNumber(titled[1]!);
    if (date?.issued == null && isValidDate(Number(titled[4]), Number(titled[3]), Number(titled[2]))) date = { place: date?.place ?? "", issued: isoDate(Number(titled[4]), Number(titled[3]), Number(titled[2])) };
  }
  const title = titleIndex >= 0 ? readTitle(lines, titleIndex, used).replace(TITLE_REFERENCE, "").trim() : "";
  return { number, place: date?.place || null, issued: date?.issued ?? null, issuerLines, kind, title, used, received };
}

/** The first line of the header block: the issuer's capitals just above the motto, number or date. */
function headerStart(head: Line[], anchor: number, kindIndex: number): number {
  const reference = anchor >= 0 ? anchor : kindIndex;
  if (reference < 0) return 0;
  let start = reference;
  for (let i = reference - 1; i >= 0 && reference - i <= 8; i--) {
    const line = head[i]!;
    if (line.text === "") continue;
    // A PDF's row holding both header blocks (`SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc`) is read without its motto.
    const cells = cellsOf(line).map(withoutMotto);
    if (cells.every((cell) => cell === "" || isCapitals(cell) || isMotto(cell) || SEPARATOR.test(cell)) && !cells.some((c) => KIND_LINE.test(c) && c.length > 30)) start = i;
    else break;
  }
  return start;
}

/** The decision's own frame around the plan it carries: its title, bases, articles, signature. */
function isCarrierBoilerplate(text: string): boolean {
  if (text === "") return false;
  const key = foldKeyOfStart(text, 40);
  return /^(quyet dinh|ve viec|can cu|xet de nghi|theo de nghi|dieu \d|chanh van phong|thu truong|noi nhan|tm\.|t\/m|kt\.|chu tich|pho chu tich|\(ban hanh kem theo|\(kem theo)/.test(key) || isCapitals(text) || isMotto(text) || SEPARATOR.test(text);
}

/**
 * The stamp a receiving office puts on a plan (`UBND TỈNH LÂM ĐỒNG` / `ĐẾN Số: 1614` / `Ngày:
 * 01/3/2026` / `Chuyển: P.NC` / `Số và ký hiệu HS:`): its lines, as a scan may misread them.
 */
const RECEIVED_STAMP = /^(?:ĐẾN\s+Số|Đến\s+số|Chuyển\s*:|Số và \S{0,8}\s*hiệu HS)/u;

/** Whether a capital line is the receiving office's name: a stamp's line follows within a few lines, no line of the header between. */
function receivedBy(head: Line[], index: number): boolean {
  // A line that shares its row with the motto is the issuer's own.
  if (cellsOf(head[index]!).some(isMotto)) return false;
  for (const line of head.slice(index + 1, index + 7)) {
    if (RECEIVED_STAMP.test(line.text)) return true;
    if (NUMBER.test(line.text) || dateOf(line.text) || cellsOf(line).some(isMotto)) return false;
  }
  return false;
}

/** The title: the rest of the kind's line and the lines after it, until the body starts. */
function readTitle(lines: Line[], kindIndex: number, used: Set<number>): string {
  const kindLine = lines[kindIndex]!;
  used.add(kindLine.number);
  const parts: string[] = [];
  const first = kindOf(kindLine.text)?.rest ?? KIND_TITLE.exec(kindLine.text)?.[2] ?? "";
  if (first !== "") parts.push(first);
  const following = lines.slice(kindIndex + 1, kindIndex + 14);
  for (const [index, line] of following.entries()) {
    if (line.text === "") {
      // A title broken into paragraphs (.docx) goes on in lower case: `… thành lập` / `tỉnh Lai Châu (…)`.
      const next = following.slice(index + 1).find((l) => l.text !== "");
      const continues = next !== undefined && /^\p{Ll}/u.test(next.text);
      if (parts.length > 0 && parts.join(" ").length > 40 && !continues) break;
      continue;
    }
    if (SEPARATOR.test(line.text)) {
      used.add(line.number);
      if (parts.length > 0) break;
      continue;
    }
    // A bullet, a field (`NGÀY : 29/1/2016`), a heading or a table's row starts the body, whatever the title's length;
    // a line in capitals right after the kind is the title, whatever its first word (`THỰC HIỆN CHƯƠNG TRÌNH …`).
    const opensBody = TITLE_STOP.test(line.text) && !(parts.length === 0 && isCapitals(line.text));
    if (line.cells || opensBody || parseHeading(line.text) || /^[-+•*]\s/u.test(line.text) || (parts.length > 0 && parseFieldLine(line.text)) || /^\(ban hành kèm theo/iu.test(line.text) && parts.length > 0) break;
    if (/^\((ban hành )?kèm theo/iu.test(line.text) || RECEIVED_STAMP.test(line.text)) {
      used.add(line.number);
      continue;
    }
    if (parts.length > 0 && parts.join(" ").length > 60 && /[.:;]$/.test(parts[parts.length - 1]!)) break;
    // `Văn phòng … thông báo lịch tiếp công dân năm 2021 như sau:` opens the body.
    if (parts.length > 0 && /như sau\s*:?$/u.test(line.text)) break;
    if (line.text.length > 220) break;
    // A title in capitals ends where a sentence in ordinary case begins (`… (TMS)` / `Cục Thuế có kế hoạch nâng cấp …`).
    if (parts.length > 0 && parts.every(isCapitals) && !isCapitals(line.text) && /^\p{Lu}\p{Ll}/u.test(line.text)) break;
    parts.push(line.text);
    used.add(line.number);
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}
