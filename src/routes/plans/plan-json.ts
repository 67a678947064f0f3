import type { TaskCorrectionView, UnitRole } from "../../reader/types.ts";
import type { getPlan } from "../../store/plans.ts";
import { feedLinks } from "../feed-links.ts";
import type { z } from "../openapi.ts";
import type { PlanSchema } from "./schemas.ts";

export type PlanJson = z.infer<typeof PlanSchema>;

type StoredPlan = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

/** A stored plan in the shape of the `lich parse` contract, plus its id, documents and feed links. */
export function planJson(plan: StoredPlan, origin: string): PlanJson {
  const units = new Map<string, { name: string; slug: string; scope: string | null; collective: boolean }>();
  for (const task of plan.tasks) for (const { unit } of task.units) units.set(unit.slug, unit);
  return {
    id: plan.id,
    number: plan.number,
    issuer: plan.issuer,
    place: plan.place,
    issued: plan.issued,
    title: plan.title,
    scope: plan.scope,
    signer: plan.signer,
    recipients: JSON.parse(plan.recipientsJson) as string[],
    occasions: JSON.parse(plan.occasionsJson) as PlanJson["occasions"],
    ceremony: plan.ceremonyJson ? (JSON.parse(plan.ceremonyJson) as PlanJson["ceremony"]) : null,
    /** The date the organizers set, which the ceremony above already follows; null when read from the document. */
    ceremonySet: plan.ceremonyOverrideJson ? (JSON.parse(plan.ceremonyOverrideJson) as PlanJson["ceremonySet"]) : null,
    tasks: plan.tasks.map((task) => ({
      id: task.key,
      title: task.title,
      section: task.section,
      lines: [task.lineFrom, task.lineTo],
      timing: JSON.parse(task.timingJson) as PlanJson["tasks"][number]["timing"],
      units: task.units.map(({ unit, role }) => ({ name: unit.name, slug: unit.slug, role: role as UnitRole, scope: unit.scope, collective: unit.collective })),
      /** What organizers set over the document (what it said, what was set, by whom, when); null when nothing. */
      correction: task.correctionJson ? (JSON.parse(task.correctionJson) as TaskCorrectionView) : null,
    })),
    units: [...units.values()].map((unit) => ({ ...unit, ...feedLinks(origin, { kind: "unit", slug: unit.slug }, { name: unit.name }) })),
    feed: feedLinks(origin, { kind: "plan", id: plan.id }, { name: plan.title }),
    warnings: JSON.parse(plan.warningsJson) as PlanJson["warnings"],
    coverage: plan.coverage,
    documents: plan.documents.map((d) => ({ ...d, receivedAt: d.receivedAt.toISOString() })),
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}
