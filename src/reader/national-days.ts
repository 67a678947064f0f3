/** National commemorative days, for occasions a plan names without dates (`80 năm Ngày thành lập Quân đội nhân dân Việt Nam`). */
export const NATIONAL_DAYS: Array<{ key: RegExp; name: string; origin: string }> = [
  { key: /ngay thanh lap quan doi nhan dan viet nam/, name: "Ngày thành lập Quân đội nhân dân Việt Nam", origin: "1944-12-22" },
  { key: /ngay hoi quoc phong toan dan/, name: "Ngày hội Quốc phòng toàn dân", origin: "1989-12-22" },
  { key: /ngay thuong binh\s*-?\s*liet si/, name: "Ngày Thương binh - Liệt sĩ", origin: "1947-07-27" },
  { key: /quoc khanh/, name: "Quốc khánh", origin: "1945-09-02" },
  { key: /ngay giai phong (hoan toan )?mien nam/, name: "Ngày Giải phóng miền Nam, thống nhất đất nước", origin: "1975-04-30" },
  { key: /cach mang thang tam/, name: "Cách mạng Tháng Tám", origin: "1945-08-19" },
  { key: /ngay sinh (cua )?chu tich ho chi minh/, name: "Ngày sinh Chủ tịch Hồ Chí Minh", origin: "1890-05-19" },
  { key: /ngay thanh lap dang cong san viet nam/, name: "Ngày thành lập Đảng Cộng sản Việt Nam", origin: "1930-02-03" },
  { key: /chien thang dien bien phu/, name: "Chiến thắng Điện Biên Phủ", origin: "1954-05-07" },
  { key: /ngay nha giao viet nam/, name: "Ngày Nhà giáo Việt Nam", origin: "1982-11-20" },
  { key: /ngay thanh lap doan thanh nien cong san ho chi minh/, name: "Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh", origin: "1931-03-26" },
  { key: /ngay bien phong toan dan/, name: "Ngày Biên phòng toàn dân", origin: "1959-03-03" },
  { key: /ngay truyen thong cong an nhan dan/, name: "Ngày truyền thống Công an nhân dân", origin: "1945-08-19" },
  { key: /ngay thanh lap mat tran dan toc thong nhat viet nam/, name: "Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam", origin: "1930-11-18" },
  { key: /ngay ky hiep dinh gio-?ne-?vo/, name: "Ngày ký Hiệp định Giơ-ne-vơ", origin: "1954-07-20" },
];
