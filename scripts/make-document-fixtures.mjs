// Makes the .docx and .pdf fixtures of the reader tests from a reference plan's text, so that
// the tests can check that the three formats give the same tasks. Run once after changing it:
//   node scripts/make-document-fixtures.mjs        (needs ../shared/seeds and Debian's fonts-dejavu-core)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import fontkit from "@pdf-lib/fontkit";
import JSZip from "jszip";
import { PDFDocument, rgb } from "pdf-lib";

const SEED = "../shared/seeds/004_4bcf00a113bc2395.txt";
const FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
const OUT = "tests/fixtures/documents";
for (const file of [SEED, FONT]) {
  if (!existsSync(file)) throw new Error(`${file} is missing (fonts: apt-get install fonts-dejavu-core)`);
}
mkdirSync(OUT, { recursive: true });
const lines = readFileSync(SEED, "utf8").replace(/\r\n?/g, "\n").split("\n");

const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function makeDocx() {
  const paragraphs = lines
    .filter((line) => line.trim() !== "")
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line.replace(/\*/g, ""))}</w:t></w:r></w:p>`)
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`);
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", date: new Date("2023-05-10T00:00:00Z") });
  writeFileSync(`${OUT}/004.docx`, bytes);
}

async function makePdf() {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setCreationDate(new Date("2023-05-10T00:00:00Z"));
  pdf.setModificationDate(new Date("2023-05-10T00:00:00Z"));
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const size = 10;
  const [width, height, margin] = [595, 842, 50];
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const newLine = (gap) => {
    y -= gap;
    if (y < margin) {
      page = pdf.addPage([width, height]);
      y = height - margin;
    }
  };
  for (const raw of lines) {
    const line = raw.replace(/\*/g, "").trim();
    if (line === "") {
      newLine(size * 0.8);
      continue;
    }
    // Wrap at word boundaries to the text width, as a word processor would.
    let current = "";
    for (const word of line.split(" ")) {
      const next = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width - 2 * margin && current) {
        page.drawText(current, { x: margin, y, size, font, color: rgb(0, 0, 0) });
        newLine(size * 1.3);
        current = word;
      } else {
        current = next;
      }
    }
    page.drawText(current, { x: margin, y, size, font, color: rgb(0, 0, 0) });
    newLine(size * 1.3);
  }
  writeFileSync(`${OUT}/004.pdf`, await pdf.save({ useObjectStreams: false }));

  // A page with no text layer, as a scanned document has.
  const scanned = await PDFDocument.create();
  scanned.setCreationDate(new Date("2023-05-10T00:00:00Z"));
  scanned.setModificationDate(new Date("2023-05-10T00:00:00Z"));
  scanned.addPage([width, height]).drawRectangle({ x: 50, y: 50, width: 300, height: 400, color: rgb(0.8, 0.8, 0.8) });
  writeFileSync(`${OUT}/scanned.pdf`, await scanned.save({ useObjectStreams: false }));
}

// TCVN3 (ABC) bytes, as old documents come: "KÕ ho¹ch tæ chøc c¸c ho¹t ®éng kû niÖm".
writeFileSync(`${OUT}/tcvn3.txt`, Buffer.from("KÕ ho¹ch tæ chøc c¸c ho¹t ®éng kû niÖm 20 n¨m chia t¸ch, thµnh lËp tØnh Lai Ch©u\n".repeat(6), "latin1"));
// A PNG image renamed to .docx.
writeFileSync(`${OUT}/image.docx`, Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"));

await makeDocx();
await makePdf();
console.log(`fixtures written to ${OUT}`);
