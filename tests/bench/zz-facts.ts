import { readFileSync } from "node:fs";
import { decodeDocument } from "../../src/reader/decode.ts";
import { readPlan } from "../../src/reader/read.ts";
for (const d of process.argv.slice(2)) {
  const bytes = new Uint8Array(readFileSync(`tests/fixtures/corpus/${d}/original.pdf`));
  const r: any = await decodeDocument(bytes, "original.pdf");
  if (!r.ok) { console.log(d, r); continue; }
  const p = readPlan(r.text);
  const a = JSON.parse(readFileSync(`tests/fixtures/corpus/${d}/annotation.json`, "utf8")).facts;
  console.log(d, JSON.stringify({ number: p.number, issued: p.issued, place: p.place, issuer: p.issuer, scope: p.scope }), "\n   expected", JSON.stringify(a));
}
