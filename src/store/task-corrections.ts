/** Organizers' corrections of tasks, stored apart from what was read (schedule/task-corrections.ts applies them). */
import type { UnitMention } from "../reader/types.ts";
import type { ExplicitItem, TaskCorrection } from "../schedule/task-corrections.ts";
import { stableHash } from "../text/hash.ts";
import type { Db } from "./db.ts";
import { sqlBool, sqlTime, upsertOne, type SqlValue, type Statement } from "./statements.ts";

export async function loadTaskCorrections(db: Db, planId: string): Promise<TaskCorrection[]> {
  const rows = await db.taskCorrection.findMany({ where: { planId } });
  return rows.map((row) => ({
    identity: row.identity,
    timing: row.timingJson ? (JSON.parse(row.timingJson) as { phrase: string } | { items: ExplicitItem[] }) : null,
    units: row.unitsJson ? (JSON.parse(row.unitsJson) as UnitMention[]) : null,
    done: row.done,
    note: row.note,
    actor: row.actor,
    updatedAt: row.updatedAt,
  }));
}

export interface CorrectionInput {
  timing?: { phrase: string } | { items: ExplicitItem[] };
  units?: UnitMention[];
  done?: boolean;
  note?: string;
}

/**
 * Merges what is given into the task's correction (what is not given stays as it was set
 * before): the statement to run with the plan's re-reading.
 */
export function upsertTaskCorrection(planId: string, identity: string, input: CorrectionInput, actor: string, now: Date): Statement {
  const fields: Record<string, SqlValue> = {
    ...(input.timing !== undefined ? { timingJson: JSON.stringify(input.timing) } : {}),
    ...(input.units !== undefined ? { unitsJson: JSON.stringify(input.units) } : {}),
    ...(input.done !== undefined ? { done: sqlBool(input.done) } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
    actor,
    updatedAt: sqlTime(now),
  };
  return upsertOne("TaskCorrection", { id: correctionRowId(planId, identity), planId, identity, ...fields, createdAt: sqlTime(now) }, "id", Object.keys(fields));
}

/** The task's correction as stored, if any. */
export function storedTaskCorrection(db: Db, planId: string, identity: string) {
  return db.taskCorrection.findUnique({ where: { id: correctionRowId(planId, identity) } });
}

function correctionRowId(planId: string, identity: string): string {
  return `tc_${stableHash(`${planId}|${identity}`)}`;
}

export function removeTaskCorrection(planId: string, identity: string): Statement {
  return { sql: 'DELETE FROM "TaskCorrection" WHERE "id" = ?', args: [correctionRowId(planId, identity)] };
}
