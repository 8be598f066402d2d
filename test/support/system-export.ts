// A central project library export (domain §7, §8) as readable data: one project's 绩效目标申报表, its
// 绩效目标执行监控表 (14 indicators) and its 自评表 (3 of them kept), beside sheets that are none of these.
// Options give the variations real files show: merged or two-row headers, ✔ √ ✓ 是 ticks, amounts as
// text, other titles, the 申报表's funds as column headers instead of label-value pairs.
import type { CellValue } from "../../src/workbook";
import type { SheetData, WorkbookData } from "./fixtures";

export const PROJECT = "妇女儿童维权服务项目";

/** The 14 indicators: 一级, 二级, 三级, 中期指标值, 年度指标值. */
export const INDICATORS: Array<[string, string, string, string, string]> = [
  ["产出指标", "数量指标", "开展维权宣传活动", "≥150场", "≥50场"],
  ["产出指标", "数量指标", "法律援助服务人次", "≥1500人次", "≥500人次"],
  ["产出指标", "数量指标", "培训基层维权骨干", "≥600人次", "≥200人次"],
  ["产出指标", "数量指标", "接听维权热线", "≥3000个", "≥1000个"],
  ["产出指标", "质量指标", "案件办结率", "≥95%", "≥95%"],
  ["产出指标", "质量指标", "宣传资料发放准确率", "=100%", "=100%"],
  ["产出指标", "质量指标", "培训合格率", "≥90%", "≥90%"],
  ["产出指标", "时效指标", "资金支付及时率", "≥90%", "≥90%"],
  ["产出指标", "时效指标", "活动按计划完成率", "=100%", "=100%"],
  ["产出指标", "成本指标", "项目成本控制", "≤150万元", "≤50万元"],
  ["效益指标", "社会效益指标", "妇女儿童维权意识", "明显提高", "明显提高"],
  ["效益指标", "社会效益指标", "家庭暴力案件发生率", "逐年下降", "下降"],
  ["效益指标", "可持续影响指标", "维权服务机制", "长效运行", "长效运行"],
  ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"],
];

const col = (c: number) => String.fromCharCode(65 + c);

/** Merges for a column of names merged down over runs of the same value (一级, 二级). */
function mergeRuns(values: string[], c: number, firstRow: number): string[] {
  const merges: string[] = [];
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && values[i] === values[start]) continue;
    if (i - 1 > start) merges.push(`${col(c)}${firstRow + start}:${col(c)}${firstRow + i - 1}`);
    start = i;
  }
  return merges;
}

export interface DeclarationOptions {
  title?: string;
  /** Amounts as text ("48.00万元", "1,500,000元"). */
  textAmounts?: boolean;
  /** 中期资金总额 | 年度资金总额 as column headers over 资金总额 · 其中 rows (instead of label-value pairs). */
  columnFunds?: boolean;
  /** A group row 中期指标 | 年度指标 above the indicator header. */
  groups?: boolean;
}

