// A positive and a negative test for every rule id of domain §4, on a clean central table.
import { PROFILES } from "../../src/scoring";
import { RULES, type Finding, type RuleId } from "../../src/workbook";
import { Grid } from "../../src/workbook";
import { gridOf, loadExample, withCells, type SheetData, checkOne } from "../support/fixtures";

const central = loadExample("central-weiquan-2022.js").sheets[0];
/** The central example with its mistakes corrected: no findings at all. */
const clean: SheetData = withCells(central, {
  F11: "开展维权宣传活动55场，提供法律援助服务520人次，案件办结率90%。",
  F13: "55场",
  F14: "520人次",
  H15: 9.47,
  I17: "服务场地租金上涨，下一年度统筹使用自有场地。",
  H21: 93.59,
});
const sichuan = loadExample("sichuan-peixun-2023.js").sheets[0];

function findings(sheet: SheetData, profile?: keyof typeof PROFILES): Finding[] {
  return checkOne(gridOf(sheet), { profile }).findings;
}

function only(sheet: SheetData, rule: RuleId, profile?: keyof typeof PROFILES): Finding[] {
  return findings(sheet, profile).filter((f) => f.rule === rule);
}

test("the clean table has no findings", () => {
  expect(findings(clean)).toEqual([]);
});

test("every rule of the catalogue is in the rule list", () => {
  const ids = RULES.flatMap((r) => (Array.isArray(r.id) ? r.id : [r.id]));
  for (const id of [
    "layout.missing-column",
    "budget.sum",
    "budget.zero",
    "budget.rate",
    "budget.score",
    "indicator.target",
    "indicator.actual",
    "indicator.unit",
    "indicator.score",
    "indicator.over-weight",
    "indicator.band",
    "indicator.over-achievement",
    "indicator.deviation",
    "indicator.level",
    "weights.sum",
    "weights.profile",
    "total.sum",
    "total.missing",
    "narrative.missing",
  ]) {
    expect(ids).toContain(id);
  }
});

describe("layout", () => {
  test("layout.not-recognized: a sheet that is not a table is one info at A1, never a pile of errors", () => {
    const r = checkOne(Grid.fromRows([["填表说明"], ["1. 金额单位为万元"]]));
    expect(r.kind).toBe("unknown");
    expect(r.findings).toEqual([expect.objectContaining({ rule: "layout.not-recognized", severity: "info", cell: "A1" })]);
    expect(checkOne(gridOf(clean)).kind).toBe("project");
  });

  test("layout.missing-column: a required column missing is an error at the header", () => {
    const f = only(withCells(clean, { F12: null }), "layout.missing-column");
    expect(f).toEqual([expect.objectContaining({ severity: "error", cell: "D12" })]);
    expect(f[0].message).toContain("实际完成值");
    const noFunds = only(withCells(clean, { F5: null }), "layout.missing-column");
    expect(noFunds[0].message).toContain("全年执行数");
    expect(only(clean, "layout.missing-column")).toEqual([]);
  });
});

