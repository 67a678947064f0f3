import { readFileSync } from "node:fs";
import { pdfToText } from "../../src/reader/pdf.ts";
const r = await pdfToText(new Uint8Array(readFileSync(process.argv[2]!)), "x.pdf");
console.log(r.ok ? r.text.split("\n").slice(0, Number(process.argv[3] ?? 12)).join("\n") : r);