/** The 申报表 as the central export writes it ("项目支出绩效目标表", "( 2020年度)"). */
export function declarationSheet(o: DeclarationOptions = {}, name = "项目支出绩效目标申报表"): SheetData {
  const cells: Record<string, CellValue> = {
    A1: o.title ?? "项目支出绩效目标表",
    A2: "( 2019年度)",
    A3: "项目名称",
    C3: PROJECT,
    A4: "主管部门及代码",
    C4: "[301]某市妇女联合会",
    E4: "实施单位",
    G4: "某市妇女联合会",
    A5: "项目属性",
    C5: "延续项目",
    E5: "项目周期",
    G5: "3年",
  };
  const merges = ["A1:H1", "A2:H2", "A3:B3", "C3:H3", "A4:B4", "C4:D4", "E4:F4", "G4:H4", "A5:B5", "C5:D5", "E5:F5", "G5:H5"];
  let row: number;
  if (o.columnFunds) {
    Object.assign(cells, {
      A6: "项目资金\n（万元）",
      D6: "中期资金总额",
      F6: "年度资金总额",
      C7: "资金总额",
      D7: o.textAmounts ? "150.00" : 150,
      F7: o.textAmounts ? "48.00万元" : 48,
      C8: "其中：财政拨款",
      D8: 150,
      F8: o.textAmounts ? "480,000元" : 48,
      C9: "上年结转资金",
      D9: 0,
      F9: 0,
      C10: "其他资金",
      D10: 0,
      F10: 0,
    });
    merges.push("A6:B10", "D6:E6", "F6:H6", "D7:E7", "F7:H7", "D8:E8", "F8:H8", "D9:E9", "F9:H9", "D10:E10", "F10:H10");
    row = 11;
  } else {
    Object.assign(cells, {
      A6: "项目资金\n（万元）",
      C6: "中期资金总额：",
      D6: o.textAmounts ? "150.00" : 150,
      E6: "年度资金总额：",
      F6: o.textAmounts ? "48.00万元" : 48,
      C7: "其中：财政拨款",
      D7: 150,
      E7: "其中：财政拨款",
      F7: o.textAmounts ? "480,000元" : 48,
      C8: "上年结转资金",
      D8: 0,
      E8: "上年结转资金",
      F8: 0,
      C9: "其他资金",
      E9: "其他资金",
    });
    merges.push("A6:B9", "F6:H6", "F7:H7", "F8:H8", "F9:H9");
    row = 10;
  }
  Object.assign(cells, {
    [`A${row}`]: "总体目标",
    [`B${row}`]: "中期目标（2020年-2022年）",
    [`E${row}`]: "年度目标",
    [`B${row + 1}`]: "三年内开展维权宣传活动不少于150场，提供法律援助服务不少于1500人次。",
    [`E${row + 1}`]: "开展维权宣传活动不少于50场，提供法律援助服务不少于500人次，案件办结率不低于95%。",
  });
  merges.push(`A${row}:A${row + 1}`, `B${row}:D${row}`, `E${row}:H${row}`, `B${row + 1}:D${row + 1}`, `E${row + 1}:H${row + 1}`);
  row += 2;
  if (o.groups) {
    Object.assign(cells, { [`B${row}`]: "中期指标", [`F${row}`]: "年度指标" });
    merges.push(`B${row}:E${row}`, `F${row}:H${row}`);
    row++;
  }
  const header = row;
  Object.assign(cells, {
    [`A${header}`]: "绩效指标",
    [`B${header}`]: "一级指标",
    [`C${header}`]: "二级指标",
    [`D${header}`]: "三级指标",
    [`E${header}`]: "指标值",
    [`F${header}`]: "二级指标",
    [`G${header}`]: "三级指标",
    [`H${header}`]: "指标值",
  });
  INDICATORS.forEach(([l1, l2, n, medium, annual], i) => {
    const r = header + 1 + i;
    const first = i === 0 || INDICATORS[i - 1][0] !== l1;
    const firstL2 = i === 0 || INDICATORS[i - 1][1] !== l2;
    if (first) cells[`B${r}`] = l1;
    if (firstL2) Object.assign(cells, { [`C${r}`]: l2, [`F${r}`]: l2 });
    Object.assign(cells, { [`D${r}`]: n, [`E${r}`]: medium, [`G${r}`]: n, [`H${r}`]: annual });
  });
  merges.push(`A${header}:A${header + INDICATORS.length}`);
  merges.push(
    ...mergeRuns(
      INDICATORS.map((x) => x[0]),
      1,
      header + 1,
    ),
  );
  merges.push(
    ...mergeRuns(
      INDICATORS.map((x) => x[1]),
      2,
      header + 1,
    ),
    ...mergeRuns(
      INDICATORS.map((x) => x[1]),
      5,
      header + 1,
    ),
  );
  return { name, cells, merges };
}

export interface MonitoringOptions {
  title?: string;
  /** What a tick is written as. */
  tick?: string;
  textAmounts?: boolean;
  /** 完成目标可能性 as one column naming the likelihood in words, not three tick columns. */
  likelihoodWords?: boolean;
}

