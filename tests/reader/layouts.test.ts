/**
 * Layouts real documents have beyond the five reference plans: headers in any shape, web-page
 * debris, decisions that carry a plan, plans without the usual parts, tables, appendices.
 */
import { describe, expect, it } from "vitest";
import { docxHtmlToText } from "../../src/reader/docx-html.ts";
import { isFormFurniture, isMemberLine } from "../../src/reader/furniture.ts";
import { readPlan } from "../../src/reader/read.ts";

const facts = (text: string) => {
  const plan = readPlan(text);
  return { number: plan.number, issued: plan.issued, place: plan.place, issuer: plan.issuer, scope: plan.scope, title: plan.title };
};

describe("the header, whatever its shape", () => {
  it("reads number, place and date on one line, the motto interleaved", () => {
    const text = [
      "UBND TỈNH HÀ GIANG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 125/KH-UBND      Hà Giang, ngày 03 tháng 8 năm 2022",
      "KẾ HOẠCH",
      "Triển khai công tác cải cách hành chính năm 2022",
      "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2022 của UBND tỉnh;",
      "I. NỘI DUNG",
      "1. Rà soát thủ tục hành chính",
      "- Thời gian hoàn thành: Quý III/2022.",
    ].join("\n");
    expect(facts(text)).toMatchObject({ number: "125/KH-UBND", issued: "2022-08-03", place: "Hà Giang", issuer: "Ủy ban nhân dân tỉnh Hà Giang", scope: "tỉnh Hà Giang", title: "Triển khai công tác cải cách hành chính năm 2022" });
  });

  it("reads table cells one per line: `Số:` then the number, the date split over two lines", () => {
    const text = ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "-------", "Số:", "45/KH-UBND", "Tân Lập, ngày 09 tháng 6", "năm 2025", "", "KẾ HOẠCH", "Tổ chức Tết Thiếu nhi"].join("\n");
    expect(facts(text)).toMatchObject({ number: "45/KH-UBND", issued: "2025-06-09", place: "Tân Lập", issuer: "Ủy ban nhân dân xã Tân Lập", scope: "xã Tân Lập" });
  });

  // Narrow header cells wrap where they must: the issuer's name, the motto and the date line at any word.
  const wrapped = (issuer: string[], dateLines: string[]) =>
    [...issuer, "--------", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 153/KH-UBND", ...dateLines, "", "KẾ HOẠCH", "Triển khai các dự án"].join("\n");

  it.each([
    [["Nghệ An, ngày 26", "tháng 11 năm 2025"], "Nghệ An", "2025-11-26"],
    [["Cần Thơ, ngày", "17 tháng 11 năm 2025"], "Cần Thơ", "2025-11-17"],
    [["Đồng Tháp,", "ngày 01 tháng 12 năm 2025"], "Đồng Tháp", "2025-12-01"],
    [["Thành phố Hồ", "Chí Minh, ngày 18 tháng 11 năm 2025"], "Thành phố Hồ Chí Minh", "2025-11-18"],
    [["Thành phố Hồ Chí", "Minh, ngày 18 tháng 11 năm 2025"], "Thành phố Hồ Chí Minh", "2025-11-18"],
  ])("reads a date line wrapped as %j", (dateLines, place, issued) => {
    expect(facts(wrapped(["ỦY BAN NHÂN", "DÂN", "THÀNH PHỐ CẦN THƠ"], dateLines))).toMatchObject({ place, issued, number: "153/KH-UBND", issuer: "Ủy ban nhân dân thành phố Cần Thơ", scope: "thành phố Cần Thơ" });
  });

  it.each([
    [["BỘ NÔNG NGHIỆP", "VÀ", "MÔI TRƯỜNG"], "5042/QĐ-BNNMT", "Bộ Nông nghiệp và Môi trường"],
    [["BỘ VĂN HÓA, THỂ", "THAO", "VÀ DU LỊCH"], "4385/QĐ-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"],
    [["THỦ TƯỚNG", "CHÍNH PHỦ"], "2623/QĐ-TTg", "Thủ tướng Chính phủ"],
  ])("reads a national issuer wrapped as %j, its number as written", (issuer, number, name) => {
    const text = [...issuer, "-------", "CỘNG HÒA XÃ", "HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", `Số: ${number}`, "Hà Nội, ngày", "29 tháng 11 năm 2025", "", "QUYẾT ĐỊNH", "Ban hành Kế hoạch triển khai", "Thông tấn xã Việt Nam và các cơ quan báo chí tuyên truyền."].join("\n");
    expect(facts(text)).toMatchObject({ issuer: name, number, scope: "Trung ương", issued: "2025-11-29", place: "Hà Nội" });
  });

  it("names a board of the Party's Central Committee after it, the Party's motto wrapped beside it", () => {
    const text = ["BAN CHẤP HÀNH", "TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "ĐẢNG CỘNG SẢN", "VIỆT NAM", "---------------", "Số: 1147-QĐ/BTGDVTW", "Hà Nội, ngày 01", "tháng 12 năm 2025", "", "QUYẾT ĐỊNH", "Ban hành quy chế"].join("\n");
    expect(facts(text)).toMatchObject({ issuer: "Ban Tuyên giáo và Dân vận Trung ương", number: "1147-QĐ/BTGDVTW", issued: "2025-12-01", scope: "Trung ương" });
  });

  it("writes a Central Highlands name in capitals as a name, never as an abbreviation (`ĐẮK LẮK`, `KRÔNG PẮC`)", () => {
    expect(facts(wrapped(["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"], ["Đắk Lắk, ngày 21", "tháng 11 năm 2025"]))).toMatchObject({ issuer: "Ủy ban nhân dân tỉnh Đắk Lắk", scope: "tỉnh Đắk Lắk", place: "Đắk Lắk", issued: "2025-11-21" });
    expect(facts(wrapped(["ỦY BAN NHÂN DÂN", "XÃ KRÔNG PẮC"], ["Krông Pắc, ngày 02 tháng 12 năm 2025"]))).toMatchObject({ issuer: "Ủy ban nhân dân xã Krông Pắc", scope: "xã Krông Pắc" });
  });

  it("keeps a blank day as the month and a blank number as none", () => {
    const text = ["UBND HUYỆN BẮC SƠN", "Số:      /KH-UBND", "Bắc Sơn, ngày      tháng 02 năm 2024", "KẾ HOẠCH", "Tổ chức các hoạt động"].join("\n");
    expect(facts(text)).toMatchObject({ number: null, issued: "2024-02", place: "Bắc Sơn" });
  });

  it("never takes a web page's publication stamp or a cited document's date for the plan's", () => {
    const text = [
      "Trang chủ > Tin tức > Văn bản",
      "Thứ Tư, 05/03/2025 - 09:12",
      "Lượt xem: 120",
      "ỦY BAN NHÂN DÂN",
      "PHƯỜNG NINH THẠNH",
      "Số: 12/KH-UBND",
      "Ninh Thạnh, ngày 09 tháng 02 năm 2025",
      "KẾ HOẠCH",
      "Treo cờ Tổ quốc dịp Giỗ Tổ Hùng Vương",
      "Thực hiện Kế hoạch số 30/KH-UBND ngày 01/02/2025 của UBND thành phố;",
    ].join("\n");
    expect(facts(text)).toMatchObject({ number: "12/KH-UBND", issued: "2025-02-09", issuer: "Ủy ban nhân dân phường Ninh Thạnh" });
  });

  it("takes the number and date from a page's title when the text has no header", () => {
    const text = ["Kế hoạch tổ chức lễ hội (12/KH-UBND ngày 09/02/2025)", "", "Ủy ban nhân dân xã Hưng Tân thông báo kế hoạch tổ chức lễ hội như sau:", "1. Khai mạc: Ngày 14/9/2025 (Chủ nhật)"].join("\n");
    expect(facts(text)).toMatchObject({ number: "12/KH-UBND", issued: "2025-02-09", issuer: "Ủy ban nhân dân xã Hưng Tân" });
  });

  it("reads the plan a decision carries, and its items with their dates", () => {
    const text = [
      "ỦY BAN NHÂN DÂN", "XÃ HƯNG TÂN", "Số: 88/QĐ-UBND", "Hưng Tân, ngày 20 tháng 8 năm 2025", "QUYẾT ĐỊNH", "Về việc ban hành Kế hoạch tổ chức Đại hội Thể dục thể thao xã",
      "Căn cứ Luật Tổ chức chính quyền địa phương;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Đại hội.", "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
      "KẾ HOẠCH", "Tổ chức Đại hội Thể dục thể thao xã Hưng Tân năm 2025", "(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 20/8/2025)",
      "I. NỘI DUNG", "1. Khai mạc: Ngày 14/9/2025 (Chủ nhật)", "2. Bế mạc: Ngày 21/9/2025 (Chủ nhật)",
    ].join("\n");
    const plan = readPlan(text);
    expect(plan.number).toBe("88/QĐ-UBND");
    expect(plan.title).toBe("Tổ chức Đại hội Thể dục thể thao xã Hưng Tân năm 2025");
    expect(plan.tasks.map((t) => [t.title, t.timing.flatMap((r) => r.items.map((i) => i.start))])).toEqual([
      ["Khai mạc: Ngày 14/9/2025 (Chủ nhật)", ["2025-09-14"]],
      ["Bế mạc: Ngày 21/9/2025 (Chủ nhật)", ["2025-09-21"]],
    ]);
  });
});

describe("the plan's scope from its header", () => {
  const plan = (header: string[], body = ["1. Tổ chức hội trại", "- Thời gian: ngày 10/3/2024."]) =>
    facts([...header, "KẾ HOẠCH", "Tổ chức hội trại năm 2024", "I. NỘI DUNG", ...body].join("\n"));

  it("takes the province of a school's department, the motto run into the same line", () => {
    const header = ["SỞ GDĐT TỈNH ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRƯỜNG THPT CAO LÃNH 2 Độc lập - Tự do - Hạnh phúc", "Số: 58/KH-THPTCL2 Đồng Tháp, ngày 15 tháng 4 năm 2024"];
    expect(plan(header).scope).toBe("tỉnh Đồng Tháp");
  });

  it("takes the district of a school's Youth Union from `HUYỆN ĐOÀN …`, the school's name keeping its own place", () => {
    const header = ["HUYỆN ĐOÀN LỘC NINH            ĐOÀN TNCS HỒ CHÍ MINH", "BTV ĐOÀN TRƯỜNG THPT LỘC NINH", "Số: 09 KH/ĐTN       Lộc Ninh, ngày 10 tháng 3 năm 2024"];
    expect(plan(header)).toMatchObject({ issuer: "Ban Thường vụ Đoàn Trường Trung học phổ thông Lộc Ninh", scope: "huyện Lộc Ninh" });
  });

  it("leaves out the office that stamped the plan received, and keeps the place of a date written by hand", () => {
    const header = ["BỘ CÔNG AN    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỔ CÔNG TÁC LIÊN NGÀNH TW    Độc lập - Tự do - Hạnh phúc", "Số: 996 /KH-TCTLNTW-C04", "Hà Nội, ngày-$4 tháng Q@»ăm 2026", "UBND TỈNH LÂM ĐỒNG", "ĐẾN Số: 1614", "Ngày: 01/3/2026", "Chuyển: P.NC", "Số và ký hiệu HS:"];
    expect(plan(header, ["1. Tổ chức hội trại trên toàn quốc", "- Thời gian: ngày 10/3/2026."])).toMatchObject({ issuer: "Tổ công tác liên ngành TW Bộ Công an", place: "Hà Nội", issued: null, scope: "Trung ương", title: "Tổ chức hội trại năm 2024" });
  });

  it("reads `Thị xã Phước Long` written with a capital as the town, not a commune", () => {
    const header = ["THỊ ĐOÀN PHƯỚC LONG            ĐOÀN TNCS HỒ CHÍ MINH", "Số: 15-KH/ĐT       Phước Long, ngày 24 tháng 02 năm 2024"];
    expect(plan(header, ["1. Tham gia hội trại do Thị xã Phước Long tổ chức", "- Thời gian: ngày 10/3/2024."]).scope).toBe("thị xã Phước Long");
  });

  it("takes a numbered district from the place line (`Quận 6, ngày …`)", () => {
    const header = ["BCH ĐOÀN THPT PHÚ LÂM            ĐOÀN TNCS HỒ CHÍ MINH", "Số: 80/KH-ĐTN       Quận 6, ngày 16 tháng 10 năm 2024"];
    expect(plan(header).scope).toBe("quận 6");
  });

  it("calls a plan of a central body that names no locality national", () => {
    const header = ["BAN CHẤP HÀNH TRUNG ƯƠNG            ĐOÀN TNCS HỒ CHÍ MINH", "Số: 225 - KH/TWĐTN-CTTN       Hà Nội, ngày 16 tháng 5 năm 2024"];
    const body = ["Ban Bí thư Trung ương Đoàn ban hành Kế hoạch tổ chức hội trại, cụ thể như sau:", "1. Tổ chức hội trại", "- Thời gian: ngày 10/6/2024."];
    expect(plan(header, body)).toMatchObject({ issuer: "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", scope: "Trung ương" });
  });
});

describe("the issuer in a header the PDF ran together", () => {
  it("splits a place line run into the body below it, joins a name wrapped over two lines, and names a Sở's centre with its Sở", () => {
    const text = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc TRUNG TÂM THÔNG TIN ________________", "VÀ CHƯƠNG TRÌNH GIÁO DỤC", "Số: 79/TTTT-CTGD Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025", "V/v lịch bồi dưỡng các lớp STEM tháng 12/2025", "1. Lớp 1 ngày 13/12/2025."].join("\n");
    expect(facts(text).issuer).toBe("Trung tâm Thông tin và chương trình giáo dục Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh");
    expect(facts(["BCH QUẬN ĐOÀN QUẬN 6", "BCH ĐOÀN THPT PHÚ LÂM", "KẾ HOẠCH", "Tổ chức Đại hội Đoàn trường", "1. Đại hội ngày 26/10/2019."].join("\n")).issuer).toBe("Ban Chấp hành Đoàn Trường Trung học phổ thông Phú Lâm");
    expect(facts(["BCH QUẬN ĐOÀN – QUÂN 6", "BCH ĐOÀN THPT PHÚ LÂM", "KẾ HOẠCH", "Tổ chức Đại hội Đoàn trường", "1. Đại hội ngày 26/10/2019."].join("\n")).issuer).toBe("Ban Chấp hành Đoàn Trường Trung học phổ thông Phú Lâm");
  });
  it("reads the issuer of a letter without a title whose rows run into the motto (`CỘNG HOÀ`, the accent on the A)", () => {
    const letter = ["UBND TỈNH LÀO CAI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc", "", "Số: 1629 /SCT-CN Lào Cai, ngày 27 tháng 3 năm 2026", "V/v kế hoạch kiểm tra công tác nghiệm thu kho chứa vật liệu nổ công nghiệp", "Kính gửi: Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở", "2. Thời gian kiểm tra: Ngày 31 tháng 03 năm 2026 (thứ Ba)"].join("\n");
    expect(facts(letter)).toMatchObject({ issuer: "Sở Công Thương tỉnh Lào Cai", number: "1629/SCT-CN", issued: "2026-03-27" });
  });
});

describe("the issuer of a notice or a Youth Union plan", () => {
  it("is the body the sentence names, placed where the text says most, written out in full", () => {
    const notice = ["Thông báo thời gian tổ chức Hội thi văn nghệ quần chúng", "Thực hiện Kế hoạch số 327/KH-UBND của Ủy ban nhân dân phường Quyết Tiến về việc tổ chức Hội thi văn nghệ quần chúng phường Quyết Tiến lần thứ IV năm 2022.", "UBND phường trân trọng thông báo tới Nhân dân trên địa bàn phường Quyết Tiến như sau:", "- Khai mạc Hội thi: Từ 7h30 đến 17h00 ngày 29/10/2022."].join("\n");
    expect(facts(notice)).toMatchObject({ issuer: "Ủy ban nhân dân phường Quyết Tiến", scope: "phường Quyết Tiến" });
    const please = ["Thông báo", "Uỷ ban nhân dân phường Thành Phước xin thông báo đến toàn thể nhân dân trên địa bàn phường: Ngày 19/3/2023 tổ chức Ngày chạy Olympic."].join("\n");
    expect(facts(please).issuer).toBe("Ủy ban nhân dân phường Thành Phước");
    const youth = ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN XÃ PHÚC THỊNH", "Số: 05-KH/ĐTN    Phúc Thịnh, ngày 10 tháng 01 năm 2026", "KẾ HOẠCH", "Tổ chức Chiến dịch Xuân tình nguyện năm 2026", "I. NỘI DUNG", "1. Ra quân ngày 20/01/2026."].join("\n");
    expect(facts(youth).issuer).toBe("Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Phúc Thịnh");
  });

  it("is the body that notifies after a clause, or the one a page's title says issued it, never the body of a cited notice", () => {
    const notice = ["Thông báo treo cờ Tết Nguyên đán", "Ngày 15/01/2021 UBND nhận được thông báo số 38/TB-UBND huyện Thống Nhất về việc treo cờ, UBND xã Quang Trung thông báo: Nghỉ Tết từ ngày 10/02/2021."].join("\n");
    expect(facts(notice)).toMatchObject({ issuer: "Ủy ban nhân dân xã Quang Trung", scope: "xã Quang Trung" });
    const page = ["Kế hoạch số 25/KH-UBND về việc tổ chức kỷ niệm các ngày lễ lớn trong năm 2008 do Ủy ban nhân dân huyện Cần Giờ ban hành", "1. Treo cờ ngày 03/02/2008."].join("\n");
    expect(facts(page).issuer).toBe("Ủy ban nhân dân huyện Cần Giờ");
    const office = ["Lịch tiếp công dân năm 2021", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Tây Ninh thông báo lịch tiếp công dân năm 2021 như sau:", "1/. Tháng 01/2021:", "07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;"].join("\n");
    expect(facts(office).issuer).toBe("Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Tây Ninh");
  });
});

describe("a notice without parts", () => {
  it("keeps its numbered items as tasks, the body a sentence assigns (Giao X …), a cited law's year no date", () => {
    const text = ["Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021", "Chủ tịch HĐND huyện Ngân Sơn khóa XIX, nhiệm kỳ 2016-2021 thông báo lịch tiếp công dân như sau:", "1. Tiếp công dân đột xuất trong các trường hợp được quy định tại Luật Tiếp công dân năm 2013.", "2. Giao Uỷ ban nhân dân các xã, thị trấn có trách nhiệm thông báo đến nhân dân."].join("\n");
    const plan = readPlan(text);
    expect(plan.issuer).toBe("Hội đồng nhân dân huyện Ngân Sơn");
    expect(plan.tasks.map((t) => [t.title.slice(0, 30), t.units.map((u) => u.name).join(), t.timing.flatMap((r) => r.items).length])).toEqual([
      ["Tiếp công dân đột xuất trong c", "Hội đồng nhân dân huyện Ngân Sơn", 0],
      ["Giao Ủy ban nhân dân các xã, t", "Ủy ban nhân dân các xã, thị trấn", 0],
    ]);
  });
});

describe("a notice written as paragraphs", () => {
  it("makes each sentence that is dated or names who acts a task", () => {
    const text = ["Thông báo treo Quốc kỳ và lịch nghỉ tết Nguyên đán 2026", "Ủy ban nhân dân xã Nhơn Mỹ thông báo đến toàn thể Nhân dân trên địa bàn xã lịch nghỉ Tết và treo cờ như sau:", "Các cơ quan, đơn vị và hộ dân treo Quốc kỳ từ ngày 16/02/2026 đến hết ngày 20/02/2026. Yêu cầu các hộ dân thực hiện vệ sinh môi trường xung quanh nhà ở. Chúc mừng năm mới an khang."].join("\n");
    expect(readPlan(text).tasks.map((t) => [t.title.slice(0, 30), t.units.map((u) => u.name).join(" | ")])).toEqual([
      ["Các cơ quan, đơn vị và hộ dân ", "Các cơ quan, đơn vị và hộ dân"],
      ["Yêu cầu các hộ dân thực hiện v", "Các hộ dân"],
    ]);
  });
});

describe("a PDF's page furniture", () => {
  it("skips page numbers and reads recipients interleaved with the signature's capitals", () => {
    const text = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG THÁP", "KẾ HOẠCH", "Đón tiếp đoàn kiểm tra", "I. PHÂN CÔNG", "1. Văn phòng Sở", "Chuẩn bị các điều kiện làm việc của Đoàn kiểm tra.", "3", "Nơi nhận:", "KT. GIÁM ĐỐC", "- Ban Giám đốc (để báo cáo);", "PHÓ GIÁM ĐỐC", "- Các trường THPT (để thực hiện);", "- Lưu VT, GDPT."].join("\n");
    const plan = readPlan(text);
    expect(plan.tasks.map((t) => t.title)).toEqual(["Chuẩn bị các điều kiện làm việc của Đoàn kiểm tra"]);
    expect(plan.recipients).toEqual(["Ban Giám đốc (để báo cáo)", "Các trường THPT (để thực hiện)", "Lưu VT, GDPT"]);
  });
});

const UNIVERSITY_HEADER = ["BỘ CÔNG THƯƠNG", "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG", "THÀNH PHỐ HỒ CHÍ MINH", "Số: 753/KH-DCT", "Thành phố Hồ Chí Minh, ngày 23 tháng 6 năm 2026"];

describe("plans written as tables", () => {
  it("makes a task of each row, its cells the fields the header names", () => {
    const text = [
      "KẾ HOẠCH", "Thực hiện chuyển đổi số năm 2026", "II. NHIỆM VỤ",
      "STT\tNội dung\tThời gian hoàn thành\tĐơn vị chủ trì\tĐơn vị phối hợp",
      "1\tXây dựng kho dữ liệu dùng chung\tQuý II/2026\tSở Khoa học và Công nghệ\tCác sở, ban, ngành",
      "2\tĐào tạo kỹ năng số cho công chức\tTháng 9/2026\tSở Nội vụ\t",
    ].join("\n");
    const plan = readPlan(text);
    expect(plan.tasks.map((t) => [t.title, t.timing.flatMap((r) => r.items.map((i) => `${i.kind} ${i.start}`)), t.units.map((u) => `${u.role} ${u.name}`)])).toEqual([
      ["Xây dựng kho dữ liệu dùng chung", ["deadline 2026-06-30"], ["lead Sở Khoa học và Công nghệ", "support Các sở, ban, ngành"]],
      ["Đào tạo kỹ năng số cho công chức", ["deadline 2026-09-30"], ["lead Sở Nội vụ"]],
    ]);
  });

  it("reads one column for both lead and support (`Đơn vị chủ trì/phối hợp`) as the lead first, and a column of dates whose name was not read as the time", () => {
    const text = [
      ...UNIVERSITY_HEADER, "KẾ HOẠCH", "Khảo sát năm 2026", "6. Tiến độ thực hiện",
      "TT\tNội dung công việc\tThời gian thực ngà\tĐơn vị chủ trì/phối hợp",
      "1\tBan hành kế hoạch; rà soát danh sách sinh viên\tTrước ngày 27/6/2026\tPhòng Đào tạo; Trung tâm QLCL",
    ].join("\n");
    const plan = readPlan(text);
    const [task] = plan.tasks;
    expect(task!.timing.flatMap((r) => r.items.map((i) => `${i.kind} ${i.start}`))).toEqual(["deadline 2026-06-26"]);
    expect(task!.units.map((u) => `${u.role} ${u.name}`)).toEqual([`lead Phòng Đào tạo ${plan.issuer}`, `support Trung tâm Quản lý chất lượng ${plan.issuer}`]);
  });

  it("reads a time over two cells as one phrase, and a year the column's name gives", () => {
    const text = ["KẾ HOẠCH", "Phát sóng chuyên mục", "II. LỊCH PHÁT SÓNG", "TT\tNội dung\tGiờ\tThời gian (Năm 2026)", "1\tChuyên mục cải cách hành chính\t20h15\tngày 09/01", "2\tChuyên mục chuyển đổi số\t20h15\tngày 23/01"].join("\n");
    const plan = readPlan(text);
    expect(plan.tasks.map((t) => t.timing.flatMap((r) => r.items.map((i) => `${i.kind} ${i.start}`)))).toEqual([["timed 2026-01-09T20:15+07:00"], ["timed 2026-01-23T20:15+07:00"]]);
  });

  it("keeps a .docx table's rows and cells, a merged cell in every row it covers", () => {
    const html =
      "<p>KẾ HOẠCH</p><table><tr><td><p>TT</p></td><td><p>Nội dung</p></td><td><p>Đơn vị thực hiện</p></td></tr>" +
      '<tr><td><p>1</p></td><td><p>Tuyên truyền</p></td><td rowspan="2"><p>Phòng Văn hóa - Xã hội</p></td></tr>' +
      "<tr><td><p>2</p></td><td><p>Treo cờ</p></td></tr></table>";
    expect(docxHtmlToText(html).split("\n").filter((l) => l.includes("\t"))).toEqual(["TT\tNội dung\tĐơn vị thực hiện", "1\tTuyên truyền\tPhòng Văn hóa - Xã hội", "2\tTreo cờ\tPhòng Văn hóa - Xã hội"]);
  });

  it("reads an appendix's table after the signature", () => {
    const text = ["KẾ HOẠCH", "Kiểm tra an toàn", "I. NỘI DUNG", "1. Tổ chức kiểm tra.", "Nơi nhận:", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thuân", "", "PHÂN CÔNG NHIỆM VỤ", "TT\tNhiệm vụ thực hiện\tNgười thực hiện\tThời gian", "1\tXây dựng bài kiểm tra\tPhòng Quản lý công nghiệp\tTháng 5/2026"].join("\n");
    const plan = readPlan(text);
    expect(plan.signer).toBe("Hoàng Văn Thuân");
    expect(plan.tasks.map((t) => t.title)).toContain("Xây dựng bài kiểm tra");
  });
});

describe("what a plan does not say", () => {
  it("reports a low coverage and a warning when no task came from the document", () => {
    const plan = readPlan(["QUYẾT ĐỊNH", "Về việc kiện toàn Ban Chỉ đạo", "Căn cứ Luật Tổ chức chính quyền địa phương;", "Điều 1. Kiện toàn Ban Chỉ đạo gồm các ông, bà có tên sau.", "Điều 2. Quyết định có hiệu lực kể từ ngày ký."].join("\n"));
    expect(plan.tasks).toEqual([]);
    expect(plan.coverage).toBeLessThan(0.5);
    expect(plan.warnings.map((w) => w.code)).toContain("no-tasks");
  });

  it("leaves a task a people's committee gives to no unit without one (for the organizer to assign), and times the items under a heading that says when", () => {
    const text = ["UBND XÃ PHỐ BẢNG", "KẾ HOẠCH", "Tuyên truyền bầu cử", "II. NỘI DUNG", "2.1. Đợt 1: Trong tháng 12/2025", "- Tuyên truyền Chỉ thị của Bộ Chính trị."].join("\n");
    const task = readPlan(text).tasks[0]!;
    expect(task.units).toEqual([]);
    expect(task.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`))).toEqual(["2025-12-01..2025-12-31"]);
  });

  it("names a subcommittee issuer as its committee's, its name whole, and gives it what no one else is given", () => {
    const text = ["ỦY BAN BẦU CỬ XÃ PHỐ BẢNG", "TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT", "Số: 01/KH-TBTTKT", "Phố Bảng, ngày 10 tháng 12 năm 2025", "KẾ HOẠCH", "Tuyên truyền bầu cử", "II. NỘI DUNG", "1. Trong tháng 12/2025", "- Tuyên truyền Chỉ thị của Bộ Chính trị."].join("\n");
    const plan = readPlan(text);
    expect(plan.issuer).toBe("Tiểu ban Thông tin, tuyên truyền, khánh tiết Ủy ban bầu cử xã Phố Bảng");
    expect(plan.tasks[0]!.units.map((u) => `${u.role} ${u.name}`)).toEqual(["lead Tiểu ban Thông tin, tuyên truyền, khánh tiết Ủy ban bầu cử xã Phố Bảng"]);
  });
});

describe("a plan of many years", () => {
  it("takes its period from the title, never from a school year or a term of office", () => {
    const plan = (title: string) => readPlan(["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 12/KH-UBND    Lâm Đồng, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", title, "I. NỘI DUNG", "1. Báo cáo kết quả thực hiện.", "- Thời gian hoàn thành: Hằng năm."].join("\n"));
    const ends = (title: string) => plan(title).tasks[0]!.timing.flatMap((r) => r.items.map((i) => i.end));
    expect(ends("Cải cách hành chính nhà nước giai đoạn 2026 - 2030 của tỉnh Lâm Đồng")).toEqual(["2030-12-31"]);
    expect(ends("Nhiệm vụ năm học 2026 - 2027")).toEqual(["2026-12-31"]);
  });
});

describe("waves of work", () => {
  it("make each bullet under a wave's lists of contents a task, in the wave's time", () => {
    const text = ["ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "KẾ HOẠCH", "Kiểm tra, giám sát công tác bầu cử", "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", "1. Đợt 1: Từ ngày 05/12/2025 đến ngày 20/02/2026:", "a) Nội dung Kiểm tra (Đối với Ban CTMT các thôn):", "- Kiểm tra việc tổ chức Hội nghị Ban công tác Mặt trận.", "- Kiểm tra việc hướng dẫn người ứng cử hoàn thiện hồ sơ.", "b) Nội dung Giám sát (Đối với UBBC và UBND xã):", "- Giám sát việc lập danh sách cử tri.", "- Giám sát việc giải quyết khiếu nại."].join("\n");
    const tasks = readPlan(text).tasks.filter((t) => /^(Kiểm tra|Giám sát) việc/u.test(t.title));
    expect(tasks.map((t) => [t.title, t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`)).join()])).toEqual([
      ["Kiểm tra việc tổ chức Hội nghị Ban công tác Mặt trận", "2025-12-05..2026-02-20"],
      ["Kiểm tra việc hướng dẫn người ứng cử hoàn thiện hồ sơ", "2025-12-05..2026-02-20"],
      ["Giám sát việc lập danh sách cử tri", "2025-12-05..2026-02-20"],
      ["Giám sát việc giải quyết khiếu nại", "2025-12-05..2026-02-20"],
    ]);
  });
});

