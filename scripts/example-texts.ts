// The .txt beside each original in examples/: the text the service reads from that .docx or
// .pdf (so the two give the same plan). Run after changing an example or the decoder:
//   npx tsx scripts/example-texts.ts
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeDocument } from "../src/reader/decode.ts";

const folder = path.resolve(import.meta.dirname, "../examples");
for (const name of readdirSync(folder).filter((n) => /\.(docx|pdf)$/.test(n))) {
  const decoded = await decodeDocument(new Uint8Array(readFileSync(path.join(folder, name))), name);
  if (!decoded.ok) throw new Error(`${name}: ${decoded.message}`);
  writeFileSync(path.join(folder, name.replace(/\.(docx|pdf)$/, ".txt")), decoded.text.endsWith("\n") ? decoded.text : `${decoded.text}\n`);
  console.log(`${name} → ${name.replace(/\.(docx|pdf)$/, ".txt")}`);
}
