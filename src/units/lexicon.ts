/**
 * What the unit names of Vietnamese plans are made of, as data: abbreviations, colloquial
 * names, official names of common bodies, and the words that start a unit name.
 */

/** Abbreviation → expansion. Matched as whole words, case-sensitive, longest first. */
export const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/UB\s?MTTQ\s*(?:VN|Việt Nam)|UBMTTQVN|UB\s?MTTQ/g, "Ủy ban Mặt trận Tổ quốc Việt Nam"],
  [/MTTQ\s*VN|MTTQVN/g, "Mặt trận Tổ quốc Việt Nam"],
  [/MTTQ\s*Việt Nam/g, "Mặt trận Tổ quốc Việt Nam"],
  [/MTTQ/gi, "Mặt trận Tổ quốc Việt Nam"],
  [/TT\s*&\s*TT/g, "Thông tin và Truyền thông"],
  [/CHQS/g, "Chỉ huy Quân sự"],
  [/LHPN/g, "Liên hiệp Phụ nữ"],
  [/LĐLĐ/g, "Liên đoàn Lao động"],
  [/QLDA/g, "Quản lý dự án"],
  [/PT\s*-\s*TH/g, "Phát thanh - Truyền hình"],
  [/VP\s*-\s*TK/g, "Văn phòng - Thống kê"],
  [/ĐC\s*-\s*XD/g, "Địa chính - Xây dựng"],
  // `TT HĐND`: the standing committee, a body of its own.
  [/TT(?<!(?:[\p{L}\p{N}]|[-–&,]\s*)TT)(?=\s+(?:UBND|HĐND|UBMTTQ|MTTQ|Huyện ủy|Tỉnh ủy|Thành ủy|Đảng ủy))/gu, "Thường trực"],
  [/UBND/gi, "Ủy ban nhân dân"],
  [/HĐND/gi, "Hội đồng nhân dân"],
  [/LĐ\s*[-,]?\s*TB\s*(?:&|và)\s*XH|LĐTBXH|LĐ-TB-XH/g, "Lao động - Thương binh và Xã hội"],
  [/VH\s*,?\s*TT\s*(?:&|và)\s*DL|VHTTDL/g, "Văn hóa, Thể thao và Du lịch"],
  [/VH\s*,\s*TT\s+(?:&|và)\s+TT|VH\s*-\s*TT\s*-\s*TT|VHTT&TT/g, "Văn hóa, Thể thao và Truyền thông"],
  [/VH\s*-\s*TT|VH\s*&\s*TT|VHTT/g, "Văn hóa - Thông tin"],
  [/VH\s*-\s*XH/g, "Văn hóa - Xã hội"],
  [/VH\s*-\s*VN/g, "Văn hóa - Văn nghệ"],
  [/VHNT/g, "Văn học nghệ thuật"],
  [/TDTT/g, "Thể dục thể thao"],
  [/GD\s*(?:&|-|và)\s*ĐT|GDĐT/g, "Giáo dục và Đào tạo"],
  [/KH\s*(?:&|và)\s*ĐT|KHĐT/g, "Kế hoạch và Đầu tư"],
  [/KH\s*(?:&|và)\s*CN|KHCN/g, "Khoa học và Công nghệ"],
  [/NN\s*(?:&|và)\s*MT|NNMT/g, "Nông nghiệp và Môi trường"],
  [/TN\s*(?:&|và)\s*MT|TNMT/g, "Tài nguyên và Môi trường"],
  [/NN\s*(?:&|và)\s*PTNT|NNPTNT/g, "Nông nghiệp và Phát triển nông thôn"],
  [/TC\s*-\s*KH/g, "Tài chính - Kế hoạch"],
  [/KT\s*-\s*HT/g, "Kinh tế - Hạ tầng"],
  [/TNCS\s*HCM|TNCSHCM/g, "Thanh niên Cộng sản Hồ Chí Minh"],
  [/TNCS/g, "Thanh niên Cộng sản"],
  [/HLHPN/g, "Hội Liên hiệp Phụ nữ"],
  [/BCHQS/g, "Ban Chỉ huy Quân sự"],
  [/BCH(?=\s+(?:[Đđ]oàn|[Cc]ông [Đđ]oàn|[Hh]ội|[Cc]hi [Đđ]oàn|[Ll]iên [Đđ]oàn|[Tt]hành [Đđ]oàn|[Hh]uyện [Đđ]oàn|[Tt]ỉnh [Đđ]oàn|[Qq]uận [Đđ]oàn|[Tt]hị [Đđ]oàn|[Đđ]ảng bộ|[Tt]rung ương|[Ll]iên đội))/g, "Ban Chấp hành"],
  [/BCH/g, "Ban Chỉ huy"],
  [/BTV/g, "Ban Thường vụ"],
  [/BTT/g, "Ban Thường trực"],
  [/TNHH\s*MTV/g, "Trách nhiệm hữu hạn Một thành viên"],
  [/TNHH/g, "Trách nhiệm hữu hạn"],
  [/GDNN\s*-\s*GDTX/g, "Giáo dục nghề nghiệp - Giáo dục thường xuyên"],
  [/GDTX/g, "Giáo dục thường xuyên"],
  [/GDNN/g, "Giáo dục nghề nghiệp"],
  [/VLNCN/g, "vật liệu nổ công nghiệp"],
  [/KTAT/g, "kỹ thuật an toàn"],
  [/THPT/g, "Trung học phổ thông"],
  [/THCS/g, "Trung học cơ sở"],
  [/PTDTNT|PT\s*DTNT/g, "Phổ thông Dân tộc nội trú"],
  [/PTDTBT|PT\s*DTBT/g, "Phổ thông Dân tộc bán trú"],
  [/TH(?=\s+(?:và\s+THCS\s+)?\p{Lu}\p{Ll})/gu, "Tiểu học"],
  [/MN(?=\s+\p{Lu}\p{Ll})/gu, "Mầm non"],
  [/ĐBQH/g, "đại biểu Quốc hội"],
  [/GVCN/g, "Giáo viên chủ nhiệm"],
  [/GVHD/g, "Giáo viên hướng dẫn"],
  // A hospital's departments, written short in its own plans (`Phòng KHTH`, `phòng QLCL`); no other body is called so.
  [/KHTH/g, "Kế hoạch tổng hợp"],
  [/QLCL/g, "Quản lý chất lượng"],
  // A Sở Công Thương's departments (`Phòng QLNL`, `Phòng QLCN`).
  [/QLNL/g, "Quản lý năng lượng"],
  [/QLCN/g, "Quản lý công nghiệp"],
  [/QLTM/g, "Quản lý thương mại"],
  [/HCQT/g, "Hành chính quản trị"],
  [/TCCB/g, "Tổ chức cán bộ"],
  [/TCKT/g, "Tài chính kế toán"],
  [/GVBM/g, "Giáo viên bộ môn"],
  [/CBGVNV|CB\s*-\s*GV\s*-\s*NV/g, "Cán bộ, giáo viên, nhân viên"],
  [/TTHC/g, "thủ tục hành chính"],
  [/CCHC/g, "cải cách hành chính"],
  [/CTSV/g, "Công tác sinh viên"],
  [/KT\s*-\s*XH/g, "kinh tế - xã hội"],
  [/PHP\s*-\s*CB/g, "Phát hành phim và Chiếu bóng"],
  [/CHBĐBP|BCHBĐBP/g, "Bộ Chỉ huy Bộ đội Biên phòng"],
  [/TPHCM|TP\.\s*HCM|TP\s+HCM|TP\.?\s*Hồ Chí Minh/g, "Thành phố Hồ Chí Minh"],
  [/HCM/g, "Hồ Chí Minh"],
  [/TX\.|TX(?=\s+\p{Lu})/gu, "thị xã"],
  [/TP\.(?!\s*(?:HCM|Hồ Chí Minh))|TP(?!\s*\.?\s*(?:HCM|Hồ Chí Minh))(?=\s+\p{Lu}|\s*$|[\s,;.)])/gu, "thành phố"],
  [/P\.(?=\s*(?:\p{Lu}|\d))/gu, "phường"],
  [/Q\.(?=\s*(?:\p{Lu}|\d))/gu, "quận"],
  [/TT\.(?=\s*\p{Lu})/gu, "thị trấn"],
  [/BĐBP/g, "Bộ đội Biên phòng"],
  [/LLVT/g, "Lực lượng vũ trang"],
  [/CT\s*-\s*XH/g, "chính trị - xã hội"],
  [/CCB/g, "Cựu chiến binh"],
  [/VPHU/g, "Văn phòng Huyện ủy"],
  [/VPTU/g, "Văn phòng Tỉnh ủy"],
  [/BCTMT|Ban CTMT/g, "Ban Công tác Mặt trận"],
  [/BTG/g, "Ban Tuyên giáo"],
  [/VP/g, "Văn phòng"],
];

