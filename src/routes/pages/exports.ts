/**
 * A plan's or a unit's schedule as the files offices print and pass around: `.xlsx` (real date
 * cells, Vietnamese headers) and `.csv` (UTF-8 with a BOM, so Excel reads Vietnamese right).
 * One row per dated item.
 */
import type { Context } from "hono";
import { ROLE_LABELS } from "../../schedule/build.ts";
import type { UnitRole } from "../../reader/types.ts";
import { vietnamDay } from "../../timing/dates.ts";
import { everyEntry, schedulePage, type ScheduleRow } from "../../store/schedule.ts";
import { getPlanSummary } from "../../store/plans.ts";
import { findUnit } from "../../store/units.ts";
import { slugify } from "../../text/normalize.ts";
import type { AppEnv } from "../context.ts";
import { ApiError, planNotFound } from "../errors.ts";
import { router } from "../openapi.ts";
import { KIND_WORDS, vietnameseDate } from "./format.ts";
import { createRoute } from "@hono/zod-openapi";
import { z } from "../openapi.ts";
import { param, pathParams } from "./route.ts";
import type { ItemKind } from "../../timing/types.ts";

export const HEADERS = ["Bắt đầu", "Kết thúc", "Giờ", "Loại", "Nhiệm vụ", "Mục", "Đơn vị (vai trò)", "Thời gian theo văn bản", "Dự kiến", "Tạm tính", "Chờ ngày lễ", "Đã thực hiện", "Đã điều chỉnh", "Kế hoạch"];

const yes = (flag: boolean) => (flag ? "có" : "");

function unitsText(row: ScheduleRow): string {
  const units = row.unit ? [{ name: row.unit.name, role: row.role }] : row.task.units.map(({ role, unit }) => ({ name: unit.name, role }));
  return units.map((u) => `${u.name} (${(ROLE_LABELS[u.role as UnitRole] ?? u.role).toLowerCase()})`).join("; ");
}

function timeText(row: ScheduleRow): string {
  return row.start.includes("T") ? `${row.start.slice(11, 16)}–${row.end.slice(11, 16)}` : "";
}

/** The cells of a row after the two dates. */
function restOf(row: ScheduleRow): string[] {
  return [
    timeText(row),
    KIND_WORDS[row.kind as ItemKind] ?? row.kind,
    row.task.title,
    row.task.key,
    unitsText(row),
    row.phrase,
    yes(row.tentative),
    yes(row.assumed),
    yes(row.provisional),
    yes(row.done),
    yes(row.task.correctionJson !== null),
    row.plan.number ? `${row.plan.number} — ${row.plan.title}` : row.plan.title,
  ];
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function scheduleCsv(rows: ScheduleRow[]): string {
  const lines = [HEADERS, ...rows.map((row) => [vietnameseDate(row.start.slice(0, 10)), vietnameseDate(row.end.slice(0, 10)), ...restOf(row)])];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** A day as an Excel date cell (exceljs writes the instant as it is: UTC midnight is that day). */
function dateCell(value: string): Date {
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

export async function scheduleXlsx(rows: ScheduleRow[], sheetName: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Lịch kế hoạch";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, " ") || "Lịch");
  sheet.addRow(HEADERS).font = { bold: true };
  for (const row of rows) sheet.addRow([dateCell(row.start), dateCell(row.end), ...restOf(row)]);
  for (const column of [1, 2]) sheet.getColumn(column).numFmt = "dd/mm/yyyy";
  sheet.columns.forEach((column, index) => {
    column.width = [12, 12, 12, 10, 50, 10, 50, 40, 8, 8, 10, 10, 10, 40][index] ?? 12;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function exportRoute<P extends string>(path: P, summary: string, name: string, format: "xlsx" | "csv") {
  const content = format === "xlsx" ? { [XLSX]: { schema: z.string().openapi({ format: "binary" }) } } : { "text/csv": { schema: z.string() } };
  return createRoute({
    method: "get",
    path,
    tags: ["Trang"],
    summary,
    request: { params: pathParams(name) },
    responses: { 200: { description: "Một dòng mỗi mục có ngày", content }, 404: { description: "Không có kế hoạch hoặc đơn vị này" } },
  });
}

async function send(c: Context<AppEnv>, format: "xlsx" | "csv", rows: ScheduleRow[], title: string) {
  const name = `lich-${slugify(title).slice(0, 60) || "ke-hoach"}.${format}`;
  c.header("Content-Disposition", `attachment; filename="${name}"`);
  if (format === "csv") {
    c.header("Content-Type", "text/csv; charset=utf-8");
    return c.body(scheduleCsv(rows));
  }
  c.header("Content-Type", XLSX);
  return c.body((await scheduleXlsx(rows, title)) as Uint8Array<ArrayBuffer>);
}

const ALL = 100_000;

async function planExport(c: Context<AppEnv>, format: "xlsx" | "csv") {
  const id = param(c, "id");
  const plan = await getPlanSummary(c.var.db, id);
  if (!plan) throw planNotFound(id);
  const rows = await schedulePage(c.var.db, everyEntry({ planIds: [id] }, vietnamDay(c.var.now)), null, ALL);
  return send(c, format, rows, plan.number ?? plan.title);
}

async function unitExport(c: Context<AppEnv>, format: "xlsx" | "csv") {
  const slug = param(c, "slug");
  const unit = await findUnit(c.var.db, slug);
  if (!unit) throw new ApiError(404, "unit-not-found", `Không có đơn vị "${slug}".`);
  const rows = await schedulePage(c.var.db, everyEntry({ unitId: unit.id }, vietnamDay(c.var.now)), null, ALL);
  return send(c, format, rows, unit.name);
}

export const exportPages = router()
  .openapi(exportRoute("/plans/{id}/schedule.xlsx", "Lịch của một kế hoạch, tệp Excel", "id", "xlsx"), async (c) => (await planExport(c, "xlsx")) as never)
  .openapi(exportRoute("/plans/{id}/schedule.csv", "Lịch của một kế hoạch, tệp CSV", "id", "csv"), async (c) => (await planExport(c, "csv")) as never)
  .openapi(exportRoute("/units/{slug}/schedule.xlsx", "Lịch của một đơn vị, tệp Excel", "slug", "xlsx"), async (c) => (await unitExport(c, "xlsx")) as never)
  .openapi(exportRoute("/units/{slug}/schedule.csv", "Lịch của một đơn vị, tệp CSV", "slug", "csv"), async (c) => (await unitExport(c, "csv")) as never);
