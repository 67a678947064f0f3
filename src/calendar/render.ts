/**
 * Entries → iCalendar text through ical-generator, with the fixes calendar clients need
 * (../shared/notes/calendar-clients.md). Pure and deterministic: the same entries give the
 * same bytes on any host time zone.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventBusyStatus, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { DateTime } from "luxon";
import { ZONE, addDays } from "../timing/dates.ts";
import type { ItemKind } from "../timing/types.ts";

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
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
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
      summary: event.summary,
      ...(event.description ? { description: event.description } : {}),
      categories: event.categories.map((name) => ({ name })),
      transparency: timed ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
      ...(event.url ? { url: event.url } : {}),
      ...(event.tentative ? { status: ICalEventStatus.TENTATIVE, busystatus: ICalEventBusyStatus.TENTATIVE } : {}),
    });
    if (event.alarmMinutes !== null && event.alarmMinutes !== undefined) {
      created.createAlarm({
        type: ICalAlarmType.display,
        trigger: alarmSeconds(event.alarmMinutes, timed),
        description: event.summary,
      });
    }
    if (event.kind === "recurring" && event.rrule) {
      // A recurring item's end is its last occurrence; its first occurrence is one day.
      created.end(local(addDays(event.start, 1)));
      created.repeating(`RRULE:${event.rrule};UNTIL=${event.end.replace(/-/g, "")}`);
    }
  }
  return fixOutput(calendar.toString());
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

function localStampToUtc(value: string): string {
  return DateTime.fromFormat(value, "yyyyMMdd'T'HHmmss", { zone: ZONE }).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
}
