/** Documents to text. Errors are values: the caller decides how to report them. */

export type DecodeResult =
  | { ok: true; text: string; mediaType: string }
  | { ok: false; code: string; message: string };

const TEXT_TYPES = new Set(["", "text/plain", "application/octet-stream"]);

export function decodeDocument(bytes: Uint8Array, fileName: string, mediaType = ""): DecodeResult {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const type = mediaType.split(";")[0]!.trim().toLowerCase();
  if (extension === "docx" || extension === "pdf" || type.includes("pdf") || type.includes("wordprocessingml")) {
    return {
      ok: false,
      code: "unsupported-format",
      message: `Chưa đọc được tệp ${fileName || type}: hiện chỉ nhận văn bản thuần (.txt, UTF-8 hoặc UTF-16).`,
    };
  }
  if (!(extension === "txt" || extension === "" || extension === "md") && !TEXT_TYPES.has(type) && !type.startsWith("text/")) {
    return { ok: false, code: "unsupported-format", message: `Không nhận loại tệp "${type || extension}": hãy gửi tệp .txt.` };
  }
  const text = decodeText(bytes);
  if (text === null) {
    return { ok: false, code: "invalid-encoding", message: "Tệp không phải văn bản UTF-8 hoặc UTF-16 hợp lệ (có thể là mã TCVN3/VNI cũ hoặc tệp nhị phân)." };
  }
  if (text.trim() === "") return { ok: false, code: "empty-document", message: "Văn bản rỗng: không có nội dung để đọc." };
  return { ok: true, text, mediaType: "text/plain; charset=utf-8" };
}

function decodeText(bytes: Uint8Array): string | null {
  let encoding: "utf-8" | "utf-16le" | "utf-16be" = "utf-8";
  let offset = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) offset = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, offset] = ["utf-16le", 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, offset] = ["utf-16be", 2];
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(offset));
    if (text.includes("\u0000")) return null;
    return text.replace(/\r\n?/g, "\n");
  } catch {
    return null;
  }
}
