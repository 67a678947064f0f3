import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unitsOfLine } from "../../src/cli/units.ts";
import { readPlan } from "../../src/reader/read.ts";
import { canonicalUnit, cleanMention, MAY_HOLD_ABBREVIATION } from "../../src/units/canonical.ts";
import { ABBREVIATIONS } from "../../src/units/lexicon.ts";
import { applyCorrections } from "../../src/units/corrections.ts";
import { readUnitField } from "../../src/units/read.ts";
import { doesUnassignedWork, ofIssuer } from "../../src/units/issuer-units.ts";
import { eventOfTitle } from "../../src/units/event-bodies.ts";
import { parseScope } from "../../src/units/scope.ts";
import { splitUnitList } from "../../src/units/split.ts";
import { isBarePost } from "../../src/units/positions.ts";
import { hasSeeds, SEEDS } from "../helpers/shared.ts";

function jsonl<T>(name: string): T[] {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l) as T);
}

interface MentionRow {
  seed: string;
  line: number;
  role: "lead" | "support" | "advise";
  text: string;
  context: { scope: string };
  expect: Array<{ name: string; role: string; collective: boolean }>;
}

describe("every unit mention of the five seeds", () => {
  const rows = jsonl<MentionRow>("unit-mentions.jsonl");
  it.each(rows.map((r) => [`${r.seed}:${r.line} ${r.text}`, r] as const))("%s", (_name, row) => {
    const units = readUnitField(row.text, row.role, parseScope(row.context.scope));
    expect(units.map((u) => ({ name: u.name, role: u.role, collective: u.collective }))).toEqual(row.expect);
  });

  it("gives each seed one unit per real body: one name per slug (collectives keep their first spelling), the counts a clerk checked", () => {
    const bySeed = new Map<string, Map<string, Set<string>>>();
    for (const row of rows) {
      const names = bySeed.get(row.seed) ?? new Map<string, Set<string>>();
      for (const unit of readUnitField(row.text, row.role, parseScope(row.context.scope))) {
        names.set(unit.slug, (names.get(unit.slug) ?? new Set()).add(unit.collective ? "(collective)" : unit.name));
      }
      bySeed.set(row.seed, names);
    }
    for (const names of bySeed.values()) for (const spellings of names.values()) expect(spellings.size).toBe(1);
    const count = (seed: string) => bySeed.get(seed)!.size;
    expect([count("000"), count("001"), count("002"), count("003"), count("004")]).toEqual([22, 15, 14, 7, 40]);
  });
});

describe("spelling variants", () => {
  const rows = jsonl<{ text: string; context: { scope: string }; expect: { name: string } }>("unit-variants.jsonl");
  it("has at least 150 of them", () => expect(rows.length).toBeGreaterThanOrEqual(150));
  it.each(rows.map((r) => [`${r.text} (${r.context.scope})`, r] as const))("%s", (_name, row) => {
    const units = readUnitField(row.text, "lead", parseScope(row.context.scope));
    expect(units.map((u) => u.name)).toEqual([row.expect.name]);
  });
});

describe("splitting lists", () => {
  it.each([
    ["Trung tâm Văn hóa, Thể thao và Truyền thông huyện", ["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"]],
    ["Phòng Nội vụ, Phòng Tài chính", ["Phòng Nội vụ", "Phòng Tài chính"]],
    ["Sở Văn hóa, Thể thao và Du lịch; Công thương; Kế hoạch và Đầu tư", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Công thương", "Sở Kế hoạch và Đầu tư"]],
    ["các sở, ngành: Thông tin và Truyền thông; Văn hoá, Thể thao và Du lịch", ["Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch"]],
    ["UBND các xã, thị trấn", ["UBND các xã, thị trấn"]],
    ["Công an tỉnh và BCH Quân sự tỉnh", ["Công an tỉnh", "BCH Quân sự tỉnh"]],
    ["Trang thông tin điện tử huyện...", ["Trang thông tin điện tử huyện"]],
    ["Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND huyện"]],
    ["Công chức VH-XH (Lao động, Thương binh; Xã hội)", ["Công chức VH-XH (Lao động, Thương binh; Xã hội)"]],
    ["các sở, ban, ngành, UBND các xã, phường, đặc khu", ["các sở, ban, ngành", "UBND các xã, phường, đặc khu"]],
    ["Đảng ủy - Hội đồng nhân dân - Ủy ban nhân dân - Ủy ban MTTQ xã Hưng Tân", ["Đảng ủy xã Hưng Tân", "Hội đồng nhân dân xã Hưng Tân", "Ủy ban nhân dân xã Hưng Tân", "Ủy ban MTTQ xã Hưng Tân"]],
    ["Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã", ["Các đ/c Phó chỉ tịch", "Trưởng đoàn thể xã", "các đồng chí Chuyên viên cơ quan MTTQ xã"]],
    ["Tiểu ban Thông tin, tuyên truyền, khánh tiết", ["Tiểu ban Thông tin, tuyên truyền, khánh tiết"]],
    ["Tổ Nội dung, tổng hợp", ["Tổ Nội dung, tổng hợp"]],
    ["Ban thường trực UBMTTQVN và UBND cùng cấp", ["Ban thường trực UBMTTQVN cùng cấp", "UBND cùng cấp"]],
    ["Sở Tư pháp và UBND cùng cấp", ["Sở Tư pháp", "UBND cùng cấp"]],
    ["Sở Tư pháp, tuyên truyền pháp luật", ["Sở Tư pháp"]],
    ["Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng", ["Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng"]],
  ])("%s", (text, expected) => expect(splitUnitList(text)).toEqual(expected));

  it("names a meeting's secretary and vote counters as written, its committees with the plan's place", () => {
    const commune = parseScope("xã Lương Minh, tỉnh Quảng Ninh");
    expect(canonicalUnit("Thư ký hội nghị", commune)?.name).toBe("Thư ký hội nghị");
    expect(canonicalUnit("Tổ kiểm phiếu", commune)?.name).toBe("Tổ kiểm phiếu");
    expect(canonicalUnit("Tiểu ban Văn nghệ", commune)?.name).toBe("Tiểu ban Văn nghệ xã Lương Minh");
  });

  it("knows a person's full name from a place's or a body's", () => {
    for (const name of ["Đỗ Mạnh Cường", "Nguyễn Thị Loan", "Vũ Việt Linh", "Trần Thị Thúy Nhung"]) expect(isBarePost(name), name).toBe(true);
    for (const name of ["Hồ Chí Minh", "Lâm Đồng", "Hà Nội", "Nguyễn Du", "Sở Công Thương", "Trần Phú"]) expect(isBarePost(name), name).toBe(false);
  });

  it("reads partners written in brackets after the unit", () => {
    const units = readUnitField("Trưởng Ban công tác Mặt trận (phối hợp với Trưởng thôn).", "lead", parseScope("xã Lương Minh, tỉnh Quảng Ninh"));
    expect(units.map((u) => [u.role, u.name])).toEqual([["lead", "Ban Công tác Mặt trận các thôn"], ["support", "Các thôn"]]);
  });

  it("reads role words: the subject keeps the field's role, partners support", () => {
    const units = readUnitField("Công chức Địa chính – Xây dựng phối hợp với các ban ngành đoàn thể thị trấn", "advise", parseScope("thị trấn Cao Lộc"));
    expect(units.map((u) => [u.role, u.name, u.collective])).toEqual([
      ["advise", "Công chức Địa chính - Xây dựng thị trấn Cao Lộc", false],
      ["support", "Các ban ngành đoàn thể thị trấn", true],
    ]);
  });
});

