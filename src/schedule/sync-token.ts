/**
 * Opaque strings a client of the schedule API hands back: a page cursor (where the next page
 * starts) and a sync token (the change it has seen), each carrying the query it belongs to,
 * so that `?syncToken=…` alone repeats the query. Not secret: they only name a query.
 */
import { base64Url } from "../text/digest.ts";

export interface ScheduleQuery {
  plan?: string;
  unit?: string;
  occasion?: string;
  from?: string;
  to?: string;
  kind?: string;
  role?: string;
  status?: string;
}

export interface Cursor {
  query: ScheduleQuery;
  /** The last entry of the page before. */
  after: { start: string; uid: string };
  /** The sync token every page of this listing carries: the log position when it began. */
  seq: number;
  issuedAt: number;
}

export interface SyncToken {
  query: ScheduleQuery;
  seq: number;
  /** When the token was handed out (ms since epoch): older than the log keeps, it is expired. */
  issuedAt: number;
}

function encode(value: unknown): string {
  return base64Url(new TextEncoder().encode(JSON.stringify(value)));
}

function decode(text: string): unknown {
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as unknown;
  } catch {
    return null;
  }
}

/** The filters a schedule query, and so its cursor and sync token, carries. */
export const QUERY_KEYS = ["plan", "unit", "occasion", "from", "to", "kind", "role", "status"] as const;

function queryOf(value: unknown): ScheduleQuery | null {
  if (typeof value !== "object" || value === null) return null;
  const query: ScheduleQuery = {};
  for (const [key, field] of Object.entries(value)) {
    if (!(QUERY_KEYS as readonly string[]).includes(key) || typeof field !== "string") return null;
    query[key as keyof ScheduleQuery] = field;
  }
  return query;
}

export function encodeSyncToken(token: SyncToken): string {
  return `s1.${encode({ q: token.query, s: token.seq, t: token.issuedAt })}`;
}

export function decodeSyncToken(text: string): SyncToken | null {
  if (!text.startsWith("s1.")) return null;
  const value = decode(text.slice(3)) as { q?: unknown; s?: unknown; t?: unknown } | null;
  const query = queryOf(value?.q);
  if (!query || !Number.isSafeInteger(value?.s) || (value!.s as number) < 0 || !Number.isSafeInteger(value?.t)) return null;
  return { query, seq: value!.s as number, issuedAt: value!.t as number };
}

export function encodeCursor(cursor: Cursor): string {
  return `c1.${encode({ q: cursor.query, a: [cursor.after.start, cursor.after.uid], s: cursor.seq, t: cursor.issuedAt })}`;
}

export function decodeCursor(text: string): Cursor | null {
  if (!text.startsWith("c1.")) return null;
  const value = decode(text.slice(3)) as { q?: unknown; a?: unknown; s?: unknown; t?: unknown } | null;
  const query = queryOf(value?.q);
  const after = value?.a;
  if (!query || !Array.isArray(after) || after.length !== 2 || !after.every((v) => typeof v === "string")) return null;
  if (!Number.isSafeInteger(value?.s) || !Number.isSafeInteger(value?.t)) return null;
  return { query, after: { start: after[0] as string, uid: after[1] as string }, seq: value!.s as number, issuedAt: value!.t as number };
}
