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

/** The people of a team's table and the team's posts as the team, the lead's role kept. */
export function assignToRosters(tasks: ReadTask[], rosters: Roster[]): void {
  if (rosters.length === 0) return;
  for (const task of tasks) {
    const table = rosters.filter((r) => r.from < task.lines[0]).at(-1);
    for (const [i, unit] of task.units.entries()) {
      const written = unit.written.trim();
      const post = TEAM_POST.exec(written);
      const team = (post ? rosters.find((r) => foldKey(r.head) === foldKey(post[1]!)) : undefined) ?? (table && isBarePost(written) ? table : undefined);
      if (team) task.units[i] = { ...unit, name: team.name, slug: slugify(team.name), collective: false };
    }
    // Three people of one team are one lead.
    task.units = uniqueBy(task.units, mentionKey);
  }
}
