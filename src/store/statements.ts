/**
 * Writes as a short list of SQL statements run as one transaction: on Node through Prisma's
 * transaction on the one libsql connection, on D1 through `batch()` (D1 has no transactions;
 * a batch is applied whole or not at all). Rows travel as one JSON parameter a statement and
 * are inserted with `json_each`, so a plan of thousands of entries is a dozen statements, each
 * within D1's limits (100 bound parameters, a value of at most 2 MB: chunks of 500 KB here).
 */
import type { Db } from "./db.ts";

export type SqlValue = string | number | null | Uint8Array;

export interface Statement {
  sql: string;
  args: SqlValue[];
}

export type BatchRunner = (statements: Statement[]) => Promise<void>;

const runners = new WeakMap<object, BatchRunner>();

/** The runtime's own way to run a batch atomically (Node: libsql's `batch()`; the Worker: D1's). */
export function useBatchRunner(db: Db, run: BatchRunner): void {
  runners.set(db, run);
}

/** The runner `db` writes with, if one was given (a test wraps it to make a statement fail). */
export function batchRunnerOf(db: Db): BatchRunner | undefined {
  return runners.get(db);
}

const guards = new WeakMap<object, () => void>();

/** A check made before every write of `db`, which throws to refuse it (the import thread: its job was stopped). */
export function guardWrites(db: Db, guard: () => void): void {
  guards.set(db, guard);
}

/** Runs the statements as one transaction: all of them, or none. */
export async function runAtomically(db: Db, statements: Statement[]): Promise<void> {
  if (statements.length === 0) return;
  guards.get(db)?.();
  const run = runners.get(db);
  if (run) return run(statements);
  await db.$transaction(statements.map((s) => db.$executeRawUnsafe(s.sql, ...s.args)));
}

/** A time as Prisma's SQLite adapters store it (libsql and D1 alike). */
export function sqlTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function sqlBool(value: boolean): number {
  return value ? 1 : 0;
}

const q = (name: string) => `"${name}"`;

/** Largest JSON parameter: well under D1's 2 MB a value. */
export const JSON_PARAMETER_BYTES = 500_000;

/** Rows (arrays in column order) as JSON arrays of at most `maxBytes` each. */
export function jsonChunks(rows: unknown[][], maxBytes = JSON_PARAMETER_BYTES): string[] {
  const out: string[] = [];
  let part: string[] = [];
  let size = 2;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (part.length > 0 && size + json.length + 1 > maxBytes) {
      out.push(`[${part.join(",")}]`);
      part = [];
      size = 2;
    }
    part.push(json);
    size += json.length + 1;
  }
  if (part.length > 0) out.push(`[${part.join(",")}]`);
  return out;
}

/** `ON CONFLICT(key) DO UPDATE` of the given columns from the row that conflicted. */
function onConflictUpdate(key: string, columns: string[]): string {
  return ` ON CONFLICT(${q(key)}) DO UPDATE SET ${columns.map((c) => `${q(c)} = excluded.${q(c)}`).join(", ")}`;
}

/**
 * INSERT of many rows from JSON; with `upsertOn`, a row whose key exists updates every column
 * but the key (and those in `keep`, such as a creation time); with `orIgnore`, a row that would
 * break a unique key is left out.
 */
export function insertRows(table: string, columns: string[], rows: unknown[][], options: { upsertOn?: string; keep?: string[]; orIgnore?: boolean } = {}): Statement[] {
  const select = columns.map((_, i) => `json_extract(value, '$[${i}]')`).join(", ");
  const { upsertOn, keep = [] } = options;
  const update = upsertOn ? ` WHERE true${onConflictUpdate(upsertOn, columns.filter((c) => c !== upsertOn && !keep.includes(c)))}` : "";
  const insert = options.orIgnore ? "INSERT OR IGNORE INTO" : "INSERT INTO";
  return jsonChunks(rows).map((json) => ({ sql: `${insert} ${q(table)} (${columns.map(q).join(", ")}) SELECT ${select} FROM json_each(?)${update}`, args: [json] }));
}

/** DELETE of the rows whose `column` is one of `values`. */
export function deleteWhereIn(table: string, column: string, values: string[]): Statement[] {
  return jsonChunks(values.map((v) => [v])).map((json) => ({
    sql: `DELETE FROM ${q(table)} WHERE ${q(column)} IN (SELECT json_extract(value, '$[0]') FROM json_each(?))`,
    args: [json],
  }));
}

/** One row's INSERT with its values bound (a blob, a row with few columns). */
export function insertOne(table: string, row: Record<string, SqlValue>): Statement {
  const columns = Object.keys(row);
  return { sql: `INSERT INTO ${q(table)} (${columns.map(q).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`, args: Object.values(row) };
}

/** One row's INSERT, or, when its `key` exists, the UPDATE of the columns in `update`. */
export function upsertOne(table: string, row: Record<string, SqlValue>, key: string, update: string[]): Statement {
  const insert = insertOne(table, row);
  return { sql: insert.sql + onConflictUpdate(key, update), args: insert.args };
}

/** One row's UPDATE of the given columns, found by `where`. */
export function updateOne(table: string, set: Record<string, SqlValue>, where: Record<string, SqlValue>): Statement {
  const columns = Object.keys(set);
  const keys = Object.keys(where);
  return {
    sql: `UPDATE ${q(table)} SET ${columns.map((c) => `${q(c)} = ?`).join(", ")} WHERE ${keys.map((k) => `${q(k)} = ?`).join(" AND ")}`,
    args: [...Object.values(set), ...Object.values(where)],
  };
}
