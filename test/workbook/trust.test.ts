// Never wrong silently: formulas without results, error values, several tables on one sheet, caps as
// one fact, no cascades after a missing column, and advice that converges. Each case built from data,
// the properties over random tables.
import fc from "fast-check";
import { nodeFormulaEngine } from "../../src/formula/node";
import { PROFILES, scoreIndicator } from "../../src/scoring";
import {
  checkTables,
  completeFormulas,
  fromA1,
  gridWithWrites,
  planFixes,
  type CellValue,
  type FormulaEngine,
  type Grid,
  type SheetReport,
} from "../../src/workbook";
import { checkOne, gridOf, gridOfFormulas, gridWithCells, loadExample, withCells } from "../support/fixtures";
import { CLEAN_CENTRAL, CLEAN_DEPARTMENT } from "../support/rule-cases";
import { randomTable, sheetOf } from "../support/random-table";
import { mulberry32 as prng } from "../../src/workbook";

let engine: FormulaEngine;
beforeAll(async () => {
  const e = await nodeFormulaEngine();
  if (!e) throw new Error("the formula engine did not load");
  engine = e;
});

const computed = (grid: Grid) => completeFormulas([grid], engine)[0];
const rules = (r: SheetReport) => r.findings.map((f) => `${f.rule}@${f.cell}`).sort();

/** What the rules would say of a value as written, for building tables whose printed scores are right. */
function ruleScore(target: CellValue, actual: CellValue, format: string | undefined, weight: number): number | null {
  const a = format?.includes("%") && typeof actual === "number" ? `${Math.round(actual * 10000) / 100}%` : actual;
  const r = scoreIndicator(target, a, weight, PROFILES.central);
  return r.ok ? r.score : null;
}

describe("formulas the file kept no result for", () => {
  test("are computed, never read as blank: the findings equal those of the same table written as values", () => {
    const central = loadExample("central-weiquan-2022.js").sheets[0];
    const asFormulas = {
      ...central,
      cells: {
        ...central.cells,
        E6: { formula: "SUM(E7:E9)" },
        H6: { formula: "F6/E6" },
        I6: { formula: "ROUND(MIN(H6,1)*G6,2)" },
        H16: { formula: "IF(F16>=1,G16,F16*G16)" },
        H21: { formula: "SUM(I6,H13:H20)" },
      },
    };
    const fromFormulas = checkOne(computed(gridOfFormulas(asFormulas)));
    const fromValues = checkOne(gridOf(central));
    const noFix = (r: SheetReport) => r.findings.map(({ fix: _fix, ...f }) => f);
    expect(noFix(fromFormulas)).toEqual(noFix(fromValues));
    // A cell that holds a formula is fixed with a formula: the total stays =SUM(…).
    expect(fromFormulas.findings.find((f) => f.rule === "total.sum")?.fix).toEqual({ value: 93.59, formula: "SUM(I6,H13:H20)" });
    expect(fromValues.findings.find((f) => f.rule === "total.sum")?.fix).toEqual({ value: 93.59 });
    expect(fromFormulas.total).toEqual(fromValues.total);
    expect(fromFormulas.budget).toEqual({ ...fromValues.budget, rate: 37.24 / 43.2 });
  });

  test("cross-sheet references and text numbers compute as a spreadsheet does", () => {
    const grids = [
      gridOfFormulas({
        name: "自评表",
        cells: { A1: { formula: "'基本 信息'!A1*2" }, A2: { formula: "A3+1" }, A3: "0.0", A4: { formula: "ROUND(2.675,2)" } },
        merges: [],
      }),
      gridOfFormulas({ name: "基本 信息", cells: { A1: 5 }, merges: [] }),
    ];
    const [g] = completeFormulas(grids, engine);
    expect([g.value(0, 0), g.value(1, 0), g.value(3, 0)]).toEqual([10, 1, 2.68]);
    expect(g.cell(0, 0)?.computed).toBe(true);
  });

  test("one it cannot compute is one finding at that cell, and no advice follows from it", () => {
    const t = { ...CLEAN_CENTRAL, cells: { ...CLEAN_CENTRAL.cells, H13: { formula: "JX.SCORE(E13,F13,G13)" } } };
    const r = checkOne(computed(gridOfFormulas(t)));
    expect(r.findings.find((f) => f.rule === "formula.uncomputed" && f.cell === "H13")?.message).toMatch(/无法计算.*未校验/);
    // No score advice at H13 and no total that leaves H13 out; only the note that JX formulas remain.
    expect(r.findings.filter((f) => f.cell === "H13").map((f) => f.rule)).toEqual(["formula.uncomputed", "formula.jx"]);
    expect(r.findings.filter((f) => f.rule.startsWith("total."))).toEqual([]);
    expect(r.findings.filter((f) => f.fix && /请改为/.test(f.message))).toEqual([]);
  });

  test("without an engine nothing is guessed: every uncomputed cell is reported, none read as blank", () => {
    const t = { ...CLEAN_CENTRAL, cells: { ...CLEAN_CENTRAL.cells, H6: { formula: "F6/E6" }, H21: { formula: "SUM(I6,H13:H20)" } } };
    const r = checkOne(gridOfFormulas(t));
    expect(rules(r)).toEqual(["formula.uncomputed@H21", "formula.uncomputed@H6"]);
    expect(r.total?.score).toBe(93.59);
  });
});

