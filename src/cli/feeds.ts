/**
 * `lich feeds [--out feeds/]`: every feed the server publishes, written as files with the
 * same bytes (same settings): units/<slug>.ics, plans/<id>.ics,
 * occasions/<slug>.ics and all.ics.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { publishFeed, WHOLE_WINDOW, type FeedSelector } from "../store/publisher.ts";
import { feedPath } from "../routes/feed-links.ts";
import { settingsFrom } from "../routes/settings.ts";
import { listOccasions } from "../store/feeds.ts";
import { DEFAULT_DATABASE_URL, openNodeDatabase } from "../store/node-db.ts";
import { DEFAULT_ORIGIN } from "./document-feed.ts";

export async function writeFeeds(out: string, env: Record<string, string | undefined> = process.env): Promise<string[]> {
  const database = await openNodeDatabase(env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const settings = settingsFrom(env);
  const written: string[] = [];
  try {
    const db = database.db;
    const selectors: FeedSelector[] = [
      ...(await db.unit.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((u) => ({ kind: "unit" as const, slug: u.slug })),
      ...(await db.plan.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((p) => ({ kind: "plan" as const, id: p.id })),
      ...(await listOccasions(db)).map((o) => ({ kind: "occasion" as const, slug: o.slug })),
      { kind: "all" },
    ];
    for (const selector of selectors) {
      const feed = await publishFeed(db, {
        selector,
        roles: null,
        window: WHOLE_WINDOW,
        alarmMinutes: settings.alarmMinutes,
        origin: settings.publicBaseUrl ?? DEFAULT_ORIGIN,
      });
      if (!feed) continue;
      const file = path.join(out, feedPath(selector).replace(/^\/feeds\//, ""));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, feed.body);
      written.push(file);
    }
  } finally {
    await database.close();
  }
  return written;
}
