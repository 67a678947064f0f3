/**
 * Uploads that must not cost more than a plan: a .docx that would inflate past the limit is
 * refused before anything is inflated; control characters never reach a feed.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { decodeDocument, MAX_DOCX_INFLATED } from "../../src/reader/decode.ts";
import { declaredZipSize, inflatedZipSize } from "../../src/reader/zip-size.ts";
import { lyingZip } from "../helpers/zips.ts";
import { freshDb } from "../helpers/db.ts";
import { testApp } from "../helpers/app.ts";
import { parseFeed } from "../helpers/ical.ts";
import { withoutControls, oneLine } from "../../src/text/controls.ts";

async function docx(documentXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("word/document.xml", documentXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The same zip, its central directory claiming `size` bytes for every entry. */
function claiming(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.byteLength; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe("a .docx that would inflate past a plan's size", () => {
  it("measures what a zip really inflates to, entry by entry", async () => {
    const bytes = await docx("<w:document>" + "<w:p/>".repeat(1000) + "</w:document>");
    const declared = declaredZipSize(bytes);
    expect(await inflatedZipSize(bytes, MAX_DOCX_INFLATED)).toEqual({ ok: true, bytes: declared.ok ? declared.bytes : -1 });
    expect(await inflatedZipSize(lyingZip(Buffer.alloc(5000, "a"), 10), 1_000_000)).toEqual({ ok: true, bytes: 5000 });
  });

  it("is refused when its directory understates its size: measured while inflating, stopped at the limit", async () => {
    // 150 MB of paragraphs in a 150 KB file whose directory claims 1 KB.
    const lying = lyingZip(Buffer.alloc(150 * 1024 * 1024, "<w:p><w:r><w:t>a</w:t></w:r></w:p>"), 1024);
    expect(lying.byteLength).toBeLessThan(1024 * 1024);
    expect(declaredZipSize(lying)).toMatchObject({ ok: true, bytes: 1024 });
    const result = await decodeDocument(lying, "noi-doi.docx");
    expect(result).toMatchObject({ ok: false, code: "docx-too-large" });
    expect(result.ok ? "" : result.message).toContain("lớn hơn tệp tự khai báo");
  });

  it("reads what a zip declares from its central directory", async () => {
    const bytes = await docx("<w:document/>");
    const size = declaredZipSize(bytes);
    expect(size).toMatchObject({ ok: true, entries: 3 }); // the two files and the folder word/
    expect(declaredZipSize(new TextEncoder().encode("not a zip at all"))).toEqual({ ok: false, reason: "not-a-zip" });
  });

  it("is refused before it is inflated, naming the size and the limit", async () => {
    const bomb = claiming(await docx("<w:document/>"), 2_000_000_000);
    const started = Date.now();
    const result = await decodeDocument(bomb, "bom.docx");
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result).toEqual({ ok: false, code: "docx-too-large", message: `bom.docx khi giải nén lớn 5722 MB, quá giới hạn ${MAX_DOCX_INFLATED / 1024 / 1024} MB của một kế hoạch: không đọc.` });
  });

  it("is answered 413 over HTTP with nothing written", async () => {
    const store = freshDb();
    try {
      const app = testApp(store.db);
      const form = new FormData();
      form.set("file", new File([claiming(await docx("<w:document/>"), 500_000_000) as Uint8Array<ArrayBuffer>], "bom.docx"));
      const response = await app.request("/api/plans", { method: "POST", body: form });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("docx-too-large");
      expect(await store.db.plan.count()).toBe(0);
    } finally {
      await store.close();
    }
  });
});

describe("control characters", () => {
  it("become new lines (page and line breaks) or go", () => {
    expect(withoutControls("a\u000Bb\u000Cc\u001B[31md\u0000e\tf\ng")).toBe("a\nb\nc[31mde\tf\ng");
    expect(oneLine("Hạn:\u001B báo\ncáo\u0007")).toBe("Hạn: báo cáo");
  });

  it("never reach a feed: the summary, the description and the calendar's name are clean", async () => {
    const store = freshDb();
    try {
      const app = testApp(store.db, { now: new Date("2025-03-10T02:00:00Z") });
      const text = "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG SO\n\nSố: 99/KH-UBND\n\nKẾ HOẠCH\nTổ chức Ngày hội\u001B[31m văn hóa\u000B thôn bản\n\nI. NỘI DUNG\n\n1. Chuẩn bị\u0007 sân\u001B khấu\n- Đơn vị thực hiện: Công chức Văn hóa - Xã hội.\n- Thời gian thực hiện: Trước ngày 15/4/2025.\n";
      const posted = await app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: text });
      expect(posted.status).toBe(201);
      const feed = await (await app.request("/feeds/all.ics")).text();
      expect(feed).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
      expect(parseFeed(feed).events.map((e) => e.summary)).toEqual(["Hạn: Chuẩn bị sân khấu"]);
    } finally {
      await store.close();
    }
  });
});