describe("a task with its aspects", () => {
  it("is one task when its bullets name aspects, timed by a field whose value is the list under it", () => {
    const text = ["ỦY BAN MTTQ VIỆT NAM PHƯỜNG BẮC CAM RANH", "KẾ HOẠCH", "Kiểm tra, giám sát công tác bầu cử", "III. NỘI DUNG KIỂM TRA, GIÁM SÁT", "2. Kiểm tra việc hiệp thương thỏa thuận về cơ cấu người ứng cử", "- Việc đảm bảo về tiêu chuẩn, cơ cấu, thành phần.", "- Việc bảo đảm quy định về tỷ lệ người ứng cử là phụ nữ.", "* Thời gian thực hiện:", "+ Đợt 1: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025.", "+ Đợt 2: Trong khoảng thời gian từ ngày 02/02/2026 đến ngày 08/02/2026."].join("\n");
    const tasks = readPlan(text).tasks;
    expect(tasks.map((t) => [t.title, t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`)).join(" ")])).toEqual([
      ["Kiểm tra việc hiệp thương thỏa thuận về cơ cấu người ứng cử", "2025-12-01..2025-12-14 2026-02-02..2026-02-08"],
    ]);
  });
});

describe("a programme", () => {
  it("ends its title before the day and the schedule, and times each line on that day", () => {
    const plan = readPlan(["CHƯƠNG TRÌNH", "NGÀY HỘI MỪNG XUÂN BÍNH THÂN 2016", "NGÀY : 29/1/2016", "- Từ 7g30 - 8g10 : Tổ chức phần lễ .", "- Từ 8g15 - 9g : Tổ chức phần hội: Học sinh tham gia các trò chơi dân gian."].join("\n"));
    expect(plan.title).toBe("NGÀY HỘI MỪNG XUÂN BÍNH THÂN 2016");
    expect(plan.tasks.map((t) => t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`)))).toEqual([
      ["2016-01-29T07:30+07:00..2016-01-29T08:10+07:00"],
      ["2016-01-29T08:15+07:00..2016-01-29T09:00+07:00"],
    ]);
  });
});

