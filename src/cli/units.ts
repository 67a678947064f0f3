/** `lich units --jsonl`: a unit mention per input line → its canonical units, in order. */
import type { Readable, Writable } from "node:stream";
import { parseFieldLine } from "../reader/fields.ts";
import type { UnitRole } from "../reader/types.ts";
import { uniqueBy } from "../text/lists.ts";
import { ofIssuer } from "../units/issuer-units.ts";
import { readUnitField } from "../units/read.ts";
import { parseScope } from "../units/scope.ts";
import { answerJsonLines, type LineError } from "./jsonl.ts";

export function unitsOfLine(input: unknown): { units: unknown[] } | LineError {
  if (typeof input !== "object" || input === null || typeof (input as { text?: unknown }).text !== "string") {
    return { error: { code: "invalid-request", message: 'cần {"text": "...", "context": {"scope": "..."}}' } };
  }
  const { text, context } = input as { text: string; context?: { scope?: unknown; issuer?: unknown } };
  const scope = typeof context?.scope === "string" ? parseScope(context.scope) : null;
  // The plan's issuer places its own parts (`Văn phòng Sở`, `Ban Giám hiệu`) and posts that name no body.
  const issuer = typeof context?.issuer === "string" && context.issuer.trim() !== "" ? context.issuer : null;
  const field = parseFieldLine(text);
  const value = field?.kind === "units" ? field.value : text;
  const role: UnitRole = field?.kind === "units" ? field.role! : "lead";
  return {
    // Two people of one body (`Đ/c Thanh; Đ/c Thân`) are that body once.
    units: uniqueBy(readUnitField(value, role, scope).map((u) => ofIssuer(u, issuer, scope)), (u) => u.slug).map((u) => ({
      name: u.name,
      slug: u.slug,
      scope: u.scope,
      collective: u.collective,
      role: u.role,
      aliases: u.written !== u.name ? [u.written] : [],
    })),
  };
}

export async function unitsJsonLines(input: Readable, output: Writable): Promise<number> {
  return (await answerJsonLines(input, output, unitsOfLine)).invalid;
}
