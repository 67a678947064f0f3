import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clauseEnds, timingPhrases } from "../../src/reader/sentences.ts";

describe("timing phrases inside sentences", () => {
  it.each([
    ["Gửi Sở Tài chính tổng hợp trước ngày 19/5/2023; thường xuyên báo cáo tiến độ hàng tháng.", ["trước ngày 19/5/2023", "thường xuyên báo cáo tiến độ hàng tháng"]],
    ["Tổng kết phong trào thi đua vào cuối năm 2023.", ["vào cuối năm 2023"]],
    ["Tuyên truyền sâu đậm trước từng sự kiện 20 ngày và sau mỗi sự kiện 05 ngày.", ["trước từng sự kiện 20 ngày và sau mỗi sự kiện 05 ngày"]],
    ["Treo băng rôn trước Lễ kỷ niệm 05 ngày.", ["trước Lễ kỷ niệm 05 ngày"]],
    ["Báo cáo định kỳ hàng quý về Ban Chỉ đạo.", ["Báo cáo định kỳ hàng quý"]],
    ["Tổ chức khi cấp trên phát động.", ["Tổ chức khi cấp trên phát động"]],
    ["Kỷ niệm 70 năm Ngày giải phóng huyện (29/10/1954 - 29/10/2024) trang trọng, thiết thực.", []],
    ["Các đơn vị chủ động triển khai thực hiện.", []],
    ["Phát động phong trào hàng quý.", ["hàng quý"]],
    ["Phát động phong trào kháng quý.", []],
    ["Treo khẩu hiệu trên sau lễ.", ["sau lễ"]],
    ["Tham mưu ban hành bảng giá tính thuế tài nguyên hàng năm theo quy định.", ["hàng năm"]],
    ["Các Sở định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất báo cáo.", ["định kỳ hàng năm (trước ngày 10/12)"]],
    ["Báo cáo kết quả thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ.", []],
    ["Điều chỉnh Quy hoạch tỉnh thời kỳ 2021–2030, tầm nhìn đến năm 2050.", []],
    ["Nội dung tuyên truyền xuyên suốt từ nay đến kết thúc cuộc bầu cử đại biểu Quốc hội khóa XVI", ["xuyên suốt từ nay đến kết thúc cuộc bầu cử"]],
    ["Đợt 3: Sau ngày bầu cử 15/3/2026", ["Sau ngày bầu cử 15/3/2026"]],
    ["Giám sát việc lập danh sách cử tri theo quy định của Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025).", []],
    ["Hoàn thành việc sửa đổi, bổ sung quy chế trong năm 2026.", ["trong năm 2026"]],
    ["Rà soát văn bản quy phạm pháp luật cần sửa đổi, bổ sung năm 2026.", ["năm 2026"]],
    ["Căn cứ nội dung của Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 theo Quyết định số 7619/QĐ-BCA ngày 08/9/2025, các sở tổ chức triển khai.", []],
    ["Tham mưu xây dựng Nghị định hướng dẫn thi hành Luật Phòng, chống ma túy năm 2025.", []],
    ["Giao Sở Nông nghiệp và Môi trường hướng dẫn thực hiện Đề án “Nâng cao nhận thức cộng đồng và Quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030” trên địa bàn.", []],
    ["Hoàn thành các chỉ tiêu của Chương trình mục tiêu quốc gia phòng, chống ma túy trong năm 2026.", ["trong năm 2026"]],
  ])("%s", (sentence, phrases) => {
    expect(timingPhrases(sentence).map((p) => p.phrase)).toEqual(phrases);
  });
});

describe("clause ends", () => {
  const byPattern = (text: string) => [...text.matchAll(/;|\.(?=\s+\p{Lu})|\.$/gu)].map((m) => m.index).concat(text.length);

  it("ends clauses at `;`, at `.` before a capital and at a final `.`", () => {
    expect(clauseEnds("Một; hai. Ba. bốn.")).toEqual([3, 8, 17, 18]);
    expect(clauseEnds("ngày 19.5.2023. Đã xong")).toEqual([14, 23]);
  });

  it("finds the same ends as the pattern on any text", () => {
    const unit = fc.constantFrom(..."aĐđ;.. \t\u00a0\u2003\n", "Ả", "𝐀", "𝐚", "x");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(clauseEnds(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});
