/** Remembers a pure function's answers (bounded): unit names and phrases repeat across and within plans. */
const caches: Array<Map<unknown, unknown>> = [];

export function memoize<A extends string, R>(fn: (key: A) => R, limit = 20_000): (key: A) => R {
  const cache = new Map<A, R>();
  caches.push(cache as Map<unknown, unknown>);
  return (key: A) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** Forgets every remembered answer: for benchmarks that measure a cold start. */
export function clearMemos(): void {
  for (const cache of caches) cache.clear();
}
