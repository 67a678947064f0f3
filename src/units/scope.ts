/**
 * Where a unit belongs: the locality of the plan (province, district, commune) and the level
 * of each unit. `Ban Tuyên giáo Huyện ủy` of the Phong Thổ plan and of the Tam Đường plan are
 * two units; the scope tells them apart.
 */
import { foldKey } from "../text/normalize.ts";
import { matchesOf } from "../text/matches.ts";
import { CENTRAL_CITIES, LEVEL_WORDS, XA_IN_NAME, type Level } from "./lexicon.ts";

export interface Place {
  /** The level word as written in Vietnamese: `huyện`, `thành phố`, `thị trấn`, … */
  kind: string;
  name: string;
}

export interface Locality {
  level: Exclude<Level, "national">;
  province?: Place;
  district?: Place;
  commune?: Place;
  /**
   * Places below the plan's level its text names, by kind, when only one of that kind is
   * named: `UBND thành phố` in a province plan that names `thành phố Lai Châu` alone is its.
   */
  below?: Place[];
}

const LETTER = /^\p{L}$/u;
const LEVEL_OF_KIND = new Map(LEVEL_WORDS.map(([word, level]) => [word, level]));
// A kind written at a sentence's or a name's start is one too (`Thị xã Phước Long`, `Huyện Lộc Ninh`).
const KINDS = LEVEL_WORDS.map(([word]) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join("|");
// Names stay on one line: `huyện` at a line's end and `Phối hợp …` on the next are not a place.
// A name in capitals, or a number (`quận 6`, `phường 12`).
const PROPER_NAME = "(?:\\p{Lu}[\\p{Ll}\\p{M}]*(?:[ \\t]+\\p{Lu}[\\p{Ll}\\p{M}]*){0,3}|\\d{1,2}(?![\\d/]|[.,]\\d))";
// Both start a word: the letter before is checked by `matchesOf`, as a lookbehind here
// would be tried at every position of the whole text (twice the time of the search itself).
const PLACE = new RegExp(`(${KINDS})[ \\t]+(${PROPER_NAME})`, "gu");
const COMMITTEE_PLACE = new RegExp(`(Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy)[ \\t]+(${PROPER_NAME})`, "gu");
const COMMITTEE_KIND = new Map<string, string>(Object.entries({ "Huyện ủy": "huyện", "Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Thị ủy": "thị xã" }));

/** Words that follow a level word but are not a place name (`huyện Ủy ban`, `tỉnh Tây Bắc`). */
const NOT_PLACES = new Set(["tay bac", "uy ban", "dong bac", "mien nui", "bien gioi"]);

/** A place's level: by its kind's word, but a city under the central government is a province (`thành phố Hà Nội`). */
export function levelOfPlace(kind: string, name: string): Level | undefined {
  if (kind.toLowerCase() === "thành phố" && CENTRAL_CITIES.includes(foldKey(name))) return "province";
  return levelOfKind(kind);
}

export function levelOfKind(kind: string): Level | undefined {
  return LEVEL_OF_KIND.get(kind.toLowerCase());
}

/** `Tỉnh Đoàn Bình Phước`, `Quận Đoàn 1`, `… Và Xã Hội`: a level word written with a capital starting a body's name, not a place. */
const NOT_A_PLACE_NAME = /^(?:Đoàn|Ủy|Uỷ|Hội|Đảng|Ban)(?![\p{L}])/u;

const NAME_BEFORE_XA = new RegExp(`${XA_IN_NAME}\\s+$`, "u");

/** Each place the text names: a level word and the name after it (not the `xã` of `Thông tấn xã Việt Nam`, `Liên minh Hợp tác xã Tỉnh`). */
function placesIn(text: string): RegExpExecArray[] {
  return matchesOf(PLACE, text, LETTER).filter(
    (match) => (/^\p{Ll}/u.test(match[1]!) || !NOT_A_PLACE_NAME.test(match[2]!)) && !(/^[Xx]ã$/u.test(match[1]!) && NAME_BEFORE_XA.test(text.slice(Math.max(0, match.index - 12), match.index))),
  );
}

/** `huyện Phong Thổ`, `thị trấn Cao Lộc, huyện Cao Lộc, tỉnh Lạng Sơn` → a locality. */
export function parseScope(text: string): Locality | null {
  const locality: Partial<Locality> = {};
  let lowest: Locality["level"] | null = null;
  for (const match of placesIn(text)) {
    const place = { kind: match[1]!.toLowerCase(), name: match[2]! };
    const level = levelOfPlace(place.kind, place.name)!;
    if (level === "national") continue;
    if (!locality[level]) locality[level] = place;
    lowest = lowest === null || rank(level) > rank(lowest) ? level : lowest;
  }
  return lowest === null ? null : (Object.assign({}, locality, { level: lowest }) as Locality);
}

export function rank(level: Level): number {
  return level === "national" ? -1 : level === "province" ? 0 : level === "district" ? 1 : 2;
}

/** The label of a level within a locality: `huyện Phong Thổ`, or `huyện` when its name is unknown. */
export function scopeLabel(locality: Locality | null, level: Level): string | null {
  if (level === "national") return "Trung ương";
  const place = locality?.[level];
  return place ? `${place.kind} ${place.name}` : null;
}

/**
 * The issuer's header in capitals, in the document's first lines: a body of a place
 * (`UBND HUYỆN PHONG THỔ`, `XÃ MƯỜNG SO`, `SỞ GDĐT TỈNH ĐỒNG THÁP`, `HỘI LHPN QUẬN 6`), never
 * the national motto (`CỘNG HÒA XÃ HỘI …`).
 */
const HEADER_NAME = "(\\p{Lu}+(?:\\s+\\p{Lu}+){0,3}|\\d{1,2})";
const HEADER_PLACE = new RegExp(`^(?!CỘNG H)(?:[\\p{Lu}&.,–-]+\\s+){0,8}?(?!XÃ\\s+HỘI)(${LEVEL_WORDS.map(([word]) => word.toUpperCase()).join("|")})\\s+${HEADER_NAME}$`, "u");
/** A place's Youth Union or Party committee named by its level (`HUYỆN ĐOÀN LỘC NINH`, `BCH THỊ ĐOÀN PHƯỚC LONG`, `QUẬN ỦY 6`). */
const HEADER_LEVEL_BODY = new RegExp(`^(?:BCH|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|BTV)?\\s*(HUYỆN|THỊ|QUẬN|TỈNH|THÀNH)\\s+(?:ĐOÀN|ỦY|UỶ)\\s+${HEADER_NAME}$`, "u");
const MOTTO = /CỘNG\s*H(?:ÒA|OÀ)\s+X\s*[ÃA]\s+H\s*[ỘO]\s*I\s+CH\s*Ủ\s+NGH\s*Ĩ\s*A\s+VI\s*Ệ\s*T\s+NAM/gu;
const KIND_OF_LEVEL_BODY: Record<string, string> = { HUYỆN: "huyện", THỊ: "thị xã", QUẬN: "quận", TỈNH: "tỉnh", THÀNH: "thành phố" };

export function headerPlaces(text: string): Place[] {
  const places: Place[] = [];
  for (const line of text.split("\n", 15)) {
    for (const cell of line.replace(MOTTO, "   ").trim().split(/\s{3,}/)) {
      const match = HEADER_LEVEL_BODY.exec(cell) ?? HEADER_PLACE.exec(cell);
      if (!match) continue;
      const name = match[2]!.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
      places.push({ kind: KIND_OF_LEVEL_BODY[match[1]!] ?? match[1]!.toLowerCase(), name });
    }
  }
  return places;
}

/**
 * The plan's locality: its level is the one most of its units are marked with (`huyện`,
 * `Huyện ủy` → district), and each level's name is the one the text uses most.
 */
export function inferLocality(text: string, unitLevels: Level[], place: string | null): Locality | null {
  type LocalLevel = Locality["level"];
  const counts: Record<LocalLevel, Map<string, { place: Place; count: number }>> = { province: new Map(), district: new Map(), commune: new Map() };
  const add = (kind: string, name: string) => {
    const level = levelOfPlace(kind, name);
    const key = foldKey(name);
    if (!level || level === "national" || NOT_PLACES.has(key)) return;
    const entry = counts[level].get(key) ?? { place: { kind: kind.toLowerCase(), name }, count: 0 };
    entry.count++;
    counts[level].set(key, entry);
  };
  for (const match of placesIn(text)) add(match[1]!, match[2]!);
  for (const match of matchesOf(COMMITTEE_PLACE, text, LETTER)) add(COMMITTEE_KIND.get(match[1]!)!, match[2]!);
  for (const place of headerPlaces(text)) add(place.kind, place.name);
  // The place line names a place even when written in another case (`Thành Phố Hồ Chí Minh, ngày …`).
  const placeLine = place ? /^(thành phố|tỉnh|huyện|quận|thị xã|thị trấn|xã|phường)\s+(\p{Lu}.*|\d{1,2})$/iu.exec(place) : null;
  if (placeLine) add(placeLine[1]!.toLowerCase(), placeLine[2]!);

  // `Thành Phố Hồ Chí Minh, ngày …`: the place line may hold its level word.
  const placeKey = place ? foldKey(place).replace(/^(thanh pho|tinh|huyen|quan|thi xa|thi tran|xa|phuong)\s+/, "") : null;
  const votes: Record<LocalLevel, number> = { province: 0, district: 0, commune: 0 };
  for (const level of unitLevels) if (level !== "national") votes[level]++;
  let level = (Object.keys(votes) as LocalLevel[]).sort((a, b) => votes[b] - votes[a] || rank(b) - rank(a))[0]!;
  if (votes[level] === 0) {
    // No unit says its level: the place line names the issuer's locality; else the place the text names most, at least twice.
    const named = placeKey ? (["commune", "district", "province"] as const).find((l) => [...counts[l].keys()].includes(placeKey)) : undefined;
    // A text that names several communes is of the district they are in, when it names one.
    const manyCommunes = counts.commune.size >= 2 && counts.district.size === 1;
    const repeated = manyCommunes ? "district" : (["commune", "district", "province"] as const).find((l) => [...counts[l].values()].some((e) => e.count >= 2));
    if (!named && !repeated) return null;
    level = named ?? repeated!;
  }

  const best = (l: LocalLevel): Place | undefined => {
    const entries = [...counts[l].values()];
    // The place line names the issuer's own locality; prefer it where it fits.
    const named = placeKey ? entries.find((e) => foldKey(e.place.name) === placeKey) : undefined;
    return (named ?? entries.sort((a, b) => b.count - a.count)[0])?.place;
  };
  const locality: Locality = { level };
  const below: Place[] = [];
  for (const l of ["province", "district", "commune"] as const) {
    if (rank(l) > rank(level)) {
      const entries = [...counts[l].values()].map((e) => e.place);
      for (const kind of new Set(entries.map((p) => p.kind))) {
        const ofKind = entries.filter((p) => p.kind === kind);
        if (ofKind.length === 1) below.push(ofKind[0]!);
      }
      continue;
    }
    const found = best(l);
    if (found) locality[l] = found;
  }
  if (below.length > 0) locality.below = below;
  // Units vote for a level whose place the text never names (a school of a city): the plan is of the lowest level it does name.
  if (!locality[locality.level]) {
    const named = (["district", "province"] as const).find((l) => rank(l) < rank(locality.level) && locality[l]);
    if (named) locality.level = named;
  }
  return locality;
}
