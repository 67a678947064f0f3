/** `lich resolve`: one phrase from the arguments, or many as JSON lines from stdin. */
import type { Readable, Writable } from "node:stream";
import { checkContext, checkResolveRequest } from "../timing/request.ts";
import { resolveTiming } from "../timing/resolve.ts";
import type { TimingContext } from "../timing/types.ts";
import { InputError } from "./errors.ts";
import { answerJsonLines } from "./jsonl.ts";

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

/** `lich resolve --jsonl`: one resolution per `{"phrase", "context"}` line, in order. */
export function resolveJsonLines(input: Readable, output: Writable): Promise<{ lines: number; invalid: number }> {
  return answerJsonLines(input, output, (request) => {
    const checked = checkResolveRequest(request);
    return checked.ok
      ? resolveTiming(checked.value.phrase, checked.value.context)
      : { error: { code: "invalid-request", message: checked.message } };
  });
}