describe("dates people send", () => {
  it("are real days between 1900 and 2100: a ceremony in year 9999 or 0000, a context's 2024-13-45, are refused", async () => {
    const store = freshDb();
    try {
      const app = testApp(store.db, { now: new Date("2025-03-10T02:00:00Z") });
      const { readFileSync } = await import("node:fs");
      const posted = await app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: readFileSync(new URL("../fixtures/plans/revision-v1.txt", import.meta.url)) });
      const planId = ((await posted.json()) as { plan: { id: string } }).plan.id;
      for (const start of ["9999-01-01", "0000-01-01T08:00", "2025-02-29", "1899-12-31"]) {
        const response = await app.request(`/api/plans/${planId}/ceremony`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ start }) });
        expect(response.status, start).toBe(400);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid-ceremony");
      }
      for (const context of [{ ceremony: "2024-13-45" }, { issued: "0000-01" }, { occasions: ["2100-02-30"] }, { events: { "khai mạc": "9999-12-31" } }]) {
        const response = await app.request("/api/timing/resolve", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ phrase: "Trước lễ 5 ngày", context }) });
        expect(response.status, JSON.stringify(context)).toBe(400);
      }
      const items = await app.request(`/api/plans/${planId}/tasks/I.1.1`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ timing: { items: [{ kind: "deadline", start: "9999-01-01", end: "9999-01-01" }] } }) });
      expect(items.status).toBe(400);
      expect(await store.db.auditEvent.count()).toBe(1);
    } finally {
      await store.close();
    }
  });
});

describe("plans bigger than any plan", () => {
  const header = "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG SO\n\nSố: 77/KH-UBND\n\nKẾ HOẠCH\nKiểm tra giới hạn\n\nI. NỘI DUNG\n\n";
  const cases: Array<[string, string, number, string, string]> = [
    ["5,000 tasks", header + Array.from({ length: 5000 }, (_, i) => `${i + 1}. Việc số ${i + 1}\n- Thời gian: Tháng 9/2025.\n`).join("\n"), 413, "too-many-tasks", "quá giới hạn 3000 nhiệm vụ"],
    ["one line naming 500 units", `${header}1. Tuyên truyền\n- Đơn vị thực hiện: ${Array.from({ length: 500 }, (_, i) => `UBND xã Số ${i + 1}`).join(", ")}.\n- Thời gian: Tháng 9/2025.\n`, 422, "too-many-units", "Nhiệm vụ I.1 (dòng 11) nêu 500 đơn vị"],
    ["a line of 30,000 characters", `${header}1. ${"Tuyên truyền ".repeat(2500)}\n`, 413, "line-too-long", "Dòng 11 dài"],
  ];
  it.each(cases)("%s: refused naming the limit and the place, quickly, with nothing written", async (_name, text, status, code, says) => {
    const store = freshDb();
    try {
      const app = testApp(store.db);
      const started = Date.now();
      const response = await app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: text });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(response.status).toBe(status);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe(code);
      expect(error.message).toContain(says);
      expect(await store.db.plan.count()).toBe(0);
    } finally {
      await store.close();
    }
  }, 30_000);
});

describe("bytes that are not a plan's text", () => {
  it("are named for what they are: binary, UTF-16 without BOM, or a legacy Vietnamese encoding", async () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(await decodeDocument(random, "ngau-nhien.txt")).toEqual({ ok: false, code: "invalid-encoding", message: "ngau-nhien.txt là tệp nhị phân, không phải văn bản: hãy gửi .txt, .docx hoặc .pdf." });
    const utf16 = new Uint8Array([...Buffer.from("KẾ HOẠCH Tổ chức kỷ niệm ngày thành lập", "utf16le")]);
    expect(await decodeDocument(utf16, "utf16.txt")).toMatchObject({ ok: false, code: "invalid-encoding", message: expect.stringContaining("UTF-16 không có dấu BOM") });
    const tcvn3 = Buffer.from("KÕ ho¹ch tæ chøc c¸c ho¹t ®éng kû niÖm ngµy thµnh lËp tØnh. ".repeat(20), "latin1");
    expect(await decodeDocument(new Uint8Array(tcvn3), "abc.txt")).toMatchObject({ ok: false, code: "legacy-encoding", message: expect.stringContaining("TCVN3") });
  });
});
