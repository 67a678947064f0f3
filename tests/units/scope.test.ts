import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/reader/read.ts";
import { headerPlaces, parseScope } from "../../src/units/scope.ts";

describe("the issuer's header in capitals", () => {
  it("names the locality", () => {
    expect(headerPlaces("ỦY BAN NHÂN DÂN\nHUYỆN PHONG THỔ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nUBND THỊ TRẤN TAM ĐƯỜNG\nĐẢNG ỦY XÃ MƯỜNG SO")).toEqual([
      { kind: "huyện", name: "Phong Thổ" },
      { kind: "thị trấn", name: "Tam Đường" },
      { kind: "xã", name: "Mường So" },
    ]);
  });

  it("gives units their locality when the text names it nowhere else", () => {
    const plan = readPlan(
      "ỦY BAN NHÂN DÂN\nHUYỆN PHONG THỔ\n\nKẾ HOẠCH\nCông tác văn hóa năm 2027\n\nI. NỘI DUNG\n\n1. Tổ chức hội diễn\n- Đơn vị thực hiện: Phòng Văn hóa và Thông tin huyện.\n- Thời gian thực hiện: Tháng 5/2027.\n",
    );
    expect(plan.scope).toBe("huyện Phong Thổ");
    expect(plan.units.map((u) => u.name)).toEqual(["Phòng Văn hóa và Thông tin huyện Phong Thổ"]);
  });
});

describe("level words written with a capital", () => {
  it("are a place only where no body's name follows (`Thị xã Phước Long`, not `Tỉnh Đoàn Bình Phước`, `… Và Xã Hội`)", () => {
    expect(parseScope("Thị xã Phước Long")).toMatchObject({ level: "district", district: { kind: "thị xã", name: "Phước Long" } });
    expect(parseScope("Tỉnh Đoàn Bình Phước")).toBeNull();
    expect(parseScope("Phòng Lao động - Thương binh Và Xã Hội")).toBeNull();
    expect(headerPlaces("BẢO HIỂM XÃ HỘI HUYỆN LỘC NINH")).toEqual([{ kind: "huyện", name: "Lộc Ninh" }]);
  });
});

describe("the levels unit fields vote for", () => {
  it("counts the level each mention marks, in its words or in its full name", async () => {
    const { mentionLevels } = await import("../../src/units/read.ts");
    expect(mentionLevels("Ban Tuyên giáo Tỉnh ủy")).toEqual(["province"]);
    expect(mentionLevels("Sở Văn hóa, Thể thao và Du lịch phối hợp với Phòng Nội vụ")).toEqual(["province", "district"]);
    expect(mentionLevels("UBND các xã, thị trấn")).toEqual([]); // a group of bodies does not vote
    expect(mentionLevels("Công chức Văn hóa - Xã hội")).toEqual(["commune"]);
    expect(mentionLevels("Huyện đoàn")).toEqual(["district"]); // marked by its full name only
    expect(mentionLevels("Ban Tổ chức")).toEqual([]); // names no level: none is made up
  });
});

describe("places in a text", () => {
  it("takes a level word only at the start of a word", async () => {
    const { parseScope } = await import("../../src/units/scope.ts");
    expect(parseScope("huyện Phong Thổ")).toEqual({ level: "district", district: { kind: "huyện", name: "Phong Thổ" } });
    expect(parseScope("(thị trấn Phong Thổ)")).toEqual({ level: "commune", commune: { kind: "thị trấn", name: "Phong Thổ" } });
    expect(parseScope("Khuyện Phong Thổ")).toBeNull();
    expect(parseScope("𝒜huyện Phong Thổ")).toBeNull(); // a letter outside the BMP before it
    expect(parseScope("Akhuyện Lai, tỉnh Lai Châu")).toEqual({ level: "province", province: { kind: "tỉnh", name: "Lai Châu" } });
  });
});

describe("national days named with their years", () => {
  it("reads `80 năm Ngày thành lập …` only where the number starts a word", () => {
    const plan = (line: string) => readPlan(`KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm\nHà Nội, ngày 02 tháng 01 năm 2024\n${line}\n`);
    expect(plan("Kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam.").occasions.map((o) => o.date)).toEqual(["2024-12-22"]);
    expect(plan("Kỷ niệm (80 năm Ngày thành lập Quân đội nhân dân Việt Nam).").occasions.map((o) => o.date)).toEqual(["2024-12-22"]);
    // `A80` is no number of years: the day named is still this year's, 80 years or not.
    expect(plan("Kỷ niệm A80 năm Ngày thành lập Quân đội nhân dân Việt Nam.").occasions.map((o) => [o.date, o.years])).toEqual([["2024-12-22", null]]);
    expect(plan("Kỷ niệm 180 năm Ngày thành lập Quân đội nhân dân Việt Nam.").occasions).toEqual([]);
  });
});
