/**
 * Tasks read from lines OCR was not sure of are marked for review (`ocr-uncertain`): their
 * dates and units are shown with the line and its confidence, never silently trusted. Pure.
 */
import type { OcrConfidence } from "./decode-result.ts";
import { UNCERTAIN_BELOW } from "./ocr-lines.ts";
import type { ReadPlan, Warning } from "./types.ts";

export function withOcrReview(plan: ReadPlan, text: string, ocr: OcrConfidence | null): ReadPlan {
  if (!ocr) return plan;
  const lines = text.split("\n");
  const uncertain = (line: number) => (ocr.lines[line - 1] ?? 100) < UNCERTAIN_BELOW && (lines[line - 1] ?? "").trim() !== "";
  const warnings: Warning[] = [];
  let count = 0;
  for (let line = 1; line <= lines.length; line++) if (uncertain(line)) count++;
  warnings.push({ line: 0, code: "ocr", message: `Văn bản đọc bằng OCR từ ${ocr.pages} trang quét: ${count} dòng OCR chưa chắc chắn (độ tin cậy dưới ${UNCERTAIN_BELOW}%), các nhiệm vụ có dòng ấy được đánh dấu để xem lại.` });
  for (const task of plan.tasks) {
    const [from, to] = task.lines;
    for (let line = from; line <= to; line++) {
      if (!uncertain(line)) continue;
      warnings.push({ line, code: "ocr-uncertain", message: `Nhiệm vụ ${task.id}: dòng ${line} đọc bằng OCR chưa chắc (độ tin cậy ${ocr.lines[line - 1]}%): "${(lines[line - 1] ?? "").trim().slice(0, 120)}". Kiểm tra thời gian và đơn vị với bản quét trước khi dùng.` });
      break;
    }
  }
  return { ...plan, warnings: [...plan.warnings, ...warnings] };
}
