// Appends spelling variants to tests/fixtures/timing-corpus.jsonl: every hand-written row
// again as NFD, in capitals, in the old tone-mark style, with en dashes and markdown
// markers. The expected dates do not change. Idempotent: `node scripts/timing-corpus-variants.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../tests/fixtures/timing-corpus.jsonl", import.meta.url);
const base = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)).filter((r) => !r.variantOf);

const TONES = "\u0300\u0301\u0303\u0309\u0323";
const oldStyle = (text) =>
  text
    .normalize("NFD")
    .replace(new RegExp(`([oO])([${TONES}])([aAeE])(?![\\p{L}\\p{M}])`, "gu"), "$1$3$2")
    .replace(new RegExp(`(?<![qQ])([uU])([${TONES}])([yY])(?![\\p{L}\\p{M}])`, "gu"), "$1$3$2")
    .normalize("NFC");

const variants = [
  ["nfd", (p) => p.normalize("NFD")],
  ["upper", (p) => p.toLocaleUpperCase("vi")],
  ["old-tone", oldStyle],
  ["en-dash", (p) => p.replace(/ - /g, " – ").replace(/(\d)-(\d)/g, "$1–$2")],
  ["markdown", (p) => `*${p}*`],
  ["quy-misspelled", (p) => p.replace(/quý/g, "qúy").replace(/Quý/g, "Qúy")],
];

const lines = base.map((r) => JSON.stringify(r));
for (const row of base) {
  for (const [name, make] of variants) {
    const phrase = make(row.phrase);
    if (phrase === row.phrase) continue;
    lines.push(JSON.stringify({ ...row, id: `${row.id}-${name}`, variantOf: row.id, phrase }));
  }
}
writeFileSync(file, `${lines.join("\n")}\n`);
console.log(`${base.length} rows, ${lines.length - base.length} variants`);
