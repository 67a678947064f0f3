/**
 * Units the plan names as parts of its issuer: a Sở's departments (`Phòng Quản lý Công
 * nghiệp`, `Văn phòng Sở`), a school's boards and its Youth Union (`Ban Giám hiệu`, `Đoàn
 * trường`), and posts that name no body (`Phó Chủ tịch Thường trực`, `Hiệu trưởng`). Each gets
 * the issuer's name, so two plans of two schools never share a `Ban Giám hiệu`.
 */
import { capitalize, slugify } from "../text/normalize.ts";
import { cleanMention, expandAbbreviations, officialCase } from "./canonical.ts";
import { withoutNameAfterPost } from "./positions.ts";
import { readUnitField, type ReadUnit } from "./read.ts";
import { scopeLabel, type Locality } from "./scope.ts";

/** A department, the issuer's office or its inspectorate (`Phòng Quản lý Công nghiệp`, `Văn phòng Sở`) in a plan a Sở or Bộ issues: its own. */
const INTERNAL = /^(Phòng|phòng|Văn phòng|văn phòng|Thanh tra|thanh tra|Vụ|vụ)\s/u;
/** A team without a name of its own (`Đoàn Kiểm tra`, `Tổ công tác`). */
const OWN_TEAM = /^(?:Đoàn|đoàn|Tổ|tổ)\s+(?:[Kk]iểm tra|[Cc]ông tác|[Tt]hanh tra|[Gg]iám sát)$/u;
const BODY_WITH_DEPARTMENTS = /^(Sở|Bộ|Cục|Tổng cục|Ủy ban Dân tộc|Ban Quản lý)\s/u;
const LEVEL_WORD = /(?<![\p{L}])(xã|phường|huyện|tỉnh|thị trấn|thị xã|thành phố|quận|cấp)(?![\p{L}])|(?:UBND|Ủy ban nhân dân|HĐND)/u;

/**
 * Bodies that govern or direct others write plans that hand the work out: a people's committee
 * or council, the government, a ministry, a department, a Party committee, a school. What such a
 * plan gives to no one is left without a unit, for the organizer to assign. A Front committee,
 * a board, a sub-committee or a Youth Union writes the plan of its own work: what it gives to no
 * one, it does itself.
 */
const HANDS_OUT_WORK = /^(?:Ủy ban nhân dân|Hội đồng nhân dân|Chính phủ|Thủ tướng|Bộ|Sở|Trường|Ban Thường vụ (?:Huyện|Tỉnh|Thành|Quận|Thị|Đảng) ủy|(?:Huyện|Tỉnh|Thành|Quận|Thị|Đảng) ủy)(?![\p{L}])/u;

/** `Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện …`, `Lịch công tác tuần`: the issuer's own appointments, whoever it is. */
const OWN_SCHEDULE = /(?<![\p{L}])lịch (?:tiếp công dân|làm việc|công tác|trực)(?![\p{L}])/iu;

export function doesUnassignedWork(issuerUnitName: string, title: string): boolean {
  return !HANDS_OUT_WORK.test(issuerUnitName) || OWN_SCHEDULE.test(title);
}

/** The issuer's canonical name (`Sở GD&ĐT tỉnh Đồng Tháp` → `Sở Giáo dục và Đào tạo tỉnh Đồng Tháp`). */
function issuerName(issuer: string): string {
  return readUnitField(issuer, "lead", null)[0]?.name ?? issuer;
}

function departmentUnit(unit: ReadUnit, issuer: string | null): ReadUnit {
  if (!issuer || !BODY_WITH_DEPARTMENTS.test(issuer)) return unit;
  const head = issuer.split(/\s+/)[0]!;
  // `Các phòng thuộc Sở` in a Sở's plan: its own departments.
  if (unit.collective) {
    if (!new RegExp(`\\s(?:trực\\s+)?thuộc\\s+${head}$`, "u").test(unit.name)) return unit;
    const name = `${unit.name.slice(0, -head.length)}${issuerName(issuer)}`;
    return { ...unit, name, slug: slugify(name) };
  }
  // `Sở`, `Giám đốc Sở`, `Lãnh đạo Sở` in a Sở's plan: the Sở itself.
  if (new RegExp(`^(?:(?:(?:Phó\\s+)?[Gg]iám đốc|[Ll]ãnh đạo|[Tt]hủ trưởng)\\s+)?${head}$`, "u").test(unit.written.trim())) {
    const body = readUnitField(issuer, "lead", null)[0];
    return body ? { ...body, written: unit.written } : unit;
  }
  // `Đoàn kiểm tra`, `Tổ công tác` in a Sở's plan: the team it sets up.
  if (OWN_TEAM.test(unit.written.trim())) {
    const [kind, ...purpose] = unit.written.trim().split(/\s+/);
    const name = `${kind!.charAt(0).toUpperCase()}${kind!.slice(1)} ${purpose.join(" ").toLowerCase()} ${issuerName(issuer)}`;
    return { ...unit, name, slug: slugify(name), collective: false };
  }
  if (!INTERNAL.test(unit.written) || LEVEL_WORD.test(unit.written)) return unit;
  // `Phòng QLNL` in a Sở's plan: its Phòng Quản lý năng lượng.
  const own = expandAbbreviations(unit.written.replace(new RegExp(`\\s+${head}$`, "u"), ""));
  const name = `${capitalize(own)} ${issuerName(issuer)}`;
  return { ...unit, name, slug: slugify(name), scope: unit.scope };
}

