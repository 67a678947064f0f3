/**
 * Ruled tables on a scanned page (src/reader/ocr-tables.ts): the grid found in the pixels of a
 * page turned as a scanner turns it, a rule broken where the scan thinned it, letters and an
 * underline that are no table; and the words OCR read put in their cells, a row a line.
 */
import { describe, expect, it } from "vitest";
import { linesFromTsv } from "../../src/reader/ocr-lines.ts";
import { cellAt, findTables, readPgm, type GrayImage } from "../../src/reader/ocr-tables.ts";

const WIDTH = 1600;
const HEIGHT = 1200;

/** A white page with dark lines drawn on it, turned by `degrees` about the top left corner. */
function page(lines: Array<[number, number, number, number]>, degrees = 0): GrayImage {
  const pixels = new Uint8Array(WIDTH * HEIGHT).fill(235);
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  for (const [x0, y0, x1, y1] of lines) {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
    for (let k = 0; k <= steps; k++) {
      const [x, y] = [x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps];
      for (let t = 0; t < 3; t++) {
        const [dx, dy] = x0 === x1 ? [t, 0] : [0, t];
        const [px, py] = [Math.round(cos * (x + dx) - sin * (y + dy)), Math.round(sin * (x + dx) + cos * (y + dy))];
        if (px >= 0 && py >= 0 && px < WIDTH && py < HEIGHT) pixels[py * WIDTH + px] = 20;
      }
    }
  }
  return { width: WIDTH, height: HEIGHT, pixels };
}

/** A table of 3 rows (tops 300, 400, 500, bottom 650) and 3 columns (200, 300, 1000, 1400). */
const GRID: Array<[number, number, number, number]> = [
  ...[300, 400, 500, 650].map((y) => [200, y, 1400, y] as [number, number, number, number]),
  ...[200, 300, 1000, 1400].map((x) => [x, 300, x, 650] as [number, number, number, number]),
];

describe("a ruled table on a scanned page", () => {
  it("is found as its rows and columns, on a page turned by 0.8°", () => {
    for (const degrees of [0, 0.8, -0.8]) {
      const tables = findTables(page(GRID, degrees));
      expect(tables).toHaveLength(1);
      expect(tables[0]!.rows).toHaveLength(4);
      expect(tables[0]!.columns).toHaveLength(4);
      const turn = (x: number, y: number): [number, number] => {
        const a = (degrees * Math.PI) / 180;
        return [Math.cos(a) * x - Math.sin(a) * y, Math.sin(a) * x + Math.cos(a) * y];
      };
      expect(cellAt(tables[0]!, ...turn(250, 350))).toEqual({ row: 0, column: 0 });
      expect(cellAt(tables[0]!, ...turn(1300, 600))).toEqual({ row: 2, column: 2 });
      expect(cellAt(tables[0]!, ...turn(600, 450))).toEqual({ row: 1, column: 1 });
      expect(cellAt(tables[0]!, ...turn(600, 700))).toBeNull();
    }
  });

  it("keeps a column whose rule the scan broke as one column", () => {
    const broken = GRID.filter(([x0, , x1]) => !(x0 === 1000 && x1 === 1000));
    const tables = findTables(page([...broken, [1000, 300, 1000, 470], [1000, 480, 1000, 650]]));
    expect(tables[0]!.columns).toHaveLength(4);
  });

  it("is not made of an underline, a box's single rule or letters' strokes", () => {
    const letters = Array.from({ length: 40 }, (_, i) => [100 + i * 30, 900, 100 + i * 30, 930] as [number, number, number, number]);
    expect(findTables(page([[300, 200, 900, 200], [100, 800, 1500, 800], ...letters]))).toEqual([]);
  });

  it("reads pdftoppm's grey PGM", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("P5\n3 2\n255\n"), 0, 128, 255, 1, 2, 3]);
    expect(readPgm(bytes)).toEqual({ width: 3, height: 2, pixels: new Uint8Array([0, 128, 255, 1, 2, 3]) });
    expect(readPgm(new TextEncoder().encode("P6\n3 2\n255\n"))).toBeNull();
  });
});

