import { describe, expect, it } from "vitest";
import { settingsFrom } from "../src/routes/settings.ts";

describe("settings from the environment", () => {
  it("reads reminders: minutes, none, or the default for anything else", () => {
    expect(settingsFrom({}).alarmMinutes).toBe(1440);
    expect(settingsFrom({ FEED_ALARM_MINUTES: "60" }).alarmMinutes).toBe(60);
    expect(settingsFrom({ FEED_ALARM_MINUTES: "none" }).alarmMinutes).toBeNull();
    expect(settingsFrom({ FEED_ALARM_MINUTES: "0" }).alarmMinutes).toBeNull();
    expect(settingsFrom({ FEED_ALARM_MINUTES: "soon" }).alarmMinutes).toBe(1440);
    expect(settingsFrom({ FEED_ALARM_MINUTES: "50000" }).alarmMinutes).toBe(1440);
  });
  it("makes feeds private only when asked", () => {
    expect(settingsFrom({}).privateFeeds).toBe(false);
    expect(settingsFrom({ FEEDS_PRIVATE: "1" }).privateFeeds).toBe(true);
  });
});
