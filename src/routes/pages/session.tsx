/**
 * Who writes from a browser. With tokens configured, a person signs in with a token once and
 * the browser keeps a session cookie (HttpOnly, SameSite=Strict, Secure behind https); without
 * tokens, writes come from the server machine only, as for the API. Every form carries a
 * token tied to the browser (a cookie it alone can read back), and `hono/csrf` refuses forms
 * posted from another origin.
 */
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { closeSession, findSession, openSession, SESSION_HOURS } from "../../store/sessions.ts";
import { base64Url, sha256Hex } from "../../text/digest.ts";
import { actorOf, LOOPBACK_ACTOR, notLocal, tokenStillValid, tokensRequired, type Actor } from "../access.ts";
import type { AppEnv } from "../context.ts";
import { ApiError } from "../errors.ts";
import { router } from "../openapi.ts";
import { readForm } from "./forms.ts";
import { Csrf, Layout, type PageUser } from "./layout.tsx";
import { pageGet, pagePost } from "./route.ts";

const SESSION_COOKIE = "lk_session";
const CSRF_COOKIE = "lk_form";

function secure(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === "https:" || (c.var.settings.publicBaseUrl ?? "").startsWith("https:");
}

function cookieOptions(c: Context<AppEnv>, maxAge?: number) {
  return { httpOnly: true, sameSite: "Strict" as const, secure: secure(c), path: "/", ...(maxAge ? { maxAge } : {}) };
}

/** Who this browser is, and its form token (set on first visit). */
export async function pageUser(c: Context<AppEnv>): Promise<PageUser> {
  let csrf = getCookie(c, CSRF_COOKIE);
  if (!csrf || !/^[A-Za-z0-9_-]{20,100}$/.test(csrf)) {
    csrf = base64Url(crypto.getRandomValues(new Uint8Array(24)));
    setCookie(c, CSRF_COOKIE, csrf, cookieOptions(c));
  }
  const signInNeeded = await tokensRequired(c);
  const actor = signInNeeded ? ((await sessionActor(c))?.name ?? null) : loopback(c) ? "loopback" : null;
  return { actor, signInNeeded, csrf };
}

function loopback(c: Context<AppEnv>): boolean {
  return notLocal(c) === null;
}

async function sessionActor(c: Context<AppEnv>): Promise<Actor | null> {
  const value = getCookie(c, SESSION_COOKIE);
  if (!value) return null;
  const session = await findSession(c.var.db, value, c.var.now);
  if (!session || !(await tokenStillValid(c, session.tokenHash))) return null;
  return { name: session.actor, admin: session.admin };
}

/** A page's write: the form came from this browser's page, and someone may write. */
export async function requirePageWrite(c: Context<AppEnv>, form: Record<string, unknown>): Promise<Actor> {
  const cookie = getCookie(c, CSRF_COOKIE);
  if (!cookie || typeof form.csrf !== "string" || form.csrf !== cookie) {
    throw new ApiError(403, "form-expired", "Biểu mẫu đã cũ hoặc không gửi từ trang này: hãy tải lại trang rồi làm lại.");
  }
  if (await tokensRequired(c)) {
    const actor = await sessionActor(c);
    if (!actor) throw new ApiError(401, "sign-in-needed", "Cần đăng nhập bằng mã truy cập trước khi thay đổi dữ liệu.");
    return actor;
  }
  const problem = notLocal(c);
  if (problem) throw new ApiError(403, "writes-loopback-only", `Máy chủ chưa có mã truy cập: chỉ sửa được dữ liệu từ chính máy chủ (${problem}).`);
  return LOOPBACK_ACTOR;
}

const signInPage = (user: PageUser, next: string, message?: string) => (
  <Layout title="Đăng nhập" user={user}>
    <h1>Đăng nhập</h1>
    {message ? <p class="notice bad">{message}</p> : null}
    <section class="card">
      <form method="post" action="/sign-in">
        <Csrf user={user} />
        <input type="hidden" name="next" value={next} />
        <label for="token">Mã truy cập</label>
        <input id="token" type="password" name="token" autocomplete="current-password" required />
        <p class="muted small">Mã do người quản trị cấp (lich token create --name …). Trình duyệt giữ phiên đăng nhập {SESSION_HOURS} giờ; mã không hiện trên trang nào.</p>
        <button type="submit">Đăng nhập</button>
      </form>
    </section>
  </Layout>
);

function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/";
}

export const sessionRoutes = router()
  .openapi(pageGet("/sign-in", "Trang đăng nhập bằng mã truy cập"), async (c) => c.html(signInPage(await pageUser(c), safeNext(c.req.query("next")))) as never)
  .openapi(pagePost("/sign-in", "Đăng nhập: mở phiên cho trình duyệt", { token: "Mã truy cập", next: "Trang quay lại", csrf: "Mã biểu mẫu" }), async (c) => {
    const form = await readForm(c);
    const user = await pageUser(c);
    const next = safeNext(form.next);
    if (typeof form.csrf !== "string" || form.csrf !== getCookie(c, CSRF_COOKIE)) return c.html(signInPage(user, next, "Biểu mẫu đã cũ: hãy thử lại."), 403) as never;
    const token = typeof form.token === "string" ? form.token.trim() : "";
    let actor: Actor;
    try {
      actor = await actorOf(c, token);
    } catch (error) {
      if (error instanceof ApiError) return c.html(signInPage(user, next, error.message), 403) as never;
      throw error;
    }
    const value = await openSession(c.var.db, actor, await sha256Hex(token), c.var.now);
    setCookie(c, SESSION_COOKIE, value, cookieOptions(c, SESSION_HOURS * 3600));
    return c.redirect(next, 303) as never;
  })
  .openapi(pagePost("/sign-out", "Đăng xuất", { csrf: "Mã biểu mẫu" }), async (c) => {
    const value = getCookie(c, SESSION_COOKIE);
    if (value) await closeSession(c.var.db, value);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/", 303) as never;
  });
