import { CLI } from "../../src/messages";
import {
  PROFILES,
  PROFILE_LIST,
  budgetScore,
  compareRate,
  compareScore,
  completion,
  executionRate,
  findProfile,
  formatDecimals,
  gradeOf,
  profileChoices,
  round,
  parseValue,
  scoreIndicator,
  scoreValues,
  writtenDecimals,
  type Outcome,
} from "../../src/scoring";

function ok<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(`expected success, got ${o.kind}: ${o.message}`);
  return o;
}

function scoreOf(target: unknown, actual: unknown, weight: unknown, profile = PROFILES.central): number {
  return ok(scoreIndicator(target as never, actual as never, weight as never, profile)).score;
}

describe("execution rate and its score", () => {
  test("seed 003: 130.44 / 130.76", () => {
    expect(ok(executionRate(130.44, 130.76)).rate).toBeCloseTo(0.997553, 6);
    expect(ok(budgetScore(130.44, 130.76)).score).toBe(9.98);
  });

  test("issue examples and domain cross-checks", () => {
    expect(ok(budgetScore(37.24, 43.2)).score).toBe(8.62);
    expect(round(ok(executionRate(734.33, 749.56)).rate * 100)).toBe(97.97);
    expect(round(ok(executionRate(579.81, 581.01)).rate * 100)).toBe(99.79);
    expect(round(ok(executionRate(154.53, 168.54)).rate * 100)).toBe(91.69);
    expect(round(ok(executionRate(493.2, 503.2)).rate * 100)).toBe(98.01);
    expect(round(ok(executionRate(240, 270)).rate * 100)).toBe(88.89);
  });

  test("text amounts and mixed money units", () => {
    expect(ok(executionRate("240万元", "270万元")).rate).toBeCloseTo(0.888889, 6);
    expect(ok(executionRate("2400000元", "270万元")).rate).toBeCloseTo(0.888889, 6);
  });

  test("over-execution is reported uncapped but scores at most the weight", () => {
    expect(ok(executionRate(110, 100)).rate).toBeCloseTo(1.1, 10);
    expect(ok(budgetScore(110, 100)).score).toBe(10);
    expect(ok(budgetScore(90, 100, 20)).score).toBe(18);
  });

  test("budget 0, negative or missing is an error that carries its Chinese message (#VALUE! or #N/A)", () => {
    for (const budget of [0, -5, null, "", "—"]) {
      const r = executionRate(10, budget);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.kind).toBe(budget === 0 || budget === -5 ? "value" : "na");
        expect(r.input).toBe("budget");
        expect(r.message).toMatch(/预算数/);
      }
    }
  });

  test("unreadable amounts are #VALUE!, missing executed is #N/A", () => {
    const r = executionRate("很多", 100);
    expect(r).toMatchObject({ ok: false, kind: "value", input: "executed" });
    expect(executionRate(null, 100)).toMatchObject({ ok: false, kind: "na", input: "executed" });
    expect(executionRate(-3, 100)).toMatchObject({ ok: false, kind: "value", input: "executed" });
    expect(executionRate(5, "50%")).toMatchObject({ ok: false, kind: "value", input: "budget" });
  });
});

