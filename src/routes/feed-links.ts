/**
 * Where a feed lives and how to subscribe to it: https for Outlook on the web and programs,
 * webcal for Apple and desktop clients, one-click links for Google Calendar and Outlook.
 */
import type { FeedSelector } from "../store/publisher.ts";

export function feedPath(selector: FeedSelector): string {
  switch (selector.kind) {
    case "unit":
      return `/feeds/units/${selector.slug}.ics`;
    case "plan":
      return `/feeds/plans/${selector.id}.ics`;
    case "occasion":
      return `/feeds/occasions/${selector.slug}.ics`;
    case "all":
      return "/feeds/all.ics";
  }
}

/** What a secret token opens: `unit:<slug>`, `plan:<id>`, `occasion:<slug>`, `all`. */
export function feedScope(selector: FeedSelector): string {
  switch (selector.kind) {
    case "unit":
      return `unit:${selector.slug}`;
    case "plan":
      return `plan:${selector.id}`;
    case "occasion":
      return `occasion:${selector.slug}`;
    case "all":
      return "all";
  }
}

export function parseFeedScope(scope: string): FeedSelector | null {
  if (scope === "all") return { kind: "all" };
  const match = /^(unit|plan|occasion):([A-Za-z0-9_-]{1,120})$/.exec(scope);
  if (!match) return null;
  const value = match[2]!;
  return match[1] === "unit" ? { kind: "unit", slug: value } : match[1] === "plan" ? { kind: "plan", id: value } : { kind: "occasion", slug: value };
}

/** Google keeps subscription addresses up to 256 characters. */
const GOOGLE_MAX_URL = 256;

export function feedLinks(origin: string, selector: FeedSelector, options: { name?: string; key?: string } = {}) {
  const feedUrl = `${origin}${feedPath(selector)}${options.key ? `?key=${encodeURIComponent(options.key)}` : ""}`;
  const webcalUrl = feedUrl.replace(/^https?:/, "webcal:");
  const name = options.name ? `&name=${encodeURIComponent(options.name)}` : "";
  return {
    feedUrl,
    webcalUrl,
    googleCalendarUrl: webcalUrl.length <= GOOGLE_MAX_URL ? `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcalUrl)}` : null,
    outlookUrl: `https://outlook.office.com/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}${name}`,
    outlookComUrl: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}${name}`,
  };
}
