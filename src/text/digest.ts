/** SHA-256 through Web Crypto (Node and Workers alike), in the encodings the service hands out. */

function bytesOf(data: Uint8Array | string): Uint8Array<ArrayBuffer> {
  return (typeof data === "string" ? new TextEncoder().encode(data) : data) as Uint8Array<ArrayBuffer>;
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytesOf(data)));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** URL- and header-safe base64 without padding (ETags, secret tokens). */
export function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export async function sha256Base64Url(data: Uint8Array | string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest("SHA-256", bytesOf(data))));
}
