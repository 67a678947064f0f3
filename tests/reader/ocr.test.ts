/**
 * Scanned plans read through OCR (Tesseract 5, Vietnamese): a plan typeset, rasterized, turned,
 * stained and stamped as a scanner leaves it (scripts/scan.ts) comes out as the plan its text
 * gives — the same tasks, dates and units — with its pages' characters nearly all right, the
 * doubtful lines marked for review; through the real server's upload too. Skipped, saying so,
 * where Tesseract or pdftoppm is not installed (CI installs them).
 */
import { readFileSync } from "node:fs";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tesseractReader } from "../../src/ocr/tesseract.ts";
import { decodeDocument, type OcrReader } from "../../src/reader/decode.ts";
import { linesFromTsv, repairKindLines, repairPartNumerals, repairSectionNumerals } from "../../src/reader/ocr-lines.ts";
import { readPlan } from "../../src/reader/read.ts";
import { startServer } from "../../src/server.ts";
import { scanOf } from "../../scripts/scan.ts";
import { agreement, characterAccuracy } from "../eval/ocr-compare.ts";
import { childProcesses } from "../helpers/processes.ts";

const ocr = await tesseractReader();
if (!ocr) console.log("  (OCR tests skipped: install tesseract-ocr tesseract-ocr-vie poppler-utils)");
const EXAMPLE = readFileSync(new URL("../../examples/dem-nhac-xuan-yeu-thuong-phuc-thinh-2026.txt", import.meta.url), "utf8");

describe("OCR lines from Tesseract's TSV", () => {
  const row = (block: number, line: number, word: number, top: number, conf: number, text: string) => ["5", "1", String(block), "1", String(line), String(word), "10", String(top), "100", "30", String(conf), text].join("\t");
  it("joins a wrapped line back, keeps items and headers apart, drops page numbers and ornaments", () => {
    const tsv = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
      row(1, 1, 1, 0, 95, "ĐOÀN"), row(1, 1, 2, 0, 95, "XÃ"),
      row(1, 2, 1, 40, 20, "***"),
      row(1, 3, 1, 80, 96, "-"), row(1, 3, 2, 80, 90, "Thời"), row(1, 3, 3, 80, 92, "gian:"), row(1, 3, 4, 80, 60, "Tháng"),
      row(1, 4, 1, 115, 97, "9/2025"), row(1, 4, 2, 115, 97, "tại"), row(1, 4, 3, 115, 97, "xã."),
      row(1, 5, 1, 200, 99, "2"),
    ].join("\n");
    expect(linesFromTsv(tsv)).toEqual([
      { text: "ĐOÀN XÃ", confidence: 95 },
      { text: "", confidence: 100 },
      { text: "- Thời gian: Tháng 9/2025 tại xã.", confidence: 85 },
    ]);
  });
});

describe("a scan's pages put together", () => {
  it("join a paragraph the page break cut (the page ends mid-sentence, the next begins in lower case), and keep the others apart", async () => {
    const page = (...texts: string[]) => ({ lines: texts.map((text) => ({ text, confidence: 90 })) });
    const reader: OcrReader = async () => ({ ok: true, pages: [page("KẾ HOẠCH", "Việc tổ chức hội nghị được thực hiện từ ngày 04/02/2026 theo các Điều 2, 3 của Nghị"), page("quyết liên tịch số 101, cụ thể như Sau:", "1. Triệu tập hội nghị."), page("2. Chủ trì hội nghị")] });
    // A photo's bytes (PNG): the reader above stands for Tesseract.
    const decoded = await decodeDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "quet.png", "", { ocr: reader });
    expect(decoded.ok && decoded.text.split("\n")).toEqual(["KẾ HOẠCH", "Việc tổ chức hội nghị được thực hiện từ ngày 04/02/2026 theo các Điều 2, 3 của Nghị quyết liên tịch số 101, cụ thể như Sau:", "1. Triệu tập hội nghị.", "", "2. Chủ trì hội nghị"]);
  });
});

