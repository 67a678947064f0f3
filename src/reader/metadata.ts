/** Number, place and date, title, issuer's lines, signer, recipients: the parts around the tasks. */
import { foldKeyOfStart } from "../text/normalize.ts";
import type { Line } from "./lines.ts";
import { readHeader } from "./header.ts";

export interface Metadata {
  number: string | null;
  place: string | null;
  issued: string | null;
  title: string;
  /** The issuer's lines in capitals from the header, as written. */
  issuerLines: string[];
  signer: string | null;
  recipients: string[];
  /** Lines the metadata accounts for. */
  used: Set<number>;
  /** The receiving office's stamp lines (see Header). */
  received: Set<number>;
}

export function readMetadata(lines: Line[]): Metadata {
  const header = readHeader(lines);
  const used = header.used;
  const recipients = readRecipients(lines, used);
  return {
    number: header.number,
    place: header.place,
    issued: header.issued,
    title: header.title,
    issuerLines: header.issuerLines,
    signer: readSigner(lines, used),
    recipients,
    used,
    received: header.received,
  };
}

/** `Nơi nhận:` and the list under it. */
function readRecipients(lines: Line[], used: Set<number>): string[] {
  const start = lines.findIndex((l) => /^Nơi nhận\s*:?$/iu.test(l.text));
  if (start < 0) return [];
  const recipients: string[] = [];
  used.add(lines[start]!.number);
  for (const line of lines.slice(start + 1)) {
    if (line.text === "") continue;
    // A PDF's text layer interleaves the signature's capitals (`KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`) with the list.
    if (!/^[-+•]/.test(line.text)) {
      if (/^(?:KT|TM|T\/M|TL|Q)\.?\s/u.test(line.text) || (line.text === line.text.toUpperCase() && /\p{Lu}{2}/u.test(line.text) && line.text.length < 60)) continue;
      break;
    }
    used.add(line.number);
    recipients.push(line.text.replace(/^[-+•]\s*/, "").replace(/\s*\((?:b\/c|B\/C)\)/g, "").replace(/[;,.]+$/, "").trim());
  }
  return recipients;
}

/** The person who signed: the name under the signature block (`KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê Văn Mạnh`). */
function readSigner(lines: Line[], used: Set<number>): string | null {
  const block = lines.findIndex((l) => /^(TM|T\/M|KT|TL|TUQ)\.?\s/u.test(l.text));
  if (block < 0) return null;
  let signer: string | null = null;
  let taken = 0;
  for (const line of lines.slice(block)) {
    if (line.text === "") continue;
    // The block is the signing body, the title, a mark of signature and the name: an appendix after it is the plan's.
    // Notes of a stamp or signature after the name (`(Đã ký)`, a scan's description of the seal) are the block's too.
    if (signer !== null && isBoilerplate(line.text)) {
      used.add(line.number);
      continue;
    }
    if (signer !== null || taken >= 6 || line.cells || (taken > 0 && /^(PHỤ LỤC|DANH MỤC|BẢNG|PHÂN CÔNG|LỊCH|KẾ HOẠCH|CHƯƠNG TRÌNH|DANH SÁCH|\(Kèm theo|\(Ban hành kèm)/u.test(line.text))) break;
    used.add(line.number);
    taken++;
    if (/^(\p{Lu}[\p{Ll}\p{M}]*\s){1,4}\p{Lu}[\p{Ll}\p{M}]*$/u.test(line.text)) signer = line.text;
  }
  return signer;
}

const BOILERPLATE = /^(noi nhan|luu\b|luu:|tm\.|t\/m|kt\.|tl\.|pho |chu tich|truong ban|bi thu|\(co bieu|tren day la ke hoach|handwritten|stamp|con dau|\(da ky\)|ngan sach nha nuoc)/;

export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(foldKeyOfStart(text, 40));
}
