import { alignToTarget, formatQuantity, gradeText, parseChineseNumber, parseValue, type Quantity } from "../../src/scoring";

function q(input: Parameters<typeof parseValue>[0], numberFormat?: string): Quantity {
  const v = parseValue(input, { numberFormat });
  if (v.kind !== "quantity") throw new Error(`expected a quantity for ${String(input)}, got ${JSON.stringify(v)}`);
  return v;
}

describe("parseValue: the real examples of domain §2", () => {
  test.each([
    ["≥110万元", ">=", 110, "万元"],
    ["大于等于11人", ">=", 11, "人"],
    ["≥50个", ">=", 50, "个"],
    [">=95%", ">=", 95, "%"],
    ["95%以上", ">=", 95, "%"],
    ["不低于90%", ">=", 90, "%"],
    ["≤10次", "<=", 10, "次"],
    ["=100%", "=", 100, "%"],
    ["≤90万元", "<=", 90, "万元"],
    ["≥100百分比", ">=", 100, "%"],
    ["0次", "=", 0, "次"],
    ["100", ">=", 100, ""],
    ["43.2", ">=", 43.2, ""],
    ["不超过10次", "<=", 10, "次"],
  ])("%s → %s %d %s", (text, op, value, unit) => {
    expect(q(text)).toMatchObject({ op, value, unit });
  });

  test("full-width digits, symbols and spaces", () => {
    expect(q("≥９０％")).toMatchObject({ op: ">=", value: 90, unit: "%" });
    expect(q("≥ 50 个")).toMatchObject({ op: ">=", value: 50, unit: "个" });
    expect(q("　＞＝　９５　％　")).toMatchObject({ op: ">=", value: 95, unit: "%" });
    expect(q("＜５次")).toMatchObject({ op: "<", value: 5, unit: "次" });
  });

  test("every operator spelling of domain §2", () => {
    const ge = ["≥", "≧", ">=", "不低于", "不少于", "大于等于", "达到", "至少", "》"];
    for (const word of ge) expect(q(`${word}12个`)).toMatchObject({ op: ">=", value: 12 });
    const le = ["≤", "≦", "<=", "不高于", "不超过", "控制在"];
    for (const word of le) expect(q(`${word}12个`)).toMatchObject({ op: "<=", value: 12 });
    for (const word of ["＝", "=", "等于"]) expect(q(`${word}12个`)).toMatchObject({ op: "=", value: 12 });
    for (const word of ["＞", ">", "大于", "高于"]) expect(q(`${word}12个`)).toMatchObject({ op: ">", value: 12 });
    for (const word of ["＜", "<", "小于", "低于"]) expect(q(`${word}12个`)).toMatchObject({ op: "<", value: 12 });
    for (const word of ["以上", "及以上"]) expect(q(`12个${word}`)).toMatchObject({ op: ">=", value: 12 });
    for (const word of ["以内", "以下", "及以下"]) expect(q(`12个${word}`)).toMatchObject({ op: "<=", value: 12 });
    expect(q("控制在5%以内")).toMatchObject({ op: "<=", value: 5, unit: "%" });
  });

  test("units of domain §2 are kept", () => {
    for (const unit of [
      "万元",
      "元",
      "个",
      "人",
      "人次",
      "次",
      "项",
      "件",
      "场",
      "户",
      "家",
      "天",
      "月",
      "亩",
      "台",
      "套",
      "篇",
      "册",
      "小时",
    ]) {
      expect(q(`≥3${unit}`).unit).toBe(unit);
    }
    expect(q("≤5日").unit).toBe("天");
  });

  test("no operator: 0 reads as = 0, anything else as ≥", () => {
    expect(q("0次")).toMatchObject({ op: "=", explicitOp: false });
    expect(q("12场")).toMatchObject({ op: ">=", explicitOp: false });
    expect(q(0)).toMatchObject({ op: "=", value: 0, bare: true });
  });

  test("thousands separators, labels before an operator, parentheses and Chinese numerals", () => {
    expect(q("≥1,700人")).toMatchObject({ value: 1700, unit: "人" });
    expect(q("满意度≥90%")).toMatchObject({ op: ">=", value: 90, unit: "%" });
    expect(q("≥95%（含）")).toMatchObject({ op: ">=", value: 95, unit: "%" });
    expect(q("不少于两次")).toMatchObject({ op: ">=", value: 2, unit: "次" });
    expect(q("90%-100%")).toMatchObject({ op: ">=", value: 90, unit: "%" });
  });

  test("numbers from cells, with and without a percent format", () => {
    expect(q(0.97, "0.00%")).toMatchObject({ value: 97, unit: "%", bare: false });
    expect(q(0.97)).toMatchObject({ value: 0.97, unit: "", bare: true });
    expect(q(1, "0%")).toMatchObject({ value: 100, unit: "%" });
  });

  test("empty-like values are blank", () => {
    for (const v of [null, undefined, "", "  ", "—", "-", "/", "*", "无", "／", "－"]) {
      expect(parseValue(v)).toEqual({ kind: "blank" });
    }
  });

  test("deadlines", () => {
    expect(parseValue("2023年12月前")).toMatchObject({ kind: "deadline", op: "<=", ordinal: 2023 * 12 + 12 });
    expect(parseValue("2023年11月")).toMatchObject({ kind: "deadline", op: "=", ordinal: 2023 * 12 + 11 });
    expect(parseValue("2023年底前")).toMatchObject({ kind: "deadline", ordinal: 2023 * 12 + 12 });
  });

  test("qualitative targets and results", () => {
    for (const text of [
      "合规",
      "健全",
      "提高",
      "正常开展",
      "效果明显",
      "符合相关规定",
      "严格执行相关制度规定",
      "在项目计划完成时间内完成",
      "是",
      "不超预算",
    ]) {
      expect(parseValue(text)).toMatchObject({ kind: "qualitative", grade: "achieved" });
    }
    expect(parseValue("达成预期指标")).toMatchObject({ grade: "achieved" });
    expect(parseValue("达成年度指标")).toMatchObject({ grade: "achieved" });
    expect(parseValue("部分达成预期指标并具有一定效果")).toMatchObject({ grade: "partial" });
    expect(parseValue("部分达成年度指标并具有一定效果")).toMatchObject({ grade: "partial" });
    expect(parseValue("未达成预期指标且效果较差")).toMatchObject({ grade: "notAchieved", negative: true });
    for (const text of ["不合规", "未建立", "否"]) {
      expect(parseValue(text)).toMatchObject({ kind: "qualitative", grade: "notAchieved", negative: true });
    }
    expect(parseValue(true)).toMatchObject({ grade: "achieved" });
    expect(parseValue(false)).toMatchObject({ grade: "notAchieved" });
  });

  test("words that start with a Chinese numeral stay words", () => {
    expect(parseValue("一般")).toMatchObject({ kind: "qualitative", grade: "partial" });
    expect(parseValue("一些钱")).toMatchObject({ kind: "qualitative", grade: null });
    expect(parseValue("一是开展培训")).toMatchObject({ kind: "qualitative" });
  });

  test("text it cannot grade keeps the words and a null grade", () => {
    expect(parseValue("详见附件")).toEqual({ kind: "qualitative", text: "详见附件", grade: null, negative: false });
  });
});