describe("OCR words in a table's cells", () => {
  const header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
  const word = (line: number, n: number, left: number, top: number, text: string, conf = 95) => ["5", "1", "1", "1", String(line), String(n), String(left), String(top), String(text.length * 14), "30", String(conf), text].join("\t");
  it("become one line a row, cells separated by tabs, a cell's wrapped lines joined; text around stays as it was", () => {
    const tsv = [
      header,
      word(1, 1, 200, 240, "Tiến"), word(1, 2, 270, 240, "độ:"),
      // Visual lines run across the cells: the row's second cell wraps, the third is centred.
      word(2, 1, 230, 320, "TT"), word(2, 2, 320, 320, "Nội"), word(2, 3, 380, 320, "dung"), word(2, 4, 1020, 320, "Thời"), word(2, 5, 1090, 320, "gian"),
      word(3, 1, 240, 420, "1"), word(3, 2, 320, 420, "Ban"), word(3, 3, 380, 420, "hành"), word(3, 4, 450, 420, "kế"), word(3, 5, 500, 420, "hoạch;"),
      word(4, 1, 320, 455, "rà"), word(4, 2, 370, 455, "soát"), word(4, 3, 1020, 440, "Trước"), word(4, 4, 1110, 440, "ngày"), word(4, 5, 1190, 440, "27/6/2026"),
      word(5, 1, 240, 560, "2"), word(5, 2, 320, 560, "Chọn"), word(5, 3, 400, 560, "mẫu"), word(5, 4, 1020, 560, "29/6/2026"), word(5, 5, 1150, 560, "|"),
      word(6, 1, 200, 700, "Xong."),
    ].join("\n");
    const tables = findTables(page(GRID));
    expect(linesFromTsv(tsv, tables).map((l) => l.text)).toEqual(["Tiến độ:", "", "TT\tNội dung\tThời gian", "1\tBan hành kế hoạch; rà soát\tTrước ngày 27/6/2026", "2\tChọn mẫu\t29/6/2026", "", "Xong."]);
  });

  it("keep a row's number a number when the rule beside it is read as a letter (`2|`, `1Í`)", () => {
    const tsv = [header, word(1, 1, 230, 420, "1Í"), word(1, 2, 320, 420, "Ban"), word(2, 1, 230, 560, "2|"), word(2, 2, 320, 560, "Chọn")].join("\n");
    expect(linesFromTsv(tsv, findTables(page(GRID))).map((l) => l.text)).toEqual(["1\tBan", "2\tChọn"]);
  });
});

describe("a header in two columns", () => {
  const header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
  const word = (line: number, n: number, left: number, top: number, text: string) => ["5", "1", "1", "1", String(line), String(n), String(left), String(top), String(text.length * 14), "30", "95", text].join("\t");
  it("keeps its columns apart (four spaces, as a PDF's text), the number line on its own", () => {
    const tsv = [
      header,
      ["1", "1", "0", "0", "0", "0", "0", "0", "1600", "2300", "-1", ""].join("\t"),
      word(1, 1, 100, 100, "ỦY"), word(1, 2, 150, 100, "BAN"), word(1, 3, 900, 100, "CỘNG"), word(1, 4, 980, 100, "HÒA"),
      word(2, 1, 900, 140, "Hà"), word(2, 2, 950, 140, "Giang,"), word(2, 3, 1050, 140, "ngày"), word(2, 4, 1400, 140, "03/8/2022"),
      word(3, 1, 100, 175, "Số:"), word(3, 2, 160, 175, "125/KH-UBND"),
    ].join("\n");
    expect(linesFromTsv(tsv).map((l) => l.text)).toEqual(["ỦY BAN    CỘNG HÒA", "Hà Giang, ngày    03/8/2022", "Số: 125/KH-UBND"]);
  });
});