describe("budget", () => {
  test("budget.sum: total ≠ sum of its parts, per column, at the total cell", () => {
    const f = only(withCells(clean, { D7: 45 }), "budget.sum");
    expect(f).toEqual([expect.objectContaining({ severity: "error", cell: "D6" })]);
    expect(f[0].message).toMatch(/50\.00.*45\.00/);
    expect(only(withCells(clean, { F7: 30, F8: 7.24 }), "budget.sum")).toEqual([]);
  });

  test("budget.zero: budget missing or ≤ 0 at the budget cell", () => {
    expect(only(withCells(clean, { E6: 0, E7: null }), "budget.zero")).toEqual([
      expect.objectContaining({ severity: "error", cell: "E6" }),
    ]);
    expect(only(withCells(clean, { E6: null, E7: null }), "budget.zero")).toEqual([expect.objectContaining({ cell: "E6" })]);
    // A blank total with filled parts uses the parts' sum.
    expect(only(withCells(clean, { E6: null }), "budget.zero")).toEqual([]);
  });

  test("budget.rate: compared at the printed precision", () => {
    const f = only(withCells(clean, { H6: 0.8 }), "budget.rate");
    expect(f).toEqual([expect.objectContaining({ severity: "error", cell: "H6", fix: { value: 0.862 } })]);
    expect(f[0].message).toContain("86.20%");
    expect(only(withCells(clean, { H6: "86%" }), "budget.rate")).toEqual([]);
    expect(only(withCells(clean, { H6: "86.20%" }), "budget.rate")).toEqual([]);
    expect(only(withCells(clean, { H6: "86.30%" }), "budget.rate")).toHaveLength(1);
  });

  test("budget.score: 9 against 8.62 is a rounding warning, 7 is an error", () => {
    expect(only(withCells(clean, { I6: 9 }), "budget.score")).toEqual([
      expect.objectContaining({ severity: "warning", cell: "I6", fix: { value: 8.62 } }),
    ]);
    expect(only(withCells(clean, { I6: 7 }), "budget.score")).toEqual([expect.objectContaining({ severity: "error", cell: "I6" })]);
    expect(only(withCells(clean, { I6: null }), "budget.score")).toEqual([expect.objectContaining({ severity: "error" })]);
    expect(only(clean, "budget.score")).toEqual([]);
  });

  test("budget.reason: Sichuan asks for a reason below 90 %", () => {
    expect(only(withCells(sichuan, { I8: null }), "budget.reason")).toEqual([expect.objectContaining({ severity: "error", cell: "I8" })]);
    expect(only(sichuan, "budget.reason")).toEqual([]);
    expect(only(withCells(sichuan, { I8: null, E8: 110, E9: 110, F8: "92.83%", H8: 9.28, I23: 98.28 }), "budget.reason")).toEqual([]);
  });
});

describe("indicators", () => {
  test("indicator.target: missing or not understood", () => {
    expect(only(withCells(clean, { E16: null }), "indicator.target")).toEqual([
      expect.objectContaining({ severity: "error", cell: "E16" }),
    ]);
    expect(only(withCells(clean, { E16: "完成10个项目的验收" }), "indicator.target")).toEqual([expect.objectContaining({ cell: "E16" })]);
    expect(only(clean, "indicator.target")).toEqual([]);
  });

  test("indicator.actual: missing or not understood", () => {
    expect(only(withCells(clean, { F19: null }), "indicator.actual")).toEqual([
      expect.objectContaining({ severity: "error", cell: "F19" }),
    ]);
    const f = only(withCells(clean, { F19: "详见附件" }), "indicator.actual");
    expect(f).toEqual([expect.objectContaining({ cell: "F19" })]);
    expect(f[0].message).toContain("详见附件");
    expect(only(clean, "indicator.actual")).toEqual([]);
  });

  test("indicator.unit: 场 against 人 is a warning at the actual", () => {
    expect(only(withCells(clean, { F13: "55人" }), "indicator.unit")).toEqual([
      expect.objectContaining({ severity: "warning", cell: "F13" }),
    ]);
    expect(only(withCells(clean, { F13: 55 }), "indicator.unit")).toEqual([]);
  });

  test("indicator.score: wrong score is an error, rounding only a warning", () => {
    expect(only(withCells(clean, { H16: 4 }), "indicator.score")).toEqual([
      expect.objectContaining({ severity: "error", cell: "H16", fix: { value: 5 } }),
    ]);
    expect(only(withCells(clean, { H15: 9 }), "indicator.score")).toEqual([
      expect.objectContaining({ severity: "warning", cell: "H15", fix: { value: 9.47 } }),
    ]);
    expect(only(clean, "indicator.score")).toEqual([]);
  });

  test("indicator.over-weight: a score above its weight", () => {
    expect(only(withCells(clean, { H19: 16 }), "indicator.over-weight")).toEqual([
      expect.objectContaining({ severity: "error", cell: "H19", fix: { value: 15 } }),
    ]);
    expect(only(clean, "indicator.over-weight")).toEqual([]);
  });

  test("indicator.band: a qualitative score outside its band; anywhere inside is valid", () => {
    const f = only(withCells(clean, { H18: 14 }), "indicator.band");
    expect(f).toEqual([expect.objectContaining({ severity: "error", cell: "H18", fix: { value: 10.5 } })]);
    expect(f[0].message).toMatch(/9–12/);
    expect(only(withCells(clean, { H18: 9, H21: 91.59 }), "indicator.band")).toEqual([]);
    expect(only(withCells(clean, { H18: 12, H21: 94.59 }), "indicator.band")).toEqual([]);
  });

  test("indicator.over-achievement: actual ≥ 1.2 × target is an info at the actual", () => {
    expect(only(withCells(clean, { F13: "62场" }), "indicator.over-achievement")).toEqual([
      expect.objectContaining({ severity: "info", cell: "F13" }),
    ]);
    expect(only(withCells(clean, { F13: "59场" }), "indicator.over-achievement")).toEqual([]);
  });

  test("indicator.deviation: a deduction needs a meaningful reason", () => {
    for (const reason of [null, "0", "无", "/", "—", "【请填写：未达到年度指标值的具体原因】"]) {
      expect(only(withCells(clean, { I17: reason }), "indicator.deviation")).toEqual([
        expect.objectContaining({ severity: "error", cell: "I17" }),
      ]);
    }
    expect(only(clean, "indicator.deviation")).toEqual([]);
  });

  test("indicator.level: names outside the vocabulary, after normalising", () => {
    expect(only(withCells(clean, { C16: "时间指标" }), "indicator.level")).toEqual([
      expect.objectContaining({ severity: "warning", cell: "C16" }),
    ]);
    expect(only(withCells(clean, { B13: "投入指标" }), "indicator.level")).toEqual([expect.objectContaining({ cell: "B13" })]);
    expect(only(withCells(clean, { B18: "效益", C18: "社会效益", C19: "可持续影响" }), "indicator.level")).toEqual([]);
  });
});

