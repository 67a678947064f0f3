import { feedEvents } from "../calendar/events.ts";
import { renderFeed } from "../calendar/render.ts";
import { planEntries, WHOLE_PLAN } from "../schedule/build.ts";
import { settingsFrom } from "../routes/settings.ts";
import { sha256Hex } from "../text/digest.ts";
import { InputError } from "./errors.ts";
import { readDocument } from "./document.ts";

/** Where the server runs by default (`lich serve`): task links point there unless PUBLIC_BASE_URL says otherwise. */
export const DEFAULT_ORIGIN = "http://localhost:8787";

/**
 * `lich ics FILE [--unit SLUG]`: a calendar straight from a document, no database. Without
 * a unit, the plan's own calendar (one event per task item). Events have the UIDs, texts and
 * links the server gives the same document; stamps come from the plan's issue date, so the
 * same document always gives the same bytes.
 */
export async function renderDocumentFeed(bytes: Uint8Array, name: string, unitSlug: string | null, env: Record<string, unknown> = process.env): Promise<string> {
  const { plan } = await readDocument(bytes, name);
  const settings = settingsFrom(env);
  const planId = `p_${(await sha256Hex(bytes)).slice(0, 12)}`;
  const modifiedAt = new Date(`${(plan.issued ?? "1970-01-01").padEnd(10, "-01").slice(0, 10)}T00:00:00+07:00`);
  let calendarName = plan.title || name;
  const wanted = unitSlug ?? WHOLE_PLAN;
  if (unitSlug !== null) {
    const unit = plan.units.find((u) => u.slug === unitSlug);
    if (!unit) {
      throw new InputError(`Kế hoạch không có đơn vị "${unitSlug}". Các đơn vị: ${plan.units.map((u) => u.slug).join(", ")}`);
    }
    calendarName = `${unit.name} – ${calendarName}`;
  }
  const entries = planEntries({ planId, number: plan.number, title: plan.title }, plan.tasks).filter((e) => e.unitSlug === wanted);
  return renderFeed(
    { name: calendarName, description: `Lịch từ kế hoạch${plan.number ? ` số ${plan.number}` : ""}: ${plan.title}` },
    feedEvents(
      entries.map((e) => ({ ...e, sequence: 0, modifiedAt, planId, taskKey: e.taskId })),
      { origin: settings.publicBaseUrl ?? DEFAULT_ORIGIN, alarmMinutes: settings.alarmMinutes },
    ),
  );
}
