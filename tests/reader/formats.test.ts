/**
 * Decoding: a .docx and a PDF made from seed 004 by scripts/make-document-fixtures.mjs give
 * the same tasks as its text; what cannot be read is refused with the reason.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/reader/decode.ts";
import { readPlan } from "../../src/reader/read.ts";
import { hasSeeds, SEED_004 } from "../helpers/shared.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url)));

function taskSummary(text: string) {
  return readPlan(text).tasks.map((t) => ({
    id: t.id,
    title: t.title,
    units: t.units.map((u) => `${u.slug}:${u.role}`),
    timing: t.timing.map((r) => r.items.map((i) => `${i.kind} ${i.start} ${i.end}`)),
  }));
}

describe.skipIf(!hasSeeds)("the same plan as .txt, .docx and .pdf", () => {
  const expected = hasSeeds ? taskSummary(readFileSync(SEED_004, "utf8")) : [];

  it.each(["004.docx", "004.pdf"])("%s gives the same tasks as the text", async (name) => {
    const decoded = await decodeDocument(fixture(name), name);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.format).toBe(name.slice(-4).replace(".", ""));
    expect(taskSummary(decoded.text)).toEqual(expected);
  });
});

describe("documents that cannot be read say why", () => {
  it.each([
    ["scanned.pdf", "pdf-no-text"],
    ["tcvn3.txt", "legacy-encoding"],
    ["image.docx", "image-not-document"],
  ])("%s → %s", async (name, code) => {
    const decoded = await decodeDocument(fixture(name), name);
    expect(decoded).toMatchObject({ ok: false, code });
    if (!decoded.ok) expect(decoded.message).toContain(name);
  });

  it.each([
    ["a .doc that is no Word document", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), "ke-hoach.doc", "invalid-doc"],
    ["a zip that is no Word document", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "ke-hoach.docx", "invalid-docx"],
    ["a .pdf that is not a PDF", new TextEncoder().encode("KẾ HOẠCH"), "ke-hoach.pdf", "invalid-pdf"],
    ["nothing", new Uint8Array(), "ke-hoach.txt", "empty-document"],
    ["binary bytes", new Uint8Array([0x00, 0xff, 0xfe, 0x00, 0x13]), "ke-hoach.txt", "invalid-encoding"],
  ])("%s", async (_name, bytes, fileName, code) => {
    expect(await decodeDocument(bytes, fileName)).toMatchObject({ ok: false, code });
  });
});

describe("text encodings", () => {
  const plain = "KẾ HOẠCH\r\nTổ chức hoạt động\r\n";
  it("reads UTF-8 with a BOM and CRLF line ends", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(plain)]);
    expect(await decodeDocument(bytes, "a.txt")).toMatchObject({ ok: true, text: "KẾ HOẠCH\nTổ chức hoạt động\n" });
  });
  it("reads UTF-16 with a BOM", async () => {
    const utf16 = new Uint8Array(2 + plain.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < plain.length; i++) utf16.set([plain.charCodeAt(i) & 0xff, plain.charCodeAt(i) >> 8], 2 + 2 * i);
    expect(await decodeDocument(utf16, "a.txt")).toMatchObject({ ok: true, text: "KẾ HOẠCH\nTổ chức hoạt động\n" });
  });
  it("converts Windows-1258, which writes tones as combining marks", async () => {
    // "Kế hoạch" in Windows-1258: K, ê (0xEA) + acute (0xEC), h, o, a + dot below (0xF2), c, h
    const bytes = new Uint8Array([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68]);
    expect(await decodeDocument(bytes, "a.txt")).toMatchObject({ ok: true, text: "Kế hoạch" });
  });
});

describe("a digitally signed PDF's number and day, drawn by its stamps", () => {
  const corpus = (id: string) => new Uint8Array(readFileSync(new URL(`../fixtures/corpus/${id}/original.pdf`, import.meta.url)));

  it("reads the signature widgets' text into the header line it stands on", async () => {
    const decoded = await decodeDocument(corpus("f-hcm-sgddt-4644-2025-cuoc-thi-dong-long-tiep-suc"), "4644.pdf");
    if (!decoded.ok) throw new Error(decoded.message);
    const lines = decoded.text.split("\n");
    expect(lines).toContain("Số: 4644 /KH-SGDĐT");
    expect(lines).toContain("Thành phố Hồ Chí Minh, ngày 14 tháng 11 năm 2025");
    const plan = readPlan(decoded.text);
    expect([plan.number, plan.issued]).toEqual(["4644/KH-SGDĐT", "2025-11-14"]);
  });

  it("reads a school's stamped number with its dotted suffix (`/KH-THPT.PB`)", async () => {
    const decoded = await decodeDocument(corpus("f-hcm-thpt-phuocbuu-230-2025-cuoc-thi-startup"), "230.pdf");
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.text.split("\n")).toContain("Số: 230 /KH-THPT.PB Thành Phố Hồ Chí Minh, ngày 14 tháng 11 năm 2025");
    const plan = readPlan(decoded.text);
    expect([plan.number, plan.issued]).toEqual(["230/KH-THPT.PB", "2025-11-14"]);
  });
});

describe("a PDF programme whose time cell is centred beside a content cell of two or three lines", () => {
  it("puts the time in front of its row, the content's lines joined after it", async () => {
    const bytes = new Uint8Array(readFileSync(new URL("../fixtures/corpus/g-dongthap-sgddt-don-tiep-doan-kiem-tra-stem-2026/original.pdf", import.meta.url)));
    const decoded = await decodeDocument(bytes, "362.pdf");
    if (!decoded.ok) throw new Error(decoded.message);
    const lines = decoded.text.split("\n");
    // The time drawn between the cell's two lines, and one drawn on the second line of three.
    expect(lines).toContain("8h35 - 8h45 Định hướng nội dung, chương trình làm việc, phân công nhiệm vụ cho thành viên Đoàn công tác");
    expect(lines).toContain("8h45 - 09h00 Báo cáo tóm tắt về thực trạng các phòng học bộ môn và mức độ đáp ứng giáo dục STEM trong nhà trường trên địa bàn tỉnh Đồng Tháp");
    expect(lines).toContain("10h30 - 11h00 Tham quan hệ thống phòng bộ môn và không gian triển khai STEM tại nhà trường");
    // The recipients beside the signature stay lines of their own.
    expect(lines).toContain("KT. GIÁM ĐỐC");
  });
});

describe("an old Word .doc", () => {
  it("is read as a .docx is: its paragraphs, its header table's cells, its plan", async () => {
    const bytes = new Uint8Array(readFileSync(new URL("../fixtures/corpus/j-xa-phucthinh-ubnd-5-diem-nghen-2026/original.doc", import.meta.url)));
    const decoded = await decodeDocument(bytes, "ke-hoach.doc");
    if (!decoded.ok) throw new Error(decoded.message);
    expect([decoded.format, decoded.mediaType]).toEqual(["doc", "application/msword"]);
    const lines = decoded.text.split("\n");
    expect(lines).toContain("Phúc Thịnh, ngày 14 tháng 01 năm 2026");
    expect(lines).toContain("KẾ HOẠCH");
    const plan = readPlan(decoded.text);
    expect(plan.issued).toBe("2026-01-14");
    expect(plan.tasks.length).toBeGreaterThan(30);
  });
});