describe("error values are not blanks", () => {
  test("a 总分 of =I11+#REF!+… is a broken formula with the SUM it should be, not a missing total", () => {
    const g = gridWithCells(CLEAN_CENTRAL, { H21: { error: "#REF!", formula: "I6+#REF!+#REF!+H15+H16" } });
    const r = checkOne(g);
    expect(r.findings.map((f) => f.rule)).toEqual(["formula.error"]);
    const f = r.findings[0];
    expect(f).toMatchObject({ cell: "H21", severity: "error", fix: { formula: "SUM(I6,H13:H20)", value: 93.59 } });
    expect(f.message).toMatch(/#REF!.*引用了已删除的行.*=SUM\(I6,H13:H20\)/);
    expect(r.total).toEqual({ score: 93.59, printed: null, printedError: "#REF!" });
  });

  test("an error in a figure the arithmetic needs silences what depends on it", () => {
    const r = checkOne(gridWithCells(CLEAN_CENTRAL, { E6: { error: "#VALUE!", formula: "E7+E8" } }));
    expect(rules(r)).toEqual(["formula.error@E6"]);
    expect(r.budget?.rate).toBeNull();
    expect(r.total?.score).toBeNull();
  });

  test("weights and scores typed as text are numbers", () => {
    const r = checkOne(gridOf(withCells(CLEAN_CENTRAL, { G16: "5", H16: "5.0", G6: "10" })));
    expect(r.findings).toEqual([]);
  });
});

describe("several tables on one sheet", () => {
  test("each is recognised and reported with its own name, budget, total and findings", () => {
    const rnd = prng(42);
    const first = randomTable(rnd, ruleScore, { name: "第一个项目", scores: "rule" });
    const second = randomTable(rnd, ruleScore, { offset: first.lastRow + 3, name: "第二个项目", scores: "random" });
    const both = checkTables(gridOf(sheetOf("两个项目", [first, second])));
    expect(both.map((r) => [r.kind, r.table, r.projectName])).toEqual([
      ["project", 1, "第一个项目"],
      ["project", 2, "第二个项目"],
    ]);
    // Each table alone gives the same figures and findings as it does beside the other.
    const alone1 = checkOne(gridOf(sheetOf("两个项目", [first])));
    const alone2 = checkOne(gridOf(sheetOf("两个项目", [second])));
    for (const [together, alone] of [
      [both[0], alone1],
      [both[1], alone2],
    ]) {
      expect(together.findings).toEqual(alone.findings);
      expect([together.budget, together.total, together.grade]).toEqual([alone.budget, alone.total, alone.grade]);
    }
    expect([both[0].range, both[1].range]).toEqual([`A1:I${second.firstRow - 1}`, `A${second.firstRow}:I${second.lastRow}`]);
  });
});

describe("one rule, one answer", () => {
  test("a department item above its points counts at its points in every figure", () => {
    // F13 (合理性, 5 points) scored 6 and a total that adds the 6.
    const r = checkOne(gridOf(withCells(CLEAN_DEPARTMENT, { F13: 6, F45: 103.4 })));
    const over = r.findings.find((f) => f.rule === "dept.item-over")!;
    expect(over.message).toMatch(/最多为 5/);
    expect(r.total?.score).toBe(102.4);
    const total = r.findings.find((f) => f.rule === "dept.total")!;
    expect(total.message).toContain("102.4");
    expect(total.fix).toEqual({ value: 102.4 });
    // Applying both fixes leaves nothing for either rule.
    const fixed = checkOne(gridWithWrites(gridOf(withCells(CLEAN_DEPARTMENT, { F13: 6, F45: 103.4 })), planFixes(r)));
    expect(fixed.findings.filter((f) => f.rule.startsWith("dept."))).toEqual([]);
  });

  test("an over-achieved indicator is one finding with both pieces of advice", () => {
    const r = checkOne(gridOf(withCells(CLEAN_CENTRAL, { F13: "62场" })));
    const about = r.findings.filter((f) => ["E13", "F13"].includes(f.cell));
    expect(about.map((f) => f.rule)).toEqual(["indicator.over-achievement"]);
    expect(about[0].message).toMatch(/124%.*说明超额原因.*目标值可能定得偏低/);
  });
});

describe("no cascades", () => {
  test.each(["得分", "实际完成值", "分值"] as const)(
    "a table without its %s column gets that one finding, no follow-on arithmetic",
    (drop) => {
      const t = randomTable(prng(7), ruleScore, { scores: "random", drop });
      const r = checkOne(gridOf(sheetOf("缺栏", [t])));
      // With the column there, the same table does have arithmetic to report.
      const whole = checkOne(gridOf(sheetOf("缺栏", [randomTable(prng(7), ruleScore, { scores: "random" })])));
      expect(whole.findings.filter((f) => /^(total\.|indicator\.)/.test(f.rule)).length).toBeGreaterThan(0);
      expect(r.findings.filter((f) => f.rule === "layout.missing-column").map((f) => f.message)).toEqual([expect.stringContaining(drop)]);
      const arithmetic = r.findings.filter((f) =>
        /^(total\.|indicator\.(score|band|over-weight|deviation|target|actual)|weights\.sum)/.test(f.rule),
      );
      expect(arithmetic).toEqual([]);
    },
  );
});

/** The blank central export: no fund rows, every 分值 typed "0.0", scores and 总分 as the unit typed them. */
const NO_FUND_ROWS = Object.fromEntries(["A", "D", "E", "F", "G", "H", "I"].flatMap((c) => [6, 7, 8, 9].map((r) => [`${c}${r}`, null])));
const ZERO_WEIGHTS = Object.fromEntries([13, 14, 15, 16, 17, 18, 19, 20].map((r) => [`G${r}`, "0.0"]));
const severityRank = { info: 0, warning: 1, error: 2 } as const;

describe("a consequence is not a new fact", () => {
  test("a total that adds up the printed scores, off only by a rounding warning, is a warning naming that cell", () => {
    // H15 printed 9 where the rules give 9.47 (a rounding warning); the 总分 93.12 adds up what is printed.
    const r = checkOne(gridOf(withCells(CLEAN_CENTRAL, { H15: 9, H21: 93.12 })));
    const total = r.findings.find((f) => f.rule === "total.sum")!;
    expect(total).toEqual(expect.objectContaining({ severity: "warning", cell: "H21", fix: { value: 93.59 } }));
    expect(total.message).toBe(
      "总分写为 93.12，等于表中各项得分之和；与按规则计算的 93.59 不同，只因 H15 的得分有舍入差异（见该处提示）：这些得分改正后，总分建议写为 93.59。",
    );
    expect(r.findings.find((f) => f.cell === "H15")).toEqual(expect.objectContaining({ rule: "indicator.score", severity: "warning" }));
    // Two rounding warnings, the budget's among them; a total printed to whole points adds them up too.
    const two = checkOne(gridOf(withCells(CLEAN_CENTRAL, { I6: 9, H15: 9, H21: 93 })));
    expect(two.findings.find((f) => f.rule === "total.sum")).toEqual(
      expect.objectContaining({ severity: "warning", message: expect.stringContaining("只因 I6、H15 的得分有舍入差异") }),
    );
  });

  test("one wrong score among the causes keeps the total an error, and names every cell", () => {
    const r = checkOne(gridOf(withCells(CLEAN_CENTRAL, { H15: 9, H16: 4, H21: 92.12 })));
    const total = r.findings.find((f) => f.rule === "total.sum")!;
    expect(total.severity).toBe("error");
    expect(total.message).toContain("是因为 H15、H16 的得分须改正");
    expect(total.fix).toEqual({ value: 93.59 });
  });

  test("a total that does not add up the printed scores is an addition error, as before", () => {
    const r = checkOne(gridOf(withCells(CLEAN_CENTRAL, { H15: 9, H21: 95 })));
    expect(r.findings.find((f) => f.rule === "total.sum")).toEqual(
      expect.objectContaining({ severity: "error", message: "总分写为 95，但按规则各项得分之和为 93.59：请改为 93.59。" }),
    );
  });

  test("a total that adds up a score the rules could not compute is not judged (the indicator's finding says why)", () => {
    const r = checkOne(gridOf(withCells(CLEAN_CENTRAL, { F19: "详见附件" })));
    expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["indicator.actual@F19"]);
    // Not adding up is still an addition error.
    const off = checkOne(gridOf(withCells(CLEAN_CENTRAL, { F19: "详见附件", H21: 95 })));
    expect(off.findings.filter((f) => f.rule === "total.sum")).toHaveLength(1);
  });

  test("over random tables the total's finding is never more severe than the score findings it names", () => {
    let named = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom("rounded", "random"), (seed, scores) => {
        const r = checkOne(gridOf(sheetOf("随机", [randomTable(prng(seed), ruleScore, { scores: scores as "rounded" })])));
        const total = r.findings.find((f) => f.rule === "total.sum");
        const cells = /(?:只因|是因为) (\S+) 的得分/.exec(total?.message ?? "")?.[1].split("、");
        if (!total || !cells) return;
        named++;
        const causes = r.findings.filter((f) => cells.includes(f.cell) && /^(budget|indicator)\.(score|over-weight|band)$/.test(f.rule));
        expect(causes.map((f) => f.cell).sort()).toEqual([...cells].sort());
        expect(severityRank[total.severity]).toBe(Math.max(...causes.map((f) => severityRank[f.severity])));
      }),
      { numRuns: 100, seed: 20261127 },
    );
    expect(named).toBeGreaterThan(50);
  });

  test("weights that are all 0 are one weights.sum error: no per-family warnings, no score or total advice from them", () => {
    const r = checkOne(gridOf(withCells(CLEAN_CENTRAL, ZERO_WEIGHTS)));
    expect(r.findings.map((f) => `${f.severity} ${f.rule}@${f.cell}`)).toEqual(["error weights.sum@G21"]);
    expect(r.findings[0].message).toBe(
      "除预算执行率 10 分外，8 项绩效指标的分值为 0，很可能是未填分值的空白导出表（分值显示为“0.0”）：请在“分值”栏填写各项指标的分值，使合计为 100。分值填好之前，得分和总分无从核对，本次未核对。",
    );
    expect(r.total?.score).toBeNull();
    // The blank export: no fund rows either — the missing rows and the zero weights, once each.
    const blank = checkOne(gridOf(withCells(CLEAN_CENTRAL, { ...NO_FUND_ROWS, ...ZERO_WEIGHTS })));
    expect(blank.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["layout.missing-column@F5", "weights.sum@G21"]);
    expect(blank.findings[1].message).toMatch(/^分值全部为 0.*预算执行率和各项指标的分值/);
  });

  test("one weight of 0 among others is a weight like any other", () => {
    const r = checkOne(gridOf(withCells(CLEAN_CENTRAL, { G16: "0.0" })));
    expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      "indicator.over-weight@H16",
      "weights.sum@G21",
      "weights.profile@B13",
      "total.sum@H21",
    ]);
    expect(r.findings[1].message).toContain("各项分值合计为 95");
  });

  test("missing fund rows are layout.missing-column alone; a budget of 0 in the rows is budget.zero", () => {
    const r = checkOne(gridOf(withCells(CLEAN_CENTRAL, NO_FUND_ROWS)));
    expect(r.findings.map((f) => `${f.rule}@${f.cell}`)).toEqual(["layout.missing-column@F5"]);
    expect(r.findings[0].message).toContain("年度资金总额");
    const zero = checkOne(gridOf(withCells(CLEAN_CENTRAL, { E6: 0, E7: 0 })));
    expect(zero.findings.filter((f) => f.rule === "budget.zero").map((f) => f.cell)).toEqual(["E6"]);
  });
});

