/**
 * The sample plans of examples/ imported in one go (the home page of an empty service, and
 * `lich demo`): each original as an office would upload it, and the ceremony date its document
 * gives where the reader does not take it by itself, set as organizers would set it.
 */
import type { CeremonyOverride } from "../reader/ceremony-override.ts";
import type { ImportOutcome, ReceivedDocument, Rereader } from "./importer.ts";

export interface Sample {
  fileName: string;
  bytes: Uint8Array;
  /** Set after the import, as the organizers' ceremony date. */
  ceremony?: CeremonyOverride;
}

export type SampleOutcome = { fileName: string } & ({ ok: true; planId: string; created: boolean } | { ok: false; message: string });

export async function importSamples(
  samples: Sample[],
  now: Date,
  actor: string,
  write: { importer: (received: ReceivedDocument, actor: string) => Promise<ImportOutcome>; reread: Rereader },
): Promise<SampleOutcome[]> {
  const outcomes: SampleOutcome[] = [];
  for (const sample of samples) {
    const outcome = await write.importer({ bytes: sample.bytes, fileName: sample.fileName, mediaType: "", receivedAt: now }, actor);
    if (!outcome.ok) {
      outcomes.push({ fileName: sample.fileName, ok: false, message: outcome.message });
      continue;
    }
    if (sample.ceremony) {
      await write.reread({ planId: outcome.planId, now, ceremony: sample.ceremony, audit: { actor, action: "ceremony.set", planId: outcome.planId, before: null, after: sample.ceremony, note: "kế hoạch mẫu: ngày lễ theo văn bản", at: now } });
    }
    outcomes.push({ fileName: sample.fileName, ok: true, planId: outcome.planId, created: outcome.created });
  }
  return outcomes;
}
