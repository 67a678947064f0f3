/** Zips made by hand for the hostile-upload tests and benchmark. */
import { deflateRawSync } from "node:zlib";

/** A one-entry zip (word/document.xml) whose headers say it inflates to `claimed` bytes, whatever it really holds. */
export function lyingZip(content: Buffer, claimed: number): Uint8Array {
  const name = Buffer.from("word/document.xml");
  const data = deflateRawSync(content, { level: 9 });
  const header = (signature: number, size: number, fields: Array<[offset: number, value: number, bytes: 2 | 4]>) => {
    const b = Buffer.alloc(size);
    b.writeUInt32LE(signature, 0);
    for (const [offset, value, bytes] of fields) bytes === 2 ? b.writeUInt16LE(value, offset) : b.writeUInt32LE(value, offset);
    return b;
  };
  const local = header(0x04034b50, 30, [[4, 20, 2], [8, 8, 2], [18, data.length, 4], [22, claimed, 4], [26, name.length, 2]]);
  const central = header(0x02014b50, 46, [[6, 20, 2], [10, 8, 2], [20, data.length, 4], [24, claimed, 4], [28, name.length, 2]]);
  const end = header(0x06054b50, 22, [[8, 1, 2], [10, 1, 2], [12, 46 + name.length, 4], [16, 30 + name.length + data.length, 4]]);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}
