/**
 * Remembers a pure function's answers (bounded): unit names and phrases repeat across and within plans.
 *
 * Forgetting replaces a table instead of calling `Map.prototype.clear`: V8 keeps a cleared
 * table's entries reachable from the old table until the next full collection, so every
 * answer of a cleared memo was copied by the young-generation collector and promoted
 * (about 1 MB per collection when the benchmark forgets between plans).
 */
const caches: Array<{ clear(): void }> = [];

export function memoize<A extends string, R>(fn: (key: A) => R, limit = 20_000): (key: A) => R {
  let cache = new Map<A, R>();
  caches.push({ clear: () => (cache = new Map()) });
  return (key: A) => {
    const known = cache.get(key);
    if (known !== undefined) return known; // an undefined answer is simply computed again
    const value = fn(key);
    if (cache.size >= limit) cache = new Map();
    cache.set(key, value);
    return value;
  };
}

/**
 * The same for a function of a scope and a key (a plan's locality and a name): one table
 * per scope, so a long scope is not hashed again with every key.
 */
export function memoizeScoped<S, R>(fn: (scope: S, key: string) => R, scopeKey: (scope: S) => string, limit = 20_000): (scope: S, key: string) => R {
  let scopes = new Map<string, Map<string, R>>();
  let size = 0;
  caches.push({ clear: () => ((size = 0), (scopes = new Map())) });
  return (scope: S, key: string) => {
    const name = scopeKey(scope);
    let cache = scopes.get(name);
    if (cache === undefined) scopes.set(name, (cache = new Map()));
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = fn(scope, key);
    if (size >= limit) {
      scopes = new Map();
      size = 0;
      scopes.set(name, (cache = new Map()));
    }
    cache.set(key, value);
    size++;
    return value;
  };
}

/** Forgets every remembered answer: for benchmarks that measure a cold start. */
export function clearMemos(): void {
  for (const cache of caches) cache.clear();
}
