const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "IV" → 4, "xii" → 12; null for anything that is not a well-formed Roman numeral. */
export function parseRoman(text: string): number | null {
  const upper = text.toUpperCase();
  if (!/^[IVXLC]+$/.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN_VALUES[upper[i]!]!;
    const next = ROMAN_VALUES[upper[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === upper ? total : null;
}

export function toRoman(value: number): string {
  const table: Array<[number, string]> = [
    [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let rest = value;
  let out = "";
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

/** A Roman or Arabic numeral: "III" → 3, "03" → 3. */
export function parseOrdinal(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return parseRoman(text);
}
