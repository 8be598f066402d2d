// One sheet that makes each rule fire and one on which it stays silent: the catalogue test runs every
// rule of the catalogue against its pair, so no rule exists without both.
import { checkWorkbook, Grid, reviewBatch, type SheetReport, type Signal } from "../../src/workbook";
import { checkOne, gridOf, gridWithCells, loadExample, withCells, type SheetData } from "./fixtures";
import { declarationSheet, fullSelfEvaluationSheet, monitoringSheet, systemExport } from "./system-export";

const central = loadExample("central-weiquan-2022.js").sheets[0];
/** The central example with its mistakes corrected: no findings at all. */
export const CLEAN_CENTRAL: SheetData = withCells(central, {
  F11: "开展维权宣传活动55场，提供法律援助服务520人次，案件办结率90%。",
  F13: "55场",
  F14: "520人次",
  H15: 9.47,
  I17: "服务场地租金上涨，下一年度统筹使用自有场地。",
  H21: 93.59,
});
export const SICHUAN = loadExample("sichuan-peixun-2023.js").sheets[0];
export const SEED003 = loadExample("guangzhou-panyu-2021.js").sheets[0];
export const CLEAN_DEPARTMENT = withCells(loadExample("department-2022.js").sheets[0], { B46: "各项工作完成良好。" });

const C = (changes: Record<string, string | number | null>) => gridOf(withCells(CLEAN_CENTRAL, changes));
const D = (changes: Record<string, string | number | null>) => gridOf(withCells(CLEAN_DEPARTMENT, changes));
const cleanC = () => gridOf(CLEAN_CENTRAL);
const cleanD = () => gridOf(CLEAN_DEPARTMENT);

/** A 自评表 with its 申报表 and 监控表 (the cross-checks' cases): the 自评表 changed by `changes`. */
const X = (changes: Parameters<typeof fullSelfEvaluationSheet>[0] = {}) => [
  gridOf(declarationSheet()),
  gridOf(monitoringSheet()),
  gridOf(fullSelfEvaluationSheet(changes)),
];

/** The report a case is judged by: the one table of a sheet, or a workbook's 自评表 (cross-checked with its other sheets). */
export function caseReport(c: Grid | Grid[]): SheetReport {
  if (!Array.isArray(c)) return checkOne(c);
  return checkWorkbook(c).find((r) => r.kind === "project" || r.kind === "department")!;
}

/**
 * The signals a review case gives: the batch step run over the case as one file, the first 自评表's row (the
 * batch's own signals, such as narratives alike between two tables, included).
 */
export function caseSignals(c: Grid | Grid[]): Signal[] {
  const review = reviewBatch([{ file: "case.xlsx", sheets: checkWorkbook(Array.isArray(c) ? c : [c]) }]);
  return review.rows.find((r) => r.order === 0)?.signals ?? [];
}

/** Two 自评表 of different projects in one workbook, the second's 年度总体目标 (B11) as given. */
const twoProjects = (goal: string) => [
  cleanC(),
  gridOf({ ...withCells(CLEAN_CENTRAL, { C3: "农村妇女技能培训项目", B11: goal }), name: "自评表二" }),
];
const COPIED_GOAL = String(CLEAN_CENTRAL.cells.B11).replace("不少于50场", "不少于60场");

