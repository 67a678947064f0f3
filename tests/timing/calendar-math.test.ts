import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addDays, dayNumber, fromDayNumber, weekday } from "../../src/timing/dates.ts";
import { canChiIndex, canChiName, lunarToSolar, nearestCycleYear, solarToLunar } from "../../src/timing/lunar.ts";

describe("integer date arithmetic agrees with luxon", () => {
  it("day numbers, adding days and weekdays, on 20,000 random dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1800, 1, 1), max: dayNumber(2200, 12, 31) }), fc.integer({ min: -800, max: 800 }), (days, delta) => {
        const date = fromDayNumber(days);
        const reference = DateTime.fromISO(date, { zone: "utc" });
        return (
          reference.isValid &&
          Math.round(reference.toMillis() / 86_400_000) === days &&
          addDays(date, delta) === reference.plus({ days: delta }).toISODate() &&
          weekday(date) === reference.weekday
        );
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });
});

describe("Vietnamese lunar calendar (UTC+7)", () => {
  const table: Array<[string, [number, number, number, boolean?], string]> = [
    ["Tết Giáp Thìn", [1, 1, 2024], "2024-02-10"],
    ["Tết Quý Mão", [1, 1, 2023], "2023-01-22"],
    ["Tết Ất Tỵ", [1, 1, 2025], "2025-01-29"],
    ["Tết 1985: 21 January in Việt Nam, 20 February in China", [1, 1, 1985], "1985-01-21"],
    ["Tết 2007: 17 February in Việt Nam, 18 February in China", [1, 1, 2007], "2007-02-17"],
    ["Giỗ Tổ Hùng Vương 2024", [10, 3, 2024], "2024-04-18"],
    ["Trung thu 2024", [15, 8, 2024], "2024-09-17"],
    ["leap 2nd month 2023", [1, 2, 2023, true], "2023-03-22"],
    ["3rd month 2023 after the leap month", [1, 3, 2023], "2023-04-20"],
    ["leap 6th month 2025", [1, 6, 2025, true], "2025-07-25"],
  ];
  it.each(table)("%s", (_name, [day, month, year, leap], solar) => {
    const date = lunarToSolar(day, month, year, leap ?? false);
    expect(date && `${date[2]}-${String(date[1]).padStart(2, "0")}-${String(date[0]).padStart(2, "0")}`).toBe(solar);
    const [y, m, d] = solar.split("-").map(Number) as [number, number, number];
    expect(solarToLunar(d, m, y)).toEqual({ day, month, year, leap: leap ?? false });
  });

  it("refuses a leap month that does not exist and day 30 of a short month", () => {
    expect(lunarToSolar(1, 5, 2023, true)).toBeNull();
    expect(lunarToSolar(1, 1, 2024, true)).toBeNull();
    expect(lunarToSolar(30, 1, 2024)).toBeNull(); // tháng Giêng Giáp Thìn has 29 days
  });

  it("round-trips every day from 1950 to 2060", () => {
    for (let days = dayNumber(1950, 1, 1); days <= dayNumber(2060, 12, 31); days += 1) {
      const [y, m, d] = fromDayNumber(days).split("-").map(Number) as [number, number, number];
      const lunar = solarToLunar(d, m, y);
      const back = lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap);
      if (!back || back[0] !== d || back[1] !== m || back[2] !== y) throw new Error(`${y}-${m}-${d} → ${JSON.stringify(lunar)} → ${back}`);
    }
  });

  it("names years by their can-chi and finds them again", () => {
    expect([canChiName(2024), canChiName(2023), canChiName(1984), canChiName(2030)]).toEqual(["Giáp Thìn", "Quý Mão", "Giáp Tý", "Canh Tuất"]);
    expect(nearestCycleYear(canChiIndex("Giáp", "Thìn")!, 2023)).toBe(2024);
    expect(nearestCycleYear(canChiIndex("Qúy", "Mão")!, 2024)).toBe(2023);
    expect(nearestCycleYear(canChiIndex("Ất", "Tỵ")!, 2024)).toBe(2025);
    expect(nearestCycleYear(canChiIndex("giáp", "tý")!, 2024)).toBe(2044);
    expect(canChiIndex("Giáp", "Sửu")).toBeNull(); // stem and branch of different parity never pair
  });
});
