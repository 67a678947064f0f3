/** `If-None-Match: "a", W/"b"` (or `*`) names the current strong ETag: the client's copy is current. */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === etag || trimmed === `W/${etag}` || trimmed === "*";
  });
}
