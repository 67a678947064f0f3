/** The frame of every page: Vietnamese, readable on a phone, no asset from another host. */
import type { Child, FC, PropsWithChildren } from "hono/jsx";

const STYLE = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;line-height:1.5;color:#1f2328;background:#f6f8fa;overflow-wrap:anywhere}
header.top{background:#0b3d91;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
header.top a{color:#fff;text-decoration:none;font-weight:600}
header.top .who{margin-left:auto;font-weight:400;font-size:.9rem}
header.top form{display:inline}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.45rem;margin:.4rem 0 .8rem}
h2{font-size:1.15rem;margin:1.6rem 0 .6rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
h3{font-size:1rem;margin:1rem 0 .4rem}
section.card,div.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:.8rem 1rem;margin:.8rem 0}
.muted{color:#59636e}
.small{font-size:.9rem}
ul.plain{list-style:none;padding:0;margin:0}
ul.plain>li{padding:.5rem 0;border-top:1px solid #eaeef2}
ul.plain>li:first-child{border-top:0}
.mark{display:inline-block;font-size:.78rem;border-radius:999px;padding:0 .5rem;margin:0 .2rem .1rem 0;background:#eaeef2;color:#24292f;white-space:nowrap}
.mark.warn{background:#fff8c5}.mark.ok{background:#dafbe1}.mark.bad{background:#ffebe9}.mark.info{background:#ddf4ff}
form.inline{display:flex;flex-wrap:wrap;gap:.4rem;align-items:flex-end}
label{display:block;font-size:.9rem;font-weight:600;margin:.4rem 0 .15rem}
input[type=text],input[type=date],input[type=time],input[type=search],input[type=password],textarea,select{width:100%;max-width:100%;font:inherit;padding:.4rem .5rem;border:1px solid #8c959f;border-radius:6px;background:#fff}
textarea{min-height:6rem}
button,.button{font:inherit;padding:.4rem .9rem;border-radius:6px;border:1px solid #0b3d91;background:#0b3d91;color:#fff;cursor:pointer;text-decoration:none;display:inline-block;margin:.2rem .2rem .2rem 0}
button.secondary,.button.secondary{background:#fff;color:#0b3d91}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.6rem}
pre.doc{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.5rem;overflow-x:auto;font-size:.85rem;white-space:pre-wrap;max-width:100%}
pre.doc .n{color:#8c959f;user-select:none;display:inline-block;min-width:3ch;text-align:right;margin-right:.6rem}
pre.doc .hit{background:#fff8c5;display:block}
.notice{padding:.6rem .8rem;border-radius:6px;margin:.6rem 0}
.notice.ok{background:#dafbe1}.notice.bad{background:#ffebe9}.notice.info{background:#ddf4ff}
.big{font-size:clamp(2.5rem,12vw,9rem);font-weight:700;line-height:1.05;margin:.2rem 0}
.qr svg{width:12rem;height:12rem;max-width:100%}
details>summary{cursor:pointer;color:#0b3d91}
`;

export interface PageUser {
  /** Who writes from this browser: a token's name, `loopback`, or null when not signed in. */
  actor: string | null;
  /** Writes need a sign-in here (tokens are configured). */
  signInNeeded: boolean;
  /** The form token every write form carries (cross-site request protection). */
  csrf: string;
}

export const Layout: FC<PropsWithChildren<{ title: string; user: PageUser; refreshSeconds?: number; bare?: boolean }>> = ({ title, user, refreshSeconds, bare, children }) => (
  <html lang="vi">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      {refreshSeconds ? <meta http-equiv="refresh" content={String(refreshSeconds)} /> : null}
      <link rel="icon" href="data:," />
      <title>{title}</title>
      <style>{STYLE}</style>
    </head>
    <body>
      {bare ? null : (
        <header class="top">
          <a href="/">Lịch kế hoạch</a>
          <a href="/units">Đơn vị</a>
          <a href="/docs">API</a>
          <span class="who">
            {user.actor && user.actor !== "loopback" ? (
              <form method="post" action="/sign-out">
                {user.actor} · <input type="hidden" name="csrf" value={user.csrf} />
                <button class="secondary" type="submit">Đăng xuất</button>
              </form>
            ) : user.signInNeeded ? (
              <a href="/sign-in">Đăng nhập</a>
            ) : null}
          </span>
        </header>
      )}
      <main>{children}</main>
    </body>
  </html>
);

/** The form token, in every write form. */
export const Csrf: FC<{ user: PageUser }> = ({ user }) => <input type="hidden" name="csrf" value={user.csrf} />;

export function marks(flags: Array<[boolean, string, string]>): Child[] {
  return flags.filter(([on]) => on).map(([, label, tone]) => <span class={`mark ${tone}`}>{label}</span>);
}

/** A page that is not there: what it was, and where to go instead. */
export const NotFound: FC<{ user: PageUser; what: string; back: { href: string; label: string } }> = ({ user, what, back }) => (
  <Layout title={`Không tìm thấy ${what}`} user={user}>
    <h1>Không tìm thấy {what}</h1>
    <p>
      Không có (hoặc đã bị xoá). <a href={back.href}>{back.label}</a>
    </p>
  </Layout>
);
