/**
 * `/units`: every unit, grouped by locality, found whatever the tone marks and case
 * (`so van hoa`); `/units/:slug`: what the unit has to do — upcoming, overdue, later, past —
 * and one click to subscribe (Google, Outlook, Apple, other apps, a QR code for a phone).
 */
import type { FC } from "hono/jsx";
import QRCode from "qrcode";
import { ROLE_LABELS } from "../../schedule/build.ts";
import type { UnitRole } from "../../reader/types.ts";
import { addDays, vietnamDay } from "../../timing/dates.ts";
import { everyEntry, schedulePage, type ScheduleRow } from "../../store/schedule.ts";
import { findUnit, listUnits } from "../../store/units.ts";
import { foldKey } from "../../text/normalize.ts";
import { publicOrigin } from "../context.ts";
import { feedLinks } from "../feed-links.ts";
import { router, z } from "../openapi.ts";
import { itemText } from "./format.ts";
import { Layout, marks, NotFound } from "./layout.tsx";
import { pageGet, param, pathParams } from "./route.ts";
import { pageUser } from "./session.tsx";
import { SubscribeLinks } from "./subscribe.tsx";

type Listed = Awaited<ReturnType<typeof listUnits>>[number];

/** Every word of the query starts a word of the unit's name or aliases, tone marks and case aside. */
export function unitMatches(unit: Pick<Listed, "name" | "aliasesJson" | "slug">, query: string): boolean {
  const words = foldKey(query).split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length === 0) return true;
  const names = [unit.name, ...(JSON.parse(unit.aliasesJson) as string[])].map((name) => ` ${foldKey(name).replace(/[^a-z0-9]+/g, " ")}`);
  return names.some((name) => words.every((word) => name.includes(` ${word}`))) || unit.slug.includes(words.join("-"));
}

const UnitList: FC<{ units: Listed[]; query: string }> = ({ units, query }) => {
  const groups = new Map<string, Listed[]>();
  for (const unit of units) {
    const place = unit.collective ? "Nhóm đơn vị" : (unit.scope ?? "Chưa rõ địa bàn");
    groups.set(place, [...(groups.get(place) ?? []), unit]);
  }
  return (
    <div>
      <p class="small muted">
        {units.length} đơn vị{query ? ` khớp “${query}”` : ""}
      </p>
      {[...groups].map(([place, members]) => (
        <section class="card">
          <h3>{place}</h3>
          <ul class="plain">
            {members.map((unit) => (
              <li>
                <a href={`/units/${unit.slug}`}>{unit.name}</a> <span class="small muted">· {unit._count.tasks} nhiệm vụ</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
};

const Items: FC<{ title: string; rows: ScheduleRow[]; empty: string }> = ({ title, rows, empty }) => (
  <section class="card">
    <h2 style="margin-top:0">
      {title} ({rows.length})
    </h2>
    {rows.length === 0 ? <p class="muted">{empty}</p> : null}
    <ul class="plain">
      {rows.map((e) => (
        <li>
          <strong>{itemText(e)}</strong> {marks([[e.tentative, "dự kiến", "warn"], [e.assumed, "tạm tính", "warn"], [e.done, "đã thực hiện", "ok"], [e.task.correctionJson !== null, "đã điều chỉnh", "info"]])}
          <br />
          <a href={`/plans/${e.planId}/tasks/${encodeURIComponent(e.task.key)}`}>{e.task.title}</a> — {ROLE_LABELS[e.role as UnitRole] ?? e.role}
          <br />
          <span class="small muted">
            <a href={`/plans/${e.planId}`}>{e.plan.number ? `Kế hoạch số ${e.plan.number}` : e.plan.title}</a> · “{e.phrase}”
          </span>
        </li>
      ))}
    </ul>
  </section>
);

export const unitPages = router()
  .openapi(pageGet("/units", "Các đơn vị, theo địa bàn; tìm không cần dấu (?q=so van hoa)", undefined, z.object({ q: z.string().max(200).optional() })), async (c) => {
    const query = (c.req.query("q") ?? "").trim();
    const units = (await listUnits(c.var.db)).filter((unit) => unitMatches(unit, query));
    return c.html(
      <Layout title="Đơn vị" user={await pageUser(c)}>
        <h1>Đơn vị</h1>
        <form method="get" action="/units" class="inline">
          <input type="search" name="q" value={query} placeholder="ví dụ: so van hoa" aria-label="Tên đơn vị" style="flex:1;min-width:10rem" />
          <button type="submit">Tìm</button>
        </form>
        <UnitList units={units} query={query} />
      </Layout>,
    ) as never;
  })
  .openapi(pageGet("/units/{slug}", "Trang của một đơn vị: việc sắp tới, quá hạn, sau này, đã qua; đăng ký lịch một lần nhấp", pathParams("slug")), async (c) => {
    const user = await pageUser(c);
    const unit = await findUnit(c.var.db, param(c, "slug"));
    if (!unit) {
      return c.html(<NotFound user={user} what="đơn vị" back={{ href: "/units", label: "Xem các đơn vị" }} />, 404) as never;
    }
    const today = vietnamDay(c.var.now);
    const soon = addDays(today, 30);
    const rows = await schedulePage(c.var.db, everyEntry({ unitId: unit.id }, today), null, 5000);
    const endDay = (e: ScheduleRow) => e.end.slice(0, 10);
    const startDay = (e: ScheduleRow) => e.start.slice(0, 10);
    const overdue = rows.filter((e) => !e.done && e.kind !== "recurring" && endDay(e) < today);
    const past = rows.filter((e) => endDay(e) < today && !overdue.includes(e));
    const upcoming = rows.filter((e) => endDay(e) >= today && startDay(e) <= soon);
    const later = rows.filter((e) => startDay(e) > soon);
    const links = feedLinks(publicOrigin(c), { kind: "unit", slug: unit.slug }, { name: unit.name });
    const qr = c.var.settings.privateFeeds ? undefined : await QRCode.toString(links.webcalUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    return c.html(
      <Layout title={unit.name} user={user}>
        <p class="muted">{unit.scope ?? (unit.collective ? "Nhóm đơn vị" : "")}</p>
        <h1>{unit.name}</h1>
        <section class="card">
          <h2 style="margin-top:0">Đăng ký lịch của đơn vị</h2>
          {c.var.settings.privateFeeds ? <p class="muted">Lịch riêng: xin địa chỉ có mã bí mật từ người quản trị.</p> : <SubscribeLinks links={links} qr={qr} />}
          <p class="small">
            Xuất: <a href={`/units/${unit.slug}/schedule.xlsx`}>Excel (.xlsx)</a> · <a href={`/units/${unit.slug}/schedule.csv`}>CSV</a>
          </p>
        </section>
        <Items title="Sắp tới (30 ngày)" rows={upcoming} empty="Không có việc nào trong 30 ngày tới." />
        <Items title="Quá hạn" rows={overdue} empty="Không có việc quá hạn." />
        <Items title="Sau này" rows={later} empty="Chưa có việc nào sau 30 ngày tới." />
        <Items title="Đã qua" rows={past} empty="Chưa có việc nào đã qua." />
      </Layout>,
    ) as never;
  });
