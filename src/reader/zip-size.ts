/**
 * What a .docx (a zip) says it inflates to, from its central directory, before anything is
 * inflated: a 600 KB file that would grow to gigabytes is refused without reading it.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export type ZipSize = { ok: true; entries: number; bytes: number } | { ok: false; reason: "not-a-zip" | "zip64" };

export function declaredZipSize(bytes: Uint8Array): ZipSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 64 KB + 22 bytes (its comment is at most 65,535 bytes).
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 65_557); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: "not-a-zip" };
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, reason: "zip64" };
  let at = offset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, reason: "not-a-zip" };
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return { ok: false, reason: "zip64" };
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries: count, bytes: total };
}
