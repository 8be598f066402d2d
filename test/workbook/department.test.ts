// 部门整体支出绩效自评表: golden fixture (seed 004 framework, seed 000 numbers) and a positive and a
// negative test for every dept.* rule.
import fs from "fs";
import path from "path";
import { type Finding } from "../../src/workbook";
import { gridOf, loadExample, withCells, type SheetData, checkOne } from "../support/fixtures";

const dept = loadExample("department-2022.js").sheets[0];
const clean = withCells(dept, { B46: "各项工作完成良好。" });

function only(sheet: SheetData, rule: string): Finding[] {
  return checkOne(gridOf(sheet)).findings.filter((f) => f.rule === rule);
}

test("golden: the department example's report", () => {
  const r = checkOne(gridOf(dept));
  const actual = {
    kind: r.kind,
    unit: r.projectName,
    total: r.total,
    grade: r.grade,
    items: r.department!.itemScore,
    bonus: r.department!.bonus,
    rows: r.department!.table.rows.map((x) => [x.kind, x.level1, x.level2, x.name, x.points?.address, x.score?.address]),
    lines: r.department!.lines.map((l) => [
      l.line.label,
      l.line.kind,
      l.budget,
      l.executed,
      l.rate === null ? null : Math.round(l.rate * 10000) / 100,
    ]),
    findings: r.findings,
    drafts: r.drafts,
  };
  const file = path.resolve(__dirname, "../golden/workbook/department-2022.json");
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, JSON.stringify(actual, null, 2) + "\n");
  expect(actual).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
});

test("seed 000's rates check out, and the clean table has no findings", () => {
  const r = checkOne(gridOf(clean));
  expect(r.kind).toBe("department");
  expect(r.findings).toEqual([]);
  const rates = r.department!.lines.map((l) => [l.line.label, Math.round(l.rate! * 10000) / 100]);
  expect(rates).toEqual(
    expect.arrayContaining([
      ["合计", 97.97],
      ["基本支出", 99.79],
      ["项目支出", 91.69],
    ]),
  );
  expect(r.department!.table.rows.filter((x) => x.kind === "item")).toHaveLength(27);
  expect(r.total).toEqual({ score: 102.4, printed: 102.4 });
});

test("the framework's subtotals are 28 / 42 / 30 and the bonus caps 3 + 2 (5 in all)", () => {
  const r = checkOne(gridOf(clean)).department!;
  const subtotals = r.table.rows.filter((x) => x.kind === "subtotal").map((x) => [x.level1, x.points?.value]);
  expect(subtotals).toEqual([
    ["预算编制", 28],
    ["预算执行", 42],
    ["资金使用效益", 30],
  ]);
  expect(r.profile.bonus.map((b) => [b.perItem, b.cap])).toEqual([
    [1, 3],
    [0.5, 2],
  ]);
  expect(r.profile.bonusCap).toBe(5);
});

describe("dept.* rules", () => {
  test("dept.item-over: an item scored above its points", () => {
    expect(only(withCells(clean, { F13: 6, F45: 103.4 }), "dept.item-over")).toEqual([
      expect.objectContaining({ severity: "error", cell: "F13", fix: { value: 5 } }),
    ]);
    expect(only(clean, "dept.item-over")).toEqual([]);
  });

  test("dept.deduction: a deduction without a reason", () => {
    expect(only(withCells(clean, { G21: null }), "dept.deduction")).toEqual([expect.objectContaining({ severity: "error", cell: "G21" })]);
    expect(only(withCells(clean, { G21: "无" }), "dept.deduction")).toHaveLength(1);
    expect(only(clean, "dept.deduction")).toEqual([]);
  });

  test("dept.subtotal: a subtotal that is not the sum of its items", () => {
    expect(only(withCells(clean, { F35: 42 }), "dept.subtotal")).toEqual([
      expect.objectContaining({ severity: "error", cell: "F35", fix: { value: 41.5 } }),
    ]);
    expect(only(withCells(clean, { D20: 30 }), "dept.subtotal")).toEqual([expect.objectContaining({ cell: "D20" })]);
    expect(only(clean, "dept.subtotal")).toEqual([]);
  });

  test("dept.total: the total that is not items + bonus", () => {
    expect(only(withCells(clean, { F45: 98.9 }), "dept.total")).toEqual([
      expect.objectContaining({ severity: "error", cell: "F45", fix: { value: 102.4 } }),
    ]);
    expect(only(withCells(clean, { F45: null }), "dept.total")).toEqual([expect.objectContaining({ cell: "F45" })]);
    expect(only(clean, "dept.total")).toEqual([]);
  });

  test("dept.bonus: over a cap, not a whole number of items, or over 5 in all", () => {
    expect(only(withCells(clean, { F43: 4, F45: 103.4 }), "dept.bonus")).toEqual([
      expect.objectContaining({ severity: "error", cell: "F43", fix: { value: 3 } }),
    ]);
    expect(only(withCells(clean, { F44: 0.7, F45: 102.6 }), "dept.bonus")).toEqual([expect.objectContaining({ cell: "F44" })]);
    expect(only(withCells(clean, { F44: 2, F45: 103.9 }), "dept.bonus")).toEqual([]);
    expect(only(clean, "dept.bonus")).toEqual([]);
  });

  test("dept.rate: a printed execution rate that does not match its figures", () => {
    expect(only(withCells(clean, { D10: "92.69%" }), "dept.rate")).toEqual([
      expect.objectContaining({ severity: "error", cell: "D10", fix: { value: "91.69%" } }),
    ]);
    // Compared at the printed precision: "92%" agrees with 91.69 %, "93%" does not.
    expect(only(withCells(clean, { D10: "92%" }), "dept.rate")).toEqual([]);
    expect(only(withCells(clean, { D10: "93%" }), "dept.rate")).toEqual([expect.objectContaining({ cell: "D10" })]);
    expect(only(clean, "dept.rate")).toEqual([]);
  });

  test("dept.budget-sum: 基本 + 项目 ≠ total (beyond rounding), 人员 + 公用 ≠ 基本", () => {
    expect(only(withCells(clean, { B6: 760 }), "dept.budget-sum")).toEqual([expect.objectContaining({ severity: "error", cell: "B6" })]);
    expect(only(withCells(clean, { C9: 120 }), "dept.budget-sum")).toEqual([expect.objectContaining({ cell: "C7" })]);
    expect(only(clean, "dept.budget-sum")).toEqual([]);
  });

  test("dept.points: points that differ from the framework, or do not sum to 100", () => {
    const f = only(withCells(clean, { D13: 6, D14: 4 }), "dept.points");
    expect(f.map((x) => [x.severity, x.cell])).toEqual([
      ["warning", "D13"],
      ["warning", "D14"],
    ]);
    expect(only(withCells(clean, { D13: 6 }), "dept.points").map((x) => x.severity)).toEqual(["warning", "error"]);
    expect(only(clean, "dept.points")).toEqual([]);
  });
});

test("a project table is never read as a department table, nor the reverse", () => {
  expect(checkOne(gridOf(loadExample("central-weiquan-2022.js").sheets[0])).kind).toBe("project");
  expect(checkOne(gridOf(withCells(dept, { A1: "绩效自评表" }))).kind).toBe("department");
});
