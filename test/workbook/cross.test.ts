// The cross-checks (issue 19, domain §8): a 自评表 against the 申报表 and 执行监控表 of the same project and year,
// within one workbook and across the files of a batch; silent where they match, one info where they cannot be compared.
import {
  buildReport,
  checkTables,
  checkWorkbook,
  crossCheck,
  indicatorKey,
  projectKey,
  sameTarget,
  targetValue,
  type Finding,
  type SheetReport,
} from "../../src/workbook";
import { gridOf, withCells, type SheetData } from "../support/fixtures";
import {
  declarationSheet,
  fullSelfEvaluationSheet,
  INDICATORS,
  monitoringSheet,
  PROJECT,
  selfEvaluationSheet,
  systemExport,
} from "../support/system-export";

const selfReport = (sheets: SheetData[]): SheetReport => checkWorkbook(sheets.map(gridOf)).find((r) => r.kind === "project")!;
const cross = (r: SheetReport): Finding[] => r.findings.filter((f) => f.rule.startsWith("cross."));
const rules = (r: SheetReport) => cross(r).map((f) => f.rule);
type Changes = Parameters<typeof fullSelfEvaluationSheet>[0];
const withFull = (changes: Changes = {}, others: SheetData[] = [declarationSheet(), monitoringSheet()]) =>
  selfReport([...others, fullSelfEvaluationSheet(changes)]);

describe("matching", () => {
  test("names are compared without spaces, punctuation or a unit in parentheses; targets as the scoring parser reads them", () => {
    expect(projectKey(" 妇女儿童 维权服务项目。")).toBe(projectKey(PROJECT));
    expect(indicatorKey("1、开展维权宣传活动（场）")).toBe(indicatorKey("开展维权宣传 活动"));
    const t = (s: string) => targetValue(s, null);
    expect(sameTarget(t("≥20集"), t("不少于20集"))).toBe(true);
    expect(sameTarget(t(">=90%"), targetValue(0.9, { address: "E1", row: 0, col: 4, value: 0.9, format: "0%" }))).toBe(true);
    expect(sameTarget(t("≤50万元"), t("≤500000元"))).toBe(true);
    expect(sameTarget(t("≥20集"), t("≥18集"))).toBe(false);
    expect(sameTarget(t("明显提高"), t("明显 提高。"))).toBe(true);
    expect(sameTarget(t("下降"), t("逐年下降"))).toBe(false);
    expect(sameTarget(t(""), t("≥1"))).toBeNull();
  });

  test("a system export's 自评表 is matched to its 申报表 and 监控表 by project name and year", () => {
    expect(selfReport(systemExport().sheets).partners).toEqual({
      declaration: { sheet: "项目支出绩效目标申报表", how: "name-year" },
      monitoring: { sheet: "目标执行监控", how: "name-year" },
      targets: { planned: 14, listed: 3 },
    });
  });

  test("a 自评表 without a year matches the only table of its name, and the findings say so", () => {
    const r = withFull({ A2: null, E13: "≥45场" });
    expect(r.partners?.declaration?.how).toBe("name-only");
    expect(cross(r).find((f) => f.rule === "cross.target")?.message).toContain("按项目名称对应");
  });

  test("a matching set is silent: all 14 declared indicators, the same targets, budget and a shortfall explained", () => {
    expect(cross(withFull())).toEqual([]);
    expect(cross(withFull({ E13: "不少于50场", C3: "妇女儿童维权服务项目 " }))).toEqual([]);
  });

  test("a workbook without a 申报表 or 监控表 is not cross-checked", () => {
    const alone = checkWorkbook([gridOf(selfEvaluationSheet())]);
    expect(alone).toEqual(checkTables(gridOf(selfEvaluationSheet())));
  });
});

