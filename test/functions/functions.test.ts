// The JX functions as Excel calls them: cell values in, a number or an error value out.
import { budgetScoreFn, completionFn, execRate, grade, parse, score, weightedScore } from "../../src/functions/functions";

function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (err) {
    expect(err).toBeInstanceOf(CustomFunctions.Error);
    const e = err as CustomFunctions.Error;
    return { code: e.code, message: e.message ?? "" };
  }
  throw new Error("expected an Excel error value");
}

const CJK = /[\u4e00-\u9fff]/;

describe("JX.EXECRATE", () => {
  test("uncapped ratio", () => {
    expect(execRate(130.44, 130.76)).toBeCloseTo(0.997553, 6);
    expect(execRate("240万元", "270万元")).toBeCloseTo(0.888889, 6);
    expect(execRate(120, 100)).toBeCloseTo(1.2, 10);
  });

  test("budget blank → #N/A, budget 0 → #VALUE!, unreadable text → #VALUE!: never #DIV/0!, which drops the Chinese message", () => {
    for (const [budget, code] of [
      [0, "#VALUE!"],
      [null, "#N/A"],
      ["", "#N/A"],
    ] as const) {
      const e = excelError(() => execRate(10, budget));
      expect(e.code).toBe(code);
      expect(e.message).toMatch(CJK);
    }
    const e = excelError(() => execRate("一些钱", 100));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("一些钱");
  });
});

describe("JX.BUDGETSCORE", () => {
  test("min(rate, 1) × weight, weight and profile optional", () => {
    expect(budgetScoreFn(37.24, 43.2)).toBe(8.62);
    expect(budgetScoreFn(37.24, 43.2, null, null as unknown as string)).toBe(8.62);
    expect(budgetScoreFn(50, 40)).toBe(10);
    expect(budgetScoreFn(30, 40, 20)).toBe(15);
    expect(budgetScoreFn(30, 40, null, "hebei")).toBe(15);
    expect(budgetScoreFn(30, 40, undefined, "河北")).toBe(15);
  });

  test("an unknown profile or weight is #VALUE! naming the choices", () => {
    const e = excelError(() => budgetScoreFn(30, 40, 10, "上海"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("central");
    expect(e.message).toContain("上海");
    expect(excelError(() => budgetScoreFn(30, 40, "很多")).code).toBe("#VALUE!");
  });
});

describe("JX.SCORE", () => {
  test("the issue's examples", () => {
    expect(score("≥270万元", "240万元", 20)).toBe(17.78);
    expect(score("≤10次", 12, 10)).toBe(8);
    expect(score("0次", 2, 5)).toBe(0);
    expect(score("≥95%", 0.9, 10)).toBe(9.47);
    expect(score("效果明显", "部分达成预期指标并具有一定效果", 10)).toBe(7);
  });

  test("empty cells and unreadable values become error values, never exceptions", () => {
    expect(excelError(() => score(null, 1, 10)).code).toBe("#N/A");
    expect(excelError(() => score("≥5", "", 10)).code).toBe("#N/A");
    expect(excelError(() => score("合规", "详见附件", 10)).code).toBe("#VALUE!");
    expect(excelError(() => score("≥5", 5, 10, "xx")).code).toBe("#VALUE!");
  });

  test("a linked data type's basic value is scored", () => {
    expect(score({ type: "Double", basicValue: "≥10个" }, { basicValue: 5 }, 10)).toBe(5);
  });
});

describe("JX.COMPLETION", () => {
  test("a / t, uncapped; qualitative → #N/A with a message", () => {
    expect(completionFn(">=500人", "1700人")).toBeCloseTo(3.4, 10);
    const e = excelError(() => completionFn("合规", "合规"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(CJK);
    const zero = excelError(() => completionFn("0次", 1));
    expect(zero.code).toBe("#VALUE!");
    expect(zero.message).toMatch(CJK);
  });
});

describe("JX.WEIGHTEDSCORE", () => {
  const weights = [[20], [10], [null], [5]];
  const targets = [["≥270万元"], ["≤10次"], ["产出指标"], ["0次"]];
  const actuals = [["240万元"], [12], [""], [0]];

  test("sums the rows, skipping blank weights", () => {
    expect(weightedScore(weights, targets, actuals)).toBe(17.78 + 8 + 5);
  });

  test("ranges of different shapes → #VALUE!", () => {
    const e = excelError(() => weightedScore(weights, targets.slice(1), actuals));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/区域/);
    expect(excelError(() => weightedScore([[1, 2]], [[1]], [[1]])).code).toBe("#VALUE!");
  });

  test("a bad row is named in the error", () => {
    const e = excelError(() => weightedScore([[10], [10]], [["≥5"], ["合规"]], [[5], ["详见附件"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^第 2 行/);
  });

  test("a row of cells (1 × n) works like a column", () => {
    expect(weightedScore([[10, 10]], [["≥5", "≥10"]], [[5, 5]])).toBe(15);
  });
});

describe("JX.GRADE", () => {
  test("优 / 良 / 中 / 差", () => {
    expect(grade(99.98)).toBe("优");
    expect(grade(85)).toBe("良");
    expect(grade("65分")).toBe("中");
    expect(grade(10)).toBe("差");
  });

  test("blank, text and negative totals are errors", () => {
    expect(excelError(() => grade(null)).code).toBe("#N/A");
    expect(excelError(() => grade("很好")).code).toBe("#VALUE!");
    expect(excelError(() => grade(-1)).code).toBe("#VALUE!");
  });
});

describe("JX.PARSE", () => {
  test("one row: operator, value, unit", () => {
    expect(parse("95%以上")).toEqual([["≥", 95, "%"]]);
    expect(parse("不超过10次")).toEqual([["≤", 10, "次"]]);
    expect(parse("≥１１０万元")).toEqual([["≥", 110, "万元"]]);
    expect(parse("0次")).toEqual([["=", 0, "次"]]);
    expect(parse("合规")).toEqual([["定性", "合规", "达成"]]);
    expect(parse("部分达成预期指标并具有一定效果")).toEqual([["定性", "部分达成预期指标并具有一定效果", "部分达成"]]);
    expect(parse("2023年12月前")).toEqual([["≤", "2023年12月前", "时间"]]);
  });

  test("a blank cell is #N/A", () => {
    expect(excelError(() => parse("")).code).toBe("#N/A");
  });
});
