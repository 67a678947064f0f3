import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldKey, normalizeInPasses, normalizeLines, normalizeText, normalizeToneMarks, slugify } from "../src/text/normalize.ts";
import { parseRoman } from "../src/text/numerals.ts";

describe("tone marks", () => {
  const pairs: Array<[string, string]> = [
    ["hoá", "hóa"], ["hoà", "hòa"], ["hoả", "hỏa"], ["hoã", "hõa"], ["hoạ", "họa"],
    ["khoẻ", "khỏe"], ["xoè", "xòe"], ["uỷ", "ủy"], ["thuỷ", "thủy"], ["tuỳ", "tùy"], ["luỹ", "lũy"], ["thuỵ", "thụy"],
    ["Uỷ ban", "Ủy ban"], ["HOÁ", "HÓA"],
  ];
  it.each(pairs)("%s → %s", (old, modern) => {
    expect(normalizeToneMarks(old)).toBe(modern);
    expect(normalizeToneMarks(old.normalize("NFD"))).toBe(modern);
    expect(normalizeToneMarks(modern)).toBe(modern);
  });
  it("leaves quý, hoàn, thuyền and toán alone", () => {
    for (const word of ["quý", "quỳ", "hoàn", "thuyền", "toán", "khuya", "huấn"]) expect(normalizeToneMarks(word)).toBe(word);
  });
});

describe("keys and slugs", () => {
  it("folds accents and đ", () => {
    expect(foldKey("Sở Văn hoá,  Thể thao")).toBe("so van hoa, the thao");
    expect(slugify("Phòng LĐTB & XH huyện")).toBe("phong-ldtb-xh-huyen");
    expect(slugify("Sở Văn hoá, Thể thao và Du lịch")).toBe(slugify("Sở Văn hóa, Thể thao và Du lịch".normalize("NFD")));
  });
  it("normalizes a whole text line by line in one pass", () => {
    const text = "  Uỷ ban **nhân dân**\t huyện\r\n\n- *Thời gian:*\u00a0 Tháng 5 hoá\nThuỷ".normalize("NFD");
    expect(normalizeLines(text)).toEqual(text.split("\n").map(normalizeText));
    expect(normalizeLines(text)).toEqual(["Ủy ban nhân dân huyện", "", "- Thời gian: Tháng 5 hóa", "Thủy"]);
  });
  it("drops markdown emphasis and odd spaces", () => {
    expect(normalizeText("- *Thời gian:*\u00a0 Tháng 5")).toBe("- Thời gian: Tháng 5");
  });
  it("reads Roman numerals strictly", () => {
    expect([parseRoman("III"), parseRoman("iv"), parseRoman("XII"), parseRoman("IIII"), parseRoman("ABC")]).toEqual([3, 4, 12, null, null]);
  });
});

describe("folding every character", () => {
  it("matches NFD-and-strip folding on every character below U+2000 and a sample above", async () => {
    const { foldKey, slugify } = await import("../src/text/normalize.ts");
    const reference = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
    for (let code = 33; code < 0x2100; code++) {
      if (code >= 0xd800) break;
      const char = String.fromCharCode(code);
      if (/\s/.test(char)) continue;
      expect(foldKey(`a${char}b`), `U+${code.toString(16)}`).toBe(`a${reference(char)}b`);
    }
    expect(foldKey("  Sở  Văn\thoá\u00a0\n ")).toBe("so van hoa");
    expect(foldKey("ﬁ Ω 𝒜")).toBe(reference("ﬁ Ω 𝒜"));
    expect(slugify("--Phòng LĐTB & XH -- huyện!")).toBe("phong-ldtb-xh-huyen");
    expect(slugify("Đài PT-TH (tỉnh)")).toBe("dai-pt-th-tinh");
    expect(slugify("…")).toBe("");
  });

  it("slugs every character as the dashed runs of letters and digits of its folded key", async () => {
    const { foldKey, slugify } = await import("../src/text/normalize.ts");
    const slugOfKey = (key: string) => key.split(/[^a-z0-9]+/).filter(Boolean).join("-");
    for (let code = 1; code < 0x2100; code++) {
      const char = String.fromCharCode(code);
      expect(slugify(`Sở ${char}x${char} Hoá`), `U+${code.toString(16)}`).toBe(slugOfKey(foldKey(`Sở ${char}x${char} Hoá`)));
    }
    for (const text of ["ﬁ Ω 𝒜 ß", "\u0301Sở", "Ủy ban nhân dân huyện Phong Thổ", " - ", ""]) expect(slugify(text)).toBe(slugOfKey(foldKey(text)));
  });
});

describe("normalizing in one scan", () => {
  it("gives what the passes give, on any text", () => {
    const unit = fc.constantFrom(..."oOuUqQaeyi \t\n*\u00a0\u2007\u202fáàảãạéèẻẽẹÁÉýỳỷỹỵÝđĐ.,\u0301\u0300\u0323", "Ỹ", "ᄀ", "\u212b", "𝐀");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(normalizeText(text)).toBe(normalizeInPasses(text).trim());
      }),
      { numRuns: 5000 },
    );
  });

  it("turns a run of spaces, odd spaces and `*` into one space, or nothing when it is only `*`", () => {
    expect(normalizeText("a * \u00a0b**c\t*d")).toBe("a bc d");
    expect(normalizeText("Uỷ ban **hoá**")).toBe("Ủy ban hóa");
  });
});
