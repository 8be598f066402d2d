// The web checker's batch overview: what the charts draw and print beside them.
import { NO_GRADE, overview, share } from "../../src/checker/overview";
import { fileJson } from "../../src/output/json";
import { slim } from "../../src/usecases/check";
import { checkWorkbook, reviewBatch, type FileReport } from "../../src/workbook";
import { gridOf, withCells } from "../support/fixtures";
import { CLEAN_CENTRAL, CLEAN_DEPARTMENT } from "../support/rule-cases";
import { declarationSheet, monitoringSheet } from "../support/system-export";
import type { Entry } from "../../src/checker/batch";
import type { TableJson } from "../../src/output/json";

const KINDS = { project: "项目支出", department: "部门整体支出", declaration: "申报表", monitoring: "监控表" };

function project(printed: number | null, score: number | null, rate: number | null, grade: string | null, rules: string[] = []): TableJson {
  return {
    kind: "project",
    sheet: "自评表",
    projectName: "某项目",
    total: { printed, score },
    grade,
    budget: rate === null ? undefined : ({ rate } as never),
    findings: rules.map((rule) => ({ rule: rule as never, severity: "warning", cell: "A1", message: "…" })),
  };
}

const entry = (id: number, sheets: TableJson[]): Entry => ({ id, name: `${id}.xlsx`, result: { file: `${id}.xlsx`, sheets } });

describe("overview", () => {
  const entries: Entry[] = [
    entry(1, [project(100, 96.5, 0.75, "优", ["total.sum", "budget.rate"])]),
    entry(2, [project(59.9, 60, 1, "中", ["total.sum"])]),
    entry(3, [
      project(null, null, null, null),
      { kind: "declaration", sheet: "申报", projectName: "某项目", year: 2023, funds: {} as never, indicators: 3, findings: [] },
    ]),
    entry(4, [
      {
        kind: "department",
        sheet: "部门",
        total: { printed: 92, score: 92, items: null, bonus: null },
        grade: "优",
        budget: {
          lines: [
            { label: "基本支出", budget: 1, executed: 0.6, rate: 0.6 },
            { label: "合计", budget: 1, executed: 1.2, rate: 1.2 },
          ],
        },
        findings: [],
      },
    ]),
    { id: 5, name: "still-checking.xlsx" },
    entry(6, [{ kind: "unknown", sheet: "封面", findings: [{ rule: "total.sum" as never, severity: "error", cell: "A1", message: "…" }] }]),
  ];
  const o = overview(entries, KINDS, 1);

  test("counts the tables of each kind, and only 自评表 as tables", () => {
    expect(o.tables).toBe(4);
    expect(o.kinds.map((k) => [k.label, k.count])).toEqual([
      ["项目支出", 3],
      ["部门整体支出", 1],
      ["申报表", 1],
      ["监控表", 0],
    ]);
  });

  test("puts printed and recomputed totals in the 统计 sheet's bands, band edges included in the higher band", () => {
    const by = Object.fromEntries(o.scores.map((s) => [s.label, [s.printed, s.recomputed]]));
    expect(by).toEqual({
      "60 分以下": [1, 0],
      "60（含）～70 分": [0, 1],
      "70（含）～80 分": [0, 0],
      "80（含）～85 分": [0, 0],
      "85（含）～90 分": [0, 0],
      "90（含）～95 分": [1, 1],
      "95 分及以上": [1, 1],
    });
  });

  test("counts grades in order, and the tables without one", () => {
    expect(o.grades).toEqual([
      { label: "优", count: 2 },
      { label: "良", count: 0 },
      { label: "中", count: 1 },
      { label: "差", count: 0 },
      { label: "未评定", count: 1 },
    ]);
  });

  test("bands execution rates as the 统计 sheet does (a department's by its 合计 line, not its first) and counts tables without one", () => {
    expect(Object.fromEntries(o.rates.map((r) => [r.label, r.count]))).toEqual({
      "50% 以下": 0,
      "50%（含）～80%": 1,
      "80%（含）～90%": 0,
      "90%（含）～100%": 0,
      "100% 及以上": 2,
      无执行率: 1,
    });
  });

  test("lists the most frequent rules of recognised tables, as many as asked", () => {
    expect(o.rules).toEqual([{ rule: "total.sum", severity: "warning", count: 2, files: 2 }]);
    expect(overview(entries, KINDS).rules.map((r) => r.rule)).toEqual(["total.sum", "budget.rate"]);
  });

  test("an empty batch gives zeros, and shares print as — of nothing", () => {
    const empty = overview([], KINDS);
    expect(empty.tables).toBe(0);
    expect(empty.scores.every((s) => s.printed === 0 && s.recomputed === 0)).toBe(true);
    expect(share(0, 0)).toBe("—");
    expect(share(1, 3)).toBe("33.3%");
  });
});

describe("the overview and the 统计 sheet of the same batch", () => {
  // Projects at several rates and totals, a department (its rate from its 合计 line), a 申报表 and 监控表,
  // a file that could not be read: what the page draws is what 汇总.xlsx's 统计 sheet counts.
  const grids = (changes: Record<string, string | number | null>) => gridOf(withCells(CLEAN_CENTRAL, changes));
  const reports: FileReport[] = [
    { file: "a.xlsx", sheets: checkWorkbook([grids({})]).map(slim) },
    { file: "b.xlsx", sheets: checkWorkbook([grids({ F6: 30, F7: 30, H21: 95 })]).map(slim) },
    { file: "c.xlsx", sheets: checkWorkbook([grids({ F6: 43.2, F7: 50, H21: 59 })]).map(slim) },
    { file: "d.xlsx", sheets: checkWorkbook([gridOf(CLEAN_DEPARTMENT)]).map(slim) },
    { file: "e.xlsx", sheets: checkWorkbook([gridOf(withCells(CLEAN_DEPARTMENT, { A6: "说明" }))]).map(slim) },
    { file: "f.xlsx", sheets: checkWorkbook([gridOf(declarationSheet()), gridOf(monitoringSheet())]).map(slim) },
    { file: "g.xlsx", error: "无法读取", sheets: [] },
  ];
  const stats = reviewBatch(reports).stats;
  const o = overview(
    reports.map((r, i) => ({ id: i + 1, name: r.file, result: fileJson(r) })),
    KINDS,
  );

  test("the same tables of each kind", () => {
    expect(o.tables).toBe(stats.tables);
    expect(Object.fromEntries(o.kinds.map((k) => [k.kind, k.count]))).toEqual({
      project: stats.kinds.project,
      department: stats.kinds.department,
      declaration: stats.kinds.declaration,
      monitoring: stats.kinds.monitoring,
    });
  });

  test("the same score bands, as printed and as recomputed, and the same rate bands", () => {
    expect(o.scores.map((s) => [s.printed, s.recomputed])).toEqual(stats.scoreBands.map((b) => [b.printed, b.computed]));
    expect(o.rates.map((r) => r.count)).toEqual(stats.rateBands.map((b) => b.count));
    // The batch is not trivial: several bands are used, and a department is counted by its 合计 line.
    expect(o.rates.filter((r) => r.count > 0).length).toBeGreaterThanOrEqual(3);
    expect(stats.rateBands.find((b) => b.min === null && b.max === null)!.count).toBe(1);
  });

  test("the same 等级 counts", () => {
    const byGrade = Object.fromEntries(stats.grades.map((g) => [g.grade || NO_GRADE, g.count]));
    expect(Object.fromEntries(o.grades.map((g) => [g.label, g.count]))).toEqual(byGrade);
  });
});
