/**
 * `Đánh giá công tác cải cách hành chính năm 2025`, `Luật Tiếp công dân năm 2013`, `kỳ thi tốt
 * nghiệp THPT năm 2026`: a year written straight after what it qualifies names that thing; it
 * does not say when to act. Words such as `trong`, `đến`, `cuối`, `dự kiến` put a year in time.
 */
import type { Token } from "./lexer.ts";

const YEAR_TIME_WORDS = new Set(["trong", "vao", "tu", "den", "toi", "cuoi", "dau", "giua", "het", "truoc", "sau", "suot", "ca", "xong", "kien", "va", "hoac", "nam", "thang", "quy", "ngay", "la", "nhat", "thanh", "dip", "thoi", "gian", "diem", "ky", "han"]);

/** Whether the year atom starting at token `at` follows a word that it names (the token before it is a word, and no time word). */
export function yearNamesWhatPrecedes(tokens: Token[], at: number): boolean {
  if (at === 0) return false;
  const previous = tokens[at - 1]!;
  return previous.type === "word" && !YEAR_TIME_WORDS.has(previous.text);
}
