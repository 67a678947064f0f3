/**
 * Splits a field value that names several units into one name each. Commas also occur
 * inside names (`Sở Văn hóa, Thể thao và Du lịch`), so a comma separates two units only
 * when what follows starts like a unit name.
 */
import { foldKey, normalizeText, slugify } from "../text/normalize.ts";

const UNIT_HEADS = [
  "so", "ban", "phong", "trung tam", "ubnd", "uy ban", "hdnd", "hoi", "doan", "bao", "dai", "van phong",
  "cong an", "bo", "lien doan", "trang", "cong thong tin", "cong chuc", "co quan", "huyen doan", "huyen doi",
  "huyen uy", "tinh uy", "thanh uy", "dang uy", "mttq", "ubmttq", "mat tran", "cac", "cuc", "chi cuc", "tieu ban",
  "cong ty", "dien luc", "truong", "benh vien", "kho bac", "chi nhanh", "toa an", "vien kiem sat",
  "cap uy", "chinh quyen", "bch", "ban chi huy", "bo chi huy", "doan thanh nien", "nhan dan", "to chuc",
];

const HEAD_PATTERN = new RegExp(`^(${UNIT_HEADS.map((h) => h.replace(/ /g, "\\s+")).join("|")})(?![a-z])`);

const COLLECTIVE = /^(cac|toan the|nhung)(?![a-z])|(co lien quan|lien quan)$/;

export function startsLikeUnit(text: string): boolean {
  return HEAD_PATTERN.test(foldKey(text));
}

export function isCollective(name: string): boolean {
  return COLLECTIVE.test(foldKey(name));
}

/** `Sở Văn hóa...; Công thương; Kế hoạch và Đầu tư` → three Sở. */
function inheritHead(pieces: string[]): string[] {
  let head: string | null = null;
  return pieces.map((piece) => {
    const shared = /^các (sở|phòng|ban)(?:,\s*(?:ban,\s*)?ngành)?\s*:\s*(.+)$/iu.exec(piece);
    if (shared) {
      head = shared[1]!.charAt(0).toLocaleUpperCase("vi") + shared[1]!.slice(1);
      return `${head} ${shared[2]}`;
    }
    if (startsLikeUnit(piece)) {
      const first = /^(Sở|Phòng|Ban)\s/u.exec(piece);
      head = first ? first[1]! : null;
      return piece;
    }
    return head ? `${head} ${piece}` : piece;
  });
}

function cleanName(name: string): string {
  const cleaned = normalizeText(name)
    .replace(/^[-+•–\s]+/, "")
    .replace(/(\.{2,}|…)$/, "")
    .replace(/[.;,:\s]+$/, "")
    .trim();
  return cleaned.charAt(0).toLocaleUpperCase("vi") + cleaned.slice(1);
}

/** Names in the order written; empty pieces dropped. */
// Separators inside brackets belong to the name: `Công chức VH-XH (Lao động, Thương binh, Xã hội)`.
const HIDDEN_COMMA = "\u0001";
const HIDDEN_SEMICOLON = "\u0002";

function hideBracketed(text: string): string {
  return text.replace(/\([^()]*\)/g, (inner) => inner.replace(/,/g, HIDDEN_COMMA).replace(/;/g, HIDDEN_SEMICOLON));
}

function unhide(text: string): string {
  return text.replaceAll(HIDDEN_COMMA, ",").replaceAll(HIDDEN_SEMICOLON, ";");
}

export function splitUnitList(value: string): string[] {
  const pieces: string[] = [];
  for (const part of hideBracketed(normalizeText(value)).split(/;|\s+và\s+(?=(?:các\s+)?(?:Sở|Phòng|Ban|UBND|Ủy ban|Hội|Đoàn|Trung tâm)\s)/u)) {
    let current = "";
    for (const chunk of part.split(",")) {
      if (current && startsLikeUnit(chunk.trim())) {
        pieces.push(current);
        current = chunk;
      } else {
        current = current ? `${current},${chunk}` : chunk;
      }
    }
    if (current.trim()) pieces.push(current);
  }
  return inheritHead(pieces.map((p) => cleanName(unhide(p))).filter((p) => p.length > 1));
}

export function unitSlug(name: string): string {
  return slugify(name);
}