/** `Ban Thường trực Ủy ban MTTQ Việt Nam xã …` → `Ủy ban MTTQ Việt Nam xã …`: the body a post without one (`Phó Chủ tịch`) belongs to. */
const STANDING_BODY = /^(?:Ban Thường trực|Thường trực|Ban Thường vụ|Thường vụ)\s+(?=\p{Lu})/u;

/** `Chuyên viên phụ trách tổng hợp`, `Kế toán`: the Front's staff work in its apparatus, the Cơ quan of its committee. */
const FRONT_STAFF = /^(?:(?:Các|các)\s+)?(?:[Cc]huyên viên|[Cc]án bộ|[Kk]ế toán|[Nn]hân viên|[Vv]ăn thư)(?![\p{L}])/u;

function postUnit(unit: ReadUnit, issuer: string | null, locality: Locality | null): ReadUnit {
  if (!unit.post || !issuer) return unit;
  const body = readUnitField(issuer.replace(STANDING_BODY, ""), unit.role, locality).find((u) => !u.collective);
  if (!body) return unit;
  if (/^Ủy ban Mặt trận Tổ quốc/u.test(body.name) && FRONT_STAFF.test(unit.written.trim())) {
    const name = `Cơ quan ${body.name}`;
    return { ...body, name, slug: slugify(name), written: unit.written };
  }
  return { ...body, written: unit.written };
}


/** A school's own boards and organizations, named without the school (`Ban Truyền thông`, `Tổ Toán`, `Hội đồng thi`). */
const SCHOOL_PART = /^(Ban|Tiểu ban|Tổ|Hội đồng|Chi bộ|Công đoàn|Liên đội|Chi đoàn|Câu lạc bộ)\s/u;
const SCHOOL_YOUTH = /^(?:(?:Phó\s+)?Bí thư\s+)?(Đoàn|Chi đoàn|Công đoàn|Liên đội)\s+(?:nhà\s+)?trường$/iu;
const SCHOOL_LEADERS = /^(?:(?:Thầy|Cô|Ông|Bà)\s+)?(?:Phó\s+)?(?:Hiệu trưởng|Hiệu phó|BGH|Ban giám hiệu)(?:\s+nhà trường)?$/iu;
const YOUTH_UNION = "Đoàn Thanh niên Cộng sản Hồ Chí Minh";

/** A university's or college's offices, faculties and centres (`Phòng Đào tạo`, `Khoa Thương mại`, `Trung tâm Quản lý chất lượng`): its own. */
const UNIVERSITY = /^(?:Trường (?:Đại học|đại học|Cao đẳng|cao đẳng)|Đại học|Học viện)\s/u;
const UNIVERSITY_PART = /^(Phòng|Khoa(?! học)|Trung tâm|Viện|Bộ môn|Văn phòng|Thư viện)\s/u;
/** Bodies of those kinds a school's plan names that are not its own. */
const OUTSIDE_BODY = /Giáo dục và Đào tạo|GD&ĐT|GDĐT|Y tế|Công an|Văn hóa|Tài chính - Kế hoạch|Nội vụ/u;

function schoolUnit(unit: ReadUnit, school: string, university: boolean): ReadUnit {
  const written = withoutNameAfterPost(unit.written.trim());
  let own: string | null = null;
  if (university && !unit.collective && UNIVERSITY_PART.test(written) && !LEVEL_WORD.test(written) && !OUTSIDE_BODY.test(written) && !/(?<![\p{L}])[Tt]rường\s+\p{Lu}/u.test(written)) {
    const name = `${expandAbbreviations(cleanMention(written))} ${school}`;
    return { ...unit, name, slug: slugify(name), collective: false, scope: unit.scope };
  }
  // A bare `Khoa` (`Bước 4: Khoa phổ biến …`) is each faculty; a bare `Trường`, `Nhà trường` the school itself.
  if (/^Khoa$/iu.test(written)) return { ...unit, name: "Các khoa", slug: slugify("Các khoa"), collective: true };
  if (/^(?:Nhà\s+)?trường$/iu.test(written)) {
    const body = readUnitField(school, unit.role, null)[0];
    if (body) return { ...body, written: unit.written };
  }
  if (SCHOOL_LEADERS.test(written)) own = "Ban Giám hiệu";
  else if (SCHOOL_YOUTH.test(written)) {
    const body = SCHOOL_YOUTH.exec(written)![1]!;
    own = /^đoàn$/iu.test(body) ? YOUTH_UNION : body.charAt(0).toUpperCase() + body.slice(1).toLowerCase();
  } else if (!unit.collective && SCHOOL_PART.test(written) && !LEVEL_WORD.test(written.replace(/cấp trường/giu, "")) && !/(?<![\p{L}])[Tt]rường\s+\p{Lu}/u.test(written)) own = officialCase(expandAbbreviations(cleanMention(written)));
  if (own === null) return unit;
  const name = `${own} ${school}`;
  return { ...unit, name, slug: slugify(name), collective: false, scope: unit.scope };
}

