import { Hono, type Context } from "hono";
import type { AppEnv } from "../app.ts";
import { feedEvents } from "../calendar/events.ts";
import { renderFeed } from "../calendar/render.ts";
import { findUnit, unitEntries } from "../store/units.ts";
import { ApiError } from "./errors.ts";

export const feedRoutes = new Hono<AppEnv>().get("/units/:file", async (c) => {
  const file = c.req.param("file");
  if (!file.endsWith(".ics")) throw new ApiError(404, "feed-not-found", `Không có lịch "${file}": địa chỉ lịch có dạng /feeds/units/<mã-đơn-vị>.ics.`);
  const unit = await findUnit(c.var.db, file.slice(0, -4));
  if (!unit) throw new ApiError(404, "unit-not-found", `Không có đơn vị "${file.slice(0, -4)}".`);
  const entries = await unitEntries(c.var.db, unit.id);
  const body = renderFeed(
    { name: `${unit.name} – Lịch kế hoạch`, description: `Nhiệm vụ của ${unit.name} theo các kế hoạch đã nhập.` },
    feedEvents(entries),
  );
  const lastModified = entries.reduce((latest, e) => (e.modifiedAt > latest ? e.modifiedAt : latest), new Date(0));
  return sendCalendar(c, body, lastModified);
});

/** Strong ETag and Last-Modified from the bytes and the data; 304 when the client is current. */
async function sendCalendar(c: Context<AppEnv>, body: string, lastModified: Date): Promise<Response> {
  const etag = `"${await sha256Base64Url(body)}"`;
  const headers: Record<string, string> = {
    "Content-Type": "text/calendar; charset=utf-8",
    ETag: etag,
    "Last-Modified": new Date(Math.floor(lastModified.getTime() / 1000) * 1000).toUTCString(),
    "Cache-Control": "public, max-age=300",
  };
  const ifNoneMatch = c.req.header("if-none-match");
  const ifModifiedSince = c.req.header("if-modified-since");
  const notModified = ifNoneMatch
    ? ifNoneMatch.split(",").some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}` || tag.trim() === "*")
    : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Math.floor(lastModified.getTime() / 1000) * 1000;
  if (notModified) return new Response(null, { status: 304, headers });
  return new Response(c.req.method === "HEAD" ? null : body, { status: 200, headers });
}

async function sha256Base64Url(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let binary = "";
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