describe("weights and totals", () => {
  test("weights.sum: 分值 total ≠ 100 at the total-weight cell", () => {
    expect(only(withCells(clean, { G13: 20 }), "weights.sum")).toEqual([expect.objectContaining({ severity: "error", cell: "G21" })]);
    expect(only(clean, "weights.sum")).toEqual([]);
  });

  test("weights.profile: 一级 weights against the profile's defaults, at the first cell of that 一级", () => {
    const f = only(withCells(clean, { G13: 20, G19: 10, H13: 20, H19: 10 }), "weights.profile");
    expect(f.map((x) => [x.severity, x.cell])).toEqual([
      ["warning", "B13"],
      ["warning", "B18"],
    ]);
    expect(only(clean, "weights.profile")).toEqual([]);
    // The Guangzhou profile splits its 90 points freely (seed 003: 产出 45 + 效益 45, no 满意度).
    expect(only(loadExample("guangzhou-panyu-2021.js").sheets[0], "weights.profile")).toEqual([]);
  });

  test("total.sum: printed total ≠ sum of printed scores", () => {
    expect(only(withCells(clean, { H21: 95 }), "total.sum")).toEqual([
      expect.objectContaining({ severity: "error", cell: "H21", fix: { value: 93.59 } }),
    ]);
    expect(only(withCells(clean, { H21: 94 }), "total.sum")).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(only(clean, "total.sum")).toEqual([]);
  });

  test("total.missing: no total value", () => {
    expect(only(withCells(clean, { H21: null }), "total.missing")).toEqual([expect.objectContaining({ severity: "error", cell: "H21" })]);
    expect(only(clean, "total.missing")).toEqual([]);
  });

  test("narrative.missing: an empty narrative cell", () => {
    expect(only(withCells(clean, { F11: null }), "narrative.missing")).toEqual([
      expect.objectContaining({ severity: "warning", cell: "F11" }),
    ]);
    expect(only(withCells(clean, { B11: "—" }), "narrative.missing")).toEqual([expect.objectContaining({ cell: "B11" })]);
    expect(only(clean, "narrative.missing")).toEqual([]);
  });
});
