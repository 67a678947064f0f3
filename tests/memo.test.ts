/** Memos: answers remembered, forgotten on demand and when full, never changed by forgetting. */
import { describe, expect, it } from "vitest";
import { clearMemos, memoize, memoizeScoped } from "../src/text/memo.ts";

describe("memoize", () => {
  it("computes each key once until forgotten", () => {
    const calls: string[] = [];
    const upper = memoize((key: string) => (calls.push(key), key.toUpperCase()));
    expect([upper("a"), upper("b"), upper("a")]).toEqual(["A", "B", "A"]);
    expect(calls).toEqual(["a", "b"]);
    clearMemos();
    expect(upper("a")).toBe("A");
    expect(calls).toEqual(["a", "b", "a"]);
  });

  it("starts a new table when full, and still answers right", () => {
    const calls: string[] = [];
    const length = memoize((key: string) => (calls.push(key), key.length), 2);
    expect([length("a"), length("bb"), length("ccc"), length("bb"), length("ccc")]).toEqual([1, 2, 3, 2, 3]);
    // `ccc` arrived at the limit: the table was replaced, so `bb` is computed again and `ccc` is not.
    expect(calls).toEqual(["a", "bb", "ccc", "bb"]);
  });
});

describe("memoizeScoped", () => {
  it("remembers per scope, forgets every scope at once", () => {
    const calls: string[] = [];
    const qualified = memoizeScoped((scope: { name: string }, key: string) => (calls.push(`${scope.name}/${key}`), `${key} ${scope.name}`), (scope) => scope.name, 3);
    const a = { name: "A" };
    const b = { name: "B" };
    expect([qualified(a, "x"), qualified(b, "x"), qualified(a, "x")]).toEqual(["x A", "x B", "x A"]);
    expect(calls).toEqual(["A/x", "B/x"]);
    clearMemos();
    expect(qualified(b, "x")).toBe("x B");
    expect(calls).toEqual(["A/x", "B/x", "B/x"]);
  });

  it("starts over when full", () => {
    const calls: string[] = [];
    const qualified = memoizeScoped((scope: string, key: string) => (calls.push(key), `${key}@${scope}`), (scope) => scope, 2);
    expect([qualified("s", "1"), qualified("s", "2"), qualified("s", "3"), qualified("s", "1"), qualified("s", "3")]).toEqual(["1@s", "2@s", "3@s", "1@s", "3@s"]);
    expect(calls).toEqual(["1", "2", "3", "1"]);
  });
});