/** The 监控表 as the central export writes it ("项目支出绩效目标执行监控表", "( 2019年度)"), 14 indicators. */
export function monitoringSheet(o: MonitoringOptions = {}, name = "目标执行监控"): SheetData {
  const tick = o.tick ?? "✔";
  const cells: Record<string, CellValue> = {
    A1: o.title ?? "项目支出绩效目标执行监控表",
    A2: "( 2019年度)",
    A3: "项目名称",
    C3: PROJECT,
    A4: "主管部门及代码",
    C4: "[301]某市妇女联合会",
    I4: "实施单位",
    K4: "某市妇女联合会",
    A5: "项目资金\n（万元）",
    E5: "年初预算数",
    G5: "1-7月执行数",
    I5: "1-7月执行率",
    K5: "全年预计执行数",
    C6: "年度资金总额",
    E6: o.textAmounts ? "48.00" : 48,
    G6: o.textAmounts ? "200,000元" : 20,
    I6: o.textAmounts ? "41.67%" : 0.4167,
    K6: o.textAmounts ? "48.00万元" : 48,
    C7: "财政拨款",
    E7: 48,
    G7: 20,
    I7: 0.4167,
    K7: 48,
    C8: "上年结转",
    C9: "其他资金",
    A10: "年度总体目标",
    C10: "开展维权宣传活动不少于50场，提供法律援助服务不少于500人次，案件办结率不低于95%。",
    A11: "一级指标",
    B11: "二级指标",
    C11: "三级指标",
    D11: "年度\n指标值",
    E11: "1-7月\n执行数",
    F11: "全年预计\n执行数",
    G11: "偏差原因分析",
    G12: "经费保障",
    H12: "制度保障",
    I12: "人员保障",
    J12: "硬件条件保障",
    K12: "其他",
    L12: "原因说明",
    M11: "完成目标可能性",
    P11: "备注",
  };
  const formats: Record<string, string> = o.textAmounts ? {} : { I6: "0.00%", I7: "0.00%" };
  const merges = [
    "A1:P1",
    "A2:P2",
    "A3:B3",
    "C3:P3",
    "A4:B4",
    "C4:H4",
    "I4:J4",
    "K4:P4",
    "A5:B9",
    "C5:D5",
    "E5:F5",
    "G5:H5",
    "I5:J5",
    "K5:L5",
    "C6:D6",
    "E6:F6",
    "G6:H6",
    "I6:J6",
    "K6:L6",
    "A10:B10",
    "C10:P10",
    "A11:A12",
    "B11:B12",
    "C11:C12",
    "D11:D12",
    "E11:E12",
    "F11:F12",
    "G11:L11",
    "P11:P12",
  ];
  if (o.likelihoodWords) merges.push("M11:O12");
  else {
    Object.assign(cells, { M12: "确定能", N12: "有可能", O12: "完全不可能" });
    merges.push("M11:O11");
  }
  const midYear = ["30场", "260人次", "80人次", "640个", "90%", "100%", "92%", "45%", "50%", "20万元", "有所提高", "下降", "建立", "93%"];
  const forecast = [
    "55场",
    "520人次",
    "160人次",
    "1100个",
    "95%",
    "100%",
    "92%",
    "95%",
    "100%",
    "48万元",
    "明显提高",
    "下降",
    "长效运行",
    "93%",
  ];
  INDICATORS.forEach(([l1, l2, n, , annual], i) => {
    const r = 13 + i;
    if (i === 0 || INDICATORS[i - 1][0] !== l1) cells[`A${r}`] = l1;
    if (i === 0 || INDICATORS[i - 1][1] !== l2) cells[`B${r}`] = l2;
    Object.assign(cells, { [`C${r}`]: n, [`D${r}`]: annual, [`E${r}`]: midYear[i], [`F${r}`]: forecast[i] });
    // 培训基层维权骨干 will fall short: funds arrive late, and the unit says why.
    const likely = i === 2 ? "完全不可能" : i === 7 ? "有可能" : "确定能";
    if (o.likelihoodWords) {
      cells[`M${r}`] = likely;
      merges.push(`M${r}:O${r}`);
    } else cells[`${likely === "确定能" ? "M" : likely === "有可能" ? "N" : "O"}${r}`] = tick;
    if (i === 2) Object.assign(cells, { [`G${r}`]: tick, [`J${r}`]: tick, [`L${r}`]: "培训经费下半年才到位，场地不足。" });
    if (i === 7) Object.assign(cells, { [`H${r}`]: tick, [`L${r}`]: "部分资金待项目验收后支付。", [`P${r}`]: "9月验收" });
  });
  merges.push(
    ...mergeRuns(
      INDICATORS.map((x) => x[0]),
      0,
      13,
    ),
    ...mergeRuns(
      INDICATORS.map((x) => x[1]),
      1,
      13,
    ),
  );
  return { name, cells, merges, formats };
}

/** The merges of a 自评表's title, funds and 年度总体目标 rows (1–11), the same however many indicators follow. */
const HEAD_MERGES = [
  "A1:I1",
  "A2:I2",
  "A3:B3",
  "C3:I3",
  "A5:C5",
  "A6:C6",
  "A7:C7",
  "A8:C8",
  "A9:C9",
  "A10:A11",
  "B10:E10",
  "F10:I10",
  "B11:E11",
  "F11:I11",
];

