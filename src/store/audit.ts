/**
 * The audit trail: every write with its time, who made it, what changed and the note given.
 * Rows are written in the same transaction as the change they describe where the store can.
 * No row holds a token or a feed key: callers pass names, scopes and ids only.
 */
import type { Db } from "./db.ts";
import { insertOne, runAtomically, sqlTime, type Statement } from "./statements.ts";

export type AuditAction =
  | "plan.imported"
  | "plan.revised"
  | "plan.deleted"
  | "ceremony.set"
  | "ceremony.cleared"
  | "task.corrected"
  | "task.correction-removed"
  | "unit.renamed"
  | "unit.merged"
  | "feed-token.issued"
  | "feed-token.revoked"
  | "api-token.created"
  | "api-token.revoked";

export interface AuditInput {
  actor: string;
  action: AuditAction;
  planId?: string | null;
  subject?: string | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
  at: Date;
}

/** The statement of one audit row, to run with the write it records. */
export function auditStatement(input: AuditInput): Statement {
  return insertOne("AuditEvent", {
    at: sqlTime(input.at),
    actor: input.actor,
    action: input.action,
    planId: input.planId ?? null,
    subject: input.subject ?? null,
    changeJson: JSON.stringify({ before: input.before ?? null, after: input.after ?? null }),
    note: input.note ?? null,
  });
}

export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  await runAtomically(db, [auditStatement(input)]);
}

export interface AuditPage {
  events: Array<{ seq: number; at: string; actor: string; action: string; planId: string | null; subject: string | null; before: unknown; after: unknown; note: string | null }>;
  next: number | null;
}

/** Newest first; `before` is the `seq` to continue under. */
export async function listAudit(db: Db, options: { planId?: string; before?: number; limit: number }): Promise<AuditPage> {
  const rows = await db.auditEvent.findMany({
    where: { ...(options.planId ? { planId: options.planId } : {}), ...(options.before ? { seq: { lt: options.before } } : {}) },
    orderBy: { seq: "desc" },
    take: options.limit + 1,
  });
  const page = rows.slice(0, options.limit);
  return {
    events: page.map((row) => {
      const change = JSON.parse(row.changeJson) as { before: unknown; after: unknown };
      return { seq: row.seq, at: row.at.toISOString(), actor: row.actor, action: row.action, planId: row.planId, subject: row.subject, before: change.before, after: change.after, note: row.note };
    }),
    next: rows.length > options.limit ? page[page.length - 1]!.seq : null,
  };
}
