// The recogniser finds tables by their labels, whatever the offsets, spacing and synonyms.
import { checkSheet, fromA1, parseRange, toA1, type CellValue, type Finding } from "../../src/workbook";
import { gridOf, loadExample, withCells, type SheetData } from "../support/fixtures";

const EXAMPLES = ["guangzhou-panyu-2021.js", "central-weiquan-2022.js", "sichuan-peixun-2023.js"].map((n) => loadExample(n).sheets[0]);

/** Moves every cell at or after (row, col) by (dr, dc): inserted rows and columns. */
function insert(sheet: SheetData, atRow: number, dr: number, atCol: number, dc: number): { sheet: SheetData; move: (a1: string) => string } {
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
  const expected = checkSheet(gridOf(base)).findings;
  expect(checkSheet(gridOf(base)).kind).toBe("project");

  test("offsets: rows and columns inserted before the table", () => {
    const { sheet, move } = insert(base, 0, 3, 0, 2);
    sheet.cells.A1 = "附件2";
    sheet.cells.A2 = "填报单位（盖章）：";
    const r = checkSheet(gridOf(sheet));
    expect(r.findings.map((f) => key(f))).toEqual(expected.map((f) => key(f, move)));
  });

  test("a blank column inserted inside the table", () => {
    const { sheet, move } = insert(base, 0, 0, 3, 1);
    expect(checkSheet(gridOf(sheet)).findings.map((f) => key(f))).toEqual(expected.map((f) => key(f, move)));
  });

  test("labels with spaces, line breaks and full-width or ASCII brackets", () => {
    const noisy = relabel(base, (t) =>
      t
        .replace(/^(.)(.)(.*)$/, "$1 $2\n$3")
        .replace(/（/g, "(")
        .replace(/）/g, ")"),
    );
    expect(checkSheet(gridOf(noisy)).findings.map((f) => key(f))).toEqual(expected.map((f) => key(f)));
  });

  test("a sheet of notes is unknown, not a pile of errors", () => {
    const notes: SheetData = { name: "说明", cells: { A1: "填表说明", B3: "分值", C4: "得分" }, merges: [] };
    expect(checkSheet(gridOf(notes)).kind).toBe("unknown");
  });
});

describe("central template variants", () => {
  const central = withCells(EXAMPLES[1], { F11: "已完成。", I17: "租金上涨。", F13: "55场", F14: "520人次", H15: 9.47, H21: 93.59 });

  test("it is clean to begin with", () => {
    expect(checkSheet(gridOf(central)).findings).toEqual([]);
  });

  test("header synonyms map onto one model", () => {
    const variant = withCells(central, { E5: "调整后预算数", F5: "执行数", G5: "权重", H5: "预算执行率", I5: "自评得分", E12: "预期指标值", F12: "完成值", G12: "权重", H12: "自评得分", I12: "偏差原因" });
    const r = checkSheet(gridOf(variant));
    expect(r.findings).toEqual([]);
    expect(r.budget).toMatchObject({ budget: 43.2, executed: 37.24 });
  });

  test("merges lost: blank 一级/二级 cells continue the ones above", () => {
    const r = checkSheet(gridOf({ ...central, merges: central.merges.filter((m) => !/^[BC]1[3-9]/.test(m)) }));
    expect(r.findings).toEqual([]);
    expect(r.table?.kind === "project" && r.table.indicators.map((i) => i.level1)).toEqual([
      "产出指标(50分)", "产出指标(50分)", "产出指标(50分)", "产出指标(50分)", "产出指标(50分)", "效益指标(30分)", "效益指标(30分)", "满意度指标(10分)",
    ]);
  });

  test("an indicator column headed 指标名称 instead of 三级指标", () => {
    const r = checkSheet(gridOf(withCells(central, { D12: "指标名称" })));
    expect(r.kind).toBe("project");
    expect(r.findings).toEqual([]);
  });

  test("the adjusted budget is the denominator, never 年初预算数", () => {
    const r = checkSheet(gridOf(withCells(central, { D6: 100, D7: 100 })));
    expect(r.budget?.budget).toBe(43.2);
  });

  test("'—', '/' and '*' count as blank", () => {
    const r = checkSheet(gridOf(withCells(central, { G7: "*", H7: "/", I7: "-", D8: "—", E8: "/", F8: "*" })));
    expect(r.findings).toEqual([]);
  });

  test("本年财政拨款 and 上年结转资金 are parts of the total", () => {
    const r = checkSheet(gridOf(withCells(central, { A7: "其中：本年财政拨款", E7: 40, F7: 34.04, E8: 3.2, F8: 3.2 })));
    expect(r.findings).toEqual([]);
    expect(r.table?.kind === "project" && r.table.funds?.parts.map((p) => p.label)).toEqual(["其中本年财政拨款", "上年结转资金", "其他资金"]);
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
    const r = checkSheet(gridOf(sheet));
    expect(r.kind).toBe("project");
    expect(r.table?.kind === "project" && r.table.indicators).toHaveLength(8);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
