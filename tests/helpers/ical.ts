import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  start: string;
  end: string;
  lastModified: string;
  status: string | null;
  categories: string[];
  alarms: string[];
  url: string | null;
  description: string;
  /** Every property except the stamps, for "did anything a client shows change". */
  content: string;
}

/** A feed parsed back with ical.js (Thunderbird's parser): its events in order. */
export function parseFeed(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const value = (name: string) => vevent.getFirstPropertyValue(name);
    return {
      uid: String(value("uid")),
      sequence: Number(value("sequence") ?? 0),
      summary: String(value("summary")),
      start: String(value("dtstart")),
      end: String(value("dtend")),
      lastModified: String(value("last-modified")),
      status: (value("status") as string | null) ?? null,
      categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues() as string[]),
      alarms: vevent.getAllSubcomponents("valarm").map((a) => String(a.getFirstPropertyValue("trigger"))),
      url: (value("url") as string | null) ?? null,
      description: String(value("description") ?? ""),
      content: vevent
        .getAllProperties()
        .filter((p) => !["dtstamp", "last-modified", "sequence"].includes(p.name))
        .map((p) => p.toICALString())
        .concat(vevent.getAllSubcomponents("valarm").map((a) => a.toString()))
        .join("\n"),
    };
  });
  return { name: String(calendar.getFirstPropertyValue("x-wr-calname")), events };
}

/** What a subscribed client would get wrong going from one feed to the next (calendar-clients.md, point 2). */
export function updateProblems(before: string, after: string): string[] {
  const problems: string[] = [];
  const old = new Map(parseFeed(before).events.map((e) => [e.uid, e]));
  const seen = new Set<string>();
  for (const event of parseFeed(after).events) {
    if (seen.has(event.uid)) problems.push(`duplicate UID ${event.uid}`);
    seen.add(event.uid);
    const previous = old.get(event.uid);
    if (!previous) continue;
    if (previous.content !== event.content && event.sequence <= previous.sequence) problems.push(`${event.uid} changed without a SEQUENCE bump`);
    if (event.sequence < previous.sequence) problems.push(`${event.uid} SEQUENCE went down`);
    if (previous.content !== event.content && event.lastModified <= previous.lastModified) problems.push(`${event.uid} changed without a later LAST-MODIFIED`);
  }
  return problems;
}
