/**
 * What a .docx (a zip) says it inflates to, from its central directory, before anything is
 * inflated: a 600 KB file that would grow to gigabytes is refused without reading it.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export type ZipSize = { ok: true; entries: number; bytes: number } | { ok: false; reason: "not-a-zip" | "zip64" };

export function declaredZipSize(bytes: Uint8Array): ZipSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecord(view, bytes.byteLength);
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

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export type InflatedSize = { ok: true; bytes: number } | { ok: false; reason: "too-large"; atLeast: number } | { ok: false; reason: "not-a-zip" | "zip64" };

/**
 * What a zip really inflates to, measured by inflating each entry as a stream and stopping at
 * `limit`: a zip whose directory understates its sizes is caught before a parser inflates it
 * whole into memory. Costs one pass of inflation (about 0.3 s per 100 MB), holds one chunk.
 */
export async function inflatedZipSize(bytes: Uint8Array, limit: number): Promise<InflatedSize> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = declaredZipSize(bytes);
  if (!declared.ok) return declared;
  let at = view.getUint32(endRecord(view, bytes.byteLength) + 16, true);
  let total = 0;
  for (let n = 0; n < declared.entries; n++) {
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) return { ok: false, reason: "not-a-zip" };
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.byteLength, start + compressed));
    if (method === STORED) total += data.byteLength;
    else if (method === DEFLATED) total += await inflatedLength(data, limit - total + 1);
    else total += view.getUint32(at + 24, true);
    if (total > limit) return { ok: false, reason: "too-large", atLeast: total };
  }
  return { ok: true, bytes: total };
}

/** Where the end-of-directory record is: in the last 64 KB + 22 bytes (its comment is at most 65,535 bytes); -1 if none. */
function endRecord(view: DataView, length: number): number {
  for (let i = length - 22; i >= Math.max(0, length - 65_557); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/** The inflated length of raw deflate data, counted up to `stopAt` (then the stream is cancelled); a damaged stream counts what came out. */
async function inflatedLength(data: Uint8Array, stopAt: number): Promise<number> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length >= stopAt) {
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch {
    // A damaged entry: mammoth will say so; what it held so far is counted.
  }
  return length;
}
