import type { Resolution } from "../timing/types.ts";

export type UnitRole = "lead" | "support" | "advise";

/** One body in one role: a task names it once. */
export function mentionKey(unit: { slug: string; role: UnitRole }): string {
  return `${unit.slug}/${unit.role}`;
}

export interface UnitMention {
  name: string;
  slug: string;
  role: UnitRole;
  collective: boolean;
  /** `huyện Phong Thổ`, `Trung ương`; null when the locality's name is unknown. */
  scope: string | null;
  /** The mention as written in the plan. */
  written: string;
}

export interface Occasion {
  name: string;
  /** The anniversary date this plan celebrates (`YYYY-MM-DD`). */
  date: string;
  /** The historical date (`YYYY-MM-DD`), when the text gives it. */
  origin: string | null;
  years: number | null;
  main: boolean;
}

export interface Ceremony {
  name: string;
  /** `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, as precise as the document is. */
  start: string | null;
  end: string | null;
  tentative: boolean;
  location: string | null;
  participants: string | null;
  /** The programme's length in minutes, when the plan gives it (`phân lễ 30', chương trình nghệ thuật 90'`). */
  durationMinutes?: number;
  /** The programme's items, in order. */
  programme?: string[];
}

export interface Warning {
  line: number;
  code: string;
  message: string;
}

export interface ReadTask {
  /** Outline id, e.g. `B.I.2.1.a`; unique within the plan. */
  id: string;
  title: string;
  section: string;
  lines: [number, number];
  timing: Resolution[];
  units: UnitMention[];
  /** The bullets and paragraphs under the task. */
  body?: string[];
  /** A duty given to a unit in `TỔ CHỨC THỰC HIỆN`. */
  duty?: boolean;
  /** What organizers set on the task, over what the document says (never from the reader). */
  correction?: TaskCorrectionView;
}

/** A correction as people see it: what the document said, what was set, by whom, when. */
export interface TaskCorrectionView {
  document: { timing: string[]; units: Array<{ name: string; slug: string; role: UnitRole }> };
  set: { timing?: string | Array<{ kind: string; start: string; end: string }>; units?: Array<{ name: string; slug: string; role: UnitRole }>; done?: boolean };
  by: string;
  /** ISO time of the correction. */
  at: string;
  note: string | null;
}

export interface PlanUnit {
  name: string;
  slug: string;
  scope: string | null;
  aliases: string[];
  collective: boolean;
}

export interface ReadPlan {
  /** The plan's own locality, e.g. `huyện Phong Thổ`, when it can be told. */
  scope: string | null;
  number: string | null;
  issuer: string | null;
  place: string | null;
  /** `YYYY-MM-DD`, or `YYYY-MM` when the day is blank. */
  issued: string | null;
  title: string;
  signer: string | null;
  recipients: string[];
  occasions: Occasion[];
  ceremony: Ceremony | null;
  tasks: ReadTask[];
  units: PlanUnit[];
  warnings: Warning[];
  coverage: number;
}
