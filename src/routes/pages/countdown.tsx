/**
 * `/plans/:id/countdown`: for a screen in the organizers' room — days, hours and minutes to the
 * ceremony in type readable across the room, the next deadlines, what is overdue. It reloads
 * itself every minute (a meta refresh: the page needs no script). `?now=` fixes the clock.
 */
import type { FC } from "hono/jsx";
import { getPlanSummary } from "../../store/plans.ts";
import { publicOrigin } from "../context.ts";
import { router, z } from "../openapi.ts";
import { countdownOf, type Countdown } from "../schedule/answers.ts";
import { itemText, vietnameseDate } from "./format.ts";
import { Layout, NotFound } from "./layout.tsx";
import { pageGet, param, pathParams } from "./route.ts";
import { pageUser } from "./session.tsx";

const COUNTDOWN_STYLE = `
body{background:#0b1d3a;color:#fff}
main{max-width:none;padding:2vw 3vw}
.countdown a{color:#9ecbff}
.countdown .units{display:flex;flex-wrap:wrap;gap:2vw;margin:1vw 0 2vw}
.countdown .unit{background:#13315f;border-radius:12px;padding:1vw 2vw;text-align:center;min-width:10rem}
.countdown .value{font-size:clamp(3rem,14vw,12rem);font-weight:800;line-height:1}
.countdown .label{font-size:clamp(1rem,2.5vw,2.2rem)}
.countdown h1{font-size:clamp(1.4rem,3.5vw,3.2rem)}
.countdown h2{font-size:clamp(1.1rem,2.5vw,2.2rem);border-color:#2d4f86}
.countdown li{font-size:clamp(1rem,2vw,1.8rem);margin:.3rem 0}
`;

function remaining(countdown: Countdown): { days: number; hours: number; minutes: number } | null {
  if (countdown.minutes === null) return null;
  const total = Math.max(0, countdown.minutes);
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

const Board: FC<{ title: string; planId: string; countdown: Countdown }> = ({ title, planId, countdown }) => {
  const left = remaining(countdown);
  const ceremony = countdown.ceremony;
  return (
    <div class="countdown">
      <h1>{ceremony ? ceremony.name : title}</h1>
      <p class="label">
        {ceremony?.start ? vietnameseDate(ceremony.start) : "Lễ chưa có ngày cụ thể"}
        {ceremony?.location ? ` · ${ceremony.location}` : ""}
        {ceremony?.tentative ? " · dự kiến" : ""}
      </p>
      {left && countdown.minutes! > 0 ? (
        <div class="units">
          <div class="unit">
            <div class="value">{countdown.days}</div>
            <div class="label">ngày (theo lịch)</div>
          </div>
          <div class="unit">
            <div class="value">{left.hours}</div>
            <div class="label">giờ</div>
          </div>
          <div class="unit">
            <div class="value">{left.minutes}</div>
            <div class="label">phút</div>
          </div>
        </div>
      ) : null}
      <p class="value" style="font-size:clamp(2rem,7vw,6rem)">
        {countdown.text}
      </p>
      <h2>Sắp đến hạn (7 ngày)</h2>
      <ul>{countdown.dueIn7Days.length === 0 ? <li>Không có</li> : countdown.dueIn7Days.map((i) => <li>{itemText(i)} — {i.task.title}</li>)}</ul>
      <h2>Quá hạn, chưa thực hiện</h2>
      <ul>{countdown.overdue.length === 0 ? <li>Không có</li> : countdown.overdue.map((i) => <li>{itemText(i)} — {i.task.title}</li>)}</ul>
      <p class="label">
        <a href={`/plans/${planId}`}>Về trang kế hoạch</a> · tự cập nhật mỗi phút
      </p>
    </div>
  );
};

export const countdownPages = router().openapi(
  pageGet("/plans/{id}/countdown", "Màn hình đếm ngược đến lễ (tự cập nhật mỗi phút; ?now= để cố định giờ)", pathParams("id"), z.object({ now: z.iso.datetime({ offset: true }).optional() })),
  async (c) => {
    const user = await pageUser(c);
    const plan = await getPlanSummary(c.var.db, param(c, "id"));
    if (!plan) {
      return c.html(<NotFound user={user} what="kế hoạch" back={{ href: "/", label: "Về trang chủ" }} />, 404) as never;
    }
    const given = c.req.query("now");
    const countdown = await countdownOf(c.var.db, plan.id, given ? new Date(given) : c.var.now, publicOrigin(c));
    return c.html(
      <Layout title={`Đếm ngược — ${plan.title}`} user={user} refreshSeconds={60} bare>
        <style>{COUNTDOWN_STYLE}</style>
        <Board title={plan.title} planId={plan.id} countdown={countdown} />
      </Layout>,
    ) as never;
  },
);
