// A project's three tables side by side (domain §8): the 申报表 and the 执行监控表 are recognised as their
// own kinds and read into the model, never checked as a 自评表; the 自评表 beside them is checked as alone;
// a sheet that only looks like indicators stays not recognised.
import { checkTables, isTicked, type DeclarationTable, type MonitoringTable, type SheetReport } from "../../src/workbook";
import { checkOne, gridOf, loadExample, withCells, type SheetData } from "../support/fixtures";
import {
  declarationSheet,
  INDICATORS,
  monitoringSheet,
  otherSheets,
  PROJECT,
  selfEvaluationSheet,
  systemExport,
} from "../support/system-export";

const declarationOf = (s: SheetData): DeclarationTable => {
  const r = checkOne(gridOf(s));
  expect(r.kind).toBe("declaration");
  return r.declaration!;
};
const monitoringOf = (s: SheetData): MonitoringTable => {
  const r = checkOne(gridOf(s));
  expect(r.kind).toBe("monitoring");
  return r.monitoring!;
};
/** What a report says to a user, without the model. */
const said = (r: SheetReport) => ({ kind: r.kind, findings: r.findings, total: r.total, budget: r.budget, grade: r.grade });

describe("a system export: 申报表, 监控表 and 自评表 in one workbook", () => {
  const reports = systemExport().sheets.map((s) => checkTables(gridOf(s)));

  test("each sheet is named by its kind; the list of indicators and the basic information are not tables", () => {
    expect(reports.map((r) => r.map((x) => x.kind))).toEqual([["unknown"], ["declaration"], ["monitoring"], ["project"], ["unknown"]]);
  });

  test("the 申报表 and the 监控表 carry their project and year, and no finding, draft or score", () => {
    for (const r of [reports[1][0], reports[2][0]]) {
      expect(r).toMatchObject({ projectName: PROJECT, year: 2019, findings: [], drafts: [] });
      expect(r.total).toBeUndefined();
      expect(r.grade).toBeUndefined();
      expect(r.model).toBeUndefined();
    }
  });

  test("the 自评表's findings are the same as when it is checked alone", () => {
    expect(said(reports[3][0])).toEqual(said(checkOne(gridOf(selfEvaluationSheet()))));
    expect(reports[3][0].model!.indicators).toHaveLength(3);
  });

  test("the examples' 自评表 are still recognised and checked as before", () => {
    for (const name of ["central-weiquan-2022.js", "guangzhou-panyu-2021.js", "sichuan-peixun-2023.js", "department-2022.js"]) {
      const r = checkOne(gridOf(loadExample(name).sheets[0]));
      expect(["project", "department"]).toContain(r.kind);
      expect(r.declaration ?? r.monitoring).toBeUndefined();
    }
  });
});

describe("the 申报表", () => {
  test("its head, funds (年度 and 中期), goals and the year's indicators are read with their cells", () => {
    const d = declarationOf(declarationSheet());
    expect(d).toMatchObject({
      title: "项目支出绩效目标表",
      year: 2019,
      projectName: PROJECT,
      department: "[301]某市妇女联合会",
      implementer: "某市妇女联合会",
      unit: "万元",
    });
    expect(d.funds.map((f) => [f.part, f.amount.value, f.amount.cell?.address])).toEqual([
      ["total", 48, "F6"],
      ["fiscal", 48, "F7"],
      ["carryover", 0, "F8"],
      ["other", null, "F9"],
    ]);
    expect(d.mediumFunds.find((f) => f.part === "total")?.amount.value).toBe(150);
    expect(d.mediumGoal?.cell?.value).toMatch(/^三年内/);
    expect(d.annualGoal?.cell?.address).toBe("E11");
    expect(d.indicators).toHaveLength(14);
    // The year's set (二级 · 三级 · 指标值 on the right), never the 中期 one.
    expect(d.indicators.map((i) => [i.level1, i.level2, i.name, i.targetText])).toEqual(
      INDICATORS.map(([l1, l2, n, , a]) => [l1, l2, n, a]),
    );
    expect(d.indicators[0]).toMatchObject({ nameCell: { address: "G13" }, target: { address: "H13" }, level2Cell: { address: "F13" } });
  });

  test("amounts as text, funds as column headers and a 中期 | 年度 group row read the same", () => {
    for (const o of [{ textAmounts: true }, { columnFunds: true }, { columnFunds: true, textAmounts: true }, { groups: true }]) {
      const d = declarationOf(declarationSheet(o));
      const part = (p: string) => d.funds.find((f) => f.part === p)?.amount.value;
      expect({ o, total: part("total"), fiscal: part("fiscal"), medium: d.mediumFunds[0]?.amount.value }).toEqual({
        o,
        total: 48,
        fiscal: 48,
        medium: 150,
      });
      expect(d.indicators.map((i) => i.targetText)).toEqual(INDICATORS.map((x) => x[4]));
    }
  });

  test("its title may read 绩效目标申报表 or 项目支出绩效目标表; without a title its targets without results say what it is", () => {
    for (const title of ["项目支出绩效目标表", "绩效目标申报表", "2019年度中央部门项目支出绩效目标表", "项目支出绩效目标申报表"])
      expect(declarationOf(declarationSheet({ title })).title).toBe(title);
    const untitled = withCells(declarationSheet(), { A1: null });
    expect(declarationOf(untitled).indicators).toHaveLength(14);
  });
});

