/**
 * A feed from the store: which entries (unit, plan, occasion or everything, in a window,
 * for some roles), rendered, with its ETag and Last-Modified. The server and `lich feeds`
 * both publish through here, so they give the same bytes. Rendered feeds are remembered
 * until the store changes (see store/changes.ts).
 */
import { feedEvents } from "../calendar/events.ts";
import { renderFeed } from "../calendar/render.ts";
import type { UnitRole } from "../reader/types.ts";
import { ROLE_LABELS } from "../schedule/build.ts";
import { dataGeneration } from "./changes.ts";
import type { Db } from "./db.ts";
import { anchoredEntries, listOccasions, planFeedEntries, unitFeedEntries, type DateWindow } from "./feeds.ts";
import { findUnit } from "./units.ts";
import { sha256Base64Url } from "../text/digest.ts";
import { addDays } from "../timing/dates.ts";
import type { StoredEntry } from "../calendar/events.ts";

export type FeedSelector = { kind: "unit"; slug: string } | { kind: "plan"; id: string } | { kind: "occasion"; slug: string } | { kind: "all" };

export interface FeedRequest {
  selector: FeedSelector;
  /** Unit feeds only: the roles to keep; null for all. */
  roles: UnitRole[] | null;
  window: DateWindow;
  alarmMinutes: number | null;
  /** Origin of task links; null for none. */
  origin: string | null;
  /** The size past which the oldest items are left out; FEED_BYTES by default. */
  maxBytes?: number;
}

export interface PublishedFeed {
  body: string;
  /** Strong ETag, quoted. */
  etag: string;
  lastModified: Date;
  name: string;
}

/**
 * What clients are sent by default: every dated item, past ones included (a subscriber expects
 * the plan they were told about), within the size calendar clients take (see FEED_BYTES).
 */
export const WHOLE_WINDOW: DateWindow = { from: null, to: null };

/** Google Calendar stops reading a subscription near 1 MB: past this, the oldest items are left out first. */
export const FEED_BYTES = 800 * 1024;

interface Cache {
  generation: number;
  feeds: Map<string, PublishedFeed>;
  bytes: number;
}
const caches = new WeakMap<Db, Cache>();
/** What rendered feeds may take together in memory; the oldest go first. */
const CACHE_BYTES = 64 * 1024 * 1024;

/** The feed, or null when what it is about does not exist. */
export async function publishFeed(db: Db, request: FeedRequest, options: { cache?: boolean } = {}): Promise<PublishedFeed | null> {
  if (!options.cache) return renderFromStore(db, request);
  const generation = dataGeneration(db);
  let cache = caches.get(db);
  if (!cache || cache.generation !== generation) {
    cache = { generation, feeds: new Map(), bytes: 0 };
    caches.set(db, cache);
  }
  const key = JSON.stringify(request);
  const cached = cache.feeds.get(key);
  if (cached) return cached;
  const published = await renderFromStore(db, request);
  // A write while rendering makes the result possibly stale: do not keep it.
  if (published && dataGeneration(db) === generation && published.body.length <= CACHE_BYTES && !cache.feeds.has(key)) {
    // Strings are counted by their length (two bytes a character at most): enough to bound them.
    while (cache.bytes + published.body.length > CACHE_BYTES) {
      const [oldest, feed] = cache.feeds.entries().next().value!;
      cache.feeds.delete(oldest);
      cache.bytes -= feed.body.length;
    }
    cache.feeds.set(key, published);
    cache.bytes += published.body.length;
  }
  return published;
}

interface Selected {
  name: string;
  description: string;
  entries: StoredEntry[];
}

async function select(db: Db, request: FeedRequest): Promise<Selected | null> {
  const { selector, window } = request;
  const dayAfter = window.to ? addDays(window.to, 1) : null;
  switch (selector.kind) {
    case "unit": {
      const unit = await findUnit(db, selector.slug);
      if (!unit) return null;
      const roles = request.roles ? ` (${request.roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(", ")})` : "";
      return {
        name: `${unit.name} – Lịch kế hoạch${roles}`,
        description: `Nhiệm vụ của ${unit.name}${roles} theo các kế hoạch đã nhập.`,
        entries: await unitFeedEntries(db, unit.id, request.roles, window, dayAfter),
      };
    }
    case "plan": {
      const plan = await db.plan.findUnique({ where: { id: selector.id }, select: { id: true, number: true, title: true } });
      if (!plan) return null;
      const label = `Kế hoạch${plan.number ? ` số ${plan.number}` : ""}`;
      return { name: `${label}: ${plan.title}`, description: `Mọi nhiệm vụ của ${label}: ${plan.title}.`, entries: await planFeedEntries(db, [plan.id], window, dayAfter) };
    }
    case "occasion": {
      const occasion = (await listOccasions(db)).find((o) => o.slug === selector.slug);
      if (!occasion) return null;
      const celebrating = occasion.plans.filter((p) => p.main).map((p) => p.id);
      const entries = [...(await planFeedEntries(db, celebrating, window, dayAfter)), ...(await anchoredEntries(db, occasion.date, celebrating, window, dayAfter))];
      entries.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
      const date = occasion.date.split("-").reverse().join("/");
      return { name: `${occasion.name} (${date})`, description: `Các hoạt động kỷ niệm ${occasion.name} (${date}) theo các kế hoạch đã nhập.`, entries };
    }
    case "all":
      return { name: "Lịch kế hoạch – tất cả kế hoạch", description: "Mọi nhiệm vụ của các kế hoạch đã nhập.", entries: await planFeedEntries(db, null, window, dayAfter) };
  }
}

async function renderFromStore(db: Db, request: FeedRequest): Promise<PublishedFeed | null> {
  const selected = await select(db, request);
  if (!selected) return null;
  const render = (entries: StoredEntry[]) =>
    renderFeed({ name: selected.name, description: selected.description }, feedEvents(entries, { origin: request.origin, alarmMinutes: request.alarmMinutes }));
  let entries = selected.entries;
  let body = render(entries);
  // Too big for calendar clients: leave out the oldest items (entries come in start order).
  const limit = request.maxBytes ?? FEED_BYTES;
  for (let bytes = utf8Length(body); bytes > limit && entries.length > 1; bytes = utf8Length(body)) {
    const keep = Math.max(1, Math.min(entries.length - 1, Math.floor((entries.length * limit * 0.95) / bytes)));
    entries = entries.slice(entries.length - keep);
    body = render(entries);
  }
  return { body, etag: `"${await sha256Base64Url(body)}"`, lastModified: await lastChange(db, selected.entries), name: selected.name };
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/**
 * The last change that can touch the feed: its newest entry, or a revision or correction
 * since (which may have removed entries). Conservative: never older than the content.
 */
async function lastChange(db: Db, entries: StoredEntry[]): Promise<Date> {
  const [plans, corrections] = await Promise.all([
    db.plan.aggregate({ _max: { updatedAt: true } }),
    db.unitCorrection.aggregate({ _max: { createdAt: true } }),
  ]);
  let latest = new Date(0);
  for (const candidate of [plans._max.updatedAt, corrections._max.createdAt, ...entries.map((e) => e.modifiedAt)]) {
    if (candidate && candidate > latest) latest = candidate;
  }
  return new Date(Math.floor(latest.getTime() / 1000) * 1000);
}