describe("indicator scores (domain §3)", () => {
  test("the issue's examples", () => {
    expect(scoreOf("≥270万元", "240万元", 20)).toBe(17.78);
    expect(scoreOf("≤10次", 12, 10)).toBe(8);
    expect(scoreOf("0次", 2, 5)).toBe(0);
    expect(scoreOf("≥95%", 0.9, 10)).toBe(9.47);
    expect(scoreOf("效果明显", "部分达成预期指标并具有一定效果", 10)).toBe(7);
  });

  test("positive: met or exceeded gives the weight, short of it a / t × w", () => {
    expect(scoreOf("≥50个", 50, 10)).toBe(10);
    expect(scoreOf("≥50个", 80, 10)).toBe(10);
    expect(scoreOf("≥50个", 25, 10)).toBe(5);
    expect(scoreOf(">50个", 50, 10)).toBe(10);
    expect(scoreOf("=100%", 0.99, 10)).toBe(9.9);
    expect(scoreOf("12场", 6, 10)).toBe(5);
  });

  test("equal zero: 0 or less gives the weight, anything more gives 0", () => {
    expect(scoreOf("0次", 0, 5)).toBe(5);
    expect(scoreOf("=0", 1, 5)).toBe(0);
    expect(scoreOf("0起", "0起", 5)).toBe(5);
  });

  test("reverse: ≤ t full, between t and 2t linear, 2t or more 0", () => {
    expect(scoreOf("≤10次", 10, 10)).toBe(10);
    expect(scoreOf("≤10次", 3, 10)).toBe(10);
    expect(scoreOf("≤10次", 15, 10)).toBe(5);
    expect(scoreOf("≤10次", 20, 10)).toBe(0);
    expect(scoreOf("≤10次", 35, 10)).toBe(0);
    expect(scoreOf("<90万元", 99, 10)).toBe(9);
    expect(scoreOf("≤0次", 1, 10)).toBe(0);
    expect(scoreOf("≤0次", 0, 10)).toBe(10);
  });

  test("qualitative: achieved, partial and not achieved propose w, 0.7 w and 0.3 w", () => {
    expect(scoreOf("合规", "合规", 15)).toBe(15);
    expect(scoreOf("健全", "达成预期指标", 10)).toBe(10);
    expect(scoreOf("提高", "部分达成年度指标并具有一定效果", 10)).toBe(7);
    expect(scoreOf("合规", "未达成预期指标且效果较差", 10)).toBe(3);
    expect(scoreOf("合规", "不合规", 10)).toBe(3);
    expect(scoreOf("健全", "未建立", 10)).toBe(3);
    expect(scoreOf("是", "否", 10)).toBe(3);
  });

  test("a target that is a denial is met by a denial", () => {
    expect(scoreOf("否", "否", 5)).toBe(5);
    expect(scoreOf("否", "是", 5)).toBe(1.5);
    expect(scoreOf("无安全事故", "无安全事故", 5)).toBe(5);
  });

  test("qualitative bands are reported in points", () => {
    const r = ok(scoreIndicator("合规", "部分达成预期指标并具有一定效果", 10));
    expect(r).toMatchObject({ rule: "qualitative", grade: "partial", band: { min: 6, max: 8 } });
  });

  test("a qualitative target answered with 100% is achieved; other numbers are not comparable", () => {
    expect(scoreOf("合规", "100%", 10)).toBe(10);
    expect(scoreOf("合规", 1, 10)).toBe(10);
    expect(scoreIndicator("合规", "95%", 10)).toMatchObject({ ok: false, input: "actual" });
    expect(scoreIndicator("提高", 5, 10)).toMatchObject({ ok: false, input: "actual" });
  });

  test("a date cell (a day serial with a date format) is a date", () => {
    expect(parseValue(45260, { numberFormat: "yyyy/m/d" })).toEqual({
      kind: "deadline",
      op: "=",
      ordinal: 2023 * 12 + 11,
      text: "2023年11月30日",
    });
    expect(parseValue(45260, { numberFormat: 'yyyy"年"m"月"d"日"' })).toMatchObject({ kind: "deadline" });
    expect(parseValue(45260, { numberFormat: "0.00" })).toMatchObject({ kind: "quantity", value: 45260 });
    expect(parseValue(0.5, { numberFormat: "0.0%" })).toMatchObject({ kind: "quantity", value: 50 });
    expect(ok(scoreValues(parseValue("2023年12月前"), parseValue(45260, { numberFormat: "yyyy/m/d" }), 10)).score).toBe(10);
  });

  test("优秀, 好 and 较好 are achieved", () => {
    expect(scoreOf("良好", "优秀", 10)).toBe(10);
    expect(scoreOf("提高", "好", 10)).toBe(10);
    expect(scoreOf("提高", "较好", 10)).toBe(10);
  });

  test("a quantitative target answered in words is graded", () => {
    expect(scoreOf("≥95%", "达成预期指标", 10)).toBe(10);
  });

  test("deadlines: on time full, late not achieved", () => {
    expect(scoreOf("2023年12月前", "2023年11月", 10)).toBe(10);
    expect(scoreOf("2023年12月前", "2024年2月", 10)).toBe(3);
    expect(scoreOf("2023年12月前", "按时完成", 10)).toBe(10);
  });

  test("scores never exceed the weight and negative actuals count as 0", () => {
    expect(scoreOf("≥1个", 1e9, 7)).toBe(7);
    expect(scoreOf("≥10个", -5, 10)).toBe(0);
    expect(scoreOf("≤10次", -5, 10)).toBe(10);
  });

  test("over-achievement is flagged at 1.2 t, never deducted", () => {
    const r = ok(scoreIndicator(">=500人", "1700人", 10));
    expect(r).toMatchObject({ score: 10, overAchieved: true });
    expect(r.completion).toBeCloseTo(3.4, 10);
    expect(ok(scoreIndicator("≥100", 119, 10)).overAchieved).toBe(false);
    expect(ok(scoreIndicator("≥100", 120, 10)).overAchieved).toBe(true);
    expect(ok(scoreIndicator("≤10", 5, 10)).overAchieved).toBe(false);
  });

  test("unit disagreement is reported, the numbers still score", () => {
    expect(ok(scoreIndicator("≥50个", "60人", 10))).toMatchObject({ score: 10, unitMismatch: true });
  });

  test("failures name the input at fault, in Chinese", () => {
    expect(scoreIndicator(null, 5, 10)).toMatchObject({ ok: false, kind: "na", input: "target" });
    expect(scoreIndicator("≥5", "", 10)).toMatchObject({ ok: false, kind: "na", input: "actual" });
    expect(scoreIndicator("≥5", 5, "")).toMatchObject({ ok: false, kind: "na", input: "weight" });
    expect(scoreOf("≥5", 5, "十分")).toBe(10);
    expect(scoreIndicator("≥5", 5, "很多")).toMatchObject({ ok: false, kind: "value", input: "weight" });
    expect(scoreIndicator("≥5", 5, -1)).toMatchObject({ ok: false, kind: "value", input: "weight" });
    expect(scoreIndicator("合规", 2, 10)).toMatchObject({ ok: false, kind: "value", input: "actual" });
    const unknown = scoreIndicator("合规", "详见附件", 10);
    expect(unknown).toMatchObject({ ok: false, kind: "value", input: "actual" });
    if (!unknown.ok) expect(unknown.message).toContain("详见附件");
  });

  test("profiles change the bands: Hebei partial proposes 0.65 w", () => {
    expect(scoreOf("合规", "部分达成预期指标并具有一定效果", 10, PROFILES.hebei)).toBe(6.5);
    expect(ok(scoreIndicator("合规", "未达成预期指标且效果较差", 10, PROFILES.hebei)).band).toEqual({ min: 0, max: 5 });
  });
});