describe("a schedule by month", () => {
  it("makes each line a task, at its clock time on its day, done by the post it names", () => {
    const plan = readPlan(["Lịch tiếp công dân năm 2021 tại Trụ sở Tiếp công dân tỉnh", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Tây Ninh thông báo lịch tiếp công dân năm 2021 như sau:", "1/. Tháng 01/2021:", "07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;", "07 giờ 30 ngày 21/01/2021 Thường trực HĐND tỉnh;", "07 giờ 30 ngày 28/01/2021 Bí thư Tỉnh ủy."].join("\n"));
    expect(plan.tasks.map((t) => [t.title, t.units.map((u) => u.name).join(), t.timing.flatMap((r) => r.items.map((i) => i.start)).join()])).toEqual([
      ["07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh", "Ủy ban nhân dân tỉnh Tây Ninh", "2021-01-07T07:30+07:00"],
      ["07 giờ 30 ngày 21/01/2021 Thường trực HĐND tỉnh", "Thường trực Hội đồng nhân dân tỉnh Tây Ninh", "2021-01-21T07:30+07:00"],
      ["07 giờ 30 ngày 28/01/2021 Bí thư Tỉnh ủy", "Tỉnh ủy Tây Ninh", "2021-01-28T07:30+07:00"],
    ]);
  });
});

describe("a schedule table of months and days", () => {
  it("dates each row on the days its day column lists in the month its month column names, in the title's year", () => {
    const text = ["Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tây Sơn năm 2025", "Ủy Ban nhân dân xã Tây Sơn thông báo lịch tiếp công năm 2025 như sau:", "I. LỊCH TIẾP CÔNG DÂN", "1. Tiếp công dân định kỳ", "Tháng | Người Tiếp công dân | Chức vụ | Ngày tiếp công dân |", "Tháng 7 | Nguyễn Thị Thống | Chủ tịch | Ngày 03; 10; 17; 24; 31 (Thứ 5) |"].join("\n");
    const row = readPlan(text).tasks.find((t) => t.title === "Nguyễn Thị Thống")!;
    expect(row.units.map((u) => u.name)).toEqual(["Ủy ban nhân dân xã Tây Sơn"]);
    expect(row.timing.flatMap((r) => r.items.map((i) => i.start))).toEqual(["2025-07-03", "2025-07-10", "2025-07-17", "2025-07-24", "2025-07-31"]);
  });
});

describe("who does a task", () => {
  const units = (task: { units: Array<{ role: string; name: string }> }) => task.units.map((u) => `${u.role} ${u.name}`);

  it("gives a duty to the unit it is written under, its partners support, also when it opens with `Phối hợp (với)`", () => {
    const text = ["UBND TỈNH LÂM ĐỒNG", "KẾ HOẠCH", "Tuyên truyền cải cách hành chính năm 2026", "I. NỘI DUNG", "1. Tổ chức cuộc thi trong tháng 5/2026.", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ:", "a) Chủ trì, phối hợp với Sở Tư pháp tổ chức cuộc thi.", "b) Phối hợp với Sở Tài chính bố trí kinh phí.", "c) Phối hợp Sở Y tế và Văn phòng Ủy ban nhân dân tỉnh kiểm tra.", "d) Phối hợp thực hiện các nội dung khác."].join("\n");
    const tasks = readPlan(text).tasks.filter((t) => t.duty);
    expect(tasks.map(units)).toEqual([
      ["lead Sở Nội vụ tỉnh Lâm Đồng", "support Sở Tư pháp tỉnh Lâm Đồng"],
      ["lead Sở Nội vụ tỉnh Lâm Đồng", "support Sở Tài chính tỉnh Lâm Đồng"],
      ["lead Sở Nội vụ tỉnh Lâm Đồng", "support Sở Y tế tỉnh Lâm Đồng", "support Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng"],
      ["lead Sở Nội vụ tỉnh Lâm Đồng"],
    ]);
  });

  it("reads the subject of a heading's sentence, for the heading and the steps under it", () => {
    const text = ["ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "KẾ HOẠCH", "Công tác bầu cử", "II. NỘI DUNG", "4.5. Ban Thường trực Ủy ban MTTQ Việt Nam xã tổ chức hội nghị tiếp xúc cử tri phối hợp với Ủy ban nhân dân xã thực hiện các nội dung sau:", "a) Xây dựng kế hoạch tổ chức hội nghị tiếp xúc cử tri.", "b) Chuẩn bị địa điểm, giấy mời."].join("\n");
    const steps = readPlan(text).tasks.filter((t) => /^(Xây dựng|Chuẩn bị)/u.test(t.title));
    expect(steps.map(units)).toEqual([
      ["lead Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "support Ủy ban nhân dân xã Lương Minh"],
      ["lead Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "support Ủy ban nhân dân xã Lương Minh"],
    ]);
  });

  it("ends a subject at a word of tense or mood, a clause of time or `là`, reads `Tổ …` and the head of a body as subjects, and gives work handed over to who is asked", () => {
    const text = [
      "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH", "KẾ HOẠCH", "Khảo sát của Trường Đại học Công Thương năm 2026", "I. NỘI DUNG",
      "- Bước 1: Tổ kiểm phiếu tiến hành kiểm phiếu, lập biên bản.",
      "- Bước 2: Ban Tổ chức sẽ kiểm tra dữ liệu ngay khi kết thúc chương trình.",
      "- Bước 3: Tổ giúp việc trong quá trình kiểm tra, giám sát ghi biên bản.",
      "- Bước 4: Khoa phổ biến và hướng dẫn cố vấn học tập.",
      "- Bước 5: Trung tâm Quản lý chất lượng là đầu mối theo dõi, đôn đốc.",
      "- Trưởng các đơn vị có liên quan căn cứ Kế hoạch này chủ động phối hợp triển khai.",
      "- Trung tâm kính mong Thủ trưởng các phòng, khoa triển khai nội dung.",
      "- Tiểu ban hậu cần chuẩn bị hội trường.",
    ].join("\n");
    expect(readPlan(text).tasks.map((t) => units(t).join("; "))).toEqual([
      "lead Tổ kiểm phiếu Trường Đại học Công Thương thành phố Hồ Chí Minh",
      "lead Ban Tổ chức Trường Đại học Công Thương thành phố Hồ Chí Minh",
      "lead Tổ giúp việc Trường Đại học Công Thương thành phố Hồ Chí Minh",
      "lead Các khoa",
      "lead Trung tâm Quản lý chất lượng Trường Đại học Công Thương thành phố Hồ Chí Minh",
      "lead Các đơn vị có liên quan",
      "lead Các phòng, khoa",
      "lead Tiểu ban Hậu cần Trường Đại học Công Thương thành phố Hồ Chí Minh",
    ]);
  });

  it("gives support to whom a duty works with anywhere in it, not to whom it reports; the issuing committee named bare is the issuer", () => {
    const text = [
      "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "BAN THƯỜNG TRỰC", "KẾ HOẠCH", "Hiệp thương năm 2026", "I. NỘI DUNG", "1. Hội nghị hiệp thương ngày 05/02/2026.", "II. TỔ CHỨC THỰC HIỆN", "1. Ban Thường trực",
      "- Lồng ghép công tác tuyên truyền vào sinh hoạt; chủ động phối hợp với các tổ chức, đoàn thể trong việc tuyên truyền.",
      "- Chủ động đề nghị và thống nhất với Thường trực Hội đồng nhân dân xã dự kiến phân bổ người ứng cử.",
      "- Định kỳ báo cáo kết quả thực hiện gửi về Ủy ban nhân dân xã.",
    ].join("\n");
    expect(readPlan(text).tasks.filter((t) => t.duty).map((t) => units(t).join("; "))).toEqual([
      "lead Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh; support Các tổ chức, đoàn thể",
      "lead Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh; support Thường trực Hội đồng nhân dân xã Lương Minh",
      "lead Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh",
    ]);
  });

  it("gives a table's rows the subject of the sentence that introduces them as support", () => {
    const text = ["UBND TỈNH LÂM ĐỒNG", "KẾ HOẠCH", "Tuyên truyền năm 2026", "I. NỘI DUNG", "1. Chương trình truyền hình", "Báo và Phát thanh, Truyền hình tỉnh chủ trì, phối hợp với các sở, ngành tổ chức chương trình, gồm các chuyên mục sau:", "TT\tNội dung\tTrách nhiệm thực hiện\tThời gian", "1\tGiải đáp về thủ tục đất đai\tLãnh đạo Sở Nông nghiệp và Môi trường\tNgày 23/01/2026"].join("\n");
    const row = readPlan(text).tasks.find((t) => t.title.startsWith("Giải đáp"))!;
    expect(units(row)).toEqual(["support Báo và Phát thanh, Truyền hình Lâm Đồng", "lead Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng"]);
  });

  it("names a school's boards and Youth Union after the school, and reads duties given to posts", () => {
    const text = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "THÀNH PHỐ HỒ CHÍ MINH", "TRƯỜNG THPT PHƯỚC BỬU", "Số: /KH-THPT.PB Thành Phố Hồ Chí Minh, ngày tháng năm 2025", "KẾ HOẠCH", "Tổ chức Cuộc thi khởi nghiệp cấp trường", "I. NỘI DUNG", "1. Chung kết cấp trường ngày 07/12/2025.", "II. PHÂN CÔNG TRÁCH NHIỆM", "1. Hiệu trưởng: Ông Hoàng Hưng – Chỉ đạo tổng thể, duyệt kinh phí.", "2. Bí thư Đoàn trường: Cù Huy Hoàng – Tuyên truyền, loa phát thanh.", "3. Ban Truyền thông: Hỗ trợ video, link đăng ký."].join("\n");
    const plan = readPlan(text);
    expect({ place: plan.place, issued: plan.issued, scope: plan.scope }).toEqual({ place: "Thành Phố Hồ Chí Minh", issued: null, scope: "thành phố Hồ Chí Minh" });
    expect(plan.tasks.filter((t) => t.duty).map((t) => [t.title, ...units(t)])).toEqual([
      ["Chỉ đạo tổng thể, duyệt kinh phí", "lead Ban Giám hiệu Trường Trung học phổ thông Phước Bửu"],
      ["Tuyên truyền, loa phát thanh", "lead Đoàn Thanh niên Cộng sản Hồ Chí Minh Trường Trung học phổ thông Phước Bửu"],
      ["Hỗ trợ video, link đăng ký", "lead Ban Truyền thông Trường Trung học phổ thông Phước Bửu"],
    ]);
  });

  it("reads fields closing a group of bullets, two on one line, for every bullet of the group", () => {
    const text = ["SỞ CÔNG THƯƠNG TỈNH LÀO CAI", "KẾ HOẠCH", "Phát triển công nghiệp năm 2026", "III. NHIỆM VỤ TRỌNG TÂM", "1. Tái cơ cấu ngành công nghiệp", "- Tham mưu UBND tỉnh xây dựng chính sách thu hút.", "- Phối hợp xây dựng danh mục dự án ưu tiên.", "Lãnh đạo phụ trách: Phó giám đốc Hoàng Văn Thuân.", "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng."].join("\n");
    expect(readPlan(text).tasks.map(units)).toEqual([
      ["lead Phòng Quản lý Công nghiệp Sở Công Thương tỉnh Lào Cai", "support Phòng Quản lý Năng lượng Sở Công Thương tỉnh Lào Cai"],
      ["lead Phòng Quản lý Công nghiệp Sở Công Thương tỉnh Lào Cai", "support Phòng Quản lý Năng lượng Sở Công Thương tỉnh Lào Cai"],
    ]);
  });

  it("gives each group of bullets under one heading the fields that close it, a single bullet's its own", () => {
    const text = [
      "ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 141/KH-UBND Bắc Ninh, ngày 10 tháng 12 năm 2025", "KẾ HOẠCH", "Nâng cao năng lực xây dựng pháp luật",
      "III. NHIỆM VỤ", "4. Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ",
      "- Tăng cường công tác giáo dục chính trị, tư tưởng.", "- Nâng cao nhận thức, ý thức trách nhiệm.",
      "Đơn vị thực hiện: Sở Nội vụ.", "Thời gian thực hiện: Quý I/2026.",
      "- Tổ chức tập huấn, bồi dưỡng kiến thức.",
      "Đơn vị chủ trì: Sở Tư pháp.", "Thời gian thực hiện: Tháng 6/2026.",
    ].join("\n");
    expect(readPlan(text).tasks.map((t) => [t.title.slice(0, 20), units(t), t.timing.map((r) => r.phrase)])).toEqual([
      ["Tăng cường công tác ", ["lead Sở Nội vụ tỉnh Bắc Ninh"], ["Quý I/2026"]],
      ["Nâng cao nhận thức, ", ["lead Sở Nội vụ tỉnh Bắc Ninh"], ["Quý I/2026"]],
      ["Tổ chức tập huấn, bồ", ["lead Sở Tư pháp tỉnh Bắc Ninh"], ["Tháng 6/2026"]],
    ]);
  });

  it("makes each sentence and clause of a unit's duty a duty of its own", () => {
    const text = ["SỞ CÔNG THƯƠNG TỈNH LÀO CAI", "KẾ HOẠCH", "Phát triển công nghiệp năm 2026", "I. NỘI DUNG", "1. Rà soát quy hoạch trong năm 2026.", "V. TỔ CHỨC THỰC HIỆN", "1. Phòng Quản lý Công nghiệp: Là đầu mối tham mưu các nhiệm vụ về công nghiệp. Chủ trì xây dựng kế hoạch hàng năm; theo dõi, tổng hợp tình hình thực hiện."].join("\n");
    expect(readPlan(text).tasks.filter((t) => t.duty).map((t) => t.title)).toEqual(["Là đầu mối tham mưu các nhiệm vụ về công nghiệp", "Chủ trì xây dựng kế hoạch hàng năm", "Theo dõi, tổng hợp tình hình thực hiện"]);
  });

  it("reads a numbered duty written as one sentence, and bullets without a verb under an inspection as what it checks", () => {
    const text = ["ỦY BAN MTTQ VIỆT NAM PHƯỜNG BẮC CAM RANH", "KẾ HOẠCH", "Kiểm tra, giám sát công tác bầu cử", "III. NỘI DUNG KIỂM TRA, GIÁM SÁT", "5. Giám sát việc lập, niêm yết danh sách cử tri", "- Cách tính tuổi;", "- Tư cách cử tri và ghi tên cử tri vào danh sách;", "- Việc niêm yết danh sách cử tri.", "V. TỔ CHỨC THỰC HIỆN", "1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường xây dựng Kế hoạch kiểm tra, giám sát.", "2. Các tổ chức thành viên của MTTQ Việt Nam phường tham gia kiểm tra, giám sát theo phân công."].join("\n");
    expect(readPlan(text).tasks.map((t) => [t.title.slice(0, 40), units(t)[0]])).toEqual([
      ["Giám sát việc lập, niêm yết danh sách cử", "lead Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh"],
      ["Xây dựng Kế hoạch kiểm tra, giám sát", "lead Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh"],
      ["Tham gia kiểm tra, giám sát theo phân cô", "lead Các tổ chức thành viên của Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
    ]);
  });

  it("finds a sentence's subject after a clause that opens it", () => {
    const text = ["UBND TỈNH LÂM ĐỒNG", "KẾ HOẠCH", "Phát động thi đua năm 2026", "IV. TỔ CHỨC THỰC HIỆN", "- Quý I/2027, các cơ quan, đơn vị, địa phương đánh giá kết quả thực hiện phong trào.", "- Căn cứ kết quả rà soát, Sở Nội vụ hướng dẫn các cơ quan triển khai."].join("\n");
    expect(readPlan(text).tasks.map((t) => units(t)[0])).toEqual(["lead Các cơ quan, đơn vị, địa phương", "lead Sở Nội vụ tỉnh Lâm Đồng"]);
  });

  it("places a post that names no body in the issuer's body", () => {
    const text = ["ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "BAN THƯỜNG TRỰC", "KẾ HOẠCH", "Công tác bầu cử", "II. NỘI DUNG, TIẾN ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN", "1.1. Xây dựng hướng dẫn công tác bầu cử", "- Thời gian hoàn thành: tháng 11/2025.", "- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát", "- Đơn vị phối hợp: Các đ/c Phó Chủ tịch, Trưởng đoàn thể xã."].join("\n");
    const task = readPlan(text).tasks[0]!;
    expect(units(task)).toEqual(["lead Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "support Các đoàn thể xã"]);
  });

  it("reads a post over its duties as a unit heading, a colon or not", () => {
    const text = ["ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "BAN THƯỜNG TRỰC", "KẾ HOẠCH", "Công tác bầu cử", "III. TỔ CHỨC THỰC HIỆN", "5. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng", "- Tham gia góp ý đối với dự kiến nhân sự đại biểu.", "- Thực hiện các nhiệm vụ khác."].join("\n");
    const tasks = readPlan(text).tasks;
    expect(tasks.map((t) => [t.title, ...units(t)])).toEqual([
      ["Tham gia góp ý đối với dự kiến nhân sự đại biểu", "lead Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"],
      ["Thực hiện các nhiệm vụ khác", "lead Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"],
    ]);
  });

  it("places people named in full in the issuer's body, never as units of the province", () => {
    const text = ["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "KẾ HOẠCH", "Kiểm tra an toàn vật liệu nổ công nghiệp năm 2026", "III. TỔ CHỨC THỰC HIỆN", "TT\tNhiệm vụ thực hiện\tNgười thực hiện\tThời gian", "1\tXây dựng bài kiểm tra, đáp án\tĐỗ Mạnh Cường; Vũ Việt Linh\tTháng 4/2026"].join("\n");
    const task = readPlan(text).tasks.find((t) => t.title.startsWith("Xây dựng bài"))!;
    expect(units(task)).toEqual(["lead Sở Công Thương tỉnh Lào Cai"]);
    expect(task.units[0]!.written).toBe("Đỗ Mạnh Cường");
  });
});

describe("occasions", () => {
  it("reads a holiday's year written bare after it, the liberation of the capital, and an election named without `đại biểu`", () => {
    const plan = readPlan([
      "ỦY BAN NHÂN DÂN XÃ PHÚC THỊNH", "Phúc Thịnh, ngày 14 tháng 01 năm 2026", "KẾ HOẠCH", "Ra quân cao điểm năm 2026", "I. NỘI DUNG",
      "- Đợt 1: Nhân dịp tết Dương lịch 2026, từ ngày 13/12/2025 đến hết ngày 30/12/2025.",
      "- Đợt 3: Chào mừng Bầu cử Quốc Hội khóa XVI và HĐND các cấp, từ ngày 15/03/2026 đến 20/04/2026.",
      "- Đợt 4: Chào mừng ngày giải phóng Thủ đô 10/10, từ ngày 20/9/2026 đến hết ngày 15/10/2026.",
      "- Ra quân vào sáng thứ 7 hàng tuần.",
    ].join("\n"));
    expect(plan.occasions.map((o) => o.date)).toEqual(["2026-01-01", "2026-03-15", "2026-10-10"]);
    // The New Year the plan came after ends no recurrence that starts when it is issued.
    const weekly = plan.tasks.find((t) => t.title.startsWith("Ra quân vào sáng"))!.timing[0]!.items[0]!;
    expect([weekly.kind, weekly.start, weekly.end]).toEqual(["recurring", "2026-01-17", "2026-12-26"]);
  });
  const occasions = (text: string) => readPlan(text).occasions.map((o) => `${o.date} ${o.name}`);

  it("places a Tết without a year after the later date when the plan belies its issue date (a January slip of the year)", () => {
    const byTitle = ["BCH ĐOÀN XÃ PHÚC THỊNH", "Phúc Thịnh, ngày 05 tháng 01 năm 2025", "KẾ HOẠCH", "Tổ chức chương trình “Xuân tình nguyện – Tết sẻ chia” năm 2026", "I. NỘI DUNG", "1. Thăm tặng quà nhân dịp Tết Nguyên đán."].join("\n");
    expect(occasions(byTitle)).toEqual(["2026-02-17 Tết Nguyên đán"]);
    const byCited = ["BCH ĐOÀN XÃ PHÚC THỊNH", "Phúc Thịnh, ngày 07 tháng 01 năm 2025", "KẾ HOẠCH", "Tổ chức đêm nhạc gây quỹ từ thiện", "Thực hiện Kế hoạch số 01-KH/ĐTN ngày 6/1/2026 của Ban Thường vụ Đoàn xã về các nhiệm vụ trước, trong và sau Tết Nguyên đán.", "I. NỘI DUNG", "1. Đêm nhạc ngày 24/01/2026."].join("\n");
    expect(occasions(byCited)).toEqual(["2026-02-17 Tết Nguyên đán"]);
    expect(readPlan(byCited).issued).toBe("2025-01-07");
  });

  it("dates the official days a plan names without a date, in its year, solar and lunar", () => {
    const text = ["Hà Nội, ngày 10 tháng 12 năm 2024", "KẾ HOẠCH", "Tổ chức các hoạt động mừng Đảng, mừng Xuân Ất Tỵ", "Nhân dịp Tết Nguyên đán Ất Tỵ 2025 và kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam."].join("\n");
    expect(occasions(text)).toEqual(expect.arrayContaining(["2025-01-29 Tết Nguyên đán", "2025-02-03 95 năm Ngày thành lập Đảng Cộng sản Việt Nam"]));
  });

  it("reads a school's spring fair (`Chào Xuân Giáp Thìn 2024`, `hội chợ Xuân`) as timed on Tết", () => {
    expect(occasions(["Hà Nội, ngày 18 tháng 01 năm 2024", "KẾ HOẠCH", "TỔ CHỨC HỘI CHỢ VĂN HÓA DÂN GIAN Chào Xuân Giáp Thìn 2024", "1. Tổ chức hội chợ ngày 30/01/2024."].join("\n"))).toEqual(["2024-02-10 Tết Nguyên đán"]);
    expect(occasions(["Hà Nội, ngày 18 tháng 01 năm 2024", "KẾ HOẠCH", "Tổ chức ngày hội Bánh chưng và hội chợ Xuân năm 2024", "1. Tổ chức hội chợ ngày 01/02/2024."].join("\n"))).toEqual(["2024-02-10 Tết Nguyên đán"]);
  });

  it("dates the world days a plan times its yearly campaigns on, a run of days beside one its first day", () => {
    const text = ["Đồng Tháp, ngày 19 tháng 11 năm 2025", "KẾ HOẠCH", "Bảo vệ môi trường biển và hải đảo", "I. NHIỆM VỤ", "1. Tổ chức các chiến dịch tuyên truyền cao điểm hàng năm bao gồm: Ngày Môi trường thế giới (05/6), Ngày Đại dương thế giới (08/6), Tuần lễ Biển và Hải đảo Việt Nam (01 - 08/6)."].join("\n");
    expect(occasions(text)).toEqual(["2026-06-01 Tuần lễ Biển và Hải đảo Việt Nam", "2026-06-05 Ngày Môi trường thế giới", "2026-06-08 Ngày Đại dương thế giới"]);
  });

  it("reads anniversary spans of years only, and a day written beside a holiday's name", () => {
    const text = ["Hà Nội, ngày 01 tháng 12 năm 2024", "KẾ HOẠCH", "Kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam (1975 – 2025)", "Tổ chức đón Tết Dương lịch (31/12/2024) trang trọng."].join("\n");
    expect(occasions(text)).toEqual(expect.arrayContaining(["2025-04-30 50 năm Ngày giải phóng hoàn toàn miền Nam", "2024-12-31 Tết Dương lịch"]));
    // A lunar holiday's solar day written with its year, in a plan issued after it: that day, not next year's Tết.
    const late = ["Cần Giờ, ngày 26 tháng 3 năm 2008", "KẾ HOẠCH", "Tổ chức kỷ niệm các ngày lễ lớn trong năm 2008", "2. Kỷ niệm Mừng Đảng – Mừng Xuân (07/2/2008):"].join("\n");
    expect(occasions(late)).toContain("2008-02-07 Tết Nguyên đán");
    // A lunar day written with a solar year (`Giỗ Tổ Hùng Vương 10/3/2026`) does not move the holiday either.
    expect(occasions(["Hà Nội, ngày 01 tháng 3 năm 2026", "KẾ HOẠCH", "Tổ chức Giỗ Tổ Hùng Vương 10/3/2026"].join("\n"))).toContain("2026-04-26 Giỗ Tổ Hùng Vương");
    // Without a year, a day beside a lunar holiday may be its lunar day: it does not move the holiday.
    expect(occasions(["Hà Nội, ngày 01 tháng 3 năm 2025", "KẾ HOẠCH", "Tổ chức Giỗ Tổ Hùng Vương (10/3) năm 2025"].join("\n"))).toContain("2025-04-07 Giỗ Tổ Hùng Vương");
  });

  it("places days named without a year in the year of the first date the text writes, when the plan gives no other", () => {
    const plan = readPlan(["Về việc treo cờ Tổ quốc Lễ Giỗ tổ Hùng Vương (mùng 10/3 âm lịch)", "Thực hiện Công văn số 506/UBND, ngày 03/4/2025 của UBND thành phố Tây Ninh.", "- Đề nghị các khu phố vận động các hộ dân treo cờ Tổ quốc từ ngày 06/4/2025 đến hết ngày 07/4/2025."].join("\n"));
    expect(plan.occasions.map((o) => [o.name, o.date])).toContainEqual(["Giỗ Tổ Hùng Vương", "2025-04-07"]);
    expect(readPlan("Kế hoạch tổ chức Ngày toàn dân đưa trẻ đến trường năm 2023").occasions.map((o) => o.date)).toEqual(["2023-09-05"]);
  });

  it("does not take the families of war invalids and martyrs for their day", () => {
    const text = ["Cần Giờ, ngày 26 tháng 3 năm 2008", "KẾ HOẠCH", "Tổ chức kỷ niệm 78 năm ngày thành lập Đảng", "- Tổ chức thăm hỏi các gia đình Thương binh Liệt sĩ, Mẹ Việt Nam anh hùng."].join("\n");
    expect(occasions(text)).toEqual(["2008-02-03 78 năm Ngày thành lập Đảng Cộng sản Việt Nam"]);
    expect(occasions(["Hà Nội, ngày 01 tháng 7 năm 2025", "KẾ HOẠCH", "Kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ"].join("\n"))).toEqual(["2025-07-27 78 năm Ngày Thương binh - Liệt sĩ"]);
  });

  it("knows the day of a national election", () => {
    const text = ["Lương Minh, ngày 18 tháng 11 năm 2025", "KẾ HOẠCH", "Thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031"].join("\n");
    expect(occasions(text)[0]).toMatch(/^2026-03-15 Ngày bầu cử đại biểu Quốc hội khóa XVI/);
  });
});

describe("a plan whose issue date is left blank", () => {
  it("dates its yearly duties in the year of the directive its title carries out, and no cited date is a task's time", () => {
    const text = [
      "ỦY BAN NHÂN DÂN",
      "TỈNH LÀO CAI",
      "Số:      /KH-UBND",
      "Lào Cai, ngày      tháng      năm",
      "KẾ HOẠCH",
      "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy",
      "I. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tài chính: Chủ trì tham mưu ban hành bảng giá tính thuế tài nguyên hàng năm theo quy định.",
      "2. Sở Nông nghiệp và Môi trường: Tổng hợp, báo cáo kết quả thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 theo quy định.",
    ].join("\n");
    const plan = readPlan(text);
    expect(plan.issued).toBeNull();
    const timing = (lead: string) => plan.tasks.find((t) => t.units.some((u) => u.role === "lead" && u.written === lead))!.timing.flatMap((r) => r.items.map((i) => `${i.kind} ${i.start}..${i.end}`));
    expect(timing("Sở Tài chính")).toEqual(["recurring 2026-12-31..2026-12-31"]);
    expect(timing("Sở Nông nghiệp và Môi trường")).toEqual([]);
  });
});

describe("bullets that say how the work is done", () => {
  it("leave the fields after them to the heading they describe", () => {
    const text = [
      "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH",
      "KẾ HOẠCH",
      "Công tác bầu cử",
      "II. NỘI DUNG",
      "1.3 Xây dựng, ban hành kế hoạch, lịch trình thực hiện công tác bầu cử.",
      "- Bảo đảm thống nhất với hướng dẫn của cấp trên.",
      "- Các văn bản hướng dẫn, kế hoạch phải thể hiện rõ vai trò của MTTQ xã.",
      "- Thời gian hoàn thành: Tháng 11/2025.",
      "- Đơn vị chủ trì: Văn phòng Ủy ban MTTQ xã",
      "1.4. Tổ chức các hội nghị",
      "- Tổ chức hội nghị lần thứ nhất.",
      "- Thời gian hoàn thành: Tháng 12/2025.",
    ].join("\n");
    const tasks = readPlan(text).tasks;
    const plan = tasks.find((t) => t.title.startsWith("Xây dựng, ban hành"))!;
    expect(plan.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`))).toEqual(["2025-11-30..2025-11-30"]);
    expect(plan.units.map((u) => u.role)).toEqual(["lead"]);
    // A bullet that is work of its own keeps the fields after it.
    const meeting = tasks.find((t) => t.title.startsWith("Tổ chức hội nghị lần"))!;
    expect(meeting.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`))).toEqual(["2025-12-31..2025-12-31"]);
  });
});

describe("a schedule whose heading gives the year", () => {
  it("dates the days written under it without one", () => {
    const text = ["TRƯỜNG THPT PHƯỚC BỬU", "KẾ HOẠCH", "Tổ chức Cuộc thi khởi nghiệp năm học 2025-2026", "V. LỊCH CHI TIẾT TỔ CHỨC (15/11 → 10/12/2025)", "Tuần 1 (15-21/11) – Giai đoạn tuyên truyền:", "- 15/11: Phát động cuộc thi qua loa, Fanpage.", "- 25/11: Hạn đăng ký nhóm."].join("\n");
    const tasks = readPlan(text).tasks.filter((t) => /^\d/.test(t.title));
    expect(tasks.map((t) => t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`)))).toEqual([["2025-11-15..2025-11-15"], ["2025-11-25..2025-11-25"]]);
  });
});

describe("an event's programme", () => {
  it("is issued by the committee that signs it for the event its title names, never by the event", () => {
    const text = ["CHƯƠNG TRÌNH", "Hội nghị triển khai Chương trình mục tiêu quốc gia phòng, chống ma tuý đến năm 2030", "Thời gian: ½ ngày, bắt đầu lúc 08h00, ngày 09/10/2025 (thứ Năm).", "Thời gian\tNội dung\tChủ trì", "08h00 - 08h10\tTuyên bố lý do, giới thiệu đại biểu\tVăn phòng Chính phủ", "BAN TỔ CHỨC"].join("\n");
    expect(readPlan(text).issuer).toBe("Ban Tổ chức Hội nghị triển khai Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030");
  });

  it("times each row by its clock on the day the programme gives above its table", () => {
    const text = ["CHƯƠNG TRÌNH", "Hội nghị triển khai công tác năm 2025", "Thời gian: ½ ngày, bắt đầu lúc 08h00, ngày 09/10/2025 (thứ Năm).", "Thời gian\tNội dung\tChủ trì", "08h00 - 08h10\tTuyên bố lý do, giới thiệu đại biểu\tVăn phòng Chính phủ", "08h10 - 08h20\tPhát biểu khai mạc Hội nghị\t"].join("\n");
    const times = readPlan(text).tasks.map((t) => t.timing.flatMap((r) => r.items.map((i) => `${i.kind} ${i.start}..${i.end}`)));
    expect(times).toEqual([["timed 2025-10-09T08:00+07:00..2025-10-09T08:10+07:00"], ["timed 2025-10-09T08:10+07:00..2025-10-09T08:20+07:00"]]);
  });
});

describe("the one event a plan organizes", () => {
  const text = [
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG THÁP", "Số: 12/KH-SGDĐT", "Đồng Tháp, ngày 10 tháng 4 năm 2026", "KẾ HOẠCH", "Đón tiếp và làm việc với Đoàn kiểm tra của Bộ Giáo dục và Đào tạo",
    "I. NỘI DUNG", "Đánh giá thực trạng sử dụng phòng học bộ môn.",
    "II. THỜI GIAN VÀ ĐỊA ĐIỂM", "Thời gian: Buổi sáng, ngày 18 tháng 4 năm 2026.", "Địa điểm: Tại Trường Trung học cơ sở An Thạnh.",
    "III. CHƯƠNG TRÌNH LÀM VIỆC", "8h30 - 8h35 Tuyên bố lí do, giới thiệu đại biểu", "09h00 - 10h30 Ý kiến của các cơ sở giáo dục",
  ].join("\n");

  it("is its ceremony when its time section gives one day: the countdown's day, its place, the event on the calendar", () => {
    const plan = readPlan(text);
    expect(plan.ceremony).toMatchObject({ name: "Đón tiếp và làm việc với Đoàn kiểm tra của Bộ Giáo dục và Đào tạo", start: "2026-04-18T07:30", end: "2026-04-18T11:30", location: "Tại Trường Trung học cơ sở An Thạnh" });
    expect(plan.tasks.find((t) => t.title.startsWith("Đón tiếp"))!.timing[0]!.items[0]).toMatchObject({ kind: "timed", start: "2026-04-18T07:30+07:00" });
  });

  it("gives the programme's rows that write only a clock time the event's day", () => {
    const rows = readPlan(text).tasks.filter((t) => /^\d/u.test(t.title));
    expect(rows.map((t) => t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`)))).toEqual([
      ["2026-04-18T08:30+07:00..2026-04-18T08:35+07:00"],
      ["2026-04-18T09:00+07:00..2026-04-18T10:30+07:00"],
    ]);
  });

  it("times a row's clock written after its label on the day its heading gives", () => {
    const plan = readPlan(["TRƯỜNG THCS HUỲNH THÚC KHÁNG", "KẾ HOẠCH", "Tựu trường năm học 2025-2026", "1. Lịch tựu trường", "a) Ngày 28 tháng 8 năm 2025 (Thứ năm)", "- Khối lớp 6: Từ 7h30 - 9h30", "- Buổi chiều: khối 7 và khối 8: từ 14h00 - 15h30"].join("\n"));
    expect(plan.tasks.filter((t) => t.title.includes("hối")).map((t) => t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`)))).toEqual([
      ["2025-08-28T07:30+07:00..2025-08-28T09:30+07:00"],
      ["2025-08-28T14:00+07:00..2025-08-28T15:30+07:00"],
    ]);
  });

  it("is never a table's header row that only inherits the time above it", () => {
    const programme = ["CHƯƠNG TRÌNH", "Hội nghị triển khai công tác năm 2025", "Thời gian: ½ ngày, bắt đầu lúc 08h00, ngày 09/10/2025 (thứ Năm).", "Thời gian\tNội dung\tChủ trì", "08h00 - 08h10\tTuyên bố lý do, giới thiệu đại biểu\tVăn phòng Chính phủ"].join("\n");
    const plan = readPlan(programme);
    expect(plan.tasks.some((t) => t.title === plan.ceremony?.name)).toBe(false);
  });

  it("is never a deadline: `Thời gian hoàn thành: trước ngày …` dates a task, not an event", () => {
    const plan = readPlan(["UBND XÃ LƯƠNG MINH", "KẾ HOẠCH", "Rà soát hồ sơ năm 2026", "I. NỘI DUNG", "1. Rà soát hồ sơ", "Thời gian hoàn thành: trước ngày 20/3/2026."].join("\n"));
    expect(plan.ceremony).toBeNull();
  });

  it("times what its content lists and dates nowhere at the event, a year gone by being no date; its duties stay undated", () => {
    const meeting = [
      "TRƯỜNG THPT CAO LÃNH 2", "Số: 58/KH-THPTCL2", "Đồng Tháp, ngày 15 tháng 4 năm 2026", "KẾ HOẠCH", "Tổ chức sinh hoạt chuyên môn môn Lịch sử",
      "I. NỘI DUNG SINH HOẠT CHUYÊN MÔN", "1. Phân tích đề thi tốt nghiệp năm 2025 (môn Lịch sử) – Trường THPT Cao Lãnh 2 thực hiện.", "2. Tham luận “Công tác phụ đạo cho học sinh” – Trường THPT Trần Quốc Toản hỗ trợ thực hiện.",
      "II. THỜI GIAN, HÌNH THỨC", "1. Thời gian, địa điểm", "Lúc 14 giờ 00 phút, ngày 28 tháng 4 năm 2026.",
      "III. TỔ CHỨC THỰC HIỆN", "- Trường THPT Cao Lãnh 2 xây dựng kế hoạch, điều hành các hoạt động của buổi sinh hoạt.",
    ].join("\n");
    const times = (plan: ReturnType<typeof readPlan>) => plan.tasks.map((t) => [t.title.slice(0, 12), t.timing.flatMap((r) => r.items.map((i) => i.start))]);
    expect(times(readPlan(meeting))).toEqual([
      ["Phân tích đề", ["2026-04-28T14:00+07:00"]],
      ["Tham luận “C", ["2026-04-28T14:00+07:00"]],
      ["Sinh hoạt ch", ["2026-04-28T14:00+07:00"]],
      ["Trường THPT ", []],
    ]);
    // Preparing the meeting is done before it: no date of its own, none of the meeting's.
    const preparing = readPlan(meeting.replace("2. Tham luận", "2. Gửi giấy mời đại biểu trước 3 ngày. Tham luận"));
    expect(preparing.tasks[1]!.timing.flatMap((r) => r.items)).toEqual([]);
    // Who does an item, named after a dash at its end; a dash inside a bracket names no one.
    expect(readPlan(meeting).tasks.slice(0, 2).map((t) => t.units.map((u) => u.name))).toEqual([["Trường Trung học phổ thông Cao Lãnh 2"], ["Trường Trung học phổ thông Trần Quốc Toản"]]);
    // A school hands its plan's work out: an item it then gives to no one has no unit.
    const invited = readPlan(meeting.replace("– Trường THPT Trần Quốc Toản hỗ trợ thực hiện.", "(mời Ông Lê Văn Trường - Sở GDĐT nếu có)."));
    expect(invited.tasks[1]!.units.map((u) => u.name)).toEqual([]);
    // The organizers move the meeting: what is done at it moves with it.
    const moved = readPlan(meeting, { ceremony: { start: "2026-05-05T08:00", end: null } });
    expect(times(moved).slice(0, 2)).toEqual([["Phân tích đề", ["2026-05-05T08:00+07:00"]], ["Tham luận “C", ["2026-05-05T08:00+07:00"]]]);
  });

  it("is none when the time section gives several days", () => {
    expect(readPlan(text.replace("Buổi sáng, ngày 18 tháng 4 năm 2026", "từ ngày 18/4/2026 đến ngày 20/4/2026")).ceremony).toBeNull();
  });
});

describe("an inspection calendar in an appendix", () => {
  const text = [
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số:    /KH-UBND", "Lâm Đồng, ngày 19 thảng 01 năm 2026", "KẾ HOẠCH", "Kiểm tra công tác cải cách hành chính năm 2026",
    "IV. ĐOÀN KIỂM TRA, THỜI GIAN KIỂM TRA",
    "1. Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì phối hợp với các ngành có liên quan tổ chức kiểm tra công tác cải cách hành chính tại các cơ quan, địa phương.",
    "2. Thời gian kiểm tra: Theo Phụ lục I kèm theo Kế hoạch này.",
    "Phụ lục I", "STT | Đơn vị được kiểm tra | Thời gian kiểm tra", "I | Cơ quan chuyên môn cấp tỉnh |", "1 | Sở Xây dựng | Tháng 7/2026", "II | Ủy ban nhân dân cấp xã |", "1 | Xã Đắk Song | Tháng 3/2026",
  ].join("\n");

  it("gives each row the body inspected and those the plan charges with inspecting, the date line's misread month read", () => {
    const plan = readPlan(text);
    expect(plan.issued).toBe("2026-01-19");
    const rows = plan.tasks.filter((t) => t.section.startsWith("I") && /Xây dựng|Đắk Song/u.test(t.title));
    expect(rows.map((t) => [t.title, t.timing[0]!.items[0]!.start, t.units.map((u) => `${u.role}:${u.name}`)])).toEqual([
      ["Sở Xây dựng", "2026-07-01", ["lead:Sở Nội vụ tỉnh Lâm Đồng", "support:Các ngành có liên quan", "support:Sở Xây dựng tỉnh Lâm Đồng"]],
      ["Xã Đắk Song", "2026-03-01", ["lead:Sở Nội vụ tỉnh Lâm Đồng", "support:Các ngành có liên quan", "support:Ủy ban nhân dân xã Đắk Song"]],
    ]);
    expect(plan.tasks.find((t) => t.title.startsWith("Chủ tịch"))!.units[0]!.name).toBe("Sở Nội vụ tỉnh Lâm Đồng");
    // `bàn giao` gives nothing to do to the body handed over; what an inspection visits after a dash is where, not who.
    const handover = readPlan(["PHÒNG GDĐT HUYỆN LÂM HÀ", "KẾ HOẠCH", "Công tác năm 2026", "I. NỘI DUNG", "1. Phòng GDĐT bàn giao Trường Mầm non Hoa Sen cho UBND xã quản lý.", "2. Kiểm tra công tác CCHC tại cơ sở - UBND xã Đắk Song"].join("\n"));
    expect(handover.tasks.map((t) => t.units.map((u) => u.name))).toEqual([["Phòng Giáo dục và Đào tạo huyện Lâm Hà"], ["Phòng Giáo dục và Đào tạo huyện Lâm Hà"]]);
  });

  it("is read when only its number and time columns have names it knows", () => {
    const roster = ["BỆNH VIỆN SẢN - NHI", "KẾ HOẠCH", "Kiểm tra các khoa, phòng năm 2026", "PHỤ LỤC", "stt | Ngày kiểm tra | Đoàn 01 - 02 khoa lâm sàng | Đoàn 02 - 01 HC/CLS | Ghi chú", "1. | 27/05/2026 | Hồi sức tích cực, Sơ sinh | Dược | Chấm trên Smartphone", "2. | 03/06/2026 | Sanh, Sản thường | Tổ chức cán bộ |"].join("\n");
    expect(readPlan(roster).tasks.map((t) => [t.title, t.timing[0]?.items[0]?.start])).toEqual([["Hồi sức tích cực, Sơ sinh", "2026-05-27"], ["Sanh, Sản thường", "2026-06-03"]]);
  });
});

describe("a decision's closing article", () => {
  it("gives the decision to the posts it lists before `chịu trách nhiệm thi hành`", () => {
    const plan = readPlan([
      "UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số: 12/QĐ-SCT Lào Cai, ngày 05 tháng 5 năm 2026", "QUYẾT ĐỊNH", "Kiểm tra việc chấp hành các quy định về hóa chất",
      "GIÁM ĐỐC SỞ CÔNG THƯƠNG LÀO CAI", "QUYẾT ĐỊNH",
      "Điều 1: Kiểm tra việc chấp hành các quy định của pháp luật về hóa chất đối với 04 đơn vị trong tháng 5/2026.",
      "Điều 2: Chánh Văn phòng Sở, Trưởng phòng Quản lý công nghiệp, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này từ ngày 05/5/2026.",
    ].join("\n"));
    expect(plan.tasks.find((t) => t.title.startsWith("Chánh Văn phòng"))?.units.map((u) => u.name)).toEqual([
      "Văn phòng Sở Công Thương tỉnh Lào Cai", "Phòng Quản lý công nghiệp Sở Công Thương tỉnh Lào Cai", "Cá nhân có liên quan",
    ]);
  });
});

describe("a section of time and place whose time is a list of dated lines", () => {
  it("makes each dated line a task with its own date, not the section's undated words", () => {
    const plan = readPlan([
      "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "KẾ HOẠCH", "Tổ chức hội nghị cử tri nơi cư trú", "I. MỤC ĐÍCH", "Bảo đảm dân chủ.",
      "V. THỜI GIAN, ĐỊA ĐIỂM TỔ CHỨC TRIỂN KHAI",
      "1. Thời gian: Căn cứ vào tình hình thực tế, tổ chức hội nghị cử tri nơi cư trú như sau:",
      "- Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với người phụ trách công tác tổ chức cán bộ của các cơ quan.",
      "- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã trao đổi với cơ quan, tổ chức, đơn vị có người ứng cử.",
      "2. Địa điểm: Hội nghị được tổ chức tại thôn.",
    ].join("\n"));
    expect(plan.tasks.map((t) => [t.title.slice(0, 18), t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`))])).toEqual([
      ["Từ ngày 04/02/2026", ["2026-02-04..2026-12-31"]],
      ["Từ ngày 05/02/2026", ["2026-02-05..2026-02-08"]],
    ]);
  });
});

