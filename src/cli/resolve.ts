/** `lich resolve`: one phrase from the arguments, or many as JSON lines from stdin. */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { checkContext, checkResolveRequest } from "../timing/request.ts";
import { resolveTiming } from "../timing/resolve.ts";
import type { TimingContext } from "../timing/types.ts";
import { InputError } from "./errors.ts";

export interface ResolveOptions {
  issued?: string;
  occasion?: string[];
  ceremony?: string;
  field?: string;
  year?: string;
}

export function resolveArguments(phrase: string, options: ResolveOptions): string {
  const raw: Record<string, unknown> = {
    issued: options.issued,
    occasions: options.occasion,
    ceremony: options.ceremony,
    field: options.field,
    year: options.year === undefined ? undefined : Number(options.year),
  };
  const context = checkContext(raw);
  if (!context.ok) throw new InputError(context.message.replaceAll("context.", "--"));
  return JSON.stringify(resolveTiming(phrase, context.value as TimingContext));
}

/**
 * Answers every input line with one output line, in order. A line that is not a valid
 * request gets `{"error": ...}` in its place; the count of such lines is returned.
 */
export async function resolveJsonLines(input: Readable, output: Writable): Promise<{ lines: number; invalid: number }> {
  const reader = createInterface({ input, crlfDelay: Infinity });
  let buffer = "";
  let lines = 0;
  let invalid = 0;
  for await (const line of reader) {
    lines++;
    let answer: string;
    try {
      const checked = checkResolveRequest(JSON.parse(line));
      if (checked.ok) {
        answer = JSON.stringify(resolveTiming(checked.value.phrase, checked.value.context));
      } else {
        invalid++;
        answer = JSON.stringify({ error: { code: "invalid-request", message: checked.message, line: lines } });
      }
    } catch {
      invalid++;
      answer = JSON.stringify({ error: { code: "invalid-json", message: "dòng không phải JSON hợp lệ", line: lines } });
    }
    buffer += `${answer}\n`;
    if (buffer.length > 1 << 16) {
      if (!output.write(buffer)) await new Promise((resolve) => output.once("drain", resolve));
      buffer = "";
    }
  }
  if (buffer) output.write(buffer);
  return { lines, invalid };
}
