import { DEFAULT_SETTINGS, type AppSettings } from "./app.ts";

/** Settings from environment variables (Node) or bindings (Workers). */
export function settingsFrom(env: Record<string, unknown>): AppSettings {
  const text = (name: string) => (typeof env[name] === "string" ? (env[name] as string).trim() : "");
  const maxMb = Number(text("MAX_UPLOAD_MB"));
  return {
    apiTokens: text("API_TOKENS").split(/[\s,]+/).filter(Boolean),
    publicBaseUrl: text("PUBLIC_BASE_URL") || null,
    maxUploadBytes: maxMb > 0 ? maxMb * 1024 * 1024 : DEFAULT_SETTINGS.maxUploadBytes,
  };
}