describe("jurisdiction", () => {
  it("tells the same name apart in two localities and keeps an explicit locality", () => {
    const phongTho = canonicalUnit("Ban Tuyên giáo Huyện ủy", parseScope("huyện Phong Thổ"))!;
    const tamDuong = canonicalUnit("Ban Tuyên giáo Huyện uỷ", parseScope("huyện Tam Đường, tỉnh Lai Châu"))!;
    expect([phongTho.slug, tamDuong.slug]).toEqual(["ban-tuyen-giao-huyen-uy-phong-tho", "ban-tuyen-giao-huyen-uy-tam-duong"]);
    expect(canonicalUnit("UBND huyện Than Uyên", parseScope("tỉnh Lai Châu"))).toMatchObject({ name: "Ủy ban nhân dân huyện Than Uyên", scope: "huyện Than Uyên" });
    expect(canonicalUnit("Cục Xúc tiến Thương mại - Bộ Công thương", parseScope("tỉnh Lai Châu"))).toMatchObject({ scope: "Trung ương", level: "national" });
  });

  it.skipIf(!hasSeeds)("reads each seed's locality from the plan", () => {
    const scopes = ["000_9c4979b0d76d147e", "001_fd8af27ada51ad98", "004_4bcf00a113bc2395"].map(
      (name) => readPlan(readFileSync(`${SEEDS}/${name}.txt`, "utf8")).scope,
    );
    expect(scopes).toEqual(["huyện Phong Thổ", "thị trấn Cao Lộc", "tỉnh Lai Châu"]);
  });

  it("names a newspaper after its place without the level word, a broadcaster with it", () => {
    const lamDong = parseScope("tỉnh Lâm Đồng");
    expect(canonicalUnit("Báo và Phát thanh, Truyền hình tỉnh", lamDong)!.name).toBe("Báo và Phát thanh, Truyền hình Lâm Đồng");
    expect(canonicalUnit("Đài PT-TH tỉnh", parseScope("tỉnh Lai Châu"))!.name).toBe("Đài Phát thanh - Truyền hình tỉnh Lai Châu");
    expect(canonicalUnit("Tạp chí Diễn đàn doanh nghiệp", lamDong)!.name).toBe("Tạp chí Diễn đàn doanh nghiệp");
  });

  it("spells out the abbreviations of companies, continuing-education centres and explosives users", () => {
    const laoCai = parseScope("tỉnh Lào Cai");
    expect(canonicalUnit("Công ty TNHH Nestlé Việt Nam", laoCai)!.name).toBe("Công ty Trách nhiệm hữu hạn Nestlé Việt Nam");
    expect(canonicalUnit("Công ty TNHH MTV Xổ số kiến thiết", laoCai)!.name).toBe("Công ty Trách nhiệm hữu hạn Một thành viên Xổ số kiến thiết");
    expect(canonicalUnit("Các trung tâm GDNN - GDTX", laoCai)!.name).toBe("Các trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên");
    expect(canonicalUnit("Các đơn vị sử dụng VLNCN", laoCai)!.name).toBe("Các đơn vị sử dụng vật liệu nổ công nghiệp");
    expect(canonicalUnit("Tổ huấn luyện KTAT VLNCN", laoCai)!.name).toBe("Tổ huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp tỉnh Lào Cai");
  });

  it("keeps the names of merged places whole: numbers and dashes", () => {
    const lamDong = parseScope("tỉnh Lâm Đồng");
    expect(canonicalUnit("UBND xã Bảo Lâm 1", lamDong)).toMatchObject({ name: "Ủy ban nhân dân xã Bảo Lâm 1", scope: "xã Bảo Lâm 1" });
    expect(canonicalUnit("UBND phường Xuân Hương - Đà Lạt", lamDong)).toMatchObject({ name: "Ủy ban nhân dân phường Xuân Hương - Đà Lạt" });
  });

  it("names a bare board after the event the plan's title organizes, in a school's plan the school's board", () => {
    expect(eventOfTitle("Tổ chức Chương trình Hướng nghiệp - Tuyển sinh lần thứ 18 năm học 2025 - 2026")).toBe("Chương trình Hướng nghiệp - Tuyển sinh lần thứ 18");
    expect(eventOfTitle("Tổ chức đêm nhạc giao lưu nhằm gây quỹ từ thiện “Xuân yêu thương”")).toBeNull();
    const text = ["TRƯỜNG THPT PHƯỚC BỬU", "KẾ HOẠCH", "Tổ chức Cuộc thi “Học sinh với ý tưởng khởi nghiệp” STARTUP cấp trường năm học 2025-2026", "I. NỘI DUNG", "1. Vòng chung kết ngày 07/12/2025.", "- Ban giám khảo: chấm thi, công bố kết quả.", "- Ban tổ chức: chuẩn bị hội trường."].join("\n");
    expect(readPlan(text).tasks.flatMap((t) => t.units.map((u) => u.name))).toEqual(expect.arrayContaining([
      "Ban Giám khảo Cuộc thi “Học sinh với ý tưởng khởi nghiệp” STARTUP cấp trường Trường Trung học phổ thông Phước Bửu",
      "Ban Tổ chức Cuộc thi “Học sinh với ý tưởng khởi nghiệp” STARTUP cấp trường Trường Trung học phổ thông Phước Bửu",
    ]));
  });

  it("writes out school staff abbreviations as their groups, keeps Chương trình inside a name, and reads bodies of another level as generic", () => {
    const hcm = parseScope("thành phố Hồ Chí Minh");
    expect(canonicalUnit("GVHD", hcm)).toMatchObject({ name: "Giáo viên hướng dẫn", collective: true });
    expect(canonicalUnit("22 GVCN", hcm)).toMatchObject({ name: "22 Giáo viên chủ nhiệm", collective: true });
    expect(canonicalUnit("Trung tâm Thông tin và Chương trình Giáo dục", hcm)!.name).toBe("Trung tâm Thông tin và Chương trình Giáo dục thành phố Hồ Chí Minh");
    const luongMinh = parseScope("xã Lương Minh, tỉnh Quảng Ninh");
    expect(canonicalUnit("Ủy ban bầu cử cấp tương ứng", luongMinh)).toMatchObject({ name: "Ủy ban bầu cử cấp tương ứng", collective: true });
    expect(canonicalUnit("Đoàn ĐBQH đơn vị tỉnh Tây Ninh", parseScope("tỉnh Tây Ninh"))!.name).toBe("Đoàn đại biểu Quốc hội tỉnh Tây Ninh");
    expect(readUnitField("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", "lead", parseScope("tỉnh Tây Ninh")).map((u) => u.name)).toEqual(["Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Tây Ninh"]);
  });

  it("gives each collective of a list the area its last one ends with, and reads a Giám đốc with a name as a post", () => {
    const ninhThanh = parseScope("phường Ninh Thạnh, thành phố Tây Ninh, tỉnh Tây Ninh");
    const names = (text: string) => readUnitField(text, "lead", ninhThanh).map((u) => u.name);
    expect(names("các cơ quan, đơn vị trường học và các hộ dân trên địa bàn phường Ninh Thạnh")).toEqual(["Các cơ quan, đơn vị trường học trên địa bàn phường Ninh Thạnh", "Các hộ dân trên địa bàn phường Ninh Thạnh"]);
    expect(names("thủ trưởng các cơ quan, đơn vị, ban ấp và các hộ dân trên địa bàn xã")).toEqual(["Các cơ quan, đơn vị, ban ấp trên địa bàn xã", "Các hộ dân trên địa bàn xã"]);
    expect(names("Sở Tư pháp và các cơ quan trên địa bàn tỉnh")).toEqual(["Sở Tư pháp tỉnh Tây Ninh", "Các cơ quan trên địa bàn tỉnh"]);
    expect(readUnitField("Phó giám đốc Hoàng Văn Thuân, Phó giám đốc Nguyễn Đình Chiến", "lead", ninhThanh)).toMatchObject([{ post: true }]);
  });

  it("keeps the names that hold a verb's word whole, and reads posts of several people as several", () => {
    const xa = parseScope("xã Lương Minh, tỉnh Quảng Ninh");
    const names = (text: string) => readUnitField(text, "lead", xa).map((u) => u.name);
    expect(names("Ban chỉ huy quân sự xã")[0]).toMatch(/^Ban Chỉ huy Quân sự xã/u);
    expect(names("Hội đồng chấm thi")[0]).toMatch(/^Hội đồng chấm thi/u);
    expect(names("Tổ đón tiếp")[0]).toMatch(/^Tổ đón tiếp/u);
    expect(names("Đồng chí Bí thư Đảng ủy, Chủ tịch UBND xã")).toHaveLength(2);
    expect(canonicalUnit("Ủy ban Trung ương MTTQ Việt Nam", null)!.name).toBe("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam");
    expect(names("Đảng ủy, UBND, các ban, ngành trên địa bàn xã Lương Minh")).toEqual(["Đảng ủy xã Lương Minh", "Ủy ban nhân dân xã Lương Minh", "Các ban, ngành trên địa bàn xã Lương Minh"]);
  });

  it("reads a city's lists: the sectors' bodies as one collective, a named body after a collective as its own, a duty's scope as no part of a name", () => {
    const hcm = parseScope("thành phố Hồ Chí Minh");
    const names = (text: string) => readUnitField(text, "lead", hcm).map((u) => `${u.name}${u.collective ? " [c]" : ""}`);
    expect(names("Sở Tư pháp và các sở, ban, ngành Thành phố, Đài Phát thanh và Truyền hình Thành phố, cơ quan thông tấn báo chí và Ủy ban nhân dân xã, phường, đặc khu")).toEqual([
      "Sở Tư pháp thành phố Hồ Chí Minh", "Các sở, ban, ngành Thành phố [c]", "Đài Phát thanh - Truyền hình thành phố Hồ Chí Minh", "Cơ quan thông tấn báo chí [c]", "Ủy ban nhân dân xã, phường, đặc khu [c]",
    ]);
    expect(names("Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố")).toEqual(["Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố [c]"]);
    expect(names("Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ của mình và các cơ quan, tổ chức khác có liên quan")).toEqual(["Sở Nội vụ thành phố Hồ Chí Minh", "Các sở, ban, ngành Thành phố [c]", "Các cơ quan, tổ chức khác có liên quan [c]"]);
    expect(names("Ủy ban nhân dân phường, xã, đặc khu")).toEqual(["Ủy ban nhân dân phường, xã, đặc khu [c]"]);
    expect(names("Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này")).toEqual(["Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này [c]"]);
    expect(names("Sở Tài chính, trên cơ sở đề xuất của các cơ quan")).toEqual(["Sở Tài chính thành phố Hồ Chí Minh"]);
  });

  it("gives no province to a national body's regional branch, keeps the merged office of deputies whole, and reads generic forces as collectives", () => {
    const tinh = parseScope("tỉnh Nghệ An");
    const names = (text: string) => readUnitField(text, "lead", tinh).map((u) => `${u.name}${u.collective ? " [c]" : ""}`);
    expect(names("Kho bạc nhà nước khu vực XI, Chi cục Hải quan khu vực XI, Ngân hàng nhà nước khu vực 8")).toEqual(["Kho bạc nhà nước khu vực XI", "Chi cục Hải quan khu vực XI", "Ngân hàng nhà nước khu vực 8"]);
    expect(names("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh")).toEqual(["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Nghệ An"]);
    expect(names("lực lượng chức năng")).toEqual(["Lực lượng chức năng [c]"]);
    expect(names("cấp trên")).toEqual(["Cấp trên [c]"]);
    const xa = parseScope("xã Lương Minh, tỉnh Quảng Ninh");
    expect(readUnitField("người đứng đầu Đảng ủy cấp xã", "lead", xa).map((u) => u.name)).toEqual(["Đảng ủy xã Lương Minh"]);
  });

  it("ends a partner's name at the work of a relief plan (`huy động`, `dựng`), never inside `Sở Xây dựng`", () => {
    const tinh = parseScope("tỉnh Đắk Lắk");
    const plan = readPlan(["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "KẾ HOẠCH", "Hỗ trợ nhu yếu phẩm", "I. NHIỆM VỤ", "1. Bộ Chỉ huy Quân sự tỉnh", "- Phối hợp UBND các xã, phường dựng nhà bạt, bố trí điểm lưu trú tạm thời.", "2. Công an tỉnh", "- Phối hợp các lực lượng và UBND các xã, phường huy động ca nô, xuồng máy."].join("\n"));
    expect(plan.tasks.map((t) => t.units.filter((u) => u.role === "support").map((u) => u.name))).toEqual([["Ủy ban nhân dân các xã, phường"], ["Các lực lượng", "Ủy ban nhân dân các xã, phường"]]);
    expect(readUnitField("Sở Xây dựng", "lead", tinh).map((u) => u.name)).toEqual(["Sở Xây dựng tỉnh Đắk Lắk"]);
  });

  it("names a board after the event its title organizes first, never a holiday named later, and keeps quoted names whole", () => {
    expect(eventOfTitle("Tuyên truyền kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước")).toBeNull();
    expect(eventOfTitle("Tổ chức Cuộc thi “Tìm hiểu 95 năm lịch sử Đảng” năm 2025")).toBe("Cuộc thi “Tìm hiểu 95 năm lịch sử Đảng”");
  });

  it("reads a second kind inside a collective as a collective of its own, and `và` before a post as two mentions", () => {
    const hcm = parseScope("thành phố Hồ Chí Minh");
    const names = (text: string) => readUnitField(text, "lead", hcm).map((u) => u.name);
    expect(names("Các trường THPT, trung tâm GDTX, trung tâm GDNN - GDTX")).toEqual(["Các trường Trung học phổ thông", "Các trung tâm Giáo dục thường xuyên", "Các trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"]);
    expect(names("các tổ chức chính trị - xã hội, tổ chức thành viên của Mặt trận")).toEqual(["Các tổ chức chính trị - xã hội", "Các tổ chức thành viên của Mặt trận"]);
    // A kind word with its own noun is the same list: `trường học`, `bệnh viện`.
    expect(names("Các cơ quan, đơn vị, trường học, bệnh viện")).toEqual(["Các cơ quan, đơn vị, trường học, bệnh viện"]);
    expect(names("Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường")).toEqual(["Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"]);
    expect(readUnitField("cố vấn học tập và cán bộ phụ trách lớp", "lead", hcm).map((u) => [u.name, u.collective])).toEqual([["Cố vấn học tập", true], ["Cán bộ phụ trách lớp", true]]);
    const giaPho = parseScope("xã Gia Phố, huyện Hương Khê, tỉnh Hà Tĩnh");
    expect(readUnitField("các đơn vị thôn, hiệu trưởng các trường và trạm Y tế xã", "lead", giaPho).map((u) => u.name)).toEqual(["Các đơn vị thôn", "Các trường", "Trạm Y tế xã Gia Phố"]);
    expect(readUnitField("Tất cả các cơ quan, các thôn, các hộ gia đình", "lead", giaPho).map((u) => u.name)).toEqual(["Các cơ quan", "Các thôn", "Các hộ gia đình"]);
    expect(readUnitField("toàn thể Cán bộ, Công chức, Ban, ngành, Đoàn thể, người lao động và nhân dân trên địa bàn phường", "lead", giaPho)).toHaveLength(1);
    // Named bodies in capitals after a collective stay named bodies; a post after a department is no department.
    const lamHa = parseScope("huyện Lâm Hà, tỉnh Lâm Đồng");
    const inLamHa = (text: string) => readUnitField(text, "lead", lamHa).map((u) => u.name);
    expect(inLamHa("Các trường, Phòng GDĐT")).toEqual(["Các trường", "Phòng Giáo dục và Đào tạo huyện Lâm Hà"]);
    expect(inLamHa("Tất cả cán bộ, đảng viên, Hội Cựu chiến binh")).toHaveLength(2);
    expect(inLamHa("Phòng Nội vụ và Chủ tịch UBND các xã, thị trấn")).toEqual(["Phòng Nội vụ huyện Lâm Hà", "Ủy ban nhân dân các xã, thị trấn"]);
    expect(inLamHa("Huyện Đoàn Lâm Hà")).toEqual(["Huyện Đoàn Lâm Hà"]);
    // A commune named alone as who acts is its People's Committee; a body `được kiểm tra` keeps its words.
    expect(readUnitField("Xã Đam Rông 3", "lead", parseScope("tỉnh Lâm Đồng")).map((u) => u.name)).toEqual(["Ủy ban nhân dân xã Đam Rông 3"]);
    expect(readUnitField("Các cơ quan, đơn vị được kiểm tra", "lead", parseScope("tỉnh Lâm Đồng")).map((u) => u.name)).toEqual(["Các cơ quan, đơn vị được kiểm tra"]);
  });

  it("reads `hoặc` as `và` between bodies, and one person's several posts as the last one's body", () => {
    const luongMinh = parseScope("xã Lương Minh, tỉnh Quảng Ninh");
    const names = (text: string) => readUnitField(text, "lead", luongMinh).map((u) => u.name);
    expect(names("Tổ bầu cử hoặc Ủy ban Bầu cử xã")).toEqual(["Tổ bầu cử xã Lương Minh", "Ủy ban Bầu cử xã Lương Minh"]);
    expect(names("Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Uỷ ban MTTQ Việt Nam xã")).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"]);
    expect(names("Đồng chí Phó Chủ tịch Thường trực Ủy ban MTTQ xã")).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"]);
    expect(names("Các đồng chí Phó Chủ tịch, Trưởng đoàn thể xã")).toHaveLength(2);
  });

  it("names the Front by its committee's full name however it is shortened; a collective keeps its words, MTTQ written out", () => {
    const luongMinh = parseScope("xã Lương Minh, tỉnh Quảng Ninh");
    expect(canonicalUnit("Cơ quan Ủy ban Mặt trận Tổ quốc xã", luongMinh)!.name).toBe("Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh");
    expect(canonicalUnit("Mặt trận Tổ quốc xã", luongMinh)!.name).toBe("Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh");
    expect(canonicalUnit("Ban Công tác Mặt trận thôn", luongMinh)!.name).toBe("Ban Công tác Mặt trận thôn");
    expect(canonicalUnit("Các tổ chức thành viên của MTTQ xã", luongMinh)!.name).toBe("Các tổ chức thành viên của Ủy ban Mặt trận Tổ quốc Việt Nam xã");
    expect(canonicalUnit("Các tổ chức thành viên của Mặt trận Tổ quốc xã", luongMinh)!.name).toBe("Các tổ chức thành viên của Mặt trận Tổ quốc xã");
  });

  it("reads people by their post: a post with its body is the body, a post alone is marked for the plan to place", () => {
    const luongMinh = parseScope("xã Lương Minh, tỉnh Quảng Ninh");
    expect(canonicalUnit("các đồng chí Chuyên viên cơ quan MTTQ xã", luongMinh)!.name).toBe("Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh");
    expect(canonicalUnit("Trưởng đoàn thể xã", luongMinh)).toMatchObject({ name: "Các đoàn thể xã", collective: true });
    expect(canonicalUnit("Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát", luongMinh)).toMatchObject({ post: true });
    expect(canonicalUnit("Chủ tịch UBND xã", luongMinh)).toMatchObject({ name: "Ủy ban nhân dân xã Lương Minh" });
    expect(canonicalUnit("Chủ tịch UBND xã", luongMinh)!.post).toBeUndefined();
  });

  it("lets a body that does its own work take what its plan gives to no one, never one that hands the work out", () => {
    expect(doesUnassignedWork("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "Kiểm tra, giám sát công tác bầu cử")).toBe(true);
    expect(doesUnassignedWork("Tiểu ban Thông tin, tuyên truyền, khánh tiết Ủy ban bầu cử xã Phố Bảng", "Tuyên truyền bầu cử")).toBe(true);
    expect(doesUnassignedWork("Ban Thường vụ Đoàn Trường Trung học phổ thông Lộc Ninh", "Du khảo về nguồn")).toBe(true);
    expect(doesUnassignedWork("Ủy ban nhân dân tỉnh Nghệ An", "Phát triển hệ thống sóng viễn thông 5G")).toBe(false);
    expect(doesUnassignedWork("Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh", "Cuộc thi sáng tạo nội dung")).toBe(false);
    expect(doesUnassignedWork("Ban Thường vụ Huyện ủy Tam Đường", "Tuyên truyền kỷ niệm các sự kiện lịch sử")).toBe(false);
    expect(doesUnassignedWork("Trường Trung học phổ thông Phước Bửu", "Cuộc thi học sinh với ý tưởng khởi nghiệp")).toBe(false);
    // A schedule of the issuer's own appointments is its own work, whoever issues it.
    expect(doesUnassignedWork("Hội đồng nhân dân huyện Ngân Sơn", "Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn")).toBe(true);
  });

  it("keeps the work a collective is named by (`được giao chủ trì`, `tham gia khảo sát`), never a single body's duty", () => {
    const names = (text: string) => readUnitField(text, "lead", parseScope("tỉnh Nghệ An")).map((u) => u.name);
    expect(names("Các cơ quan, đơn vị được giao chủ trì")).toEqual(["Các cơ quan, đơn vị được giao chủ trì"]);
    expect(names("Các khoa tham gia khảo sát")).toEqual(["Các khoa tham gia khảo sát"]);
    expect(names("các tổ chức cung cấp dịch vụ chi trả")).toEqual(["Các tổ chức cung cấp dịch vụ chi trả"]);
    // The duty's verb after the qualifier ends the name; a manner or a further verb is the duty itself.
    expect(names("Các cơ quan, đơn vị được giao chủ trì có trách nhiệm báo cáo")).toEqual(["Các cơ quan, đơn vị được giao chủ trì"]);
    expect(names("Các sở, ngành tham gia tuyên truyền về bầu cử")).toEqual(["Các sở, ngành"]);
    expect(names("Các đơn vị tham gia đầy đủ, đúng giờ")).toEqual(["Các đơn vị"]);
    expect(names("Sở Y tế được giao chủ trì thực hiện")).toEqual(["Sở Y tế tỉnh Nghệ An"]);
  });


  it("reads `bà con Nhân dân` (the folk) as a collective, never a Mrs. Con", () => {
    expect(readUnitField("bà con Nhân dân", "support", parseScope("xã Vinh Hiền, tỉnh Thừa Thiên Huế")).map((u) => [u.name, u.collective])).toEqual([["Bà con Nhân dân", true]]);
  });

  it("gives each place a list names its own body, counted or with a colon (`Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, …`)", () => {
    const dongThap = parseScope("tỉnh Đồng Tháp");
    const names = (text: string) => readUnitField(text, "lead", dongThap).map((u) => u.name);
    const each = ["Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền", "Ủy ban nhân dân xã Gò Công Đông"];
    expect(names("Ủy ban nhân dân 03 xã: Gia Thuận, Tân Điền, Gò Công Đông")).toEqual(each);
    expect(names("Ủy ban nhân dân các xã: Gia Thuận, Tân Điền và Gò Công Đông")).toEqual(each);
  });

  it("reads a kind of body written without a name, and a force, as every body of the kind (`Doanh nghiệp`, `Viện, Trường`, `lực lượng xung kích`)", () => {
    const dongThap = parseScope("tỉnh Đồng Tháp");
    const read = (text: string) => readUnitField(text, "lead", dongThap).map((u) => [u.name, u.collective]);
    expect(read("Doanh nghiệp")).toEqual([["Doanh nghiệp", true]]);
    expect(read("Viện, Trường; Doanh nghiệp")).toEqual([["Viện, Trường", true], ["Doanh nghiệp", true]]);
    expect(read("doanh nghiệp, viện nghiên cứu, trường đại học")).toEqual([["Doanh nghiệp", true], ["Viện nghiên cứu", true], ["Trường đại học", true]]);
    expect(read("chính quyền địa phương, lực lượng xung kích")).toEqual([["Chính quyền địa phương", true], ["Lực lượng xung kích", true]]);
    expect(read("Công an, lực lượng Hải quan")).toEqual([["Công an tỉnh Đồng Tháp", false], ["Lực lượng Hải quan", true]]);
    expect(read("các doanh nghiệp viễn thông, doanh nghiệp công nghệ thông tin")).toEqual([["Các doanh nghiệp viễn thông", true], ["Các doanh nghiệp công nghệ thông tin", true]]);
    // A name in capitals after the kind is one body; so is a body of a level (`Viện kiểm sát nhân dân tỉnh`).
    expect(read("Trường THPT Cao Lãnh 2")).toEqual([["Trường Trung học phổ thông Cao Lãnh 2", false]]);
    expect(read("Viện kiểm sát nhân dân tỉnh")).toEqual([["Viện kiểm sát nhân dân tỉnh Đồng Tháp", false]]);
    // Forces listed among generic bodies stay in their collective.
    expect(read("các cơ quan, đơn vị, lực lượng vũ trang")).toEqual([["Các cơ quan, đơn vị, lực lượng vũ trang", true]]);
  });
  it("reads election bodies, generic lists and a body named with the plan's place", () => {
    const luongMinh = parseScope("xã Lương Minh, tỉnh Quảng Ninh");
    expect(canonicalUnit("Ủy ban Bầu cử xã Lương Minh", luongMinh)!.name).toBe("Ủy ban Bầu cử xã Lương Minh");
    expect(canonicalUnit("Hội đồng bầu cử Quốc gia", luongMinh)).toMatchObject({ name: "Hội đồng bầu cử Quốc gia", scope: "Trung ương" });
    expect(readUnitField("cơ quan, tổ chức, đơn vị quản lý người ứng cử", "lead", luongMinh).map((u) => [u.name, u.collective])).toEqual([["Cơ quan, tổ chức, đơn vị quản lý người ứng cử", true]]);
    expect(canonicalUnit("Sở Công Thương Lào Cai", parseScope("tỉnh Lào Cai"))!.name).toBe("Sở Công Thương tỉnh Lào Cai");
    expect(canonicalUnit("Đại diện Lãnh đạo Sở GD&ĐT TP.HCM", parseScope("thành phố Hồ Chí Minh"))!.name).toBe("Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh");
  });

  it("reads a person's posts for their body, and the heads of villages as the villages", () => {
    const names = (text: string, scope: string) => readUnitField(text, "lead", parseScope(scope)).map((u) => u.name);
    expect(names("Đồng chí Nguyễn Ngọc Phúc - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", "tỉnh Lâm Đồng")).toEqual(["Ủy ban nhân dân tỉnh Lâm Đồng"]);
    expect(names("Đồng chí Thượng tướng Nguyễn Văn Long, Thứ trưởng Bộ Công an", "tỉnh Lâm Đồng")).toEqual(["Bộ Công an"]);
    expect(names("Phó Thủ tướng Chính phủ", "tỉnh Lâm Đồng")).toEqual(["Chính phủ"]);
    expect(names("Chủ tịch, Phó Chủ tịch UBND xã", "xã Lương Minh, tỉnh Quảng Ninh")).toEqual(["Ủy ban nhân dân xã Lương Minh"]);
    expect(names("Bí thư chi bộ, Trưởng thôn", "xã Lương Minh, tỉnh Quảng Ninh")).toEqual(["Các chi bộ", "Các thôn"]);
    expect(names("Trưởng thôn, Tổ Trưởng tổ dân phố", "xã Phúc Thịnh, tỉnh Tuyên Quang")).toEqual(["Các thôn", "Các tổ dân phố"]);
  });

  it("reads the heads of each kind of body in a row as one collective, and a head named by the body's kind as that body", () => {
    const names = (text: string, scope: string) => readUnitField(text, "lead", parseScope(scope)).map((u) => u.name);
    expect(names("Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường", "tỉnh Lào Cai")).toEqual(["Các Sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường"]);
    expect(names("Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh, UBND các xã, phường", "tỉnh Nghệ An")).toEqual(["Các Sở, ngành, cơ quan cấp tỉnh", "Ủy ban nhân dân các xã, phường"]);
    expect(names("HT các trường học", "xã Gia Phố, tỉnh Hà Tĩnh")).toEqual(["Các trường học"]);
    // The national formula of a Prime Minister's decision, and the provinces' chairmen after it.
    expect(names("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Trung ương")).toEqual([
      "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
      "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]);
    expect(readUnitField("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "lead", parseScope("Trung ương"))[0]!.collective).toBe(true);
    expect(names("Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các cơ quan báo chí khác", "Trung ương")).toEqual(["Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "Các cơ quan báo chí khác"]);
    expect(names("Sở, ban ngành liên quan", "thành phố Cần Thơ")).toEqual(["Sở, ban ngành liên quan"]);
    expect(unitsOfLine({ text: "Phòng QLNL", context: { scope: "tỉnh Lào Cai", issuer: "Sở Công Thương tỉnh Lào Cai" } })).toMatchObject({ units: [{ name: "Phòng Quản lý năng lượng Sở Công Thương tỉnh Lào Cai" }] });
    expect(readUnitField("Sở Y tế, địa phương", "lead", parseScope("thành phố Cần Thơ")).map((u) => [u.name, u.collective])).toEqual([["Sở Y tế thành phố Cần Thơ", false], ["Địa phương", true]]);
    expect(readUnitField("tổ chức chính trị - xã hội tại địa phương", "lead", parseScope("thành phố Cần Thơ")).map((u) => [u.name, u.collective])).toEqual([["Tổ chức chính trị - xã hội tại địa phương", true]]);
    expect(names("Chủ tịch Ủy ban nhân dân thành phố xem xét tặng Bằng khen", "thành phố Cần Thơ")).toEqual(["Ủy ban nhân dân thành phố Cần Thơ"]);
    expect(names("Cục Thuế có kế hoạch nâng cấp hệ thống", "Trung ương")).toEqual(["Cục Thuế"]);
    expect(names("Đội trưởng Đội Quản lý thị trường số 2", "tỉnh Nghệ An")).toEqual(["Đội Quản lý thị trường số 2 tỉnh Nghệ An"]);
  });

  it("reads a commune's Ban Công tác Mặt trận as the committees of its villages, as written", () => {
    const luongMinh = parseScope("xã Lương Minh, tỉnh Quảng Ninh");
    expect(canonicalUnit("Trưởng Ban công tác Mặt trận", luongMinh)).toMatchObject({ name: "Ban Công tác Mặt trận các thôn", collective: true });
    expect(canonicalUnit("Ban CTMT thôn", luongMinh)).toMatchObject({ name: "Ban Công tác Mặt trận thôn", collective: true });
    expect(canonicalUnit("Ban Công tác Mặt trận thôn Đồng Dọng", luongMinh)).toMatchObject({ name: "Ban Công tác Mặt trận thôn Đồng Dọng", collective: false });
  });

  it("reads the same level (cùng cấp) and a named level above as the plan's own places", () => {
    const names = (text: string) => readUnitField(text, "lead", parseScope("xã Lương Minh, tỉnh Quảng Ninh")).map((u) => u.name);
    expect(names("Ủy ban bầu cử cùng cấp và Ban Thường trực Ủy ban MTTQ Việt Nam cấp tỉnh")).toEqual(["Ủy ban bầu cử xã Lương Minh", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh"]);
    expect(names("cấp ủy cùng cấp")).toEqual(["Đảng ủy xã Lương Minh"]);
  });

  it("distributes a body over the provinces and cities a list names after it", () => {
    expect(readUnitField("UBND các địa phương: Nghệ An; Điện Biên, TP Hồ Chí Minh", "lead", parseScope("Trung ương")).map((u) => u.name)).toEqual(["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Điện Biên", "Ủy ban nhân dân thành phố Hồ Chí Minh"]);
  });

  it("reads the heads of generic bodies as the bodies, all of them", () => {
    const units = (text: string) => readUnitField(text, "lead", parseScope("xã Lương Minh, tỉnh Quảng Ninh")).map((u) => [u.name, u.collective]);
    expect(units("người đứng đầu cơ quan, tổ chức, đơn vị")).toEqual([["Các cơ quan, tổ chức, đơn vị", true]]);
    expect(units("Ban lãnh đạo cơ quan, tổ chức")).toEqual([["Ban lãnh đạo các cơ quan, tổ chức", true]]);
  });

  it("keeps collective mentions collective, scoped to the plan", () => {
    const unit = canonicalUnit("Các đơn vị có liên quan", parseScope("huyện Phong Thổ"))!;
    expect(unit).toMatchObject({ collective: true, name: "Các đơn vị có liên quan", slug: "cac-don-vi-co-lien-quan-huyen-phong-tho" });
  });
});

describe("corrections", () => {
  it("map merged and renamed units in every plan read later", () => {
    const plan = {
      scope: null, number: null, issuer: null, place: null, issued: null, title: "t", signer: null, recipients: [], occasions: [], ceremony: null, warnings: [], coverage: 1,
      tasks: [{ id: "1", title: "x", section: "", lines: [1, 1] as [number, number], timing: [], units: [
        { name: "A", slug: "a", role: "lead" as const, collective: false, scope: null, written: "A" },
        { name: "B", slug: "b", role: "lead" as const, collective: false, scope: null, written: "B" },
      ] }],
      units: [{ name: "A", slug: "a", scope: null, aliases: [], collective: false }, { name: "B", slug: "b", scope: null, aliases: [], collective: false }],
    };
    const corrected = applyCorrections(plan, { merges: new Map([["a", "b"]]), renames: new Map([["b", "Bê"]]) });
    expect(corrected.tasks[0]!.units.map((u) => [u.slug, u.name])).toEqual([["b", "Bê"]]);
    expect(corrected.units).toEqual([{ name: "Bê", slug: "b", scope: null, aliases: ["A", "B"], collective: false }]);
  });
});

describe("normalization properties", () => {
  const names = jsonl<{ text: string; context: { scope: string } }>("unit-variants.jsonl");
  const oldStyle = (text: string) =>
    text.normalize("NFD").replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])(?![\p{L}\p{M}])/gu, "$1$3$2").replace(/(?<![qQ])([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])(?![\p{L}\p{M}])/gu, "$1$3$2").normalize("NFC");

  it("is idempotent: a canonical name canonicalizes to itself", () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), ({ text, context }) => {
        const scope = parseScope(context.scope);
        const once = canonicalUnit(text, scope)!;
        const twice = canonicalUnit(once.name, scope)!;
        return twice.name === once.name && twice.slug === once.slug && cleanMention(cleanMention(text)) === cleanMention(text);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it("gives the same slug in both tone styles, NFD and any spacing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom("nfd", "old", "spaces"), ({ text, context }, how) => {
        const scope = parseScope(context.scope);
        const variant = how === "nfd" ? text.normalize("NFD") : how === "old" ? oldStyle(text) : ` ${text.replace(/ /g, "  ")} `;
        return canonicalUnit(variant, scope)!.slug === canonicalUnit(text, scope)!.slug;
      }),
      { numRuns: 2000, seed: 4 },
    );
  });
});

describe("names that are names of JavaScript object properties", () => {
  it("are looked up in the dictionaries as names, not as inherited properties", () => {
    expect(canonicalUnit("Constructor", null)?.name).toBe("Constructor");
    // `toString` is also two words fused by text extraction, as `PhongThổ` is.
    expect(canonicalUnit("Ban toString", null)?.name).toBe("Ban To String");
    expect(canonicalUnit("Hasownproperty huyện", null)?.name).toBe("Hasownproperty huyện");
  });
});

describe("dictionary keys", () => {
  it("are the folded words of a name without `và` and punctuation, whatever the characters", async () => {
    const { unitKey } = await import("../../src/units/canonical.ts");
    const { foldKey } = await import("../../src/text/normalize.ts");
    const reference = (text: string) => foldKey(text).replace(/[^a-z0-9 ]+/g, " ").replace(/(?<![a-z])va(?![a-z])/g, " ").replace(/\s+/g, " ").trim();
    const pieces = ["va", "và", "Va", " ", "-", "2", "ab", "Sở", "(", ",", "VA", "vă", "\t", "đ", "\u0301", "ﬁ", "a", "v"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join("")), (text) => unitKey(text) === reference(text)), { numRuns: 20_000, seed: 11 });
    expect(unitKey("Sở Văn hoá, Thể thao và Du lịch")).toBe("so van hoa the thao du lich");
  });
});

describe("where abbreviations can stand", () => {
  it("every abbreviation in capitals starts with two capitals or is P. / Q., and those in any case are UBND, HĐND, MTTQ", () => {
    for (const [pattern] of ABBREVIATIONS) {
      if (pattern.ignoreCase) expect(["UBND", "HĐND", "MTTQ"]).toContain(pattern.source);
      else expect(pattern.source).toMatch(/^([A-ZĐ][A-ZĐ]|[PQ]\\\.)/);
    }
  });

  it("is found in every text an abbreviation matches", () => {
    const unit = fc.constantFrom(..."UBNDHĐMTQVPbnđmtqu &-,. ", "LĐ", "TB", "XH", "Ubnd", "hđnd", "Mttq", "VH", "TT", "P.", "Q.", "Bến");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        const matched = ABBREVIATIONS.some(([pattern]) => new RegExp(pattern.source, pattern.ignoreCase ? "iu" : "u").test(text));
        if (matched) expect(MAY_HOLD_ABBREVIATION.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("posts and parts of the issuer", () => {
  const ofPlan = (text: string, issuer: string, scope: string) => readUnitField(text, "lead", parseScope(scope)).map((u) => ofIssuer(u, issuer, parseScope(scope)).name);
  it("reads a post with the person who holds it as the issuer's body (`Phó giám đốc Hoàng Văn Thuân`, `Hiệu trưởng: Ông Hoàng Hưng`)", () => {
    expect(ofPlan("Phó giám đốc Hoàng Văn Thuân", "Sở Công Thương tỉnh Lào Cai", "tỉnh Lào Cai")).toEqual(["Sở Công Thương tỉnh Lào Cai"]);
    expect(ofPlan("Giám đốc Sở", "Sở Công Thương tỉnh Lào Cai", "tỉnh Lào Cai")).toEqual(["Sở Công Thương tỉnh Lào Cai"]);
    expect(ofPlan("Giám đốc Sở Tư pháp", "Sở Công Thương tỉnh Lào Cai", "tỉnh Lào Cai")).toEqual(["Sở Tư pháp tỉnh Lào Cai"]);
    expect(ofPlan("Hiệu trưởng: Ông Hoàng Hưng", "Trường Trung học phổ thông Phước Bửu", "thành phố Hồ Chí Minh")).toEqual(["Ban Giám hiệu Trường Trung học phổ thông Phước Bửu"]);
  });
  it("reads a school's teachers: a teacher by name is the school, a vice-principal by name its board, `GVCN các lớp` a list's own mention", () => {
    const school = "Trường Trung học phổ thông Đốc Binh Kiều";
    expect(ofPlan("Thầy Lê Thanh Cường", school, "xã Đốc Binh Kiều, tỉnh Đồng Tháp")).toEqual([school]);
    expect(ofPlan("Phó Hiệu trưởng Nguyễn Minh Trí", school, "xã Đốc Binh Kiều, tỉnh Đồng Tháp")).toEqual([`Ban Giám hiệu ${school}`]);
    expect(ofPlan("Ban Giám hiệu, GVCN các lớp", school, "xã Đốc Binh Kiều, tỉnh Đồng Tháp")).toEqual([`Ban Giám hiệu ${school}`, "Giáo viên chủ nhiệm các lớp"]);
  });
  it("reads a hospital's departments, wards and numbered teams as its own, and names a hospital as written", () => {
    const hospital = "Bệnh viện Sản - Nhi Cà Mau";
    expect(ofPlan("Phòng KHTH", hospital, "tỉnh Cà Mau")).toEqual([`Phòng Kế hoạch tổng hợp ${hospital}`]);
    expect(ofPlan("Khoa Dược", hospital, "tỉnh Cà Mau")).toEqual([`Khoa Dược ${hospital}`]);
    expect(ofPlan("Đoàn 01", hospital, "tỉnh Cà Mau")).toEqual([`Đoàn kiểm tra 01 ${hospital}`]);
    expect(ofPlan("Giám đốc Bệnh viện", hospital, "tỉnh Cà Mau")).toEqual([hospital]);
    expect(ofPlan("Sở Y tế", hospital, "tỉnh Cà Mau")).toEqual(["Sở Y tế tỉnh Cà Mau"]);
    // A hospital's place is part of its name: no level word is put in (`Bệnh viện Đa khoa tỉnh …` keeps its own).
    expect(readUnitField("Bệnh viện Sản - Nhi Cà Mau, Bệnh viện Đa khoa tỉnh Cà Mau", "lead", parseScope("tỉnh Cà Mau")).map((u) => u.name)).toEqual([hospital, "Bệnh viện Đa khoa tỉnh Cà Mau"]);
  });
  it("reads a commune's departments (since July 2025) as the commune's, not a district's", () => {
    const commune = "xã Phúc Thịnh, thành phố Hà Nội";
    expect(ofPlan("phòng Kinh tế", "Ủy ban nhân dân xã Phúc Thịnh", commune)).toEqual(["Phòng Kinh tế xã Phúc Thịnh"]);
    expect(ofPlan("Phòng Văn hoá - Xã hội", "Ủy ban nhân dân xã Phúc Thịnh", commune)).toEqual(["Phòng Văn hóa - Xã hội xã Phúc Thịnh"]);
    expect(ofPlan("Phòng Kinh tế, Hạ tầng và Đô thị", "Đảng ủy phường Hồng Ngự", "phường Hồng Ngự, tỉnh Đồng Tháp")).toEqual(["Phòng Kinh tế, Hạ tầng và Đô thị phường Hồng Ngự"]);
    // A department of another name, or in a province's plan, is left as written.
    expect(ofPlan("Phòng Tư pháp", "Ủy ban nhân dân xã Phúc Thịnh", commune)).toEqual(["Phòng Tư pháp"]);
    expect(ofPlan("Phòng Kinh tế", "Ủy ban nhân dân tỉnh Lâm Đồng", "tỉnh Lâm Đồng")).toEqual(["Phòng Kinh tế"]);
  });
  it("reads a team's posts (Trưởng đoàn, Thư ký đoàn kiểm tra) as posts of the plan's body, never the Youth Union, and a Sở's unnamed team as the Sở's", () => {
    expect(ofPlan("Trưởng đoàn", "Sở Công Thương tỉnh Lào Cai", "tỉnh Lào Cai")).toEqual(["Sở Công Thương tỉnh Lào Cai"]);
    expect(ofPlan("Trưởng đoàn/Phó Trưởng đoàn", "Bệnh viện Sản - Nhi Cà Mau", "tỉnh Cà Mau")).toEqual(["Bệnh viện Sản - Nhi Cà Mau"]);
    expect(ofPlan("Đoàn Kiểm tra", "Sở Công Thương tỉnh Lào Cai", "tỉnh Lào Cai")).toEqual(["Đoàn kiểm tra Sở Công Thương tỉnh Lào Cai"]);
    expect(ofPlan("Bí thư Đoàn xã", "Ủy ban nhân dân xã Phúc Thịnh", "xã Phúc Thịnh, thành phố Hà Nội")).toEqual(["Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Phúc Thịnh"]);
  });
  it("reads the names offices write short or the way they say them: a hyphenated ward, the tax office, a ministry, `Giao X`, `Tập thể lãnh đạo X`", () => {
    const lamDong = parseScope("tỉnh Lâm Đồng");
    const names = (text: string) => readUnitField(text, "lead", lamDong).map((u) => u.name);
    expect(names("Phường Xuân Trường - Đà Lạt")).toEqual(["Ủy ban nhân dân phường Xuân Trường - Đà Lạt"]);
    expect(names("cơ quan Thuế, Sở Nông nghiệp và Môi trường")).toEqual(["Thuế tỉnh Lâm Đồng", "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng"]);
    expect(names("Bộ Giáo dục")).toEqual(["Bộ Giáo dục và Đào tạo"]);
    expect(names("Giao Sở Tư pháp")).toEqual(["Sở Tư pháp tỉnh Lâm Đồng"]);
    expect(names("Tập thể lđ UBND tỉnh")).toEqual(["Ủy ban nhân dân tỉnh Lâm Đồng"]);
  });
  it("splits a generic noun after a named body or post into a mention of its own (`Trưởng phòng Quản lý công nghiệp, cá nhân có liên quan`)", () => {
    expect(ofPlan("Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, cá nhân có liên quan", "Sở Công Thương tỉnh Lào Cai", "tỉnh Lào Cai")).toEqual([
      "Văn phòng Sở Công Thương tỉnh Lào Cai", "Phòng Quản lý công nghiệp Sở Công Thương tỉnh Lào Cai", "Cá nhân có liên quan",
    ]);
    expect(readUnitField("Cơ quan, tổ chức, đơn vị", "lead", parseScope("tỉnh Lào Cai")).map((u) => u.name)).toEqual(["Cơ quan, tổ chức, đơn vị"]);
  });
  it("reads the Front's staff as its apparatus (Cơ quan Ủy ban MTTQ), its officers as its committee", () => {
    const front = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh";
    expect(ofPlan("Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội", front, "xã Lương Minh, tỉnh Quảng Ninh")).toEqual(["Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"]);
    expect(ofPlan("Phó Chủ tịch Thường trực", front, "xã Lương Minh, tỉnh Quảng Ninh")).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"]);
    expect(ofPlan("Chuyên viên", "Ủy ban nhân dân xã Lương Minh", "xã Lương Minh, tỉnh Quảng Ninh")).toEqual(["Ủy ban nhân dân xã Lương Minh"]);
  });
  it("reads a person by given name alone (`Đ/c Thanh`) as a person of the plan's body, once for two of them, and `UB MTTQ` as the Front's committee", () => {
    expect(ofPlan("Đ/c Thanh; Đ/C Thân", "Ủy ban nhân dân huyện Đắk Song", "huyện Đắk Song, tỉnh Đắk Nông")).toEqual(["Ủy ban nhân dân huyện Đắk Song", "Ủy ban nhân dân huyện Đắk Song"]);
    expect(unitsOfLine({ text: "Đ/c Thanh; Đ/C Thân", context: { scope: "huyện Đắk Song, tỉnh Đắk Nông", issuer: "Ủy ban nhân dân huyện Đắk Song" } })).toMatchObject({ units: [{ name: "Ủy ban nhân dân huyện Đắk Song" }] });
    expect(readUnitField("Đ/c Thanh", "lead", parseScope("huyện Đắk Song, tỉnh Đắk Nông")).map((u) => u.name)).toEqual(["Đồng chí Thanh"]);
    expect(ofPlan("UB MTTQ Xã", "Ủy ban nhân dân xã Phúc Thịnh", "xã Phúc Thịnh, thành phố Hà Nội")).toEqual(["Ủy ban Mặt trận Tổ quốc Việt Nam xã Phúc Thịnh"]);
  });
  it("reads `phòng thuộc Sở` as each of the issuing Sở's departments", () => {
    const sở = "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh";
    expect(ofPlan("phòng thuộc Sở", sở, "thành phố Hồ Chí Minh")).toEqual(["Các phòng thuộc Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh"]);
    expect(ofPlan("các phòng thuộc Sở", sở, "thành phố Hồ Chí Minh")).toEqual(["Các phòng thuộc Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh"]);
  });
  it("names no unit where the cell sends the reader to another document (`Theo phân công tại Quyết định số 1441/QĐ-UBND …`)", () => {
    expect(readUnitField("Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh", "lead", parseScope("tỉnh Lâm Đồng"))).toEqual([]);
    expect(readUnitField("Theo phân công: Phòng Văn hóa - Thông tin, Công an huyện", "lead", parseScope("huyện Lộc Ninh")).map((u) => u.name)).toEqual(["Phòng Văn hóa và Thông tin huyện Lộc Ninh", "Công an huyện Lộc Ninh"]);
  });
  it("leaves `Các Sở` of another plan's kind alone in a Sở's plan, and `VH-TT` before UBND a sector's words", () => {
    expect(ofPlan("Các Sở", "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", "tỉnh Đồng Tháp")).toEqual(["Các Sở"]);
    expect(ofPlan("Phòng VH-TT UBND huyện", "Ủy ban nhân dân huyện Đắk Song", "huyện Đắk Song")[0]).toMatch(/^Phòng Văn hóa - Thông tin/);
  });
  it("names a university's offices, faculties and centres with the university, abbreviations written out; not the bodies outside it", () => {
    const university = "Trường Đại học Công Thương Thành phố Hồ Chí Minh";
    expect(ofPlan("Trung tâm QLCL", university, "thành phố Hồ Chí Minh")).toEqual(["Trung tâm Quản lý chất lượng Trường Đại học Công Thương thành phố Hồ Chí Minh"]);
    expect(ofPlan("Khoa Công nghệ Cơ khí, Khoa Thương mại", university, "thành phố Hồ Chí Minh")).toEqual(["Khoa Công nghệ Cơ khí Trường Đại học Công Thương thành phố Hồ Chí Minh", "Khoa Thương mại Trường Đại học Công Thương thành phố Hồ Chí Minh"]);
    expect(ofPlan("Sở Giáo dục và Đào tạo", university, "thành phố Hồ Chí Minh")).toEqual(["Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh"]);
    // A high school's plan: `Phòng Giáo dục và Đào tạo` is the district's, not the school's.
    expect(ofPlan("Phòng Giáo dục và Đào tạo huyện", "Trường Trung học cơ sở Tân Lập", "xã Tân Lập, huyện Đan Phượng, thành phố Hà Nội")[0]).not.toMatch(/Trường/);
  });
});
