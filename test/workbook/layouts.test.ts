// The recogniser finds tables by their labels, whatever the offsets, spacing and synonyms.
import { fromA1, parseRange, toA1, type CellValue, type Finding } from "../../src/workbook";
import { LAYOUT_EXAMPLES, gridOf, loadExample, withCells, type SheetData, checkOne } from "../support/fixtures";

const EXAMPLES = Object.values(LAYOUT_EXAMPLES).map((n) => loadExample(n).sheets[0]);

/** Moves every cell at or after (row, col) by (dr, dc): inserted rows and columns. */
function insert(
  sheet: SheetData,
  atRow: number,
  dr: number,
  atCol: number,
  dc: number,
): { sheet: SheetData; move: (a1: string) => string } {
  const move = (a1: string) => {
    const { row, col } = fromA1(a1);
    return toA1(row >= atRow ? row + dr : row, col >= atCol ? col + dc : col);
  };
  const cells: Record<string, CellValue> = {};
  for (const [a1, v] of Object.entries(sheet.cells)) cells[move(a1)] = v;
  const formats: Record<string, string> = {};
  for (const [a1, f] of Object.entries(sheet.formats ?? {})) formats[move(a1)] = f;
  const merges = sheet.merges.map((m) => {
    const a = parseRange(m);
    return `${move(toA1(a.top, a.left))}:${move(toA1(a.bottom, a.right))}`;
  });
  return { sheet: { ...sheet, cells, formats, merges }, move };
}

function relabel(sheet: SheetData, change: (text: string) => string): SheetData {
  const cells: Record<string, CellValue> = {};
  for (const [a1, v] of Object.entries(sheet.cells)) cells[a1] = typeof v === "string" && v.length <= 12 ? change(v) : v;
  return { ...sheet, cells };
}

const key = (f: Finding, move: (a1: string) => string = (a) => a) => `${f.rule}|${f.severity}|${move(f.cell)}`;

describe.each(EXAMPLES.map((s) => [s.name, s] as const))("%s", (_name, base) => {
  const expected = checkOne(gridOf(base)).findings;
  expect(checkOne(gridOf(base)).kind).toBe("project");

  test("offsets: rows and columns inserted before the table", () => {
    const { sheet, move } = insert(base, 0, 3, 0, 2);
    sheet.cells.A1 = "附件2";
    sheet.cells.A2 = "填报单位（盖章）：";
    const r = checkOne(gridOf(sheet));
    expect(r.findings.map((f) => key(f))).toEqual(expected.map((f) => key(f, move)));
  });

  test("a blank column inserted inside the table", () => {
    const { sheet, move } = insert(base, 0, 0, 3, 1);
    expect(checkOne(gridOf(sheet)).findings.map((f) => key(f))).toEqual(expected.map((f) => key(f, move)));
  });

  test("labels with spaces, line breaks and full-width or ASCII brackets", () => {
    const noisy = relabel(base, (t) =>
      t
        .replace(/^(.)(.)(.*)$/, "$1 $2\n$3")
        .replace(/（/g, "(")
        .replace(/）/g, ")"),
    );
    expect(checkOne(gridOf(noisy)).findings.map((f) => key(f))).toEqual(expected.map((f) => key(f)));
  });

  test("a sheet of notes is unknown, not a pile of errors", () => {
    const notes: SheetData = { name: "说明", cells: { A1: "填表说明", B3: "分值", C4: "得分" }, merges: [] };
    expect(checkOne(gridOf(notes)).kind).toBe("unknown");
  });
});

