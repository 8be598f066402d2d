// Indicator quality review: a positive and a negative test for every quality.* rule. None changes a score.
import { type Finding } from "../../src/workbook";
import { gridOf, loadExample, withCells, type SheetData, checkOne } from "../support/fixtures";

const central = loadExample("central-weiquan-2022.js").sheets[0];
const clean: SheetData = withCells(central, { F11: "已完成。", I17: "租金上涨。", F13: "55场", F14: "520人次", H15: 9.47, H21: 93.59 });
const seed003 = loadExample("guangzhou-panyu-2021.js").sheets[0];

const only = (sheet: SheetData, rule: string): Finding[] => checkOne(gridOf(sheet)).findings.filter((f) => f.rule === rule);

test("quality.unquantified: a qualitative target where the name asks for a number", () => {
  expect(only(seed003, "quality.unquantified")).toEqual([expect.objectContaining({ severity: "warning", cell: "E16" })]);
  expect(only(withCells(clean, { E16: "及时" }), "quality.unquantified")).toEqual([expect.objectContaining({ cell: "E16" })]);
  // 效率 is not a rate; a target in words for it is fine.
  expect(only(withCells(clean, { D19: "服务效率", E19: "提高", F19: "提高" }), "quality.unquantified")).toEqual([]);
  expect(only(clean, "quality.unquantified")).toEqual([]);
});

test("quality.generic: generic indicators carrying most of the weight", () => {
  const f = only(seed003, "quality.generic");
  expect(f).toEqual([expect.objectContaining({ severity: "warning", cell: "D15" })]);
  expect(f[0].message).toContain("66.67%");
  expect(only(clean, "quality.generic")).toEqual([]);
});

test("quality.no-satisfaction: none where the profile expects one", () => {
  expect(only(withCells(clean, { B20: "效益指标", C20: "社会效益指标", D20: "服务覆盖面" }), "quality.no-satisfaction")).toEqual([
    expect.objectContaining({ severity: "warning", cell: "D12" }),
  ]);
  expect(only(seed003, "quality.no-satisfaction")).toEqual([]);
  expect(only(clean, "quality.no-satisfaction")).toEqual([]);
});

test("quality.no-benefit: no 效益 indicator", () => {
  expect(only(withCells(clean, { B18: "产出指标" }), "quality.no-benefit")).toEqual([
    expect.objectContaining({ severity: "warning", cell: "D12" }),
  ]);
  expect(only(clean, "quality.no-benefit")).toEqual([]);
});

test("quality.all-met: every indicator met exactly with full marks", () => {
  expect(only(seed003, "quality.all-met")).toEqual([expect.objectContaining({ severity: "info" })]);
  expect(only(clean, "quality.all-met")).toEqual([]);
});

test("quality.target-low: a target low on its face; an over-achieved one is indicator.over-achievement's alone", () => {
  expect(only(withCells(clean, { E20: "≥60%", F20: 0.62 }), "quality.target-low")).toEqual([
    expect.objectContaining({ severity: "info", cell: "E20" }),
  ]);
  expect(only(withCells(clean, { E13: "≥0场" }), "quality.target-low")).toEqual([expect.objectContaining({ cell: "E13" })]);
  // One fact, one finding: 62 against ≥50 is over-achievement, whose message also says the target was low.
  const over = checkOne(gridOf(withCells(clean, { F13: "62场" }))).findings.filter(
    (f) => f.rule.includes("over-achievement") || f.rule === "quality.target-low",
  );
  expect(over.map((f) => [f.rule, f.cell])).toEqual([["indicator.over-achievement", "F13"]]);
  expect(over[0].message).toMatch(/说明超额原因.*目标值可能定得偏低/);
  expect(only(clean, "quality.target-low")).toEqual([]);
});

test("quality findings never change a score or the total", () => {
  const plain = checkOne(gridOf(seed003));
  expect(plain.total).toEqual({ score: 99.98, printed: 99.98 });
  expect(plain.findings.filter((f) => f.rule.startsWith("quality.")).every((f) => f.severity !== "error" && !f.fix)).toBe(true);
});
