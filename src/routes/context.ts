/** What every route sees: the injected dependencies, the settings and the request's database. */
import type { Context } from "hono";
import type { Db } from "../store/db.ts";
import type { DatabaseFault } from "../store/faults.ts";
import type { Sample } from "../store/samples.ts";
import type { ImportOutcome, ReceivedDocument, Rereader } from "../store/importer.ts";

export interface AppSettings {
  /** Bearer tokens accepted for writes (API_TOKENS), each an unnamed token; with none and no named token, writes only from loopback. */
  apiTokens: string[];
  /** Origin used in links (feed URLs); defaults to the request's own origin. */
  publicBaseUrl: string | null;
  maxUploadBytes: number;
  /** Feeds need a secret token per feed (FEEDS_PRIVATE); otherwise they are public. */
  privateFeeds: boolean;
  /** Default reminder before deadlines and timed events, in minutes; null for none. */
  alarmMinutes: number | null;
}

export interface AppDeps {
  db: (env: unknown) => Db;
  clock: () => Date;
  settings: (env: unknown) => AppSettings;
  /** The client's address, where the runtime knows it. */
  remoteAddress: (c: Context) => string | undefined;
  /** The header the runtime itself sets with the client's address (Workers: `cf-connecting-ip`): not a sign of a proxy. */
  addressHeader?: string;
  /** Keep rendered feeds in memory until the store changes: one process per database (Node). */
  feedCache?: boolean;
  /** Imports an upload off the request's thread (Node: a worker thread); in-process when absent. */
  importer?: (received: ReceivedDocument, actor: string) => Promise<ImportOutcome>;
  /** Reads a stored plan again (a ceremony set, a task corrected) off the request's thread; in-process when absent. */
  rereader?: Rereader;
  /** Why scans cannot be read where uploads are read in-process (the Worker); the decoder's own reason otherwise. */
  noOcr?: string;
  /** Whether that importer is writing now: the database is then known to be writable (and locked by it). */
  importing?: () => boolean;
  /** A fault of the database known without asking it (Node: its file deleted, its disk full); null when none. */
  databaseFault?: () => DatabaseFault | null;
  /** The sample plans (examples/) the home page of an empty service offers to import; none where the runtime has no files. */
  samples?: () => Sample[];
  /** The script of the interactive API reference (/docs), served by the service itself. */
  docsScript?: () => Promise<string>;
}

export interface AppVariables {
  db: Db;
  now: Date;
  settings: AppSettings;
  deps: AppDeps;
}

export type AppEnv = { Variables: AppVariables; Bindings: Record<string, unknown> };

export const DEFAULT_SETTINGS: AppSettings = { apiTokens: [], publicBaseUrl: null, maxUploadBytes: 20 * 1024 * 1024, privateFeeds: false, alarmMinutes: 24 * 60 };

/** The origin used in links the API hands out. */
export function publicOrigin(c: Context<AppEnv>): string {
  return (c.var.settings.publicBaseUrl ?? new URL(c.req.url).origin).replace(/\/+$/, "");
}