describe("a line in the responsibilities that gives the numbers after it to a unit", () => {
  it("makes each number after it that unit's work, until a number names its own", () => {
    const plan = readPlan([
      "SỞ CÔNG THƯƠNG TỈNH LÀO CAI", "KẾ HOẠCH", "Kiểm tra kỹ thuật an toàn năm 2026",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:",
      "2. Tổ chức kiểm tra kỹ thuật an toàn cho các đối tượng vào ngày 29/4/2026.",
      "3. Chuẩn bị các điều kiện cần thiết khác để tổ chức kiểm tra.",
      "4. Văn phòng Sở bố trí hội trường.",
    ].join("\n"));
    expect(plan.tasks.map((t) => [t.title.slice(0, 20), t.units.map((u) => u.name)])).toEqual([
      ["Tổ chức kiểm tra kỹ ", ["Phòng Quản lý Công nghiệp Sở Công Thương tỉnh Lào Cai"]],
      ["Chuẩn bị các điều ki", ["Phòng Quản lý Công nghiệp Sở Công Thương tỉnh Lào Cai"]],
      ["Bố trí hội trường", ["Văn phòng Sở Công Thương tỉnh Lào Cai"]],
    ]);
  });
});

describe("a hospital's own plan", () => {
  const text = [
    "SỞ Y TẾ CÀ MAU", "BỆNH VIỆN SẢN - NHI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 32/KH-BV Cà Mau, ngày 19 tháng 5 năm 2026",
    "KẾ HOẠCH", "Kiểm tra các mặt hoạt động của các khoa, phòng năm 2026",
    "I. CĂN CỬ XÂY DỤNG KẾ HOẠCH",
    "Căn cứ Quyết định số 1577/QĐ-UBND ngày 31 tháng 10 năm 2025 của UBND tỉnh Cà Mau quy định chức năng, nhiệm vụ của Bệnh viện Sản - Nhi Cà Mau thuộc Sở Y tế tỉnh Cà Mau;",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Kế hoạch tổng hợp chủ trì số hóa các phiếu kiểm tra, hoàn thành trước ngày 25/5/2026.",
    "2. Phòng KHTH tổng hợp báo cáo vào sáng thứ Sáu hằng tuần.",
    "3. Giám đốc Bệnh viện phê duyệt kết quả kiểm tra trong tháng 12/2026.",
  ].join("\n");

  it("names the hospital as its own text writes it, and its departments as the hospital's; the grounds it rests on are no task", () => {
    const plan = readPlan(text);
    // The header leaves the place to the Sở above; the text names the hospital with it, no level word between.
    expect(plan.issuer).toBe("Bệnh viện Sản - Nhi Cà Mau");
    expect(plan.tasks.map((t) => [t.title.slice(0, 16), t.units.map((u) => u.name)])).toEqual([
      ["Chủ trì số hóa c", ["Phòng Kế hoạch tổng hợp Bệnh viện Sản - Nhi Cà Mau"]],
      ["Tổng hợp báo cáo", ["Phòng Kế hoạch tổng hợp Bệnh viện Sản - Nhi Cà Mau"]],
      ["Phê duyệt kết qu", ["Bệnh viện Sản - Nhi Cà Mau"]],
    ]);
  });
});

