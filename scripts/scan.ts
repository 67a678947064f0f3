/**
 * A plan's text made into the scan an office would upload: typeset on A4 (DejaVu Sans, as Word
 * would), rasterized by pdftoppm at `dpi`, then as a scanner and a stamp leave it — turned by a
 * small angle, grey paper with noise, a red stamp over the signature — saved as JPEG as scanners
 * do, and wrapped in a PDF of images only (no text layer). Deterministic for a given seed. Used by the OCR tests and
 * `npm run eval:ocr`; run alone to look at one:
 *   npx tsx scripts/scan.ts examples/dem-nhac-xuan-yeu-thuong-phuc-thinh-2026.txt /tmp/scan.pdf
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { encode as encodeJpeg } from "jpeg-js";
import { PDFDocument, rgb } from "pdf-lib";

export const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

export interface ScanOptions {
  dpi?: number;
  degrees?: number;
  noise?: number;
  seed?: number;
}

/**
 * The text typeset on A4 pages, 11 pt, lines wrapped at the margin; lines of tab-separated cells
 * drawn as a ruled table (a Word table with borders), each cell's text wrapped in its column.
 * With the text each page holds (a table row as its cells separated by tabs).
 */
export async function typeset(text: string): Promise<{ pdf: Uint8Array; pages: string[]; stampFromTop: number }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const [width, height, margin, size] = [595, 842, 60, 11];
  const lineHeight = size * 1.45;
  const ink = rgb(0.05, 0.05, 0.05);
  let page = pdf.addPage([width, height]);
  const pages: string[][] = [[]];
  let y = height - margin;
  let lastLine = y;
  const newPage = () => {
    page = pdf.addPage([width, height]);
    pages.push([]);
    y = height - margin;
  };
  const newLine = () => {
    y -= lineHeight;
    if (y < margin) newPage();
  };
  const wrap = (paragraph: string, room: number): string[] => {
    const lines: string[] = [];
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) > room && line) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line.trim()) lines.push(line);
    return lines;
  };
  const table = (rows: string[][]) => {
    const columns = Math.max(...rows.map((r) => r.length));
    const room = width - 2 * margin;
    const natural = Array.from({ length: columns }, (_, c) => Math.max(30, ...rows.map((r) => Math.min(room, font.widthOfTextAtSize(r[c] ?? "", size) + 8))));
    // Narrow columns (a row's number, a date) keep their width; the wide ones share the rest.
    const narrow = (w: number) => w < room * 0.15;
    const fixed = natural.filter(narrow).reduce((a, b) => a + b, 0);
    const wide = natural.filter((w) => !narrow(w)).reduce((a, b) => a + b, 0);
    const widths = natural.map((w) => (narrow(w) ? w : wide > 0 ? (w / wide) * (room - fixed) : w));
    const pad = 4;
    const rule = (x0: number, y0: number, x1: number, y1: number) => page.drawLine({ start: { x: x0, y: y0 }, end: { x: x1, y: y1 }, thickness: 0.8, color: ink });
    let top = y + size;
    rule(margin, top, margin + room, top);
    for (const row of rows) {
      const cells = widths.map((w, c) => wrap((row[c] ?? "").trim(), w - 2 * pad));
      const rowHeight = Math.max(1, ...cells.map((l) => l.length)) * lineHeight + pad;
      if (top - rowHeight < margin) {
        newPage();
        top = y + size;
        rule(margin, top, margin + room, top);
      }
      let x = margin;
      for (const [c, lines] of cells.entries()) {
        lines.forEach((line, k) => page.drawText(line, { x: x + pad, y: top - size - pad / 2 - k * lineHeight, size, font, color: ink }));
        rule(x, top, x, top - rowHeight);
        x += widths[c]!;
      }
      rule(x, top, x, top - rowHeight);
      top -= rowHeight;
      rule(margin, top, margin + room, top);
      pages[pages.length - 1]!.push(cells.map((lines) => lines.join(" ")).join("\t"));
    }
    y = top - lineHeight;
    if (y < margin) newPage();
  };
  const paragraphs = text.replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < paragraphs.length; i++) {
    if (paragraphs[i]!.includes("\t")) {
      const rows: string[][] = [];
      while (i < paragraphs.length && paragraphs[i]!.includes("\t")) rows.push(paragraphs[i++]!.split("\t"));
      i--;
      table(rows);
      continue;
    }
    for (const line of wrap(paragraphs[i]!, width - 2 * margin)) {
      page.drawText(line, { x: margin, y, size, font, color: ink });
      lastLine = y;
      pages[pages.length - 1]!.push(line);
      newLine();
    }
    if (!paragraphs[i]!.trim()) newLine();
  }
  // The stamp goes over the signature block: the lines just above the last one (the signer's name).
  return { pdf: await pdf.save(), pages: pages.map((p) => p.join("\n")), stampFromTop: Math.min(1, (height - lastLine - 2 * lineHeight) / height) };
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