describe("completion, grade, profiles", () => {
  test("completion is a / t, uncapped; qualitative and zero targets fail", () => {
    expect(ok(completion(">=500人", "1700人")).completion).toBeCloseTo(3.4, 10);
    expect(ok(completion("≥95%", 0.9)).completion).toBeCloseTo(90 / 95, 10);
    expect(completion("合规", "合规")).toMatchObject({ ok: false, kind: "na" });
    expect(completion("0次", 1)).toMatchObject({ ok: false, kind: "value" });
    expect(completion("≥5", "达成")).toMatchObject({ ok: false, kind: "value" });
  });

  test("grades at their thresholds", () => {
    expect(gradeOf(100)).toBe("优");
    expect(gradeOf(90)).toBe("优");
    expect(gradeOf(89.99)).toBe("良");
    expect(gradeOf(80)).toBe("良");
    expect(gradeOf(79.99)).toBe("中");
    expect(gradeOf(60)).toBe("中");
    expect(gradeOf(59.99)).toBe("差");
    expect(gradeOf(0)).toBe("差");
  });

  test("profiles by id or Chinese name", () => {
    expect(findProfile("sichuan")?.id).toBe("sichuan");
    expect(findProfile("四川")?.id).toBe("sichuan");
    expect(findProfile(" Hebei ")?.id).toBe("hebei");
    expect(findProfile(null)?.id).toBe("central");
    expect(findProfile("")?.id).toBe("central");
    expect(findProfile("上海")).toBeNull();
  });

  test("every profile's default weights sum to 100", () => {
    for (const p of Object.values(PROFILES)) {
      const sum = p.executionRateWeight + p.weightGroups.reduce((s, g) => s + g.weight, 0);
      expect(sum).toBe(100);
    }
  });

  test("every profile is one object of the list, and every list shown to users comes from it", () => {
    const ids = PROFILE_LIST.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PROFILE_LIST) {
      expect(p.id).toMatch(/^[a-z]+$/);
      expect(findProfile(p.id)?.id).toBe(p.id);
      expect(findProfile(p.shortName)?.id).toBe(p.id);
      expect(profileChoices()).toContain(`${p.id}（${p.shortName}）`);
      expect(CLI.usage(profileChoices())).toContain(p.id);
    }
  });

  test("round is half-up without binary noise", () => {
    expect(round(8.625)).toBe(8.63);
    expect(round(1.005)).toBe(1.01);
    expect(round(17.77777)).toBe(17.78);
    expect(round(-2.345)).toBe(-2.35);
    expect(round(9.976)).toBe(9.98);
  });
});

describe("printed precision (domain §3)", () => {
  test("decimals from formats and written text", () => {
    expect(formatDecimals("0.00%")).toBe(2);
    expect(formatDecimals("0%")).toBe(0);
    expect(formatDecimals("#,##0.0")).toBe(1);
    expect(formatDecimals("General")).toBeNull();
    expect(formatDecimals('0.00"分"')).toBe(2);
    expect(writtenDecimals("99.96%")).toBe(2);
    expect(writtenDecimals("86%")).toBe(0);
    expect(writtenDecimals(8.62)).toBe(2);
    expect(writtenDecimals(9)).toBe(0);
    expect(writtenDecimals(0.1 + 0.2)).toBe(1);
  });

  test("rates: 86% agrees with 86.20 %, 99.96% does not agree with 99.76 %", () => {
    expect(compareRate(86, 0, 86.2)).toBe("equal");
    expect(compareRate(99.96, 2, 99.7553)).toBe("different");
    expect(compareRate(99.76, 2, 99.7553)).toBe("equal");
  });

  test("scores: equal at two decimals, 9 against 8.62 is rounding, 7 against 8.62 is different", () => {
    expect(compareScore(9.98, 2, 9.976)).toBe("equal");
    expect(compareScore(8.62, 2, 8.6204)).toBe("equal");
    expect(compareScore(9, 0, 8.62)).toBe("rounding");
    expect(compareScore(8.63, 2, 8.62)).toBe("rounding");
    expect(compareScore(7, 0, 8.62)).toBe("different");
    expect(compareScore(10, 0, 9.47)).toBe("different");
  });
});
