/**
 * A received document becomes a stored plan: decode, read, schedule, save. The same
 * document twice is the same plan (by SHA-256 of its bytes).
 */
import { decodeDocument } from "./reader/decode.ts";
import { readPlan } from "./reader/read.ts";
import { buildEntries } from "./schedule/build.ts";
import type { Db } from "./store/db.ts";
import { findPlanIdByDocument, savePlan } from "./store/plans.ts";
import { loadCorrections } from "./store/units.ts";
import { applyCorrections } from "./units/corrections.ts";
import { foldKey } from "./text/normalize.ts";

export interface ReceivedDocument {
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
  receivedAt: Date;
}

export type ImportOutcome =
  | { ok: true; planId: string; created: boolean }
  | { ok: false; code: string; message: string };

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function importDocument(db: Db, received: ReceivedDocument): Promise<ImportOutcome> {
  const sha256 = await sha256Hex(received.bytes);
  const known = await findPlanIdByDocument(db, sha256);
  if (known) return { ok: true, planId: known, created: false };

  const decoded = await decodeDocument(received.bytes, received.fileName, received.mediaType);
  if (!decoded.ok) return { ok: false, code: decoded.code, message: decoded.message };
  const plan = applyCorrections(readPlan(decoded.text), await loadCorrections(db));
  if (plan.tasks.length === 0 && plan.title === "") {
    return { ok: false, code: "not-a-plan", message: "Không nhận ra kế hoạch: văn bản không có tiêu đề \"KẾ HOẠCH\" và không có nhiệm vụ nào." };
  }
  const planId = `p_${sha256.slice(0, 12)}`;
  const entries = buildEntries({ planId, number: plan.number, title: plan.title }, plan.tasks);
  await savePlan(db, {
    planId,
    key: planKey(plan.issuer, plan.number, plan.title),
    document: { sha256, fileName: received.fileName, mediaType: decoded.mediaType, bytes: received.bytes, text: decoded.text, receivedAt: received.receivedAt },
    plan,
    entries,
  });
  return { ok: true, planId, created: true };
}

/** Identity of a plan across revisions: issuer and number, else the title. */
export function planKey(issuer: string | null, number: string | null, title: string): string {
  return issuer && number ? `${foldKey(issuer)}|${foldKey(number)}` : foldKey(title);
}