/** A case is one sheet, or a workbook's sheets (for the cross-checks). */
export const RULE_CASES: Record<string, { fires: () => Grid | Grid[]; silent: () => Grid | Grid[] }> = {
  "layout.not-recognized": { fires: () => Grid.fromRows([["填表说明"], ["1. 金额单位为万元"]]), silent: cleanC },
  "layout.missing-column": { fires: () => C({ F12: null }), silent: cleanC },
  "formula.error": { fires: () => gridWithCells(CLEAN_CENTRAL, { H21: { error: "#REF!", formula: "H13+#REF!+H15" } }), silent: cleanC },
  "formula.uncomputed": {
    fires: () => gridWithCells(CLEAN_CENTRAL, { H21: { uncomputed: true, formula: "FOO(H13:H20)" } }),
    silent: cleanC,
  },
  "formula.jx": {
    fires: () => gridWithCells(CLEAN_CENTRAL, { H15: { value: 9.47, formula: "JX.SCORE(E15,F15,G15)" } }),
    silent: () => gridWithCells(CLEAN_CENTRAL, { H21: { value: 93.59, formula: "SUM(I6,H13:H20)" } }),
  },
  "budget.sum": { fires: () => C({ D7: 45 }), silent: cleanC },
  "budget.zero": { fires: () => C({ E6: 0, E7: null }), silent: cleanC },
  "budget.rate": { fires: () => C({ H6: 0.8 }), silent: cleanC },
  "budget.score": { fires: () => C({ I6: 7 }), silent: cleanC },
  "budget.reason": { fires: () => gridOf(withCells(SICHUAN, { I8: null })), silent: () => gridOf(SICHUAN) },
  "indicator.target": { fires: () => C({ E16: null }), silent: cleanC },
  "indicator.actual": { fires: () => C({ F19: "详见附件" }), silent: cleanC },
  "indicator.unit": { fires: () => C({ F13: "55人" }), silent: cleanC },
  "indicator.score": { fires: () => C({ H16: 4 }), silent: cleanC },
  "indicator.over-weight": { fires: () => C({ H19: 16 }), silent: cleanC },
  "indicator.band": { fires: () => C({ H18: 14 }), silent: cleanC },
  "indicator.over-achievement": { fires: () => C({ F13: "62场" }), silent: cleanC },
  "indicator.deviation": { fires: () => C({ I17: "无" }), silent: cleanC },
  "indicator.level": { fires: () => C({ C16: "时间指标" }), silent: cleanC },
  "weights.sum": { fires: () => C({ G13: 20 }), silent: cleanC },
  "weights.profile": { fires: () => C({ G13: 20, G19: 10, H13: 20, H19: 10 }), silent: cleanC },
  "total.sum": { fires: () => C({ H21: 95 }), silent: cleanC },
  "total.missing": { fires: () => C({ H21: null }), silent: cleanC },
  "dept.item-over": { fires: () => D({ F13: 6, F45: 103.4 }), silent: cleanD },
  "dept.deduction": { fires: () => D({ G21: null }), silent: cleanD },
  "dept.points": { fires: () => D({ D13: 6 }), silent: cleanD },
  "dept.subtotal": { fires: () => D({ F35: 42 }), silent: cleanD },
  "dept.bonus": { fires: () => D({ F44: 0.7, F45: 102.6 }), silent: cleanD },
  "dept.total": { fires: () => D({ F45: 98.9 }), silent: cleanD },
  "dept.rate": { fires: () => D({ D10: "92.69%" }), silent: cleanD },
  "dept.budget-sum": { fires: () => D({ B6: 760 }), silent: cleanD },
  "narrative.missing": { fires: () => C({ F11: null }), silent: cleanC },
  "quality.unquantified": { fires: () => C({ E16: "及时" }), silent: cleanC },
  "quality.generic": { fires: () => gridOf(SEED003), silent: cleanC },
  "quality.no-satisfaction": { fires: () => C({ B20: "效益指标", C20: "社会效益指标", D20: "服务覆盖面" }), silent: cleanC },
  "quality.no-benefit": { fires: () => C({ B18: "产出指标" }), silent: cleanC },
  "quality.all-met": { fires: () => gridOf(SEED003), silent: cleanC },
  "quality.target-low": { fires: () => C({ E20: "≥60%", F20: 0.62 }), silent: cleanC },
  "cross.missing": { fires: () => systemExport().sheets.map(gridOf), silent: () => X() },
  "cross.target": { fires: () => X({ E13: "≥45场" }), silent: () => X({ E13: "不少于50场" }) },
  "cross.undeclared": { fires: () => X({ D26: "志愿者满意度" }), silent: () => X() },
  "cross.budget": { fires: () => X({ D6: 50, D7: 50 }), silent: () => X() },
  "cross.midyear": { fires: () => X({ F6: 15, F7: 15 }), silent: () => X() },
  "cross.unmatched": { fires: () => X({ A2: "（2020年度）" }), silent: () => X() },
  "review.high-score-low-spend": { fires: () => C({ F6: 30, F7: 30 }), silent: cleanC },
  "review.full-marks-unspent": { fires: () => C({ H15: 10, H17: 5, H18: 15, H21: 100 }), silent: cleanC },
  "review.total-mismatch": { fires: () => C({ H21: 95 }), silent: cleanC },
  "review.targets-changed": { fires: () => X({ E13: "≥45场" }), silent: () => X() },
  "review.targets-by-definition": {
    fires: () => C({ E13: "≥0场", E14: ">=0人次", E16: "完成", E18: "达成预期", E19: "合规" }),
    silent: () => C({ E13: "≥0场", E16: "完成" }),
  },
  "review.over-achievement": { fires: () => C({ F14: "1700人次" }), silent: () => C({ F14: "1400人次" }) },
  "review.narrative-missing": { fires: () => C({ F11: null }), silent: cleanC },
  "review.similar-narrative": {
    fires: () => twoProjects(COPIED_GOAL),
    silent: () =>
      twoProjects("组织农村妇女参加种植养殖、电商直播和家政服务等职业技能培训，全年培训不少于800人次，培训后就业创业率不低于60%。"),
  },
};
