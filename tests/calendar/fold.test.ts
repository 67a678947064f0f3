import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldLines } from "../../src/calendar/render.ts";

/** ical-generator 10.2.0's own folding (dist/index.mjs, function `l`), the reference. */
function referenceFold(text: string): string {
  return text
    .split("\r\n")
    .map((line) => {
      let out = "";
      let octets = 0;
      for (let r = 0; r < line.length; r++) {
        let char = line.charAt(r);
        if (char >= "\ud800" && char <= "\udbff") char += line.charAt(++r);
        const size = new TextEncoder().encode(char).length;
        octets += size;
        if (octets > 74) {
          out += "\r\n ";
          octets = size;
        }
        out += char;
      }
      return out;
    })
    .join("\r\n");
}

describe("foldLines", () => {
  it("folds Vietnamese, emoji and lone surrogates exactly as ical-generator does", () => {
    const line = fc.string({ unit: fc.oneof(fc.constantFrom(..."aàáạảãâầấậẩẫăằắặẳẵđĐ ,;\\"), fc.constantFrom("😀", "\ud800", "\udc00", "€", "x")), maxLength: 300 });
    fc.assert(fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
      const text = `DESCRIPTION:${lines.join("\r\n")}\r\n`;
      expect(foldLines(text)).toBe(referenceFold(text));
    }), { numRuns: 2000, seed: 42 });
  });

  it("never makes a line longer than 75 octets", () => {
    const folded = foldLines(`SUMMARY:${"Tổ chức Lễ kỷ niệm 70 năm Ngày giải phóng huyện Phong Thổ ".repeat(5)}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
