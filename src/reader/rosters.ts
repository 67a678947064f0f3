/**
 * A team the plan sets up, with the work of its members in a table under its own title
 * (`PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA, CẤP GIẤY CHỨNG NHẬN …` over `Nhiệm vụ thực hiện |
 * Người thực hiện`): the people the table names do the team's work, and the team's posts
 * anywhere in the plan (`Tổ trưởng tổ công tác`) stand for the team. The team is its issuer's.
 * Pure.
 */
import { uniqueBy } from "../text/lists.ts";
import { foldKey, slugify } from "../text/normalize.ts";
import { expandAbbreviations } from "../units/canonical.ts";
import { isBarePost } from "../units/positions.ts";
import { fromCapitals } from "./issuer.ts";
import type { Line } from "./lines.ts";
import { mentionKey, type ReadTask } from "./types.ts";

const ROSTER_TITLE = /^PHÂN CÔNG NHIỆM VỤ(?:\s+CỦA)?\s+((?:TỔ|BAN|ĐOÀN|HỘI ĐỒNG|TIỂU BAN|NHÓM)\s+[^a-zđ]+)$/u;
/** The words that name the team's kind, before what it is for: `Tổ công tác`, `Ban tổ chức`, `Đoàn kiểm tra`. */
const TEAM_HEAD = /^(?:Tổ công tác|Tổ giúp việc|Tổ thư ký|Ban tổ chức|Ban chỉ đạo|Đoàn kiểm tra|Đoàn công tác|Đoàn giám sát|(?:Hội đồng|Tiểu ban|Nhóm|Tổ|Ban|Đoàn)\s+\p{L}+)/iu;
/** `Tổ trưởng tổ công tác`, `Thành viên Tổ công tác`: a post of the team. */
const TEAM_POST = /^(?:Tổ trưởng|Tổ phó|Trưởng ban|Phó trưởng ban|Trưởng đoàn|Phó trưởng đoàn|Thành viên|Thư ký)\s+(?:của\s+)?(.+)$/iu;

interface Roster {
  /** The line of its title: the people named after it are its members. */
  from: number;
  head: string;
  name: string;
}

/** The title over a team's table is no work of its own. */
export function isRosterTitle(text: string): boolean {
  return ROSTER_TITLE.test(text.trim());
}

export function readRosters(lines: Line[], issuer: string | null): Roster[] {
  const rosters: Roster[] = [];
  for (const line of lines) {
    const title = ROSTER_TITLE.exec(line.text.trim());
    if (!title) continue;
    const team = expandAbbreviations(fromCapitals(title[1]!.trim()));
    const head = TEAM_HEAD.exec(team)?.[0];
    if (head) rosters.push({ from: line.number, head, name: issuer ? `${team} ${issuer}` : team });
  }
  return rosters;
}

/** `Đoàn 01`, `Đoàn kiểm tra số 2`, `Tổ 3`: one of several numbered teams the plan sets up. */
const NUMBERED_TEAM = /^(Đoàn|Tổ)\s+(?:(?:kiểm tra|công tác|giám sát)\s+)?(?:số\s+)?\d{1,2}$/iu;
/** `Trưởng đoàn`, `Thư ký đoàn kiểm tra`, `Trưởng đoàn/Phó Trưởng đoàn`: a post of whichever numbered team does the work. */
const NUMBERED_TEAM_POST = /^(?:(?:Phó\s+)?(?:Trưởng|Thư ký|Thành viên)\s+(đoàn|tổ)(?:\s+(?:kiểm tra|công tác|giám sát))?(?:\s*\/\s*|$))+$|^(Tổ trưởng|Tổ phó)(?:\s+tổ(?:\s+(?:kiểm tra|công tác))?)?$/iu;

/** The numbered teams the plan's tasks name (`Đoàn 01` and `Đoàn 02` of an inspection plan), by kind. */
function numberedTeams(tasks: ReadTask[]): Map<string, ReadTask["units"]> {
  const teams = new Map<string, ReadTask["units"]>();
  for (const task of tasks) {
    for (const unit of task.units) {
      const kind = NUMBERED_TEAM.exec(unit.written.trim())?.[1]?.toLowerCase();
      if (!kind) continue;
      const known = teams.get(kind) ?? [];
      if (!known.some((u) => u.slug === unit.slug)) teams.set(kind, [...known, unit]);
    }
  }
  return teams;
}

/** The numbered teams a post stands for (`Trưởng đoàn` → each `Đoàn 0N`), or none. */
function teamsOfPost(written: string, teams: Map<string, ReadTask["units"]>): ReadTask["units"] {
  const post = NUMBERED_TEAM_POST.exec(written);
  if (!post) return [];
  return teams.get(post[1] ? post[1].toLowerCase() : "tổ") ?? [];
}

/**
 * The people of a team's table and the team's posts as the team, the lead's role kept; in a plan
 * of numbered teams, a team's post that names none of them (`Trưởng đoàn báo cáo …`) is each.
 */
export function assignToRosters(tasks: ReadTask[], rosters: Roster[]): void {
  const numbered = numberedTeams(tasks);
  if (rosters.length === 0 && numbered.size === 0) return;
  for (const task of tasks) {
    const table = rosters.filter((r) => r.from < task.lines[0]).at(-1);
    task.units = task.units.flatMap((unit) => {
      const written = unit.written.trim();
      const post = TEAM_POST.exec(written);
      const team = (post ? rosters.find((r) => foldKey(r.head) === foldKey(post[1]!)) : undefined) ?? (table && isBarePost(written) ? table : undefined);
      if (team) return [{ ...unit, name: team.name, slug: slugify(team.name), collective: false }];
      const each = teamsOfPost(written, numbered);
      return each.length > 0 ? each.map((t) => ({ ...t, role: unit.role, written: unit.written })) : [unit];
    });
    // Three people of one team are one lead.
    task.units = uniqueBy(task.units, mentionKey);
  }
}