describe("an inspection over what it checks, then its parts", () => {
  it("is one task of its aspects, each numbered part one more", () => {
    const text = ["BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM PHƯỜNG BẮC CAM RANH", "KẾ HOẠCH", "Kiểm tra, giám sát công tác bầu cử", "III. NỘI DUNG", "7. Kiểm tra, giám sát việc tuyên truyền, vận động bầu cử", "- Trách nhiệm của các cơ quan thông tin đại chúng;", "- Việc tuyên truyền công tác bầu cử ở địa phương;", "- Việc bảo đảm công bằng, bình đẳng trong vận động bầu cử.", "7.1. Kiểm tra việc vận động bầu cử thông qua hội nghị tiếp xúc cử tri", "7.2. Giám sát việc vận động bầu cử thông qua phương tiện thông tin đại chúng"].join("\n");
    const tasks = readPlan(text).tasks;
    expect(tasks.map((t) => [t.id, t.title])).toEqual([
      ["III.7", "Kiểm tra, giám sát việc tuyên truyền, vận động bầu cử"],
      ["III.7.1", "Kiểm tra việc vận động bầu cử thông qua hội nghị tiếp xúc cử tri"],
      ["III.7.2", "Giám sát việc vận động bầu cử thông qua phương tiện thông tin đại chúng"],
    ]);
    expect(tasks[0]!.body).toHaveLength(3);
  });
});

