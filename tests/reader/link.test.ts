/** Duty linking reads words off the text through a trie: the same words as the folded key's runs of letters and digits. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STOP_WORDS, WordIds } from "../../src/reader/link.ts";
import { foldKey } from "../../src/text/normalize.ts";
import { hasSeeds, SEEDS } from "../helpers/shared.ts";

/** The definition: runs of [a-z0-9] in foldKey, two characters or more, stop words out, numbered as first met. */
function wordsByKey(texts: string[]): number[][] {
  const ids = new Map<string, number>();
  return texts.map((text) =>
    (foldKey(text).match(/[a-z0-9]+/g) ?? [])
      .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
      .map((word) => ids.get(word) ?? ids.set(word, ids.size).get(word)!),
  );
}

function wordsByTrie(texts: string[]): number[][] {
  const ids = new WordIds();
  return texts.map((text) => ids.words(text));
}

describe("WordIds", () => {
  it("numbers words in the order met, skipping stop words and single characters", () => {
    expect(wordsByTrie(["Tổ chức Lễ kỷ niệm 60 năm, ngày thành lập", "Lễ mít tinh; ngày 5/9"])).toEqual([[0, 1, 2, 3, 4], [0, 5, 6, 2]]);
  });

  it("folds as foldKey does: accents, đ, combining marks inside a word, letters that fold to several", () => {
    const texts = ["Đoàn thanh niên", "doan THANH nien", "Hoa\u0300 bi\u0300nh", "hoà bình", "ǅem ﬁle ß"];
    expect(wordsByTrie(texts)).toEqual(wordsByKey(texts));
  });

  it("gives the words of foldKey on any text", () => {
    const text = fc.string({ maxLength: 60, unit: fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÊ áàảãạếềểễệ0123456789 ,.;:-/()\u0300\u0301ßﬁǅ\u00a0\t\n") });
    fc.assert(fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
      expect(wordsByTrie(texts)).toEqual(wordsByKey(texts));
    }), { numRuns: 500 });
  });

  it.skipIf(!hasSeeds)("gives the words of foldKey on every line of the seeds", () => {
    for (const seed of ["000_9c4979b0d76d147e", "001_fd8af27ada51ad98", "002_5640c0c2bbc35b8e", "003_c8534f40af56dc42", "004_4bcf00a113bc2395"]) {
      const lines = readFileSync(`${SEEDS}/${seed}.txt`, "utf8").split("\n");
      expect(wordsByTrie(lines)).toEqual(wordsByKey(lines));
    }
  });
});
