/**
 * The official commemorative and festive days, solar and lunar, as data: a plan that names one
 * without a date (`Tết Nguyên đán Ất Tỵ 2025`, `dịp Quốc khánh`, `80 năm Ngày thành lập Quân
 * đội nhân dân Việt Nam`) celebrates it on its day of the plan's year.
 */
export interface Holiday {
  /** Accent-free pattern of its name. */
  key: RegExp;
  name: string;
  /** Solar `MM-DD`, or a lunar day and month. */
  solar?: string;
  lunar?: [day: number, month: number];
  /** The historical date anniversaries count from, when there is one. */
  origin?: string;
}

export const HOLIDAYS: Holiday[] = [
  { key: /tet duong lich/, name: "Tết Dương lịch", solar: "01-01" },
  // `Chào Xuân Giáp Thìn`, `hội chợ Xuân`, `trong dịp Tết`: the lunar New Year too.
  { key: /tet nguyen dan|tet co truyen|mung xuan|don xuan|chao xuan|hoi cho xuan|tet am lich|dip tet(?! (?:nguyen dan|co truyen|am lich|duong lich|trung thu|doan ngo|thanh minh|nguyen tieu|thieu nhi))/, name: "Tết Nguyên đán", lunar: [1, 1] },
  { key: /tet nguyen tieu|ram thang gieng/, name: "Tết Nguyên tiêu", lunar: [15, 1] },
  { key: /gio to hung vuong|le hoi den hung/, name: "Giỗ Tổ Hùng Vương", lunar: [10, 3] },
  { key: /le phat dan/, name: "Lễ Phật đản", lunar: [15, 4] },
  { key: /tet doan ngo/, name: "Tết Đoan ngọ", lunar: [5, 5] },
  { key: /le vu lan|ram thang bay/, name: "Lễ Vu Lan", lunar: [15, 7] },
  { key: /tet trung thu/, name: "Tết Trung thu", lunar: [15, 8] },
  { key: /ong cong,? ong tao/, name: "Tết ông Công ông Táo", lunar: [23, 12] },
  { key: /ngay thanh lap dang cong san viet nam|thanh lap dang cong san viet nam|ngay thanh lap dang(?! bo| uy)|mung dang/, name: "Ngày thành lập Đảng Cộng sản Việt Nam", solar: "02-03", origin: "1930-02-03" },
  { key: /ngay thay thuoc viet nam/, name: "Ngày Thầy thuốc Việt Nam", solar: "02-27", origin: "1955-02-27" },
  { key: /ngay bien phong toan dan|ngay truyen thong bo doi bien phong/, name: "Ngày Biên phòng toàn dân", solar: "03-03", origin: "1959-03-03" },
  { key: /ngay quoc te phu nu|quoc te phu nu/, name: "Ngày Quốc tế Phụ nữ", solar: "03-08", origin: "1910-03-08" },
  { key: /ngay thanh lap doan (thanh nien cong san|tncs) ho chi minh|ngay thanh lap doan(?! the| ket| thanh vien)/, name: "Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh", solar: "03-26", origin: "1931-03-26" },
  { key: /ngay the thao viet nam/, name: "Ngày Thể thao Việt Nam", solar: "03-27", origin: "1946-03-27" },
  { key: /ngay van hoa cac dan toc viet nam/, name: "Ngày Văn hóa các dân tộc Việt Nam", solar: "04-19", origin: "2008-04-19" },
  { key: /ngay sach (va van hoa doc )?viet nam/, name: "Ngày Sách và Văn hóa đọc Việt Nam", solar: "04-21", origin: "2014-04-21" },
  { key: /giai phong (hoan toan )?mien nam|mien nam hoan toan giai phong|thong nhat dat nuoc|ngay chien thang 30\/4|dai thang mua xuan/, name: "Ngày Giải phóng miền Nam, thống nhất đất nước", solar: "04-30", origin: "1975-04-30" },
  { key: /quoc te lao dong/, name: "Ngày Quốc tế Lao động", solar: "05-01", origin: "1886-05-01" },
  { key: /chien thang dien bien phu/, name: "Chiến thắng Điện Biên Phủ", solar: "05-07", origin: "1954-05-07" },
  { key: /ngay khoa hoc va cong nghe viet nam/, name: "Ngày Khoa học và Công nghệ Việt Nam", solar: "05-18", origin: "2014-05-18" },
  { key: /ngay sinh (cua )?chu tich ho chi minh|sinh nhat bac|ngay sinh bac ho|ngay sinh cua bac/, name: "Ngày sinh Chủ tịch Hồ Chí Minh", solar: "05-19", origin: "1890-05-19" },
  { key: /ngay quoc te thieu nhi|quoc te thieu nhi/, name: "Ngày Quốc tế Thiếu nhi", solar: "06-01" },
  { key: /ngay bac ho ra di tim duong cuu nuoc/, name: "Ngày Bác Hồ ra đi tìm đường cứu nước", solar: "06-05", origin: "1911-06-05" },
  { key: /ngay nguoi cao tuoi viet nam/, name: "Ngày Người cao tuổi Việt Nam", solar: "06-06", origin: "1941-06-06" },
  { key: /ngay bao chi cach mang viet nam|ngay bao chi/, name: "Ngày Báo chí Cách mạng Việt Nam", solar: "06-21", origin: "1925-06-21" },
  { key: /ngay gia dinh viet nam/, name: "Ngày Gia đình Việt Nam", solar: "06-28", origin: "2001-06-28" },
  { key: /ngay thuong binh\s*[-,]?\s*liet si|(?<!(?:gia dinh|me|nguoi|con|than nhan)\s+(?:cac\s+)?)thuong binh liet si/, name: "Ngày Thương binh - Liệt sĩ", solar: "07-27", origin: "1947-07-27" },
  { key: /ngay thanh lap cong doan viet nam/, name: "Ngày thành lập Công đoàn Việt Nam", solar: "07-28", origin: "1929-07-28" },
  { key: /cach mang thang tam|cach mang thang 8/, name: "Cách mạng Tháng Tám", solar: "08-19", origin: "1945-08-19" },
  { key: /ngay truyen thong cong an nhan dan|ngay hoi toan dan bao ve an ninh to quoc/, name: "Ngày truyền thống Công an nhân dân", solar: "08-19", origin: "1945-08-19" },
  { key: /quoc khanh|tet doc lap|ngay doc lap/, name: "Quốc khánh", solar: "09-02", origin: "1945-09-02" },
  { key: /giai phong thu do/, name: "Ngày Giải phóng Thủ đô", solar: "10-10", origin: "1954-10-10" },
  { key: /ngay chuyen doi so quoc gia/, name: "Ngày Chuyển đổi số quốc gia", solar: "10-10", origin: "2022-10-10" },
  { key: /ngay doanh nhan viet nam/, name: "Ngày Doanh nhân Việt Nam", solar: "10-13", origin: "2004-10-13" },
  { key: /ngay thanh lap hoi nong dan viet nam/, name: "Ngày thành lập Hội Nông dân Việt Nam", solar: "10-14", origin: "1930-10-14" },
  { key: /ngay phu nu viet nam|ngay thanh lap hoi lien hiep phu nu viet nam/, name: "Ngày Phụ nữ Việt Nam", solar: "10-20", origin: "1930-10-20" },
  { key: /ngay phap luat( nuoc cong hoa xa hoi chu nghia)?( viet nam)?/, name: "Ngày Pháp luật Việt Nam", solar: "11-09", origin: "2013-11-09" },
  { key: /ngay hoi dai doan ket|ngay thanh lap mat tran (dan toc thong nhat viet nam|to quoc viet nam)|ngay truyen thong mat tran/, name: "Ngày thành lập Mặt trận Tổ quốc Việt Nam", solar: "11-18", origin: "1930-11-18" },
  { key: /ngay nha giao viet nam/, name: "Ngày Nhà giáo Việt Nam", solar: "11-20", origin: "1982-11-20" },
  { key: /ngay di san van hoa viet nam/, name: "Ngày Di sản Văn hóa Việt Nam", solar: "11-23", origin: "2005-11-23" },
  { key: /ngay thanh lap hoi cuu chien binh viet nam/, name: "Ngày thành lập Hội Cựu chiến binh Việt Nam", solar: "12-06", origin: "1989-12-06" },
  { key: /ngay toan quoc khang chien/, name: "Ngày Toàn quốc kháng chiến", solar: "12-19", origin: "1946-12-19" },
  { key: /ngay thanh lap quan doi nhan dan viet nam|quan doi nhan dan viet nam/, name: "Ngày thành lập Quân đội nhân dân Việt Nam", solar: "12-22", origin: "1944-12-22" },
  { key: /ngay hoi quoc phong toan dan|quoc phong toan dan/, name: "Ngày hội Quốc phòng toàn dân", solar: "12-22", origin: "1989-12-22" },
  { key: /ngay dan so viet nam/, name: "Ngày Dân số Việt Nam", solar: "12-26", origin: "1961-12-26" },
  // The world and national days plans time their yearly campaigns on (`các chiến dịch tuyên truyền cao điểm hàng năm: Ngày Môi trường thế giới (05/6) …`).
  { key: /ngay nuoc the gioi/, name: "Ngày Nước thế giới", solar: "03-22" },
  { key: /tuan le bien va hai dao viet nam/, name: "Tuần lễ Biển và Hải đảo Việt Nam", solar: "06-01" },
  { key: /ngay moi truong the gioi/, name: "Ngày Môi trường thế giới", solar: "06-05" },
  { key: /ngay dai duong the gioi/, name: "Ngày Đại dương thế giới", solar: "06-08" },
  { key: /ngay quoc te phong,? chong ma tuy|ngay toan dan phong,? chong ma tuy/, name: "Ngày Toàn dân phòng, chống ma túy", solar: "06-26" },
  { key: /ngay dan so the gioi/, name: "Ngày Dân số thế giới", solar: "07-11" },
  { key: /ngay the gioi phong,? chong aids/, name: "Ngày Thế giới phòng, chống AIDS", solar: "12-01" },
  { key: /ngay ky hiep dinh gio-?ne-?vo/, name: "Ngày ký Hiệp định Giơ-ne-vơ", solar: "07-20", origin: "1954-07-20" },
  { key: /ngay toan dan dua tre (em )?den truong/, name: "Ngày toàn dân đưa trẻ đến trường", solar: "09-05" },
  { key: /thanh lap (nganh giao duc|bo quoc gia giao duc)|ngay truyen thong nganh giao duc/, name: "Ngày thành lập Bộ Quốc gia Giáo dục", solar: "08-28", origin: "1945-08-28" },
];

/** National elections by the term of the National Assembly they elect (`khóa XVI`). */
export const ELECTIONS: Array<{ key: RegExp; date: string; name: string }> = [
  { key: /bau cu (?:dai bieu )?quoc hoi khoa xvi(?![a-z])/, date: "2026-03-15", name: "Ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031" },
  { key: /bau cu (?:dai bieu )?quoc hoi khoa xv(?![a-z])/, date: "2021-05-23", name: "Ngày bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026" },
  { key: /bau cu (?:dai bieu )?quoc hoi khoa xiv(?![a-z])/, date: "2016-05-22", name: "Ngày bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2016 - 2021" },
  { key: /bau cu (?:dai bieu )?quoc hoi khoa xiii(?![a-z])/, date: "2011-05-22", name: "Ngày bầu cử đại biểu Quốc hội khóa XIII và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2011 - 2016" },
];