describe("a paragraph that introduces a section", () => {
  it("times the items under it when it says when they are done", () => {
    const text = ["ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "Lương Minh, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH", "Tổ chức hội nghị cử tri nơi cư trú", "III. TỔ CHỨC HỘI NGHỊ", "Việc tổ chức hội nghị cử tri nơi cư trú được thực hiện trong khoảng từ ngày 04/02/2026 đến ngày 08/02/2026, cụ thể như sau:", "1. Triệu tập và chủ trì hội nghị", "- Ban Thường trực UBMTTQ xã phối hợp với UBND xã triệu tập hội nghị.", "2. Hội nghị thông qua biên bản hội nghị cử tri."].join("\n");
    const tasks = readPlan(text).tasks.filter((t) => !t.title.startsWith("Việc"));
    expect(tasks.map((t) => t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`)))).toEqual(tasks.map(() => ["2026-02-04..2026-02-08"]));
    expect(tasks.length).toBeGreaterThanOrEqual(2);
  });
});

describe("a part of schedule and funding", () => {
  it("makes tasks of the schedule's dated lines, none of how the work is paid for", () => {
    const text = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "KẾ HOẠCH", "Tư vấn hướng nghiệp năm học 2025 - 2026", "IV. TIẾN ĐỘ VÀ KINH PHÍ THỰC HIỆN", "1. Tiến độ thực hiện", "Từ ngày 10/8/2025 đến ngày 30/9/2025: xây dựng dự thảo Kế hoạch.", "Tháng 7/2026: Tổ chức Hội nghị tổng kết.", "2. Kinh phí", "Kinh phí thực hiện chương trình từ nguồn xã hội hóa."].join("\n");
    const tasks = readPlan(text).tasks;
    expect(tasks.map((t) => t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`)))).toEqual([["2025-08-10..2025-09-30"], ["2026-07-01..2026-07-31"]]);
  });
});

describe("a plan whose parts are numbered 1., 2., 3. in lower case", () => {
  it("keeps its purpose out of the tasks and reads a step's unit past its label (`Bước 2:`)", () => {
    const text = [
      ...UNIVERSITY_HEADER, "KẾ HOẠCH", "Khảo sát năm 2026",
      "1. Mục đích", "– Ghi nhận ý kiến đánh giá của sinh viên.", "2. Yêu cầu thực hiện", "– Khảo sát được triển khai khách quan.",
      "3. Nội dung và quy trình thực hiện", "– Bước 1: Phòng Đào tạo cung cấp danh sách sinh viên.", "– Bước 2: Trung tâm Quản lý chất lượng thực hiện chọn mẫu ngẫu nhiên.",
      "4. Phân công trách nhiệm", "4.1. Phòng Công tác sinh viên", "– Phối hợp truyền thông, hỗ trợ các khoa.",
    ].join("\n");
    const plan = readPlan(text);
    expect(plan.issuer).toMatch(/^Trường đại học công thương thành phố Hồ Chí Minh$/i);
    expect(plan.tasks.map((t) => [t.title.slice(0, 30), t.units.map((u) => u.name)])).toEqual([
      ["Bước 1: Phòng Đào tạo cung cấp", [`Phòng Đào tạo ${plan.issuer}`]],
      ["Bước 2: Trung tâm Quản lý chất", [`Trung tâm Quản lý chất lượng ${plan.issuer}`]],
      ["Phối hợp truyền thông, hỗ trợ ", [`Phòng Công tác sinh viên ${plan.issuer}`]],
    ]);
  });
});

describe("a section's opening paragraph that gives the time of what follows", () => {
  it("is read whatever the case OCR gave its last words (`cụ thể như Sau:`)", () => {
    const text = ["KẾ HOẠCH", "Tổ chức hội nghị cử tri", "I. TỔ CHỨC HỘI NGHỊ", "Việc tổ chức hội nghị được thực hiện từ ngày 04/02/2026 đến ngày 08/02/2026, cụ thể như Sau:", "1. Triệu tập và chủ trì hội nghị", "- Ban Thường trực UBMTTQ xã trao đổi với cơ quan, đơn vị có người ứng cử."].join("\n");
    const task = readPlan(text).tasks.find((t) => t.title.startsWith("Ban Thường trực"));
    expect(task!.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`))).toEqual(["2026-02-04..2026-02-08"]);
  });
});

describe("a programme whose time is numbered atop it", () => {
  it("gives the day of `1. Thời gian: …` to the rows that write only their hours, and reads that line", () => {
    const text = [
      "1. Thời gian: từ 14h00 – 16h10, Thứ Năm, ngày 01/10/2020.",
      "2. Địa điểm: Sân trường và các lớp học.",
      "3. Nội dung tiến trình",
      "Thời gian | Nội dung |",
      "14h00 – 14h45 | Các lớp bày mâm cỗ tại lớp. |",
      "14h45 – 15h30 | Múa sư tử, rước đèn ngắm cỗ. |",
    ].join("\n");
    const plan = readPlan(text);
    expect(plan.tasks.map((t) => [t.title, t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`))])).toEqual([
      ["Các lớp bày mâm cỗ tại lớp", ["2020-10-01T14:00+07:00..2020-10-01T14:45+07:00"]],
      ["Múa sư tử, rước đèn ngắm cỗ", ["2020-10-01T14:45+07:00..2020-10-01T15:30+07:00"]],
    ]);
    expect(plan.warnings.filter((w) => w.code === "unread-line").map((w) => w.line)).toEqual([]);
  });
});

describe("a plan with the forms it asks for appended", () => {
  it("makes no task of a form's blanks, labels, blank date line and headings in capitals", () => {
    const text = [
      "KẾ HOẠCH",
      "Tổ chức hội nghị cử tri năm 2026",
      "I. NỘI DUNG",
      "1. Tổ chức hội nghị cử tri nơi cư trú, hoàn thành trước ngày 20/02/2026.",
      "2. Gửi biên bản hội nghị theo mẫu kèm theo.",
      "Mẫu số 04/BCĐBHĐND-MT",
      "BIÊN BẢN HỘI NGHỊ CỬ TRI",
      "……………………………………",
      "(Ký, ghi rõ họ tên)",
      "CHỦ TRÌ HỘI NGHỊ",
    ].join("\n");
    const titles = readPlan(text).tasks.map((t) => t.title);
    expect(titles).toContain("Tổ chức hội nghị cử tri nơi cư trú, hoàn thành trước ngày 20/02/2026");
    for (const furniture of ["Mẫu số 04/BCĐBHĐND-MT", "BIÊN BẢN HỘI NGHỊ CỬ TRI", "……………………………………", "(Ký, ghi rõ họ tên)", "CHỦ TRÌ HỘI NGHỊ"]) {
      expect(titles.some((t) => t.startsWith(furniture.slice(0, 12)))).toBe(false);
    }
  });

  it("knows a date line left blank for a form (`Lương Minh, ngày    tháng    năm 2026`)", () => {
    expect(["Lương Minh, ngày    tháng    năm 2026", "………………", "(Ký, ghi rõ họ tên)", "Mẫu số 01/HNCT"].map(isFormFurniture)).toEqual([true, true, true, true]);
    expect(["Tổ chức hội nghị ngày 20/02/2026", "Lương Minh, ngày 20 tháng 02 năm 2026 tổ chức hội nghị"].map(isFormFurniture)).toEqual([false, false]);
  });
});

describe("a week's schedule copied from a web page", () => {
  const week = [
    "LỊCH CÔNG TÁC TỪ NGÀY 11/11/2019 ĐẾN NGÀY 17/11/2019",
    "Ngày | Thời gian | Nội dung | Lãnh đạo chủ trì/tham dự | Địa điểm | Thành phần | Lãnh đạo VP và phòng CM theo dõi | Ghi chú |",
    "Thứ 2 (11/11/2019) | 10h00 | Giao ban Thường trực HĐND | TT HĐND | HT tầng 2 | 2 Ban |  |  |",
    "09h00 | Giao ban UBND | Đ/c Thân - PCT UBND | HT tầng 3 | Thành viên UBND |  |  |",
    "Thứ 3 (12/11/2019) | 07h30 | Kiểm tra công tác tại xã Đắk Mol | Đ/c: Khánh - CT HĐND; Đ/c Sinh - PCT UBND | Đắk Mol |  |  |  |",
    "08h00 | Dự kỳ họp HĐND xã Nam Bình | Đ/c Khánh - CT HĐND | Nam Bình |  |  |  |",
    "Thứ 7 (16/11/2019) |  |  |  |  |  |  |  |",
    "17h00 | Dự kỷ niệm Ngày Nhà giáo khối các trường huyện Đắk Song | Đ/c Thân - PCT UBND | Trường Nội trú |  |  |  |",
  ].join("\n");

  it("gives the rows under a day written once that day, their leaders' bodies as leads, and makes no task of an empty day", () => {
    const plan = readPlan(week);
    expect(plan.tasks.map((t) => [t.title, t.timing.flatMap((r) => r.items.map((i) => i.start)), t.units.filter((u) => u.role === "lead").map((u) => u.name)])).toEqual([
      ["Giao ban Thường trực HĐND", ["2019-11-11T10:00+07:00"], ["Thường trực Hội đồng nhân dân huyện Đắk Song"]],
      ["Giao ban UBND", ["2019-11-11T09:00+07:00"], ["Ủy ban nhân dân huyện Đắk Song"]],
      ["Kiểm tra công tác tại xã Đắk Mol", ["2019-11-12T07:30+07:00"], ["Hội đồng nhân dân huyện Đắk Song", "Ủy ban nhân dân huyện Đắk Song"]],
      ["Dự kỳ họp HĐND xã Nam Bình", ["2019-11-12T08:00+07:00"], ["Hội đồng nhân dân huyện Đắk Song"]],
      ["Dự kỷ niệm Ngày Nhà giáo khối các trường huyện Đắk Song", ["2019-11-16T17:00+07:00"], ["Ủy ban nhân dân huyện Đắk Song"]],
    ]);
    // It names two communes and one district: the district's schedule.
    expect(plan.scope).toBe("huyện Đắk Song");
  });
});

describe("a programme of several days, each day written over its rows", () => {
  it("puts each row's hours on the day the line above its table names", () => {
    const text = [
      "KẾ HOẠCH",
      "Tổ chức sinh hoạt công dân đầu năm học 2026 - 2027",
      "II. NỘI DUNG",
      "1. Thời gian tổ chức: 03 ngày: 24, 25 và 26 tháng 8 năm 2026.",
      "2. Chương trình chi tiết:",
      "NGÀY 1: THỨ HAI, NGÀY 24/8/2026",
      "Thời gian | Nội dung | Đơn vị/ cá nhân phụ trách",
      "7h00 - 7h15 | Ổn định tổ chức, giới thiệu chương trình | Ban Giám hiệu",
      "NGÀY 2: THỨ BA, NGÀY 25/8/2026",
      "Thời gian | Nội dung | Đơn vị/ cá nhân phụ trách",
      "7h15 - 8h00 | Chuyên đề 3: Giới thiệu các tổ chức Đoàn, Hội | Đoàn trường",
    ].join("\n");
    const rows = readPlan(text).tasks.filter((t) => t.timing.some((r) => r.items.some((i) => i.kind === "timed")));
    expect(rows.map((t) => [t.title, t.timing[0]!.items[0]!.start, t.units.map((u) => u.written)])).toEqual([
      ["Ổn định tổ chức, giới thiệu chương trình", "2026-08-24T07:00+07:00", ["Ban Giám hiệu"]],
      ["Chuyên đề 3: Giới thiệu các tổ chức Đoàn, Hội", "2026-08-25T07:15+07:00", ["Đoàn trường"]],
    ]);
  });
});

describe("what a schedule's rules must leave alone", () => {
  it("keeps a row short of its last cells in its columns, and a day line's day to its own table", () => {
    const text = [
      "KẾ HOẠCH",
      "Công tác năm 2026",
      "I. NỘI DUNG",
      "Thời gian | Nội dung | Đơn vị chủ trì | Ghi chú",
      "Tháng 1/2026 | Xây dựng kế hoạch | Phòng Giáo dục và Đào tạo | Đã giao",
      "Tháng 2/2026 | Tập huấn giáo viên | Trường THCS Tân An",
      "Thứ Hai, ngày 24/8/2026",
      "Thời gian | Nội dung",
      "07h00 | Chào cờ đầu năm",
      "Các lớp ổn định nề nếp.",
      "Thời gian | Nội dung",
      "07h00 | Trực cổng hằng ngày",
    ].join("\n");
    const tasks = readPlan(text).tasks;
    const byTitle = (title: string) => tasks.find((t) => t.title === title);
    expect(byTitle("Tập huấn giáo viên")?.timing[0]?.items[0]?.start).toBe("2026-02-01");
    expect(byTitle("Chào cờ đầu năm")?.timing[0]?.items[0]?.start).toBe("2026-08-24T07:00+07:00");
    expect(byTitle("Trực cổng hằng ngày")?.timing.flatMap((r) => r.items).some((i) => i.start.startsWith("2026-08-24"))).toBe(false);
  });

  it("keeps tasks that start like a form's label or end with their date", () => {
    expect(["Ký cam kết thi đua giữa các thôn", "Tổ chức Lễ ra quân, ngày 05 tháng 3 năm 2026."].map(isFormFurniture)).toEqual([false, false]);
  });
});

