import type { Context } from "hono";
import type { AppEnv } from "../app.ts";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error type routes throw: an English code for programs, a Vietnamese message for people. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

export function handleError(error: Error, c: Context) {
  if (error instanceof ApiError) return c.json(errorBody(error.code, error.message, error.details), error.status);
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
