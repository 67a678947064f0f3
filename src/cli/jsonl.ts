/**
 * The JSON-lines loop of `lich resolve --jsonl` and `lich units --jsonl`: one output line per
 * input line, in order. A line that is not JSON, or that `answer` refuses with an `error`,
 * gets `{"error": {code, message, line}}` in its place.
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";

export type LineError = { error: { code: string; message: string } };

export async function answerJsonLines(
  input: Readable,
  output: Writable,
  answer: (request: unknown) => unknown,
): Promise<{ lines: number; invalid: number }> {
  let buffer = "";
  let lines = 0;
  let invalid = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lines++;
    let result: unknown;
    try {
      result = answer(JSON.parse(line));
    } catch {
      result = { error: { code: "invalid-json", message: "dòng không phải JSON hợp lệ" } };
    }
    if (typeof result === "object" && result !== null && "error" in result) {
      invalid++;
      result = { error: { ...(result as LineError).error, line: lines } };
    }
    buffer += `${JSON.stringify(result)}\n`;
    if (buffer.length > 1 << 16) {
      if (!output.write(buffer)) await new Promise((resolve) => output.once("drain", resolve));
      buffer = "";
    }
  }
  if (buffer) output.write(buffer);
  return { lines, invalid };
}