describe("a board's members listed in a plan", () => {
  it("are no tasks, while a member given a duty is one", () => {
    expect(["Ông: Trương Đình Nam - Bí thư ĐTN - Trưởng ban", "Bà Trương Hải Thanh, Phó Giám đốc Sở GDĐT, Phó Trưởng ban"].map(isMemberLine)).toEqual([true, true]);
    expect(["Đ/c Nguyễn Văn An - Phó Chủ tịch UBND: phụ trách chung", "Ông Nguyễn Văn An, Chủ tịch UBND xã chủ trì hội nghị"].map(isMemberLine)).toEqual([false, false]);
  });
});

describe("a team's table of who does what", () => {
  it("gives the people it names, and the team's posts anywhere in the plan, to the team", () => {
    const plan = readPlan([
      "SỞ CÔNG THƯƠNG TỈNH LÀO CAI", "KẾ HOẠCH", "Kiểm tra, cấp Giấy chứng nhận huấn luyện năm 2026",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Tổ trưởng tổ công tác phân công nhiệm vụ cho từng thành viên trước ngày 25/4/2026.",
      "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA, CẤP GIẤY CHỨNG NHẬN HUẤN LUYỆN KỸ THUẬT AN TOÀN VLNCN",
      "TT\tNhiệm vụ thực hiện\tNgười thực hiện\tGhi chú",
      "1\tRà soát việc đáp ứng các điều kiện của học viên\tĐỗ Mạnh Cường; Vũ Việt Linh\t",
    ].join("\n"));
    const team = "Tổ công tác kiểm tra, cấp giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp Sở Công Thương tỉnh Lào Cai";
    expect(plan.tasks.map((t) => [t.title.slice(0, 20), t.units.map((u) => u.name)])).toEqual([
      ["Phân công nhiệm vụ c", [team]],
      ["Rà soát việc đáp ứng", [team]],
    ]);
  });

  it("gives a roster's rows to the team its column names, and a team's post to each numbered team", () => {
    const plan = readPlan([
      "SỞ Y TẾ CÀ MAU", "BỆNH VIỆN SẢN - NHI", "Số: 32/KH-BV Cà Mau, ngày 19 tháng 5 năm 2026", "KẾ HOẠCH", "Kiểm tra chất lượng các khoa, phòng năm 2026",
      "Căn cứ Quyết định số 1577/QĐ-UBND ngày 31 tháng 10 năm 2025 của UBND tỉnh Cà Mau quy định chức năng, nhiệm vụ của Bệnh viện Sản - Nhi Cà Mau thuộc Sở Y tế tỉnh Cà Mau;",
      "I. TỔ CHỨC 02 ĐOÀN KIỂM TRA",
      "Đoàn | Họ tên | Chức vụ/đơn vị | Vai trò | Nhiệm vụ trọng tâm",
      "Chỉ đạo chung | Ông Trương Minh Kiển | Giám đốc Bệnh viện | Chỉ đạo chung | Phê duyệt kế hoạch, chỉ đạo xử lý tồn tại",
      "Đoàn 01 | Ông Nguyễn Việt Trí | Trưởng phòng Kế hoạch tổng hợp | Trưởng đoàn | Điều hành đoàn, chấm nhóm quản trị",
      "Đoàn 02 | Bà Trần Thiên Lý | Phó Giám đốc | Trưởng đoàn | Điều hành đoàn, chỉ đạo xử lý chuyên môn",
      "II. TỔ CHỨC THỰC HIỆN",
      "1. Thư ký đoàn kiểm tra rà soát dữ liệu ngay sau khi kết thúc kiểm tra.",
    ].join("\n"));
    const hospital = "Bệnh viện Sản - Nhi Cà Mau";
    expect(plan.tasks.map((t) => [t.title.slice(0, 20), t.units.map((u) => u.name)])).toEqual([
      ["Phê duyệt kế hoạch, ", [hospital]],
      ["Điều hành đoàn, chấm", [`Đoàn kiểm tra 01 ${hospital}`]],
      ["Điều hành đoàn, chỉ ", [`Đoàn kiểm tra 02 ${hospital}`]],
      ["Rà soát dữ liệu ngay", [`Đoàn kiểm tra 01 ${hospital}`, `Đoàn kiểm tra 02 ${hospital}`]],
    ]);
  });

  it("gives an inspection calendar's rows to the numbered teams its columns name, across a page's debris", () => {
    const plan = readPlan([
      "SỞ Y TẾ CÀ MAU", "BỆNH VIỆN SẢN - NHI", "Số: 32/KH-BV Cà Mau, ngày 19 tháng 5 năm 2026", "KẾ HOẠCH", "Kiểm tra chất lượng các khoa, phòng năm 2026",
      "Căn cứ Quyết định số 1577/QĐ-UBND ngày 31 tháng 10 năm 2025 của UBND tỉnh Cà Mau quy định chức năng, nhiệm vụ của Bệnh viện Sản - Nhi Cà Mau thuộc Sở Y tế tỉnh Cà Mau;",
      "PHỤ LỤC", "Lịch kiểm tra 02 đoàn",
      "stt | Ngày kiểm tra | Đoàn 01 - 02 khoa lâm sàng | Đoàn 02 - 02 khoa lâm sàng | Ghi chú",
      "1. | 27/05/2026 | Sơ sinh, Nội tổng hợp | Dược | Chấm trên Smartphone",
      "2. | 03/06/2026 | Sanh, Sản thường |  | ",
      // A stamp's letters at a page break, as a scan's text layer keeps them: the table goes on.
      "4VVỉ", "iÀi",
      "3. | 10/06/2026 | Phụ, Sản bệnh | Xét nghiệm | ",
    ].join("\n"));
    const hospital = "Bệnh viện Sản - Nhi Cà Mau";
    expect(plan.tasks.map((t) => [t.timing[0]?.items[0]?.start, t.units.map((u) => u.name)])).toEqual([
      ["2026-05-27", [`Đoàn kiểm tra 01 ${hospital}`, `Đoàn kiểm tra 02 ${hospital}`]],
      ["2026-06-03", [`Đoàn kiểm tra 01 ${hospital}`]],
      ["2026-06-10", [`Đoàn kiểm tra 01 ${hospital}`, `Đoàn kiểm tra 02 ${hospital}`]],
    ]);
  });
});

describe("a commune's notice published as a web page", () => {
  it("takes the issuer from the sentence that addresses the readers, and the numbered sentences of work as tasks", () => {
    const text = [
      "Thực hiện Thông báo số 675/TB-UBND ngày 12/8/2024 của UBND Thành phố Hà Nội về việc treo cờ Tổ Quốc.",
      "UBND xã Duyên Hà đề nghị các thôn, xóm, trường học, các cơ quan đơn vị và nhân dân trên địa bàn xã Duyên Hà thực hiện các nội dung sau:",
      "1. Tổ chức treo Cờ Tổ quốc, Pa nô, băng rôn khẩu hiệu tuyên truyền kỷ niệm tại trụ sở UBND xã, các thôn, xóm.",
      "2. Các thôn, xóm vận động nhân dân treo cờ Tổ quốc tại gia đình và trên các trục đường chính của thôn, xóm.",
    ].join("\n");
    const plan = readPlan(text);
    expect(plan.issuer).toBe("Ủy ban nhân dân xã Duyên Hà");
    expect(plan.tasks.map((t) => t.title.slice(0, 30))).toEqual(["Tổ chức treo Cờ Tổ quốc, Pa nô", "Các thôn, xóm vận động nhân dâ"]);
    // Two sentences of work under one number are two tasks; what they say when, each its own.
    const holiday = [
      "TRƯỜNG ĐẠI HỌC VINH", "Vinh, ngày 05 tháng 4 năm 2019", "THÔNG BÁO", "Nghỉ Giỗ Tổ Hùng Vương, 30/4 và 1/5 năm 2019",
      "1. Giao cho trưởng các khoa, viện thông báo và tổ chức cho sinh viên nghỉ lễ từ ngày 29/4/2019 đến hết ngày 01/5/2019. Phòng Đào tạo, Phòng Hành chính Tổng hợp theo dõi việc thực hiện nền nếp dạy, học trước và sau nghỉ lễ.",
      "2. Trung tâm Dịch vụ phối hợp với Công ty vệ sĩ chịu trách nhiệm tổ chức bảo vệ, tuần tra canh gác Nhà trường trong dịp nghỉ lễ.",
    ].join("\n");
    expect(readPlan(holiday).tasks.map((t) => [t.title.slice(0, 24), t.timing.flatMap((r) => r.items.map((i) => `${i.start}..${i.end}`))])).toEqual([
      ["Giao cho trưởng các khoa", ["2019-04-29..2019-05-01"]],
      ["Phòng Đào tạo, Phòng Hàn", []],
      ["Trung tâm Dịch vụ phối h", []],
    ]);
    const late = "THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC\nThực hiện Kế hoạch số 469/KH-UBND của UBND xã Thiệu Vân về việc tuyên truyền (30/4/1975 - 30/4/2025. Uỷ ban nhân dân xã Thiệu Vân thông báo đến các cơ quan, đơn vị và toàn thể nhân dân thực hiện như sau:\n1/ Tất cả các cơ quan treo cờ Tổ quốc từ ngày 29/4/2025 đến hết ngày 01/5/2025.";
    expect(readPlan(late).issuer).toBe("Ủy ban nhân dân xã Thiệu Vân");
  });
});

describe("work that runs until the plan's work is done", () => {
  it("ends `Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê` on the last day the plan dates", () => {
    const text = [
      "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 1627/QĐ-UBND Quảng Ngãi, ngày 05 tháng 11 năm 2025", "KẾ HOẠCH", "Tổng kiểm kê tài sản công",
      "I. NHIỆM VỤ",
      "1. Tuyên truyền, phổ biến về Tổng kiểm kê.", "Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.",
      "2. Báo cáo kết quả Tổng kiểm kê về Bộ Tài chính.", "Thời gian hoàn thành: Trước ngày 31/5/2026.",
    ].join("\n");
    const tasks = readPlan(text).tasks;
    expect(tasks.map((t) => t.timing.flatMap((r) => r.items.map((i) => `${i.kind} ${i.start}..${i.end}`)))).toEqual([["span 2025-11-01..2026-05-30"], ["deadline 2026-05-30..2026-05-30"]]);
  });
});

describe("steps grouped under a label", () => {
  it("reads each `+` step under `- Cấp xã` as a task of that level, under a label naming no one or over steps naming their own doers as a task of its own", () => {
    const text = [
      "ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "Số: 160/KH-UBND Cần Thơ, ngày 17 tháng 11 năm 2025", "KẾ HOẠCH", "Giám sát, đánh giá Chương trình",
      "I. CÁC BƯỚC GIÁM SÁT",
      "1. Các bước",
      "- Cấp xã",
      "+ Chọn ngẫu nhiên ấp/khu vực để tiến hành giám sát trong tháng 12/2025.",
      "+ Thu thập các tài liệu liên quan.",
      "- Tại hiện trường",
      "+ Tiến hành kiểm tra ở ấp/khu vực.",
      "+ Tham vấn trực tiếp người dân.",
      "- Tổng hợp, báo cáo ở cấp thành phố",
      "+ Các cơ quan, đơn vị liên quan thu thập thông tin theo các mẫu biểu.",
      "+ Sở Nông nghiệp và Môi trường tổng hợp chung các mẫu biểu.",
    ].join("\n");
    const tasks = readPlan(text).tasks;
    expect(tasks.map((t) => [t.title.slice(0, 24), t.units.map((u) => u.name)])).toEqual([
      ["Chọn ngẫu nhiên ấp/khu v", ["Cấp xã"]],
      ["Thu thập các tài liệu li", ["Cấp xã"]],
      ["Tiến hành kiểm tra ở ấp/", []],
      ["Tham vấn trực tiếp người", []],
      // Steps that each name who does them are tasks of their own under the line that groups them.
      ["Các cơ quan, đơn vị liên", ["Các cơ quan, đơn vị liên quan"]],
      ["Sở Nông nghiệp và Môi tr", ["Sở Nông nghiệp và Môi trường thành phố Cần Thơ"]],
    ]);
    expect(tasks[0]!.timing[0]!.items[0]).toMatchObject({ start: "2025-12-01", end: "2025-12-31" });
  });
});

describe("a unit's duties grouped by the role it has", () => {
  it("reads each bullet under `a) Chủ trì, phối hợp với …` or `b) Phối hợp với …` as the unit's duty with those partners, unless it names its own", () => {
    const text = [
      "ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "Số: 12/KH-UBND Sơn La, ngày 10 tháng 11 năm 2025", "KẾ HOẠCH", "Phát triển xuất khẩu hàng hóa",
      "I. TỔ CHỨC THỰC HIỆN",
      "1. Sở Công Thương",
      "a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường",
      "- Tổ chức chương trình tập huấn kiến thức về xuất khẩu hàng hóa trong quý I/2026.",
      "- Tổ chức, tham gia các hoạt động kết nối giao thương.",
      "b) Phối hợp với Sở Tài chính",
      "- Hỗ trợ các nhà đầu tư đến đầu tư phát triển hạ tầng thương mại.",
      "- Chủ động phối hợp với Ngân hàng Nhà nước khu vực 9 hỗ trợ doanh nghiệp.",
    ].join("\n");
    const tasks = readPlan(text).tasks;
    expect(tasks.map((t) => [t.title.slice(0, 30), t.units.map((u) => `${u.role} ${u.name}`)])).toEqual([
      ["Tổ chức chương trình tập huấn ", ["lead Sở Công Thương tỉnh Sơn La", "support Các sở, ban, ngành", "support Ủy ban nhân dân các xã, phường"]],
      ["Tổ chức, tham gia các hoạt độn", ["lead Sở Công Thương tỉnh Sơn La", "support Các sở, ban, ngành", "support Ủy ban nhân dân các xã, phường"]],
      ["Hỗ trợ các nhà đầu tư đến đầu ", ["lead Sở Công Thương tỉnh Sơn La", "support Sở Tài chính tỉnh Sơn La"]],
      ["Chủ động phối hợp với Ngân hàn", ["lead Sở Công Thương tỉnh Sơn La", "support Ngân hàng Nhà nước khu vực 9"]],
    ]);
    expect(tasks[0]!.timing[0]!.items[0]).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
  });
});

describe("the funding section", () => {
  it("keeps how the work is paid for out of the tasks, but a unit's duty written there is one", () => {
    const text = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "KẾ HOẠCH", "Triển khai thi hành Luật Việc làm", "I. NHIỆM VỤ", "1. Sở Nội vụ tổ chức tập huấn trong quý I/2026.", "II. KINH PHÍ THỰC HIỆN", "1. Kinh phí bảo đảm thực hiện Kế hoạch này được bố trí từ nguồn ngân sách nhà nước hằng năm.", "2. Sở Tài chính chủ trì, phối hợp với các sở, ngành, cơ quan liên quan bố trí kinh phí chi thường xuyên theo quy định."].join("\n");
    const tasks = readPlan(text).tasks;
    expect(tasks.map((t) => t.id)).toEqual(["I.1", "II.2"]);
    expect(tasks[1]!.units.map((u) => `${u.role} ${u.name}`)).toEqual(["lead Sở Tài chính thành phố Hồ Chí Minh", "support Các sở, ngành, cơ quan liên quan"]);
  });
});

