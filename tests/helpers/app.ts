import { createApp, DEFAULT_SETTINGS, type AppSettings } from "../../src/app.ts";
import type { Db } from "../../src/store/db.ts";

export const FIXED_NOW = new Date("2023-05-12T02:00:00.000Z");

/** The real app over a real database, with a fixed clock and a loopback client by default. */
export function testApp(db: Db, options: { settings?: Partial<AppSettings>; remoteAddress?: string; now?: Date } = {}) {
  return createApp({
    db: () => db,
    clock: () => options.now ?? FIXED_NOW,
    settings: () => ({ ...DEFAULT_SETTINGS, ...options.settings }),
    remoteAddress: () => options.remoteAddress ?? "127.0.0.1",
  });
}