describe("helpers", () => {
  test("Chinese numerals", () => {
    expect(parseChineseNumber("十")).toBe(10);
    expect(parseChineseNumber("十二")).toBe(12);
    expect(parseChineseNumber("二十")).toBe(20);
    expect(parseChineseNumber("三百零五")).toBe(305);
    expect(parseChineseNumber("两")).toBe(2);
    expect(parseChineseNumber("abc")).toBeNull();
  });

  test("percent targets read bare fractions as percent, and bare percents as they are", () => {
    const target = q("≥95%");
    expect(alignToTarget(target, q(0.97)).value).toBe(97);
    expect(alignToTarget(target, q(90)).value).toBe(90);
    expect(alignToTarget(target, q(1)).value).toBe(100);
    expect(alignToTarget(q("≤5%"), q(3)).value).toBe(3);
    expect(alignToTarget(q("≤5%"), q(0.03)).value).toBe(3);
    expect(alignToTarget(q("≥100%"), q(1.2)).value).toBe(120);
    expect(alignToTarget(q("=0%"), q(0)).value).toBe(0);
  });

  test("money units convert; other units are flagged when they disagree", () => {
    expect(alignToTarget(q("≥270万元"), q("2400000元")).value).toBe(240);
    expect(alignToTarget(q("≥50个"), q("60人"))).toEqual({ value: 60, unitMismatch: true });
    expect(alignToTarget(q("≥50个"), q(60))).toEqual({ value: 60, unitMismatch: false });
  });

  test("gradeText recognises denials of bad things as good", () => {
    expect(gradeText("未发生安全事故").grade).toBe("achieved");
    expect(gradeText("无投诉").grade).toBe("achieved");
    expect(gradeText("未完成").grade).toBe("notAchieved");
  });

  test("formatQuantity is read back unchanged", () => {
    expect(formatQuantity(q("不少于 1,700 人"))).toBe("≥1700人");
    expect(q(formatQuantity(q("95%以上")))).toMatchObject({ op: ">=", value: 95, unit: "%" });
  });
});