/** Names people use for a body, by accent-free key, with the level they imply. */
export const COLLOQUIAL: Record<string, { name: string; level: Level }> = {
  "huyen doan": { name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện", level: "district" },
  "tinh doan": { name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", level: "province" },
  "thanh doan": { name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố", level: "district" },
  "huyen doi": { name: "Ban Chỉ huy Quân sự huyện", level: "district" },
  "tinh doi": { name: "Bộ Chỉ huy Quân sự tỉnh", level: "province" },
  "cong an huyen": { name: "Công an huyện", level: "district" },
  "cong an tinh": { name: "Công an tỉnh", level: "province" },
};
// `Ban Chấp hành Thành đoàn`, `Ban Thường vụ Huyện đoàn`: the committees of the Đoàn of that place.
for (const [organKey, organ] of [["ban chap hanh", "Ban Chấp hành"], ["ban thuong vu", "Ban Thường vụ"]] as const) {
  for (const key of ["huyen doan", "tinh doan", "thanh doan"] as const) {
    const youth = COLLOQUIAL[key]!;
    COLLOQUIAL[`${organKey} ${key}`] = { name: `${organ} ${youth.name}`, level: youth.level };
  }
}

/** `national` is Trung ương: ministries and their departments. */
export type Level = "national" | "province" | "district" | "commune";

/**
 * Official names of common bodies, by key (accent-free, no `và`, no punctuation, no level
 * word). The level word (`tỉnh`, `huyện`, …) is added after them.
 */
export const OFFICIAL_NAMES: Record<string, string> = {
  "so van hoa the thao du lich": "Sở Văn hóa, Thể thao và Du lịch",
  "so thong tin truyen thong": "Sở Thông tin và Truyền thông",
  "so lao dong thuong binh xa hoi": "Sở Lao động - Thương binh và Xã hội",
  "so ke hoach dau tu": "Sở Kế hoạch và Đầu tư",
  "so cong thuong": "Sở Công Thương",
  "so giao duc dao tao": "Sở Giáo dục và Đào tạo",
  "so tai nguyen moi truong": "Sở Tài nguyên và Môi trường",
  "so nong nghiep phat trien nong thon": "Sở Nông nghiệp và Phát triển nông thôn",
  "so giao thong van tai": "Sở Giao thông vận tải",
  "so khoa hoc cong nghe": "Sở Khoa học và Công nghệ",
  "phong van hoa thong tin": "Phòng Văn hóa và Thông tin",
  "phong lao dong thuong binh xa hoi": "Phòng Lao động - Thương binh và Xã hội",
  "phong lao dong thuong binh xa hoi dan toc": "Phòng Lao động - Thương binh và Xã hội - Dân tộc",
  "phong kinh te ha tang": "Phòng Kinh tế - Hạ tầng",
  "phong tai chinh ke hoach": "Phòng Tài chính - Kế hoạch",
  "phong giao duc dao tao": "Phòng Giáo dục và Đào tạo",
  "phong nong nghiep phat trien nong thon": "Phòng Nông nghiệp và Phát triển nông thôn",
  "phong tai nguyen moi truong": "Phòng Tài nguyên và Môi trường",
  "trung tam van hoa the thao truyen thong": "Trung tâm Văn hóa, Thể thao và Truyền thông",
  "trung tam van hoa thong tin": "Trung tâm Văn hóa - Thông tin",
  "trung tam van hoa thong tin the thao": "Trung tâm Văn hóa - Thông tin và Thể thao",
  "trung tam hanh chinh chinh tri": "Trung tâm Hành chính - Chính trị",
  "dai phat thanh truyen hinh": "Đài Phát thanh - Truyền hình",
  "dai truyen thanh truyen hinh": "Đài Truyền thanh - Truyền hình",
  "hoi van hoc nghe thuat": "Hội Văn học Nghệ thuật",
  "chi hoi van hoc nghe thuat": "Chi hội Văn học Nghệ thuật",
  "hoi lien hiep phu nu": "Hội Liên hiệp Phụ nữ",
  "hoi phu nu": "Hội Liên hiệp Phụ nữ",
  "hoi cuu chien binh": "Hội Cựu chiến binh",
  "hoi nong dan": "Hội Nông dân",
  "lien doan lao dong": "Liên đoàn Lao động",
  "doan thanh nien": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  doan: "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  "ban thuong vu doan": "Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  "ban chap hanh doan": "Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  "doan thanh nien cong san ho chi minh": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
  "mat tran to quoc": "Ủy ban Mặt trận Tổ quốc Việt Nam",
  "mat tran to quoc viet nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
  "uy ban mat tran to quoc": "Ủy ban Mặt trận Tổ quốc Việt Nam",
  "uy ban mat tran to quoc viet nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
  // The committee's apparatus: `cơ quan MTTQ xã` is the Cơ quan Ủy ban MTTQ.
  "co quan mat tran to quoc": "Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam",
  "co quan mat tran to quoc viet nam": "Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam",
  "co quan uy ban mat tran to quoc viet nam": "Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam",
  "uy ban nhan dan": "Ủy ban nhân dân",
  "hoi dong nhan dan": "Hội đồng nhân dân",
  "van phong hoi dong nhan dan uy ban nhan dan": "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
  "van phong uy ban nhan dan": "Văn phòng Ủy ban nhân dân",
  "ban chi huy quan su": "Ban Chỉ huy Quân sự",
  "bo chi huy quan su": "Bộ Chỉ huy Quân sự",
  "ban chi huy bo doi bien phong": "Bộ Chỉ huy Bộ đội Biên phòng",
  "bo chi huy bo doi bien phong": "Bộ Chỉ huy Bộ đội Biên phòng",
  "cong thong tin dien tu": "Cổng Thông tin điện tử",
  "trang thong tin dien tu": "Trang Thông tin điện tử",
  "ban quan ly du an": "Ban Quản lý dự án",
  "cong an": "Công an",
  // Since March 2025 the tax office of a province is `Thuế tỉnh …` (the Cục Thuế's successor).
  "co quan thue": "Thuế",
  "bo giao duc": "Bộ Giáo dục và Đào tạo",
  "quan su": "Ban Chỉ huy Quân sự",
  "bao phat thanh truyen hinh": "Báo và Phát thanh, Truyền hình",
  "bao dai phat thanh truyen hinh": "Báo và Phát thanh, Truyền hình",
  "dien luc": "Công ty Điện lực",
  "cong chuc van hoa xa hoi": "Công chức Văn hóa - Xã hội",
  "cong chuc dia chinh xay dung": "Công chức Địa chính - Xây dựng",
  "cong chuc van phong thong ke": "Công chức Văn phòng - Thống kê",
  "van phong thong ke": "Công chức Văn phòng - Thống kê",
  "cong chuc tai chinh ke toan": "Công chức Tài chính - Kế toán",
  "cong chuc tu phap ho tich": "Công chức Tư pháp - Hộ tịch",
};

/** Bodies that exist only at one level, so a name without a level word still tells it. */
export const LEVEL_BY_HEAD: Array<[RegExp, Level]> = [
  [/(^bo (?!chi huy|doi)|(?<![a-z])- bo (?!chi huy|doi)|trung uong|chinh phu|quoc hoi|(?<!mat tran to quoc )viet nam$|^hoi dong bau cu quoc gia$)/, "national"],
  // A national body's regional branch since 2025 (`Kho bạc Nhà nước khu vực XI`, `Chi cục Hải quan khu vực XI`) serves several provinces: none is its own.
  [/ khu vuc (?:[ivxlc]+|\d+)$/, "national"],
  [/^so /, "province"],
  [/^(bo chi huy|cuc |chi cuc )/, "province"],
  [/^phong /, "district"],
  [/^(cong chuc|ban nganh doan the)/, "commune"],
];

/** The words a unit name starts with, as written (lower case, one tone-mark style). */
export const UNIT_HEADS = [
  "sở", "ban", "phòng", "trung tâm", "ủy ban", "ubnd", "hđnd", "hội", "chi hội", "đoàn", "báo", "đài", "văn phòng", "công an", "bộ",
  "liên đoàn", "trang", "cổng", "công chức", "cơ quan", "huyện đoàn", "huyện đội", "tỉnh đoàn", "tỉnh đội", "thành đoàn", "huyện ủy",
  "tỉnh ủy", "thành ủy", "đảng ủy", "mttq", "ubmttq", "mặt trận", "cục", "chi cục", "tiểu ban", "công ty", "điện lực", "trường",
  "bệnh viện", "kho bạc", "chi nhánh", "tòa án", "viện kiểm sát", "cấp ủy", "bch", "bchqs", "ban chỉ huy", "bộ chỉ huy", "vp", "câu lạc bộ",
  "thường trực", "chỉ huy trưởng", "thủ trưởng", "giám đốc", "lđlđ", "hlhpn", "btg", "vphu", "vptu", "đơn vị", "quân sự", "trạm", "tổ công tác", "tổ bầu cử", "tổ giúp việc", "tổ kiểm tra", "tổ dân phố", "đội tuyên truyền", "đội công tác", "đội kiểm tra",
  "thanh tra", "thuế", "hải quan", "bảo hiểm xã hội", "ngân hàng", "tổng cục", "chi đoàn", "chi bộ", "đảng bộ", "hạt kiểm lâm", "tạp chí",
  "khoa", "tổ", "gvcn", "gvbm", "gvhd", "giáo viên", "liên minh hợp tác xã", "hiệp hội", "thông tấn xã",
  // Research and teaching bodies, groups of companies: `Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam`, `Tổng công ty Điện lực`.
  "viện", "học viện", "đại học", "tập đoàn", "tổng công ty", "nhà xuất bản",
];

/** `các …` starts a collective unit only before one of these. */
export const COLLECTIVE_NOUNS = [
  "khoa", "cơ quan", "đơn vị", "sở", "ban", "ngành", "phòng", "xã", "huyện", "chi", "đảng", "tổ chức", "hội", "đoàn", "khối", "câu lạc bộ",
  "trường", "doanh nghiệp", "cá nhân", "tập thể", "địa phương", "lực lượng", "cấp", "đồng chí", "tiểu ban", "thành viên", "huyện ủy",
  "ủy ban", "ubnd", "cán bộ", "hộ", "đài", "báo", "trung tâm", "văn phòng", "công chức", "thôn", "bản", "tổ", "khu", "ngành", "cơ sở", "nhân dân",
  // Those a plan of investment gives work to: `Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp`, `các nhà mạng`.
  "chủ đầu tư", "nhà đầu tư", "nhà thầu", "nhà mạng",
];

/** Words before `xã` that make it part of a name, no commune: `Hợp tác xã` (a cooperative), `Thông tấn xã` (the news agency). */
export const XA_IN_NAME = "(?:[Hh]ợp tác|[Tt]hông tấn)";

/** Level words as written in names, with the level they mark. */
export const LEVEL_WORDS: Array<[string, Level]> = [
  ["thành phố", "district"],
  ["thị xã", "district"],
  ["quận", "district"],
  ["thị trấn", "commune"],
  ["phường", "commune"],
  ["huyện", "district"],
  ["tỉnh", "province"],
  ["xã", "commune"],
];

/** Party committees named by their level: `Huyện ủy`, `Tỉnh ủy`, `Thành ủy`, `Đảng ủy thị trấn`. */
export const COMMITTEES: Array<[RegExp, Level]> = [
  [/(?<![\p{L}])Tỉnh ủy(?![\p{L}])/iu, "province"],
  [/(?<![\p{L}])(Huyện ủy|Thành ủy|Thị ủy|Quận ủy)(?![\p{L}])/iu, "district"],
];

/** Cities under the central government: a province's level, though a city's word (`thành phố Hà Nội`, its `Thành ủy`). */
export const CENTRAL_CITIES = ["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"];