/** Applies every fix, computing written formulas with the engine, until nothing is left (at most 3 rounds). */
function applyAll(grid: Grid): { grid: Grid; rounds: SheetReport[][] } {
  const rounds: SheetReport[][] = [];
  let g = grid;
  for (let i = 0; i < 3; i++) {
    const reports = checkTables(g);
    rounds.push(reports);
    const writes = reports.flatMap(planFixes);
    if (writes.length === 0) break;
    g = computed(gridWithWrites(g, writes));
  }
  return { grid: g, rounds };
}

describe("advice converges", () => {
  const fixable = (r: SheetReport[]) => r.flatMap((x) => x.findings.filter((f) => f.fix).map((f) => `${f.rule}@${f.cell}`));

  test("applying every suggested value leaves no finding of that rule at that cell, and a second --fix changes nothing", () => {
    let fixed = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom("rule", "rounded", "random", "blank"),
        fc.boolean(),
        fc.boolean(),
        (seed, scores, formulas, two) => {
          const rnd = prng(seed);
          const tables = [randomTable(rnd, ruleScore, { scores: scores as "rule", formulas })];
          if (two) tables.push(randomTable(rnd, ruleScore, { scores: "random", offset: tables[0].lastRow + 2 }));
          const grid = computed(gridOfFormulas(sheetOf("随机", tables)));
          const before = checkTables(grid);
          fixed += fixable(before).length;
          const { rounds } = applyAll(grid);
          expect(rounds.length).toBeLessThanOrEqual(2);
          const after = rounds[rounds.length - 1];
          const again = new Set(fixable(after));
          for (const f of fixable(before)) expect(again.has(f)).toBe(false);
          expect(after.flatMap(planFixes)).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 20261127 },
    );
    expect(fixed).toBeGreaterThan(150);
  });

  test("on every example and test table", () => {
    const sheets = [
      ...["guangzhou-panyu-2021.js", "central-weiquan-2022.js", "sichuan-peixun-2023.js", "department-2022.js"].flatMap(
        (n) => loadExample(n).sheets,
      ),
      withCells(CLEAN_DEPARTMENT, { F13: 6, F45: 103.4 }),
      withCells(CLEAN_CENTRAL, { H6: 0.8, I6: 7, H16: 4, H19: 16, H18: 14, H21: 95 }),
      withCells(CLEAN_CENTRAL, { I6: 9, H15: 9, H21: 93 }),
      withCells(CLEAN_CENTRAL, { H15: 9, H16: 4, H21: 92.12 }),
      withCells(CLEAN_CENTRAL, ZERO_WEIGHTS),
      withCells(CLEAN_CENTRAL, { ...NO_FUND_ROWS, ...ZERO_WEIGHTS }),
    ];
    for (const sheet of sheets) {
      const { rounds } = applyAll(gridOf(sheet));
      expect({ sheet: sheet.name, rounds: rounds.length }).toEqual({ sheet: sheet.name, rounds: rounds.length <= 2 ? rounds.length : -1 });
      expect(rounds[rounds.length - 1].flatMap(planFixes)).toEqual([]);
    }
  });
});