describe("section numerals read back", () => {
  it("a document's kind misread (`__ KÉHOẠCH`) as written; a sentence's words left alone", () => {
    const lines = ["__ KÉHOẠCH", "KE HOACH", "QUYÊT ĐINH", "Kế hoạch này", "KẾ HOẠCH", "2. HƯỚNG DẪN", "KẾ HOẠCH 2026"].map((text) => ({ text, confidence: 90 }));
    expect(repairKindLines(lines).map((l) => [l.text, l.confidence < 80])).toEqual([["KẾ HOẠCH", true], ["KẾ HOẠCH", true], ["QUYẾT ĐỊNH", true], ["Kế hoạch này", false], ["KẾ HOẠCH", false], ["2. HƯỚNG DẪN", false], ["KẾ HOẠCH 2026", false]]);
  });

  it("a part's first figure read as a sign gets its section's number, the next in sequence only", () => {
    const lines = ["5. Phân công trách nhiệm", "%1. Trung tâm Quản lý chất lượng", "- Là đơn vị đầu mối", "$.2. Phòng Đào tạo", "$.3. Các khoa tham gia", "$.7. Khác", "6. Tiến độ thực hiện", "$10. Không phải mục"].map((text) => ({ text, confidence: 95 }));
    const repaired = repairPartNumerals(lines);
    expect(repaired.map((l) => l.text)).toEqual(["5. Phân công trách nhiệm", "5.1. Trung tâm Quản lý chất lượng", "- Là đơn vị đầu mối", "5.2. Phòng Đào tạo", "5.3. Các khoa tham gia", "$.7. Khác", "6. Tiến độ thực hiện", "$10. Không phải mục"]);
    expect(repaired[1]!.confidence).toBeLessThan(80);
  });
  it("in sequence, and from I again in an appendix, a heading ending in a bracket too", () => {
    const lines = ["I. MỤC ĐÍCH", "li. NỘI DUNG", "Il. TỔ CHỨC THỰC HIỆN", "PHỤ LỤC", "¡. ĐỐI VỚI CÁC CƠ QUAN (Khối Đảng, Chính quyền)", "1I. ĐỐI VỚI CÁC THÔN"].map((text) => ({ text, confidence: 95 }));
    expect(repairSectionNumerals(lines).map((l) => l.text)).toEqual(["I. MỤC ĐÍCH", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", "PHỤ LỤC", "I. ĐỐI VỚI CÁC CƠ QUAN (Khối Đảng, Chính quyền)", "II. ĐỐI VỚI CÁC THÔN"]);
  });
});

describe.skipIf(!ocr)("a scanned, stamped plan", () => {
  let scan: { pdf: Uint8Array; pages: string[] };
  beforeAll(async () => {
    scan = await scanOf(EXAMPLE);
  }, 60_000);

  it("reads as the plan its text gives, its characters ≥ 97% right", async () => {
    const started = Date.now();
    const decoded = await decodeDocument(scan.pdf, "ke-hoach-quet.pdf", "", { ocr: ocr as OcrReader });
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.format).toBe("scan");
    expect(decoded.ocr!.pages).toBe(scan.pages.length);
    const fromText = readPlan(EXAMPLE);
    const fromScan = readPlan(decoded.text);
    const agreed = agreement(fromText, fromScan);
    const pages = decoded.text.split("\n\n\n");
    const accuracy = characterAccuracy(scan.pages.join("\n"), decoded.text);
    console.log(`  scan of ${scan.pages.length} pages read in ${Date.now() - started} ms: tasks ${(agreed.tasks * 100).toFixed(1)}%, dates ${(agreed.timing * 100).toFixed(1)}%, units ${(agreed.units * 100).toFixed(1)}%, characters ${(accuracy * 100).toFixed(1)}% (${pages.length} parts)`);
    expect(fromScan.title).toBe(fromText.title);
    expect(fromScan.issuer).toBe(fromText.issuer);
    expect(agreed.tasks).toBeGreaterThanOrEqual(0.95);
    expect(agreed.timing).toBeGreaterThanOrEqual(0.95);
    expect(agreed.units).toBeGreaterThanOrEqual(0.95);
    expect(accuracy).toBeGreaterThanOrEqual(0.97);
  }, 120_000);

  it("is imported through the real server's upload, marked as read by OCR, its doubtful lines for review", async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-ocr-"));
    const server = await startServer({ port: 0, hostname: "127.0.0.1", databaseUrl: `file:${path.join(directory, "lich.db")}`, env: {}, log: () => {} });
    try {
      const form = new FormData();
      form.set("file", new File([scan.pdf as Uint8Array<ArrayBuffer>], "ke-hoach-quet.pdf", { type: "application/pdf" }));
      const posted = await fetch(`${server.url}/api/plans`, { method: "POST", body: form });
      expect(posted.status).toBe(201);
      const { plan } = (await posted.json()) as { plan: { title: string; tasks: unknown[]; warnings: Array<{ code: string; message: string }> } };
      expect(plan.title).toBe(readPlan(EXAMPLE).title);
      expect(plan.tasks.length).toBe(readPlan(EXAMPLE).tasks.length);
      expect(plan.warnings.find((w) => w.code === "ocr")?.message).toMatch(/^Văn bản đọc bằng OCR từ \d+ trang quét/);
    } finally {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);
});

describe.skipIf(!ocr)("a scan stopped past its budget", () => {
  it("leaves no Tesseract or pdftoppm running, no scratch files, nothing written", async () => {
    const { ImportThread } = await import("../../src/store/import-thread.ts");
    const { openNodeDatabase } = await import("../../src/store/node-db.ts");
    // Twelve pages: about 7 s to read, longer than the budget.
    const scan = await scanOf([EXAMPLE, EXAMPLE, EXAMPLE].join("\n"));
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-ocr-stop-"));
    const scratch = path.join(directory, "tmp");
    mkdirSync(scratch);
    const databaseUrl = `file:${path.join(directory, "lich.db")}`;
    const database = await openNodeDatabase(databaseUrl);
    // The thread starts with the first job and takes the environment as it is then: its scratch files go to `scratch`.
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    const thread = new ImportThread(databaseUrl, database.db, { budgetMs: 3000, scanBudgetMs: 3000 });
    try {
      const started = Date.now();
      const outcome = await thread.import({ bytes: scan.pdf, fileName: "quet.pdf", mediaType: "application/pdf", receivedAt: new Date() }, "test");
      expect(outcome).toMatchObject({ ok: false, code: "too-slow" });
      // Both budgets (3 s before the scan is known, 3 s from then), with room for a loaded machine: far from the twelve pages read.
      expect(Date.now() - started).toBeLessThan(12_000);
      // Killed and reaped, their files removed, within the thread's grace (a loaded machine takes a few seconds).
      // The scratch folder goes once the children are reaped (the reader's last step): both are waited for.
      const ocrChildren = () => childProcesses(process.pid).map((p) => p.name).filter((name) => name === "tesseract" || name === "pdftoppm");
      const scratchFolders = () => readdirSync(scratch).filter((name) => name.startsWith("lich-ocr-"));
      for (const until = Date.now() + 6000; (ocrChildren().length > 0 || scratchFolders().length > 0) && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(ocrChildren()).toEqual([]);
      expect(scratchFolders()).toEqual([]);
      expect(await database.db.plan.count()).toBe(0);
    } finally {
      process.env.TMPDIR = tmp;
      if (tmp === undefined) delete process.env.TMPDIR;
      await thread.close();
      await database.close();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("where scans cannot be read", () => {
  it("a PDF without text is refused naming what to install, or that the edge cannot read it", async () => {
    const scanned = new Uint8Array(readFileSync(new URL("../fixtures/documents/scanned.pdf", import.meta.url)));
    const here = await decodeDocument(scanned, "quet.pdf");
    expect(here).toMatchObject({ ok: false, code: "pdf-no-text" });
    expect(here.ok ? "" : here.message).toContain("apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils");
    const edge = await decodeDocument(scanned, "quet.pdf", "", { noOcr: "bản chạy trên Cloudflare Workers không đọc được bản quét" });
    expect(edge.ok ? "" : edge.message).toContain("Cloudflare Workers không đọc được bản quét");
  });
});
