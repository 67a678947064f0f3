import { feedEvents } from "../calendar/events.ts";
import { renderFeed } from "../calendar/render.ts";
import { buildEntries } from "../schedule/build.ts";
import { stableHash } from "../text/hash.ts";
import { InputError } from "./errors.ts";
import { readDocument } from "./document.ts";

/**
 * `lich ics FILE [--unit SLUG]`: a calendar straight from a document, no database. Without
 * a unit, the plan's own calendar (one event per task item). Stamps come from the plan's
 * issue date, so the same document always gives the same bytes.
 */
export async function renderDocumentFeed(bytes: Uint8Array, name: string, unitSlug: string | null): Promise<string> {
  const { plan } = await readDocument(bytes, name);
  const planId = `f_${stableHash(plan.title)}`;
  const header = { planId, number: plan.number, title: plan.title };
  const modifiedAt = new Date(`${(plan.issued ?? "1970-01-01").padEnd(10, "-01").slice(0, 10)}T00:00:00+07:00`);
  let entries = buildEntries(header, plan.tasks, { wholePlan: unitSlug === null });
  let calendarName = plan.title || name;
  if (unitSlug !== null) {
    const unit = plan.units.find((u) => u.slug === unitSlug);
    if (!unit) {
      throw new InputError(`Kế hoạch không có đơn vị "${unitSlug}". Các đơn vị: ${plan.units.map((u) => u.slug).join(", ")}`);
    }
    entries = entries.filter((e) => e.unitSlug === unitSlug);
    calendarName = `${unit.name} – ${calendarName}`;
  }
  return renderFeed(
    { name: calendarName, description: `Lịch từ kế hoạch${plan.number ? ` số ${plan.number}` : ""}: ${plan.title}` },
    feedEvents(entries.map((e) => ({ ...e, sequence: 0, modifiedAt }))),
  );
}
