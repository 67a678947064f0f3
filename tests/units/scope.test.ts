import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/reader/read.ts";
import { headerPlaces } from "../../src/units/scope.ts";

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