describe("a task table copied from a web page", () => {
  it("keeps reading rows after a group row of one merged cell, and gives a requested body's duties to it", () => {
    const text = [
      "ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "KẾ HOẠCH", "Chuyển đổi số cho các doanh nghiệp",
      "I. TỔ CHỨC THỰC HIỆN",
      "1. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Liên minh Hợp tác xã Tỉnh",
      "a) Tuyên truyền, vận động hội viên tích cực tham gia các hoạt động chuyển đổi số.",
      "PHỤ LỤC",
      "STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành",
      "I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY",
      "1 | Triển khai nền tảng đào tạo trực tuyến mở đại trà | Sở KH&CN | Các sở, ban, ngành tỉnh; UBND các xã, phường | Thường xuyên",
      "II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH",
      "2 | Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp | Sở KH&CN | Các sở, ban, ngành tỉnh | Quí IV-2025",
    ].join("\n");
    const tasks = readPlan(text).tasks;
    const summary = tasks.map((t) => [t.title.slice(0, 30), t.units.map((u) => `${u.role} ${u.name}`), t.timing.flatMap((r) => r.items.map((i) => `${i.kind} ${i.start}..${i.end}`))]);
    expect(summary).toEqual([
      ["Tuyên truyền, vận động hội viê", ["lead Hiệp hội Doanh nghiệp tỉnh Đồng Tháp", "lead Liên minh Hợp tác xã tỉnh Đồng Tháp"], []],
      ["Triển khai nền tảng đào tạo tr", ["lead Sở Khoa học và Công nghệ tỉnh Đồng Tháp", "support Các sở, ban, ngành tỉnh", "support Ủy ban nhân dân các xã, phường"], []],
      ["Xây dựng Bộ tiêu chí đánh giá ", ["lead Sở Khoa học và Công nghệ tỉnh Đồng Tháp", "support Các sở, ban, ngành tỉnh"], ["deadline 2025-12-31..2025-12-31"]],
    ]);
  });
});

describe("a section of tasks given unit by unit", () => {
  it("gives the bullets under a heading that only names a unit (`1.2. Sở Tài chính - Cơ quan thường trực …`) to that unit", () => {
    const text = [
      "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "KẾ HOẠCH", "Kiểm kê tài sản công",
      "IV. NHIỆM VỤ CỤ THỂ", "1. Nhiệm vụ của thành viên Ban Chỉ đạo",
      "1.1. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", "- Tổng hợp kết quả kiểm kê, báo cáo Bộ Tài chính trước ngày 31/5/2026.",
      "1.2. Trách nhiệm của Ủy ban nhân dân các xã, phường:", "- Thành lập Tổ kiểm kê tài sản cấp xã.",
    ].join("\n");
    const tasks = readPlan(text).tasks;
    expect(tasks.map((t) => [t.title.slice(0, 20), t.units.filter((u) => u.role === "lead").map((u) => u.name)])).toEqual([
      ["Tổng hợp kết quả kiể", ["Sở Tài chính tỉnh Quảng Ngãi"]],
      ["Thành lập Tổ kiểm kê", ["Ủy ban nhân dân các xã, phường"]],
    ]);
  });
});

describe("a notice without headings, on a web page", () => {
  const notice = [
    "BỘ TÀI CHÍNH", "CỤC THUẾ", "-------", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
    "Số: 983/TB-CT", "Hà Nội, ngày 21", "tháng 11 năm 2025", "THÔNG BÁO", "KẾ HOẠCH TẠM DỪNG", "ỨNG DỤNG TMS PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG MÁY CHỦ",
    "Cục Thuế có kế hoạch nâng cấp hệ thống Quản lý thuế", "tập trung (TMS) từ 18h00 tối Thứ Bảy ngày 22/11/2025 đến 03h00 sáng Chủ Nhật", "ngày 23/11/2025. Trong thời gian này, Cục Thuế sẽ tạm dừng ứng dụng TMS và một", "số chức năng, cụ thể như sau:",
    "- Dừng Ứng dụng quản lý thuế tập trung (TMS);", "- Dừng chức năng trả thông báo bước 2 (Etax và", "iCanhan);",
    "Cục Thuế thông báo để các đơn vị được biết./.",
    "Nơi nhận:", "- Lãnh đạo Cục Thuế (để báo cáo);", "- Lưu: VT.",
    "## Văn bản liên quan", "Ban hành:", "12/11/2024", "Hiệu lực: Đã biết", "Cập nhật:", "15/11/2024",
  ].join("\n");

  it("ends a title in capitals where an ordinary sentence begins, and times the list by the paragraph that introduces it", () => {
    const plan = readPlan(notice);
    expect(plan.title).toBe("KẾ HOẠCH TẠM DỪNG ỨNG DỤNG TMS PHỤC VỤ VIỆC CHUYỂN ĐỔI HỆ THỐNG MÁY CHỦ");
    // A department of a ministry, no place of its own: national.
    expect([plan.issuer, plan.scope]).toEqual(["Cục Thuế", "Trung ương"]);
    const stops = plan.tasks.filter((t) => t.title.startsWith("Dừng"));
    expect(stops).toHaveLength(2);
    expect(stops[0]!.title).toBe("Dừng Ứng dụng quản lý thuế tập trung (TMS)");
    for (const task of stops) {
      expect(task.timing.flatMap((r) => r.items).map((i) => [i.kind, i.start, i.end])).toEqual([["timed", "2025-11-22T18:00+07:00", "2025-11-23T03:00+07:00"]]);
    }
  });

  it("makes no task of the page's debris after the document's last words, nor of a date alone on its line", () => {
    const plan = readPlan(notice);
    expect(plan.tasks.some((t) => /Ban hành|Hiệu lực|Cập nhật|^\d/u.test(t.title))).toBe(false);
  });

  it("still reads an appendix after the signature", () => {
    const plan = readPlan([
      "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Số: 980/KH-UBND", "Nghệ An, ngày 18 tháng 11 năm 2025", "KẾ HOẠCH", "Thực hiện Nghị định",
      "I. NỘI DUNG", "1. Các sở, ngành triển khai theo Phụ lục kèm theo.", "Yêu cầu các sở, ban, ngành thực hiện nghiêm túc./.",
      "Nơi nhận:", "- Như trên;", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ",
      "1. Tổ chức diễn tập phòng thủ dân sự cấp tỉnh trong tháng 12/2025.",
    ].join("\n"));
    expect(plan.tasks.map((t) => t.title)).toContain("Tổ chức diễn tập phòng thủ dân sự cấp tỉnh trong tháng 12/2025");
  });
});

describe("the paragraph that opens a part", () => {
  it("says who does the items after it", () => {
    const plan = readPlan([
      "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Số: 982/KH-UBND", "Nghệ An, ngày 19 tháng 11 năm 2025", "KẾ HOẠCH", "Triển khai Đợt thi đua",
      "I. MỤC ĐÍCH, YÊU CẦU", "1. Phát huy sức mạnh tổng hợp.",
      "II. NỘI DUNG ĐỢT THI ĐUA",
      "Để toàn dân đồng lòng, thi đua hành động, hướng tới Đại hội thành công; các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội, các xã, phường, các doanh nghiệp (sau đây viết tắt là cơ quan, đơn vị) triển khai Đợt thi đua, tập trung thi đua thực hiện các nội dung chủ yếu sau:",
      "1. Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025.",
      "2. Thi đua thực hiện tốt công tác chuẩn bị Đại hội.",
    ].join("\n"));
    const first = plan.tasks.find((t) => t.title.startsWith("Thi đua thực hiện thắng lợi"))!;
    expect(first.units.map((u) => [u.role, u.name])).toEqual([
      ["lead", "Các sở, ban, ngành"],
      ["lead", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"],
      ["lead", "Các tổ chức chính trị - xã hội"],
      ["lead", "Các xã, phường"],
      ["lead", "Các doanh nghiệp"],
    ]);
  });
});

describe("a task table whose cells stand one under another, wrapped", () => {
  it("puts each row's cells back side by side, the cells after the content in the columns they look like", () => {
    const plan = readPlan([
      "ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 980/KH-UBND", "Nghệ An, ngày 18", "tháng 11 năm 2025", "KẾ HOẠCH", "Thực hiện Nghị định phòng thủ dân sự",
      "I. NỘI DUNG", "Chi tiết tại Phụ lục kèm theo.", "Yêu cầu các sở, ban, ngành thực hiện nghiêm túc./.",
      "PHỤ LỤC", "DANH MỤC NHIỆM VỤ",
      "TT", "Nội dung thực", "hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn", "thành", "Sản phẩm dự kiến",
      "I", "KIỆN TOÀN VÀ HOÀN THIỆN", "CƠ CHẾ CHỈ ĐẠO",
      "1", "Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh,", "cấp xã (Điều 7, 8 Nghị định)", "Bộ CHQS tỉnh", "Văn phòng Ban Chỉ", "huy; các sở, ban, ngành", "Trước ngày", "30/11/2025", "Quyết định của Chủ", "tịch UBND tỉnh",
      "2", "Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh", "Sở Y tế", "Sở Tài chính và cơ quan, địa phương liên quan", "2025",
      "….................................",
      "3", "Tiếp nhận các số, tần số trực canh, cấp cứu", "Sở Khoa học và", "Công nghệ", "Cơ quan, địa phương", "liên quan", "2025",
    ].join("\n"));
    const rows = plan.tasks.filter((t) => /^(Tổ chức lại|Hướng dẫn thanh toán|Tiếp nhận các số)/u.test(t.title));
    expect(rows.map((t) => [t.title, t.units.map((u) => `${u.role}:${u.name}`), t.timing.flatMap((r) => r.items).map((i) => `${i.kind} ${i.start}`)])).toEqual([
      ["Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã (Điều 7, 8 Nghị định)", ["lead:Bộ Chỉ huy Quân sự tỉnh Nghệ An", "support:Văn phòng Ban Chỉ huy tỉnh Nghệ An", "support:Các sở, ban, ngành"], ["deadline 2025-11-29"]],
      ["Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh", ["lead:Sở Y tế tỉnh Nghệ An", "support:Sở Tài chính tỉnh Nghệ An", "support:Cơ quan, địa phương liên quan"], ["deadline 2025-12-31"]],
      ["Tiếp nhận các số, tần số trực canh, cấp cứu", ["lead:Sở Khoa học và Công nghệ tỉnh Nghệ An", "support:Cơ quan, địa phương liên quan"], ["deadline 2025-12-31"]],
    ]);
  });
});

describe("a programme of many years, its units' duties and its appendix", () => {
  const plan = readPlan([
    "ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 624/KH-UBND", "Hà Tĩnh, ngày 19", "tháng 11 năm 2025", "KẾ HOẠCH",
    "THỰC HIỆN CHƯƠNG TRÌNH “NÂNG CAO CHẤT LƯỢNG GIÁO DỤC MẦM NON GIAI ĐOẠN 2026 - 2030, ĐỊNH HƯỚNG ĐẾN NĂM 2045”",
    "Thực hiện Quyết định số 2270/QĐ-TTg ngày 14/10/2025 của Thủ tướng Chính phủ.",
    "I. NHIỆM VỤ",
    "1. Kế hoạch phát triển giai đoạn 2026 - 2030",
    "Trong giai đoạn 2026 - 2030, bảo đảm xây dựng trạm 5G tại các khu công nghiệp, cụ thể như sau:",
    "- Lắp đặt các trạm phát sóng 5G trong các khu công nghiệp.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Giáo dục và Đào tạo",
    "- Tổ chức tập huấn cho giáo viên hằng năm.",
    "- Trước ngày 15/12 hàng năm tổng hợp, báo cáo kết quả thực hiện.",
    "2. Các doanh nghiệp viễn thông",
    "- Căn cứ kế hoạch này, khẩn trương xây dựng kế hoạch phủ sóng 5G.",
    "3. Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp",
    "- Tạo điều kiện về mặt bằng cho việc lắp đặt thiết bị.",
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành cấp tỉnh nghiêm túc triển khai thực hiện.",
    "Nơi nhận: - Bộ Giáo dục và Đào tạo; - Lưu: VT.",
    "PHỤ LỤC",
    "NHIỆM VỤ CHỦ YẾU",
    "TT | Nội dung/nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện",
    "1 | Khảo sát, đánh giá thực trạng hạ tầng viễn thông | Sở Khoa học và Công nghệ | Sở Công Thương | Quý III Năm 2026",
  ].join("\n"));
  const task = (start: string) => plan.tasks.find((t) => t.title.startsWith(start))!;
  const items = (start: string) => task(start).timing.flatMap((r) => r.items).map((i) => `${i.kind} ${i.start}..${i.end}`);
  const units = (start: string) => task(start).units.map((u) => `${u.role}:${u.name}`);

  it("takes a title in capitals that starts `THỰC HIỆN` for the title, and its period for the recurring work, from the period's first year", () => {
    expect(plan.title).toMatch(/^THỰC HIỆN CHƯƠNG TRÌNH/u);
    expect(items("Tổ chức tập huấn cho giáo viên")).toEqual(["recurring 2026-12-31..2030-12-31"]);
    expect(items("Trước ngày 15/12 hàng năm")).toEqual(["recurring 2026-12-14..2030-12-14"]);
  });

  it("dates the items of a part by `Trong giai đoạn 2026 - 2030`", () => {
    expect(items("Lắp đặt các trạm phát sóng 5G")).toEqual(["span 2026-01-01..2030-12-31"]);
  });

  it("reads a unit's duty that starts `Căn cứ kế hoạch này` as a duty, the units after it too", () => {
    expect(units("Căn cứ kế hoạch này, khẩn trương")).toEqual(["lead:Các doanh nghiệp viễn thông"]);
    expect(units("Tạo điều kiện về mặt bằng")).toEqual(["lead:Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp"]);
  });

  it("gives the closing request to the bodies asked, and an appendix's rows only their own columns' units", () => {
    expect(units("nghiêm túc triển khai thực hiện")).toEqual(["lead:Các sở, ban, ngành cấp tỉnh"]);
    expect(units("Khảo sát, đánh giá thực trạng")).toEqual(["lead:Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", "support:Sở Công Thương tỉnh Hà Tĩnh"]);
  });

  it("reads a `Thời gian dự kiến hoàn thành` column as tentative due dates", () => {
    const table = readPlan(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "Số: 2820/QĐ-UBND", "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025", "KẾ HOẠCH", "Triển khai hệ thống thông tin quy hoạch",
      "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian dự kiến hoàn thành",
      "1 | Xây dựng hạ tầng công nghệ thông tin tại Sở | Sở Tài chính | Các sở, ngành | Quý IV/2026"].join("\n"));
    const row = table.tasks.find((t) => t.title.startsWith("Xây dựng hạ tầng"))!;
    expect(row.timing.map((r) => [r.tentative, r.items.map((i) => `${i.kind} ${i.start}`)])).toEqual([[true, ["deadline 2026-12-31"]]]);
  });

  it("reads a title `… ĐẾN NĂM 2030` as a programme from the year of issue, a vision's year as none", () => {
    const until = (title: string) => readPlan(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 310/KH-UBND", "Hà Nội, ngày 24 tháng 11 năm 2025", "KẾ HOẠCH", title, "I. NHIỆM VỤ", "1. Sở Khoa học và Công nghệ", "- Tổng hợp số liệu hằng năm."].join("\n"));
    const yearly = (title: string) => until(title).tasks[0]!.timing.flatMap((r) => r.items).map((i) => `${i.start}..${i.end}`);
    expect(yearly("PHÁT TRIỂN HẠ TẦNG 5G TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030")).toEqual(["2025-12-31..2030-12-31"]);
    expect(yearly("PHÁT TRIỂN HẠ TẦNG SỐ, TẦM NHÌN ĐẾN NĂM 2045")).toEqual(["2025-12-31..2025-12-31"]);
  });
});
