import { describe, expect, it } from "vitest";
import type { ReadTask } from "../../src/reader/types.ts";
import { assignIdentities, type KnownTask } from "../../src/schedule/identity.ts";

const task = (id: string, title: string): ReadTask => ({ id, title, section: "B", lines: [1, 1], timing: [], units: [] });
const known = (key: string, title: string, identity = key): KnownTask => ({ key, identity, title });

describe("assignIdentities", () => {
  it("gives a first version its outline ids", () => {
    expect([...assignIdentities([], [task("1", "A"), task("2", "B")])]).toEqual([["1", "1"], ["2", "2"]]);
  });

  it("keeps a renumbered task's identity when an item is inserted before it", () => {
    const before = [known("1", "Treo băng rôn"), known("2", "Giải bóng chuyền")];
    const after = assignIdentities(before, [task("1", "Hội thi"), task("2", "Treo băng rôn"), task("3", "Giải bóng chuyền")]);
    expect(after.get("2")).toBe("1");
    expect(after.get("3")).toBe("2");
    expect(after.get("1")).toMatch(/^1~[0-9a-f]{8}$/); // "1" still names the banners' events
  });

  it("matches titles whatever their accents or case, and a reworded item by its outline id", () => {
    const before = [known("1", "Treo băng rôn, khẩu hiệu"), known("2", "Đêm văn nghệ")];
    const after = assignIdentities(before, [task("1", "TREO BĂNG RÔN, KHẨU HIỆU"), task("2", "Đêm văn nghệ chào mừng")]);
    expect([...after]).toEqual([["1", "1"], ["2", "2"]]);
  });

  it("keeps identities across several revisions, and never gives one to two tasks", () => {
    const v2 = [known("2", "B", "1"), known("3", "C", "2"), known("1", "A", "1~aaaaaaaa")];
    const after = assignIdentities(v2, [task("1", "B"), task("2", "C"), task("3", "A"), task("4", "A")]);
    expect(after.get("1")).toBe("1");
    expect(after.get("2")).toBe("2");
    expect(after.get("3")).toBe("1~aaaaaaaa");
    expect(new Set(after.values()).size).toBe(4);
  });
});