describe("central template variants", () => {
  const central = withCells(loadExample(LAYOUT_EXAMPLES.central).sheets[0], {
    F11: "已完成。",
    I17: "租金上涨。",
    F13: "55场",
    F14: "520人次",
    H15: 9.47,
    H21: 93.59,
  });

  test("it is clean to begin with", () => {
    expect(checkOne(gridOf(central)).findings).toEqual([]);
  });

  test("header synonyms map onto one model", () => {
    const variant = withCells(central, {
      E5: "调整后预算数",
      F5: "执行数",
      G5: "权重",
      H5: "预算执行率",
      I5: "自评得分",
      E12: "预期指标值",
      F12: "完成值",
      G12: "权重",
      H12: "自评得分",
      I12: "偏差原因",
    });
    const r = checkOne(gridOf(variant));
    expect(r.findings).toEqual([]);
    expect(r.budget).toMatchObject({ budget: 43.2, executed: 37.24 });
  });

  test("merges lost: blank 一级/二级 cells continue the ones above", () => {
    const r = checkOne(gridOf({ ...central, merges: central.merges.filter((m) => !/^[BC]1[3-9]/.test(m)) }));
    expect(r.findings).toEqual([]);
    expect(r.model?.kind === "project" && r.model.indicators.map((i) => i.level1)).toEqual([
      "产出指标(50分)",
      "产出指标(50分)",
      "产出指标(50分)",
      "产出指标(50分)",
      "产出指标(50分)",
      "效益指标(30分)",
      "效益指标(30分)",
      "满意度指标(10分)",
    ]);
  });

  test("an indicator column headed 指标名称 instead of 三级指标", () => {
    const r = checkOne(gridOf(withCells(central, { D12: "指标名称" })));
    expect(r.kind).toBe("project");
    expect(r.findings).toEqual([]);
  });

  test("the adjusted budget is the denominator, never 年初预算数", () => {
    const r = checkOne(gridOf(withCells(central, { D6: 100, D7: 100 })));
    expect(r.budget?.budget).toBe(43.2);
  });

  test("'—', '/' and '*' count as blank", () => {
    const r = checkOne(gridOf(withCells(central, { G7: "*", H7: "/", I7: "-", D8: "—", E8: "/", F8: "*" })));
    expect(r.findings).toEqual([]);
  });

  test("本年财政拨款 and 上年结转资金 are parts of the total", () => {
    const r = checkOne(gridOf(withCells(central, { A7: "其中：本年财政拨款", E7: 40, F7: 34.04, E8: 3.2, F8: 3.2 })));
    expect(r.findings).toEqual([]);
    expect(r.model?.kind === "project" && r.model.funds?.parts.map((p) => p.label)).toEqual([
      "其中本年财政拨款",
      "上年结转资金",
      "其他资金",
    ]);
  });

  test("a two-row indicator header", () => {
    // The header row 12 moves to 13; row 12 becomes the upper header row: 绩效指标 over 一级/二级/三级,
    // and the other headers span both rows.
    const { sheet } = insert(central, 11, 1, 0, 0);
    for (const col of ["E", "F", "G", "H", "I"]) {
      sheet.cells[`${col}12`] = sheet.cells[`${col}13`];
      delete sheet.cells[`${col}13`];
      sheet.merges.push(`${col}12:${col}13`);
    }
    sheet.cells.B12 = "绩效指标";
    sheet.merges.push("B12:D12");
    const r = checkOne(gridOf(sheet));
    expect(r.kind).toBe("project");
    expect(r.model?.kind === "project" && r.model.indicators).toHaveLength(8);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

test("a messy filled-in central table as units really send them", () => {
  const sheet: SheetData = {
    name: "附件2-自评表",
    cells: {
      A1: "附件2",
      A2: "项目支出绩效自评表",
      A3: "（ 2023 年度）",
      A4: "项目名称：",
      C4: "巾帼家政培训项目 ",
      A5: "主管部门",
      C5: "某县妇联",
      F5: "实施单位",
      G5: "某县妇联",
      A6: "项目资金\n（万元）",
      C6: " 年初预算数 ",
      D6: "全年预算数\n（A）",
      E6: "全年执行数\n（B）",
      F6: "分 值",
      G6: "执行率\n（B/A）",
      H6: "得 分",
      B7: "年度资金总额：",
      C7: "30",
      D7: 28.6,
      E7: 27.95,
      F7: 10,
      G7: 0.9773,
      H7: 9.77,
      B8: "  其中：本年财政拨款",
      C8: 30,
      D8: 28.6,
      E8: 27.95,
      F8: "—",
      G8: "—",
      H8: "—",
      B9: "上年结转资金",
      F9: "—",
      G9: "—",
      H9: "—",
      B10: "其他资金",
      F10: "—",
      G10: "—",
      H10: "—",
      A11: "年度\n总体\n目标",
      B11: "预期目标",
      F11: "实际完成情况",
      B12: "开展家政技能培训不少于500人次。",
      F12: "开展培训12期，培训612人次。",
      A13: "绩\n效\n指\n标",
      B13: "一级指标",
      C13: "二级指标",
      D13: "三级指标",
      E13: "年度指标值（A）",
      F13: "实际完成值（B）",
      G13: "分值",
      H13: "得分",
      I13: "偏差原因分析及改进措施",
      B14: "产出指标\n（50分）",
      C14: "数量\n指标",
      D14: "指标1：培训人次",
      E14: "≥ 500 人次",
      F14: "612人次",
      G14: 20,
      H14: 20,
      I14: "报名踊跃，增开2期。",
      C15: "质量指标",
      D15: "指标1：培训合格率",
      E15: "95%以上",
      F15: 0.97,
      G15: 15,
      H15: 15,
      C16: "时效\n指标",
      D16: "指标1：补贴发放时限",
      E16: "≤ 3 个工作日",
      F16: "2个工作日",
      G16: 10,
      H16: 10,
      C17: "成本指标",
      D17: "指标1：完成时间",
      E17: "2023年12月底前",
      F17: "2023年12月20日",
      G17: 5,
      H17: 5,
      B18: "效益\n指标\n（30分）",
      C18: "社会效益",
      D18: "指标1：妇女就业能力",
      E18: "有效提升",
      F18: "达到预期目标",
      G18: 20,
      H18: 20,
      C19: "可持续影响",
      D19: "指标1：培训基地运行",
      E19: "长期",
      F19: "正常运行",
      G19: 10,
      H19: 10,
      B20: "满意度指标（10分）",
      C20: "服务对象满意度指标",
      D20: "指标1：学员满意度",
      E20: "≥90%",
      F20: "92.5%",
      G20: 10,
      H20: 10,
      A21: "总  分",
      G21: 100,
      H21: 99.77,
    },
    merges: [
      "A2:I2",
      "A3:I3",
      "A4:B4",
      "C4:I4",
      "A5:B5",
      "C5:E5",
      "G5:I5",
      "A6:A10",
      "A11:A12",
      "B11:E11",
      "F11:I11",
      "B12:E12",
      "F12:I12",
      "A13:A20",
      "B14:B17",
      "B18:B19",
      "A21:F21",
      "I6:I10",
    ],
    formats: { G7: "0.00%", F15: "0%" },
  };
  const r = checkOne(gridOf(sheet));
  expect(r.kind).toBe("project");
  expect(r.projectName).toBe("巾帼家政培训项目");
  expect(r.model?.kind === "project" && r.model.year).toBe(2023);
  expect(r.model?.kind === "project" && r.model.indicators.map((i) => i.level2)).toEqual([
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "社会效益",
    "可持续影响",
    "服务对象满意度指标",
  ]);
  expect(r.budget).toMatchObject({ budget: 28.6, executed: 27.95, score: 9.77 });
  expect(r.total).toEqual({ score: 99.77, printed: 99.77 });
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
});