describe("the checker's figures equal those computed from the values", () => {
  test("random tables written as formulas without results, as two tables per sheet", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const values = randomTable(prng(seed), ruleScore, { scores: "rule" });
        const asFormulas = randomTable(prng(seed), ruleScore, { scores: "rule", formulas: true });
        const a = checkOne(gridOf(sheetOf("值", [values])));
        const b = checkOne(computed(gridOfFormulas(sheetOf("值", [asFormulas]))));
        expect(b.total?.score).toBe(a.total?.score);
        expect(b.budget?.score).toBe(a.budget?.score);
        expect(b.budget?.rate).toBeCloseTo(a.budget!.rate!, 3);
        expect(rules(b).filter((x) => !x.startsWith("budget.rate"))).toEqual(rules(a).filter((x) => !x.startsWith("budget.rate")));
        const stacked = checkTables(
          computed(gridOfFormulas(sheetOf("值", [asFormulas, randomTable(prng(seed + 1), ruleScore, { offset: asFormulas.lastRow + 1 })]))),
        );
        expect(stacked[0].total).toEqual(b.total);
        expect(stacked[0].findings).toEqual(b.findings);
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});

test("a cell address helper round trip (guards the generator)", () => {
  expect(fromA1("H21")).toEqual({ row: 20, col: 7 });
});
