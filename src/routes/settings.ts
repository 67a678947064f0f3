import { DEFAULT_SETTINGS, type AppSettings } from "./context.ts";

/** Settings from environment variables (Node) or bindings (Workers). */
export function settingsFrom(env: Record<string, unknown>): AppSettings {
  const text = (name: string) => (typeof env[name] === "string" ? (env[name] as string).trim() : "");
  const maxMb = Number(text("MAX_UPLOAD_MB"));
  return {
    apiTokens: text("API_TOKENS").split(/[\s,]+/).filter(Boolean),
    publicBaseUrl: text("PUBLIC_BASE_URL") || null,
    maxUploadBytes: maxMb > 0 ? maxMb * 1024 * 1024 : DEFAULT_SETTINGS.maxUploadBytes,
    privateFeeds: /^(1|true|yes|on)$/i.test(text("FEEDS_PRIVATE")),
    alarmMinutes: orDefault(parseAlarm(text("FEED_ALARM_MINUTES")), DEFAULT_SETTINGS.alarmMinutes),
  };
}

/** A reminder setting: `1440` (minutes before, up to four weeks), `none`/`off`/`0` (no reminders) → null; undefined when it is neither. */
export function parseAlarm(value: string): number | null | undefined {
  if (/^(none|off|0)$/i.test(value)) return null;
  const minutes = Number(value);
  return value !== "" && Number.isInteger(minutes) && minutes > 0 && minutes <= 40_320 ? minutes : undefined;
}

function orDefault(value: number | null | undefined, fallback: number | null): number | null {
  return value === undefined ? fallback : value;
}
