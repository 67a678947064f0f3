/** `lich demo`: the sample plans of examples/ into the database, and where to look at them. */
import { importDocument, rereadRequested } from "../store/importer.ts";
import { DEFAULT_DATABASE_URL, openNodeDatabase } from "../store/node-db.ts";
import { readSamples } from "../store/node-samples.ts";
import { importSamples } from "../store/samples.ts";
import { InputError } from "./errors.ts";

export const DEMO_ACTOR = "lich demo";

export async function demoCommand(now: Date, env: Record<string, string | undefined> = process.env): Promise<string[]> {
  const samples = readSamples();
  if (samples.length === 0) throw new InputError("Không thấy thư mục examples/ (các kế hoạch mẫu) cạnh mã nguồn.");
  const database = await openNodeDatabase(env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  try {
    const db = database.db;
    const outcomes = await importSamples(samples, now, DEMO_ACTOR, { importer: (received, actor) => importDocument(db, received, actor), reread: (request) => rereadRequested(db, request) });
    const base = (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT ?? 8787}`).replace(/\/+$/, "");
    const lines = outcomes.map((o) => (o.ok ? `${o.created ? "Đã nhập" : "Đã có"} examples/${o.fileName} → ${base}/plans/${o.planId}` : `Lỗi examples/${o.fileName}: ${o.message}`));
    const withCeremony = samples.findIndex((s) => s.ceremony);
    const imported = outcomes[withCeremony];
    if (imported?.ok) {
      const plan = await db.plan.findUnique({ where: { id: imported.planId }, select: { tasks: { take: 1, orderBy: { ordinal: "asc" }, select: { units: { take: 1, select: { unit: { select: { slug: true } } } } } } } });
      const unit = plan?.tasks[0]?.units[0]?.unit.slug;
      // The ceremony is past on most days this is run: the countdown is shown as of two weeks before it.
      const ceremonyDay = samples[withCeremony]!.ceremony!.start.slice(0, 10);
      const twoWeeksBefore = new Date(Date.parse(`${ceremonyDay}T08:00:00+07:00`) - 14 * 86_400_000).toISOString();
      const asIssued = `?now=${encodeURIComponent(twoWeeksBefore)}`;
      lines.push("", "Chạy dịch vụ (npm start) rồi mở:", `  trang chủ        ${base}/`, `  dòng thời gian   ${base}/plans/${imported.planId}`);
      if (unit) lines.push(`  lịch một đơn vị  ${base}/units/${unit}`, `  đăng ký lịch     ${base}/feeds/units/${unit}.ics`);
      lines.push(`  đếm ngược        ${base}/plans/${imported.planId}/countdown${asIssued}`);
    }
    if (outcomes.some((o) => !o.ok)) throw new InputError(lines.join("\n"));
    return lines;
  } finally {
    await database.close();
  }
}