/** A hospital or a medical centre: its departments, wards and teams are its own (`Phòng Kế hoạch tổng hợp`, `Khoa Dược`, `Đoàn 01`). */
const HOSPITAL = /^(?:Bệnh viện|Trung tâm Y tế|Trung tâm Kiểm soát bệnh tật)\s/u;
const HOSPITAL_PART = /^(Phòng|Khoa|Tổ|Đơn vị|Ban Giám đốc|Hội đồng|Đoàn)\s/u;
/** `Giám đốc Bệnh viện`, `Ban Giám đốc`, `Bệnh viện`: the hospital itself. */
const HOSPITAL_ITSELF = /^(?:(?:(?:Phó\s+)?Giám đốc|Lãnh đạo)(?:\s+(?:Bệnh viện|Trung tâm))?|Bệnh viện|Trung tâm)$/iu;
/** `Đoàn 01`, `Đoàn số 2`: one of the inspection teams the plan sets up. */
const NUMBERED_TEAM = /^Đoàn\s+(?:số\s+)?(\d{1,2})$/u;

function hospitalUnit(unit: ReadUnit, hospital: string): ReadUnit {
  const written = withoutNameAfterPost(unit.written.trim());
  if (HOSPITAL_ITSELF.test(written)) {
    const body = readUnitField(hospital, unit.role, null)[0];
    return body ? { ...body, written: unit.written } : unit;
  }
  if (unit.collective || !HOSPITAL_PART.test(written) || LEVEL_WORD.test(written) || OUTSIDE_BODY.test(written)) return unit;
  const team = NUMBERED_TEAM.exec(written);
  const own = team ? `Đoàn kiểm tra ${team[1]!.padStart(2, "0")}` : officialCase(expandAbbreviations(cleanMention(written)));
  const name = `${own} ${hospital}`;
  return { ...unit, name, slug: slugify(name), collective: false, scope: unit.scope };
}

/**
 * Since July 2025 a commune or ward has its own departments (Nghị định 150/2025/NĐ-CP): in its
 * plans `Phòng Kinh tế`, `Phòng Văn hóa - Xã hội`, `Phòng Kinh tế, Hạ tầng và Đô thị` are the
 * commune's. Districts had none of these names but `Phòng Kinh tế`, and no longer exist.
 */
const COMMUNE_DEPARTMENT = /^phòng\s+(?:kinh tế(?:,?\s+hạ tầng và đô thị)?|văn h(?:óa|oá)\s*[-–]\s*xã hội)$/iu;

function communeDepartment(unit: ReadUnit, locality: Locality | null): ReadUnit {
  const commune = locality?.level === "commune" ? scopeLabel(locality, "commune") : null;
  if (!commune || unit.collective || !COMMUNE_DEPARTMENT.test(unit.written.trim())) return unit;
  const name = `${unit.name} ${commune}`;
  return { ...unit, name, slug: slugify(name), scope: commune, level: "commune" };
}

/** The unit as the issuer's part when it is one, else as read. */
export function ofIssuer(unit: ReadUnit, issuer: string | null, locality: Locality | null): ReadUnit {
  if (!issuer) return unit;
  // `Ban Thường trực`, `Ban Chỉ đạo` alone in a plan that body issues (`Ban Thường trực Ủy ban MTTQ …`): the issuer.
  const written = unit.written.trim();
  if (!unit.collective && /^\p{Lu}\p{Ll}*\s+\p{L}+\s+\p{L}+$/u.test(written) && issuer.toLowerCase().startsWith(`${written.toLowerCase()} `)) {
    const body = readUnitField(issuer, unit.role, locality).find((u) => !u.collective);
    if (body) return { ...body, written: unit.written };
  }
  if (/^Trường\s/u.test(issuer)) {
    const school = readUnitField(issuer, "lead", null)[0]?.name ?? issuer;
    const own = schoolUnit(unit, school, UNIVERSITY.test(issuer));
    if (own !== unit) return own;
  }
  if (HOSPITAL.test(issuer)) {
    const own = hospitalUnit(unit, issuerName(issuer));
    if (own !== unit) return own;
  }
  const inCommune = communeDepartment(unit, locality);
  if (inCommune !== unit) return inCommune;
  return postUnit(departmentUnit(unit, issuer), issuer, locality);
}