describe("the findings", () => {
  test("the export's 3 of 14 indicators: 11 cross.missing, each naming where it was declared and monitored", () => {
    const found = cross(selfReport(systemExport().sheets));
    expect(found.map((f) => f.rule)).toEqual(Array(11).fill("cross.missing"));
    const kept = new Set(["开展维权宣传活动", "培训基层维权骨干", "服务对象满意度"]);
    const missing = INDICATORS.filter((x) => !kept.has(x[2]));
    missing.forEach((x, k) => expect(found[k].message).toContain(`“${x[2]}”`));
    expect(found[0]).toMatchObject({ severity: "warning", cell: "D14" });
    expect(found[0].message).toContain("申报表（工作表“项目支出绩效目标申报表”G14）和监控表（工作表“目标执行监控”C14）");
  });

  test("a changed target points at the 自评表's target and names the declared one", () => {
    const [f] = cross(withFull({ E13: "≥45场" }));
    expect(f).toMatchObject({ rule: "cross.target", severity: "warning", cell: "E13" });
    expect(f.message).toContain("≥45场");
    expect(f.message).toContain("申报表（工作表“项目支出绩效目标申报表”H13）为 ≥50场");
    expect(f.message).toContain("如经批准调整，请在偏差原因中说明");
  });

  test("an added indicator is undeclared; the one it replaced is missing", () => {
    const r = withFull({ D26: "志愿者满意度" });
    expect(cross(r).map((f) => [f.rule, f.cell])).toEqual([
      ["cross.missing", "D26"],
      ["cross.undeclared", "D26"],
    ]);
    expect(cross(r)[1].message).toContain("“志愿者满意度”");
  });

  test("no indicator in common: one finding, no cascade", () => {
    const renamed: Changes = {};
    INDICATORS.forEach((_, i) => (renamed[`D${13 + i}`] = `其他指标${i + 1}`));
    expect(rules(withFull(renamed))).toEqual(["cross.missing"]);
  });

  test("年初预算数 different from the declared 年度资金总额", () => {
    const [f] = cross(withFull({ D6: 50, D7: 50 }));
    expect(f).toMatchObject({ rule: "cross.budget", cell: "D6" });
    expect(f.message).toContain("年初预算数为 50.00 万元，申报表（工作表“项目支出绩效目标申报表”F6）的年度资金总额为 48.00 万元");
  });

  test("1-7月执行数 above the year-end 全年执行数; a year-end far below the mid-year forecast", () => {
    const above = cross(withFull({ F6: 15, F7: 15 }));
    expect(above.map((f) => [f.rule, f.cell])).toEqual([["cross.midyear", "F6"]]);
    expect(above[0].message).toContain("监控表（工作表“目标执行监控”G6）的1-7月执行数 20.00 万元");
    const below = cross(withFull({ F6: 40, F7: 40 }));
    expect(below.map((f) => [f.rule, f.cell])).toEqual([["cross.midyear", "F6"]]);
    expect(below[0].message).toContain("90%");
    expect(rules(withFull({ F6: 44, F7: 44 }))).toEqual([]);
  });

  test("full completion where monitoring ticked 完全不可能 needs an explanation in 偏差原因", () => {
    const full = { F15: "200人次", H15: 10 };
    const [f] = cross(withFull({ ...full, I15: null }));
    expect(f).toMatchObject({ rule: "cross.midyear", cell: "F15" });
    expect(f.message).toContain("O15");
    expect(rules(withFull({ ...full, I15: "无" }))).toEqual(["cross.midyear"]);
    expect(rules(withFull({ ...full, I15: "下半年追加经费后完成培训。" }))).toEqual([]);
  });

  test("different years are not compared: one info, no other cross finding", () => {
    const r = selfReport(systemExport().sheets.map((s) => (s.name === "项目支出绩效自评表" ? withCells(s, { A2: "（2020年度）" }) : s)));
    expect(cross(r).map((f) => [f.rule, f.severity])).toEqual([["cross.unmatched", "info"]]);
    expect(cross(r)[0].message).toMatch(/申报表.*监控表.*2019年度.*不同年度的目标不作比较/);
    expect(r.partners).toBeUndefined();
  });

  test("another project's tables in the workbook: one info naming them", () => {
    const other = withCells(declarationSheet(), { C3: "另一个项目" });
    expect(rules(withFull({}, [other]))).toEqual(["cross.unmatched"]);
  });
});

describe("a batch", () => {
  test("a 自评表 and its 申报表 / 监控表 in different files are matched by project and year, naming the file", () => {
    const check = (s: SheetData[]) => s.flatMap((x) => checkTables(gridOf(x)));
    const [self] = crossCheck([
      { file: "自评.xlsx", sheets: check([fullSelfEvaluationSheet({ E13: "≥45场" })]) },
      { file: "申报.xlsx", sheets: check([declarationSheet(), monitoringSheet()]) },
    ]);
    const r = self.sheets[0];
    expect(r.partners?.declaration).toEqual({ sheet: "项目支出绩效目标申报表", file: "申报.xlsx", how: "name-year" });
    expect(cross(r)[0].message).toContain("文件“申报.xlsx”");
  });

  test("another project's tables in another file of the batch are not mentioned", () => {
    const check = (s: SheetData[]) => s.flatMap((x) => checkTables(gridOf(x)));
    const [self] = crossCheck([
      { file: "a.xlsx", sheets: check([fullSelfEvaluationSheet()]) },
      { file: "b.xlsx", sheets: check([withCells(declarationSheet(), { C3: "另一个项目" })]) },
    ]);
    expect(cross(self.sheets[0])).toEqual([]);
  });
});

