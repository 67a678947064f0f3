import type { Context } from "hono";
import type { AppEnv } from "./context.ts";
import { HTTPException } from "hono/http-exception";
import { databaseFault } from "../store/faults.ts";
import { ReadingStopped } from "../store/importer.ts";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error type routes throw: an English code for programs, a Vietnamese message for people. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function planNotFound(id: string): ApiError {
  return new ApiError(404, "plan-not-found", `Không có kế hoạch mã "${id}".`);
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details !== undefined ? { details } : {}) } };
}

export function handleError(error: Error, c: Context) {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message, error.details), error.status);
  // Hono's own validators: a body that is not JSON, or a JSON route sent another content type.
  if (error instanceof HTTPException && error.status < 500) {
    if (error.status === 415) {
      const type = c.req.header("content-type") ?? "";
      return c.json(errorBody("unsupported-media-type", `Không nhận kiểu nội dung "${type}" ở địa chỉ này (các kiểu nhận được: xem /docs).`), 415);
    }
    const [code, message] = /json/i.test(error.message) ? ["invalid-json", "Nội dung gửi lên không phải JSON hợp lệ."] : ["invalid-request", `Yêu cầu không hợp lệ: ${error.message}`];
    return c.json(errorBody(code!, message!), error.status as ContentfulStatusCode);
  }
  if (error instanceof ReadingStopped) return c.json(errorBody(error.code, error.message), error.code === "too-slow" ? 503 : 413);
  const fault = databaseFault(error);
  if (fault) return c.json(errorBody(fault.code, fault.message), fault.status);
  console.error(error);
  return c.json(errorBody("internal", "Lỗi máy chủ: yêu cầu chưa được xử lý, dữ liệu không bị thay đổi."), 500);
}

/** The request's JSON body, or a 400 saying it is not JSON. */
export async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  try {
    return (await c.req.json()) as unknown;
  } catch {
    throw new ApiError(400, "invalid-json", "Nội dung gửi lên không phải JSON hợp lệ.");
  }
}