/** The 自评表 of the export: the central template with 3 of the 14 indicators kept (the rest deleted). */
export function selfEvaluationSheet(name = "项目支出绩效自评表"): SheetData {
  return {
    name,
    cells: {
      A1: "项目支出绩效自评表",
      A2: "（2019年度）",
      A3: "项目名称",
      C3: PROJECT,
      A4: "主管部门",
      C4: "某市妇女联合会",
      F4: "实施单位",
      G4: "某市妇女联合会",
      A5: "项目资金（万元）",
      D5: "年初预算数",
      E5: "全年预算数",
      F5: "全年执行数",
      G5: "分值",
      H5: "执行率",
      I5: "得分",
      A6: "年度资金总额",
      D6: 48,
      E6: 48,
      F6: 46,
      G6: 10,
      H6: 0.9583,
      I6: 9.58,
      A7: "其中：当年财政拨款",
      D7: 48,
      E7: 48,
      F7: 46,
      A8: "上年结转资金",
      A9: "其他资金",
      A10: "年度总体目标",
      B10: "预期目标",
      F10: "实际完成情况",
      B11: "开展维权宣传活动不少于50场，提供法律援助服务不少于500人次。",
      F11: "开展维权宣传活动55场，提供法律援助服务520人次。",
      A12: "绩效指标",
      B12: "一级指标",
      C12: "二级指标",
      D12: "三级指标",
      E12: "年度指标值",
      F12: "实际完成值",
      G12: "分值",
      H12: "得分",
      I12: "偏差原因分析及改进措施",
      B13: "产出指标",
      C13: "数量指标",
      D13: "开展维权宣传活动",
      E13: "≥50场",
      F13: "55场",
      G13: "40.0",
      H13: 40,
      D14: "培训基层维权骨干",
      E14: "≥200人次",
      F14: "150人次",
      G14: "30.0",
      H14: 22.5,
      I14: "培训经费下半年才到位。",
      B15: "满意度指标",
      C15: "服务对象满意度指标",
      D15: "服务对象满意度",
      E15: "≥90%",
      F15: 0.93,
      G15: "20.0",
      H15: 20,
      A16: "总分",
      G16: 100,
      H16: 92.08,
    },
    merges: [...HEAD_MERGES, "A12:A15", "B13:B14", "C13:C14", "A16:F16"],
    formats: { H6: "0.00%", F15: "0%" },
  };
}

/** Sheets of the export that are none of the three tables; one looks like an indicator list but is not a table. */
export function otherSheets(): SheetData[] {
  return [
    { name: "项目基本信息", cells: { A1: "项目名称", B1: PROJECT, A2: "项目类别", B2: "延续项目" }, merges: [] },
    {
      name: "绩效指标库",
      cells: {
        A1: "一级指标",
        B1: "二级指标",
        C1: "三级指标",
        D1: "指标解释",
        E1: "评分标准",
        A2: "产出指标",
        B2: "数量指标",
        C2: "开展维权宣传活动",
        D2: "全年开展的宣传活动场次",
        E2: "完成得满分，未完成按比例扣分",
      },
      merges: [],
    },
  ];
}

/** The whole export: 项目基本信息, 申报表, 监控表, 自评表, an indicator list. */
export function systemExport(d: DeclarationOptions = {}, m: MonitoringOptions = {}): WorkbookData {
  const [info, library] = otherSheets();
  return { file: "system-export.xlsx", sheets: [info, declarationSheet(d), monitoringSheet(m), selfEvaluationSheet(), library] };
}

/** Each indicator's 分值 in a 自评表 that keeps all 14 (90 in all, with 10 for the budget). */
const FULL_WEIGHTS = [10, 5, 10, 5, 5, 5, 5, 5, 5, 5, 10, 5, 5, 10];
/** The year-end results: the mid-year forecast came true (培训基层维权骨干 fell short, as monitoring said). */
export const YEAR_END = [
  "55场",
  "520人次",
  "160人次",
  "1100个",
  "95%",
  "100%",
  "92%",
  "95%",
  "100%",
  "48万元",
  "明显提高",
  "下降",
  "长效运行",
  "93%",
];

/** The export's 自评表 as it should be: all 14 declared indicators, rows 13 to 26, 总分 in row 27. */
export function fullSelfEvaluationSheet(changes: Record<string, CellValue> = {}, name = "项目支出绩效自评表"): SheetData {
  const base = selfEvaluationSheet(name);
  const cells: Record<string, CellValue> = {};
  for (const [a1, v] of Object.entries(base.cells)) if (Number(/\d+$/.exec(a1)![0]) <= 12) cells[a1] = v;
  let sum = 0;
  INDICATORS.forEach(([l1, l2, n, , annual], i) => {
    const r = 13 + i;
    const score = i === 2 ? 8 : FULL_WEIGHTS[i];
    sum += score;
    if (i === 0 || INDICATORS[i - 1][0] !== l1) cells[`B${r}`] = l1;
    if (i === 0 || INDICATORS[i - 1][1] !== l2) cells[`C${r}`] = l2;
    Object.assign(cells, { [`D${r}`]: n, [`E${r}`]: annual, [`F${r}`]: YEAR_END[i], [`G${r}`]: FULL_WEIGHTS[i], [`H${r}`]: score });
  });
  Object.assign(cells, { I15: "培训经费下半年才到位，场地不足。", A27: "总分", G27: 100, H27: Math.round((9.58 + sum) * 100) / 100 });
  return {
    name,
    cells: { ...cells, ...changes },
    merges: [...HEAD_MERGES, "A12:A26", "A27:F27"],
    formats: { H6: "0.00%" },
  };
}