describe("drafts use the unit's own words", () => {
  test("a 偏差原因 draft for an indicator not fully met starts from the 监控表's 原因说明, quoted and attributed", () => {
    const reason = (r: SheetReport) => r.drafts.find((d) => d.field === "reason" && d.label.includes("培训基层维权骨干"))!;
    const withMonitoring = reason(selfReport(systemExport().sheets));
    expect(withMonitoring.cell).toBe("I14");
    expect(withMonitoring.text).toContain("年中执行监控时单位说明（执行监控表“目标执行监控”原因说明）：“培训经费下半年才到位，场地不足。”");
    const alone = reason(checkTables(gridOf(selfEvaluationSheet()))[0]);
    expect(alone.text).not.toContain("执行监控");
    // Only a 申报表: nothing to quote.
    expect(reason(selfReport([declarationSheet(), selfEvaluationSheet()])).text).toBe(alone.text);
  });

  test("the 实际完成情况 draft cites the mid-year execution the 监控表 reports, after the year's own figures", () => {
    const completion = (r: SheetReport) => r.drafts.find((d) => d.field === "completion")!.text;
    const withMonitoring = completion(selfReport(systemExport().sheets));
    expect(withMonitoring).toContain(
      "年中执行监控（执行监控表“目标执行监控”）：1-7月执行数 20.00万元，执行率 41.67%，全年预计执行数 48.00万元。",
    );
    expect(withMonitoring.indexOf("支出完成情况")).toBeLessThan(withMonitoring.indexOf("年中执行监控"));
    // Without a 监控表, or with one whose 1-7月执行数 is blank, nothing is cited.
    expect(completion(selfReport([declarationSheet(), selfEvaluationSheet()]))).not.toContain("年中执行监控");
    expect(completion(selfReport([withCells(monitoringSheet(), { G6: null }), selfEvaluationSheet()]))).not.toContain("年中执行监控");
    // No printed rate: the rate is worked out from the figures the unit reported.
    expect(completion(selfReport([withCells(monitoringSheet(), { I6: null }), selfEvaluationSheet()]))).toContain("执行率 41.67%");
  });

  test("an indicator whose monitoring row has no 原因说明 gets the usual draft, nothing invented", () => {
    const r = withFull({ F13: "45场", H13: 9 });
    const d = r.drafts.find((x) => x.label.includes("开展维权宣传活动"))!;
    expect(d.text).not.toContain("执行监控");
  });
});

describe("the report says, per project, whether its targets match the declaration", () => {
  const sentences = (r: SheetReport) => buildReport([r]).sections[1].sections![1].sections![0].paragraphs;
  test("one sentence: matching, differing, or not compared; none without a 申报表 or 监控表", () => {
    expect(sentences(withFull())).toContain(
      "对照申报表（工作表“项目支出绩效目标申报表”）：申报的绩效指标均已列入自评表，年度指标值与申报一致。",
    );
    const differ = sentences(selfReport(systemExport().sheets)).filter((p) => p.startsWith("对照"));
    expect(differ).toEqual([
      "对照申报表（工作表“项目支出绩效目标申报表”）：11 项申报的指标未列入自评表，如经批准调整，请在报告中说明调整情况。",
    ]);
    expect(sentences(withFull({ E13: "≥45场", D26: "志愿者满意度" })).filter((p) => p.startsWith("对照"))).toEqual([
      "对照申报表（工作表“项目支出绩效目标申报表”）：1 项申报的指标未列入自评表，1 项年度指标值与申报不同，1 项指标未在申报表中，如经批准调整，请在报告中说明调整情况。",
    ]);
    expect(sentences(withFull({ A2: "（2020年度）" }))).toContain(
      "工作簿中的申报表或监控表与本项目的名称或年度不同，未与申报的绩效目标核对。",
    );
    expect(sentences(checkTables(gridOf(selfEvaluationSheet()))[0]).filter((p) => /申报|监控/.test(p))).toEqual([]);
  });
});