describe("the 执行监控表", () => {
  test("its funds, goal and 14 indicators with mid-year figures, ticks, 原因说明, 完成目标可能性 and 备注 are read", () => {
    const m = monitoringOf(monitoringSheet());
    expect(m).toMatchObject({ title: "项目支出绩效目标执行监控表", year: 2019, projectName: PROJECT, unit: "万元" });
    expect(m.goal?.cell?.address).toBe("C10");
    const total = m.funds.find((f) => f.part === "total")!;
    expect([total.budget.value, total.midYear.value, total.midYearRate.value, total.forecast.value]).toEqual([48, 20, 0.4167, 48]);
    expect([
      total.budget.cell?.address,
      total.midYear.cell?.address,
      total.midYearRate.cell?.address,
      total.forecast.cell?.address,
    ]).toEqual(["E6", "G6", "I6", "K6"]);
    expect(m.funds.map((f) => f.part)).toEqual(["total", "fiscal", "carryover", "other"]);
    expect(m.indicators).toHaveLength(14);
    expect(m.indicators.map((i) => i.targetText)).toEqual(INDICATORS.map((x) => x[4]));
    const short = m.indicators[2];
    expect(short).toMatchObject({
      name: "培训基层维权骨干",
      midYear: { address: "E15", value: "80人次" },
      forecast: { address: "F15", value: "160人次" },
      deviation: { funding: true, rules: false, staff: false, hardware: true, other: false },
      reasonText: "培训经费下半年才到位，场地不足。",
      likelihood: "完全不可能",
      likelihoodCell: { address: "O15" },
    });
    expect(m.indicators[7]).toMatchObject({ likelihood: "有可能", deviation: { rules: true }, note: { value: "9月验收" } });
    expect(m.indicators.filter((i) => i.likelihood === "确定能")).toHaveLength(12);
  });

  test.each(["✔", "√", "✓", "是", "Y", "☑"])("a tick written %s reads as a tick", (tick) => {
    const m = monitoringOf(monitoringSheet({ tick }));
    expect(m.indicators.map((i) => i.likelihood)).toEqual(monitoringOf(monitoringSheet()).indicators.map((i) => i.likelihood));
    expect(m.indicators[2].deviation.funding).toBe(true);
  });

  test("amounts and rates as text, a likelihood named in words and other titles read the same", () => {
    const base = monitoringOf(monitoringSheet());
    const text = monitoringOf(monitoringSheet({ textAmounts: true }));
    expect(text.funds[0]).toMatchObject({
      budget: { value: 48 },
      midYear: { value: 20 },
      midYearRate: { value: 0.4167 },
      forecast: { value: 48 },
    });
    const words = monitoringOf(monitoringSheet({ likelihoodWords: true }));
    expect(words.indicators.map((i) => i.likelihood)).toEqual(base.indicators.map((i) => i.likelihood));
    expect(words.indicators[2].likelihoodCell?.address).toBe("M15");
    for (const title of ["绩效目标执行监控表", "2019年度项目支出绩效目标执行监控表", "项目绩效执行监控表"])
      expect(monitoringOf(monitoringSheet({ title })).title).toBe(title);
    expect(monitoringOf(withCells(monitoringSheet(), { A1: null })).indicators).toHaveLength(14);
  });
});

describe("what is neither", () => {
  test("an indicator list without targets, and a sheet of basic information, are not recognised", () => {
    for (const s of otherSheets()) expect(checkOne(gridOf(s)).kind).toBe("unknown");
  });

  test("a 自评表 keeps its kind when a 申报表's title words or a 监控表's column appear beside its own columns", () => {
    const central = loadExample("central-weiquan-2022.js").sheets[0];
    expect(checkOne(gridOf(withCells(central, { A1: "项目支出绩效自评表（依据绩效目标表）" }))).kind).toBe("project");
    expect(checkOne(gridOf(withCells(central, { J12: "全年预计执行数" }))).kind).toBe("project");
  });

  test("ticks: ✔ ✓ √ ☑ 是 Y TRUE are ticks; blank, 否, ×, 0 are not", () => {
    for (const v of ["✔", "✓", "√", "☑", "是", " √ ", "Y", "y", true]) expect(isTicked(v)).toBe(true);
    for (const v of [null, "", "否", "×", "x", 0, "无"]) expect(isTicked(v)).toBe(false);
  });
});
