/**
 * Entries → iCalendar text through ical-generator, with the fixes calendar clients need
 * (what Google, Outlook and Apple need of a subscription). Pure and deterministic: the same entries give the
 * same bytes on any host time zone.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventBusyStatus, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { DateTime } from "luxon";
import { ZONE, addDays } from "../timing/dates.ts";
import type { ItemKind } from "../timing/types.ts";
import { oneLine, withoutControls } from "../text/controls.ts";

export interface FeedEvent {
  uid: string;
  kind: ItemKind;
  start: string;
  end: string;
  rrule: string | null;
  summary: string;
  description: string;
  tentative: boolean;
  sequence: number;
  /** ISO instant of the last change to this entry's data. */
  modifiedAt: string;
  categories: string[];
  url?: string | null;
  /** A reminder this many minutes before (all-day items: at 09:00, as many days before as that rounds up to). */
  alarmMinutes?: number | null;
}

export interface FeedOptions {
  name: string;
  description: string;
  /** Suggested polling interval, in seconds. */
  ttlSeconds?: number;
}

/** The zone never changed offset since 1975 and has no daylight saving. */
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${ZONE}`,
  `X-LIC-LOCATION:${ZONE}`,
  "BEGIN:STANDARD",
  "TZNAME:+07",
  "TZOFFSETFROM:+0700",
  "TZOFFSETTO:+0700",
  "DTSTART:19700101T000000",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/** RFC 5545 TEXT escaping, which ical-generator leaves out for the calendar's own name. */
export function escapeText(text: string): string {
  return withoutControls(text).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

const local = (value: string) => DateTime.fromISO(value, { zone: ZONE });

export function renderFeed(options: FeedOptions, events: FeedEvent[]): string {
  const calendar = ical({
    name: escapeText(options.name),
    description: escapeText(options.description),
    prodId: { company: "lich-kehoach", product: "lich-kehoach", language: "VI" },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: ZONE, generator: () => VTIMEZONE },
    ttl: options.ttlSeconds ?? 3600,
  });
  for (const event of events) {
    const timed = event.kind === "timed";
    const stamp = DateTime.fromISO(event.modifiedAt, { zone: "utc" });
    const created = calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp,
      lastModified: stamp,
      allDay: !timed,
      timezone: ZONE,
      start: local(event.start),
      end: timed ? local(event.end) : local(addDays(event.end.slice(0, 10), 1)),
      summary: oneLine(event.summary),
      ...(event.description ? { description: withoutControls(event.description) } : {}),
      categories: event.categories.map((name) => ({ name })),
      transparency: timed ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
      ...(event.url ? { url: event.url } : {}),
      ...(event.tentative ? { status: ICalEventStatus.TENTATIVE, busystatus: ICalEventBusyStatus.TENTATIVE } : {}),
    });
    if (event.alarmMinutes !== null && event.alarmMinutes !== undefined) {
      created.createAlarm({
        type: ICalAlarmType.display,
        trigger: alarmSeconds(event.alarmMinutes, timed),
        description: oneLine(event.summary),
      });
    }
    if (event.kind === "recurring" && event.rrule) {
      // A recurring item's end is its last occurrence; its first occurrence is one day.
      created.end(local(addDays(event.start, 1)));
      created.repeating(`RRULE:${event.rrule};UNTIL=${event.end.replace(/-/g, "")}`);
    }
  }
  // ical-generator folds the whole text with a TextEncoder per character (0.7 s for 1,000
  // events); events come out unfolded one by one, so they are folded here, the same way.
  const folded = calendar.events().map((event) => foldLines(event.toString()));
  calendar.clear();
  const shell = calendar.toString();
  return fixOutput(shell.replace(/END:VCALENDAR$/, `${folded.join("")}END:VCALENDAR`));
}

/** RFC 5545 folding exactly as ical-generator does it: at most 74 octets per line, never inside a character. */
export function foldLines(text: string): string {
  const lines = text.split("\r\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let octets = 0;
    let out = "";
    let start = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
      const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
      octets += size;
      if (octets > 74) {
        out += `${line.slice(start, i)}\r\n `;
        start = i;
        octets = size;
      }
      if (pair) i++;
    }
    lines[index] = out + line.slice(start);
  }
  return lines.join("\r\n");
}

/** Seconds before the start; an all-day item's reminder rings at 09:00 (its start is midnight). */
export function alarmSeconds(minutes: number, timed: boolean): number {
  if (timed) return minutes * 60;
  const days = Math.max(1, Math.ceil(minutes / (24 * 60)));
  return (days * 24 - 9) * 3600;
}

/**
 * ical-generator quirks (version 10/11): DTSTAMP and LAST-MODIFIED written as local time
 * without `Z` when the calendar has a time zone, a non-standard TIMEZONE-ID line, no final CRLF.
 */
function fixOutput(text: string): string {
  return `${text
    .replace(/^(DTSTAMP|LAST-MODIFIED):(\d{8}T\d{6})\r$/gm, (_line, name: string, value: string) => `${name}:${localStampToUtc(value)}\r`)
    .replace(/^TIMEZONE-ID:.*\r\n/m, "")
    .replace(/\r?\n?$/, "")}\r\n`;
}

/** Asia/Ho_Chi_Minh has been UTC+7 without daylight saving since 1975: plain arithmetic, no zone lookups. */
function localStampToUtc(value: string): string {
  const [, y, mo, d, h, mi, se] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(value)!;
  const utc = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h) - 7, Number(mi), Number(se)));
  return `${utc.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}
