// The web checker's batch overview: what the charts draw and print beside them.
import { overview, share } from "../../src/checker/overview";
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
