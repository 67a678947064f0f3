/**
 * `npm run bench:hostile` (by hand): each hostile upload of issue 15, generated here, posted to
 * a fresh real server (bin/lich.mjs serve on its own database), with /health polled meanwhile.
 * Prints for each case the answer, the time it took, the slowest /health meanwhile and the
 * server's peak RSS (VmHWM, the thread that reads uploads included), against the figures the
 * issue found before (the baseline).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { sample, start } from "./server-process.ts";
import { lyingZip } from "../helpers/zips.ts";
import { toRoman } from "../../src/text/numerals.ts";

const HEADER = "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 88/KH-UBND\n\nLai Châu, ngày 05 tháng 01 năm 2027\n\nKẾ HOẠCH\nCông tác năm 2027\n\nI. NHIỆM VỤ\n\n";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const TEXT = "text/plain; charset=utf-8";

interface Case {
  name: string;
  before: string;
  body: () => Promise<Uint8Array> | Uint8Array;
  type: string;
}

const text = (s: string) => new TextEncoder().encode(s);

function paragraphs(bytes: number): string {
  return "<w:p><w:r><w:t>Tổ chức tuyên truyền ngày 05/01/2027.</w:t></w:r></w:p>".repeat(Math.ceil(bytes / 60));
}

async function docx(documentXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("word/document.xml", documentXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** `count` tasks in sections of 90 (a plan numbers its tasks within sections), each with its units and timing. */
function tasks(count: number): string {
  const lines = [HEADER.replace("I. NHIỆM VỤ\n\n", "")];
  for (let i = 0; i < count; i++) {
    if (i % 90 === 0) lines.push(`${toRoman(i / 90 + 1)}. NHÓM NHIỆM VỤ ${i / 90 + 1}`, "");
    lines.push(`${(i % 90) + 1}. Tổ chức hoạt động tuyên truyền số ${i + 1} tại các xã`, "- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.", "- Đơn vị phối hợp: Sở Thông tin và Truyền thông; UBND các huyện, thành phố.", `- Thời gian thực hiện: Tháng ${(i % 12) + 1}/2027.`, "");
  }
  return lines.join("\n");
}


const CASES: Case[] = [
  { name: ".docx declaring 200 MB inflated", before: "server died (heap out of memory after 51 s)", type: DOCX, body: () => docx(paragraphs(200 * 1024 * 1024)) },
  { name: ".docx inflating to 200 MB, declaring 1 KB", before: "(not tried)", type: DOCX, body: () => lyingZip(Buffer.from(paragraphs(200 * 1024 * 1024)), 1024) },
  { name: "one line naming 5,000 units", before: "server died in 10 s", type: TEXT, body: () => text(`${HEADER}1. Tuyên truyền\n- Đơn vị thực hiện: ${Array.from({ length: 5000 }, (_, i) => `UBND xã Số ${i + 1}`).join(", ")}.\n- Thời gian: Tháng 9/2027.\n`) },
  { name: "one 19 MB paragraph of dated sentences", before: "server died in 3 s", type: TEXT, body: () => text(`${HEADER}1. ${"Ngày 05/01/2027 tổ chức hội nghị. ".repeat(480_000)}\n`) },
  { name: "100,000 `1.` headings", before: "server frozen; lich parse 379 s", type: TEXT, body: () => text(HEADER + "1. Nhiệm vụ\n".repeat(100_000)) },
  { name: "29,900 `1.` headings (the most lines accepted)", before: "(100,000) server frozen; lich parse 379 s", type: TEXT, body: () => text(HEADER + "1. Nhiệm vụ\n".repeat(29_900)) },
  { name: "20,000 tasks with fields", before: "44 s, every request blocked, 2.9 GB", type: TEXT, body: () => text(tasks(20_000)) },
  { name: "3,000 tasks with fields (the most tasks accepted)", before: "(20,000) 44 s, every request blocked, 2.9 GB", type: TEXT, body: () => text(tasks(3_000)) },
  { name: "3,100 tasks with fields", before: "(20,000) 44 s, every request blocked, 2.9 GB", type: TEXT, body: () => text(tasks(3_100)) },
  { name: "2,250 tasks with fields (a 1 MB plan)", before: "17 s and 1.3 GB", type: TEXT, body: () => text(tasks(2_250)) },
  { name: "a 20 MB text under the upload limit", before: "no answer in 5 minutes", type: TEXT, body: () => text(HEADER + `- ${"Tuyên truyền trên các phương tiện thông tin đại chúng trong tháng 9/2027, ".repeat(3)}\n`.repeat(80_000)) },
  { name: "random bytes", before: "refused as TCVN3", type: "application/octet-stream", body: () => Uint8Array.from({ length: 1_000_000 }, (_, i) => (i * 2654435761) & 0xff) },
];

async function main(): Promise<void> {
  const rows: string[] = [];
  // HOSTILE_ONLY=<part of a case's name> runs that case alone.
  for (const hostile of CASES.filter((c) => !process.env.HOSTILE_ONLY || c.name.includes(process.env.HOSTILE_ONLY))) {
    const work = mkdtempSync(path.join(os.tmpdir(), "lich-hostile-"));
    const { child, base } = await start(`file:${path.join(work, "hostile.db")}`);
    try {
      const body = await hostile.body();
      const started = Date.now();
      let done = false;
      let slowestHealth = 0;
      const polling = (async () => {
        while (!done) {
          const asked = Date.now();
          await fetch(`${base}/health`).then((r) => r.arrayBuffer());
          slowestHealth = Math.max(slowestHealth, Date.now() - asked);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      const upload = (): RequestInit => {
        if (hostile.type !== DOCX) return { method: "POST", headers: { "content-type": hostile.type }, body: body as Uint8Array<ArrayBuffer> };
        const form = new FormData();
        form.set("file", new File([body as Uint8Array<ArrayBuffer>], "ke-hoach.docx", { type: DOCX }));
        return { method: "POST", body: form };
      };
      const response = await fetch(`${base}/api/plans`, upload());
      const answer = (await response.json()) as { error?: { code: string } };
      const seconds = (Date.now() - started) / 1000;
      done = true;
      await polling;
      const { peakMb } = sample(child.pid!);
      const line = `| ${hostile.name} (${(body.byteLength / 1024 / 1024).toFixed(1)} MB) | ${response.status} ${answer.error?.code ?? "imported"} | ${seconds.toFixed(1)} s | ${slowestHealth} ms | ${peakMb} MB | ${hostile.before} |`;
      console.log(line);
      rows.push(line);
    } finally {
      child.kill();
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log("\n| case | answer | time | slowest /health meanwhile | server peak RSS | before (issue 15) |\n|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
}

await main();
