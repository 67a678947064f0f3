/** The key a cache keeps a feed answer under: the Node front cache and the Workers edge cache alike. */
const PARAMETERS = new Set(["from", "to", "role", "alarm", "key"]);

/**
 * One key per feed request whatever the order of its parameters; null when the address has a
 * parameter feeds do not take (`?x=1`, `?x=2`, … must not fill the memory: the app answers those).
 */
export function feedCacheKey(host: string, pathAndQuery: string): string | null {
  const question = pathAndQuery.indexOf("?");
  const path = question < 0 ? pathAndQuery : pathAndQuery.slice(0, question);
  if (question < 0) return `${host}${path}`;
  const params = [...new URLSearchParams(pathAndQuery.slice(question + 1))];
  if (params.some(([name]) => !PARAMETERS.has(name))) return null;
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${host}${path}?${new URLSearchParams(params).toString()}`;
}
