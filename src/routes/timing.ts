import { Hono } from "hono";
import type { AppEnv } from "../app.ts";
import { checkResolveRequest } from "../timing/request.ts";
import { resolveTiming } from "../timing/resolve.ts";
import { ApiError, readJsonBody } from "./errors.ts";

const MAX_BATCH = 10_000;

/** `POST /api/timing/resolve`: one `{phrase, context}` → one resolution; an array → an array. */
export const timingRoutes = new Hono<AppEnv>().post("/resolve", async (c) => {
  const body = await readJsonBody(c);
  const requests = Array.isArray(body) ? body : [body];
  if (requests.length > MAX_BATCH) throw new ApiError(413, "too-many-phrases", `Tối đa ${MAX_BATCH} cụm từ mỗi lần.`);
  const resolutions = requests.map((request, index) => {
    const checked = checkResolveRequest(request);
    if (!checked.ok) {
      throw new ApiError(400, "invalid-request", `Yêu cầu${Array.isArray(body) ? ` thứ ${index + 1}` : ""} không hợp lệ: ${checked.message}.`);
    }
    return resolveTiming(checked.value.phrase, checked.value.context);
  });
  return c.json(Array.isArray(body) ? resolutions : resolutions[0]);
});
