import { readPlan } from "../../src/reader/read.ts";
const p = readPlan(["ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "BAN THƯỜNG TRỰC", "KẾ HOẠCH", "Hiệp thương năm 2026", "I. NỘI DUNG", "1. Hội nghị ngày 05/02/2026.","II. TỔ CHỨC THỰC HIỆN", "1. Ban Thường trực", "- Đồng chí Chủ tịch Ủy ban MTTQ xã chịu trách nhiệm chỉ đạo chung.", "- Đồng chí Phó Chủ tịch Thường trực Ủy ban MTTQ xã trực tiếp triển khai."].join("\n"));
console.log(p.issuer, p.tasks.map(t=>[t.title, t.units.map(u=>u.name+' '+u.written)]));