interface Image {
  width: number;
  height: number;
  rgb: Uint8Array;
}

function readPpm(bytes: Buffer): Image {
  const header = bytes.subarray(0, 64).toString("latin1").match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error("not a PPM");
  return { width: Number(header[1]), height: Number(header[2]), rgb: new Uint8Array(bytes.subarray(header[0].length)) };
}

/** Turned by `degrees` about the centre (nearest pixel), grey paper, noise, a red stamp at (cx, cy). */
function scanned(image: Image, options: Required<ScanOptions>, stampAt: [number, number] | null): Image {
  const { width, height, rgb: source } = image;
  const out = new Uint8Array(width * height * 3);
  const next = random(options.seed);
  const angle = (options.degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const [cx, cy] = [width / 2, height / 2];
  const radius = Math.round(options.dpi * 0.75);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = Math.round(cos * (x - cx) + sin * (y - cy) + cx);
      const sy = Math.round(-sin * (x - cx) + cos * (y - cy) + cy);
      const at = (y * width + x) * 3;
      let [r, g, b] = sx >= 0 && sy >= 0 && sx < width && sy < height ? [source[(sy * width + sx) * 3]!, source[(sy * width + sx) * 3 + 1]!, source[(sy * width + sx) * 3 + 2]!] : [255, 255, 255];
      // Paper is never white, and a scanner adds grain.
      const grain = (next() - 0.5) * 2 * options.noise;
      [r, g, b] = [r * 0.94 + grain, g * 0.93 + grain, b * 0.9 + grain];
      if (stampAt) {
        const d = Math.hypot(x - stampAt[0], y - stampAt[1]);
        const ring = Math.abs(d - radius) < options.dpi * 0.03 || Math.abs(d - radius * 0.72) < options.dpi * 0.015;
        const star = d < radius * 0.2 && next() < 0.6;
        if ((ring || star) && next() < 0.85) [r, g, b] = [Math.min(r, 215), g * 0.25, b * 0.3];
      }
      out[at] = Math.max(0, Math.min(255, r));
      out[at + 1] = Math.max(0, Math.min(255, g));
      out[at + 2] = Math.max(0, Math.min(255, b));
    }
  }
  return { width, height, rgb: out };
}

/** A scanner's JPEG (quality 75, as office scanners save them: a 200 dpi A4 page is a few hundred KB). */
function jpeg(image: Image): Uint8Array {
  const rgba = new Uint8Array(image.width * image.height * 4);
  for (let i = 0, j = 0; i < image.rgb.length; i += 3, j += 4) {
    rgba[j] = image.rgb[i]!;
    rgba[j + 1] = image.rgb[i + 1]!;
    rgba[j + 2] = image.rgb[i + 2]!;
    rgba[j + 3] = 255;
  }
  return encodeJpeg({ data: rgba, width: image.width, height: image.height }, 75).data;
}

/** The text as an image-only PDF, one scanned page per page, a stamp over the signature on the last; with each page's text. */
export async function scanOf(text: string, options: ScanOptions = {}): Promise<{ pdf: Uint8Array; pages: string[] }> {
  const settings: Required<ScanOptions> = { dpi: 200, degrees: 0.8, noise: 8, seed: 20261201, ...options };
  const folder = mkdtempSync(path.join(os.tmpdir(), "lich-scan-"));
  try {
    const typeSet = await typeset(text);
    writeFileSync(path.join(folder, "typeset.pdf"), typeSet.pdf);
    execFileSync("pdftoppm", ["-r", String(settings.dpi), path.join(folder, "typeset.pdf"), path.join(folder, "page")]);
    const pages = readdirSync(folder).filter((f) => f.endsWith(".ppm")).sort();
    const pdf = await PDFDocument.create();
    for (const [i, file] of pages.entries()) {
      const image = readPpm(readFileSync(path.join(folder, file)));
      const last = i === pages.length - 1;
      const scan = scanned(image, { ...settings, seed: settings.seed + i }, last ? [Math.round(image.width * 0.68), Math.round(image.height * Math.max(0.1, typeSet.stampFromTop))] : null);
      const embedded = await pdf.embedJpg(jpeg(scan));
      pdf.addPage([595, 842]).drawImage(embedded, { x: 0, y: 0, width: 595, height: 842 });
    }
    return { pdf: await pdf.save(), pages: typeSet.pages };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error("usage: npx tsx scripts/scan.ts PLAN.txt OUT.pdf");
  writeFileSync(output, (await scanOf(readFileSync(input, "utf8"))).pdf);
  console.log(`${output}: an image-only PDF of ${input}`);
}
