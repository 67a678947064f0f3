/** An upload, from the API or the home page: imported off the request's thread where the runtime can, refused with the status its reason calls for. */
import type { Context } from "hono";
import { importDocument, refusalStatus, type ImportOutcome, type ReceivedDocument } from "../../store/importer.ts";
import type { AppEnv } from "../context.ts";
import { ApiError } from "../errors.ts";

export async function importUpload(c: Context<AppEnv>, received: ReceivedDocument, actor: string): Promise<Extract<ImportOutcome, { ok: true }>> {
  const importer = c.var.deps.importer ?? ((document: ReceivedDocument, who: string) => importDocument(c.var.db, document, who, c.var.deps.noOcr ? { noOcr: c.var.deps.noOcr } : {}));
  const outcome = await importer(received, actor);
  if (!outcome.ok) throw new ApiError(refusalStatus(outcome.code), outcome.code, outcome.message);
  return outcome;
}
