// The reviewer's view of a batch (issue 21): each signal's edges (the catalogue test has one firing and one
// silent case each), the ranking, the seeded sample, narratives alike across a batch, and the cross-checks
// between files as a signal. Batches are built from the examples and generated sheets, checked as the CLI does.
import { CrossBatch, slim } from "../../src/usecases/check";
import {
  checkWorkbook,
  draw,
  findSimilar,
  mulberry32,
  normalizeNarrative,
  reviewBatch,
  ruleFilter,
  sampleSize,
  type FileReport,
  type Grid,
} from "../../src/workbook";
import { gridOf, loadExample, withCells } from "../support/fixtures";
import { CLEAN_CENTRAL, CLEAN_DEPARTMENT, caseSignals } from "../support/rule-cases";
import { declarationSheet, fullSelfEvaluationSheet } from "../support/system-export";

const C = (changes: Record<string, string | number | null> = {}, name?: string) =>
  gridOf({ ...withCells(CLEAN_CENTRAL, changes), ...(name ? { name } : {}) });
const ids = (grids: Grid | Grid[]) => caseSignals(grids).map((s) => s.id);
const fileOf = (file: string, grids: Grid[]): FileReport => ({ file, sheets: checkWorkbook(grids).map(slim) });

describe("signals: where each fires and where it stays silent", () => {
  test("high score with low spending names both cells; a score below 90 or a rate of 80 % is silent", () => {
    const [s] = caseSignals(C({ F6: 30, F7: 30 })).filter((x) => x.id === "review.high-score-low-spend");
    expect(s.reason).toBe("自评得分 93.59 分（H21），预算执行率 69.44%（H6）：得分在 90 分以上，执行率低于 80%。");
    expect(s.cell).toBe("H21");
    expect(ids(C({ F6: 30, F7: 30, H21: 89.99 }))).not.toContain("review.high-score-low-spend");
    expect(ids(C({ F6: 34.56, F7: 34.56 }))).not.toContain("review.high-score-low-spend"); // 34.56 / 43.2 = 80 %
  });

  test("full marks with execution below 100 % fires; the same marks at 100 % are silent", () => {
    const full = { H15: 10, H17: 5, H18: 15, H21: 100 };
    expect(caseSignals(C(full)).find((x) => x.id === "review.full-marks-unspent")?.reason).toBe(
      "全部 8 项指标均为满分（H13–H20），预算执行率 86.20%（H6）。",
    );
    expect(ids(C({ ...full, F6: 43.2, F7: 43.2, H6: 1, I6: 10, H21: 100 }))).not.toContain("review.full-marks-unspent");
  });

  test("a department table: its total score against the spending rate of its 合计 line", () => {
    const D = (changes: Record<string, string | number | null>) => gridOf(withCells(CLEAN_DEPARTMENT, changes));
    expect(caseSignals(D({ C6: 500, D6: "66.71%" })).find((x) => x.id === "review.high-score-low-spend")?.reason).toBe(
      "自评得分 102.4 分（F45），预算执行率 66.71%（D6）：得分在 90 分以上，执行率低于 80%。",
    );
    expect(ids(D({ C6: 600, D6: "80.05%" }))).not.toContain("review.high-score-low-spend");
    expect(ids(D({ C6: 500, D6: "66.71%", F13: 0, F20: 23, F45: 97.4 - 10 }))).not.toContain("review.high-score-low-spend");
    // No 合计 line: no rate to judge by, no signal.
    expect(ids(D({ A6: "说明", C6: 500, D6: "66.71%" }))).not.toContain("review.high-score-low-spend");
  });

  test("a department table with every item at full marks and spending below 100 % fires; one item short, or all spent, is silent", () => {
    const D = (changes: Record<string, string | number | null>) => gridOf(withCells(CLEAN_DEPARTMENT, changes));
    const full = { F21: 3, F35: 42, F40: 10, F42: 30, F45: 103.5 };
    expect(caseSignals(D(full)).find((x) => x.id === "review.full-marks-unspent")?.reason).toMatch(
      "全部 27 项指标均为满分（F13–F41），预算执行率 97.97%（D6）。",
    );
    expect(ids(gridOf(CLEAN_DEPARTMENT))).not.toContain("review.full-marks-unspent");
    expect(ids(D({ ...full, C6: 749.56, D6: "100.00%" }))).not.toContain("review.full-marks-unspent");
    // A score that cannot be read: cannot judge, so silent.
    expect(ids(D({ ...full, F13: "#REF!" }))).not.toContain("review.full-marks-unspent");
    // Two 三级 rows sharing one merged 分值 and 得分 cell are one item.
    const merged = withCells(CLEAN_DEPARTMENT, { ...full, D13: 10, F13: 10, D14: null, F14: null });
    const mergedGrid = gridOf({ ...merged, merges: [...merged.merges, "D13:D14", "F13:F14"] });
    expect(caseSignals(mergedGrid).find((x) => x.id === "review.full-marks-unspent")?.reason).toBe(
      "全部 26 项指标均为满分（F13–F41），预算执行率 97.97%（D6）。",
    );
  });

  test("a total that differs only by rounding is not a signal; one that does not add up is", () => {
    // The example prints 9 for 9.47 and a total of 93.12: a rounding warning, no signal.
    expect(ids(gridOf(loadExample("central-weiquan-2022.js").sheets[0]))).not.toContain("review.total-mismatch");
    expect(caseSignals(C({ H21: 95 })).find((x) => x.id === "review.total-mismatch")?.reason).toBe(
      "总分写为 95（H21），表中各项得分之和为 93.59，按规则计算为 93.59。",
    );
  });

  test("targets met by definition: more than half of the indicators, not half", () => {
    const five = { E13: "≥0场", E14: ">=0人次", E16: "完成", E18: "达成预期", E19: "合规" };
    expect(caseSignals(C(five)).find((x) => x.id === "review.targets-by-definition")?.reason).toMatch(
      /^8 项指标中有 5 项的年度指标值写为 “≥0场”、“≥0人次”、“完成”等 5 处（E13、E14、E16等 5 处），任何结果都能达到。$/,
    );
    expect(ids(C({ E13: "≥0场", E14: ">=0人次", E16: "完成", E18: "达成预期" }))).not.toContain("review.targets-by-definition");
    // "≥50场" is a target, "提高" and "健全" say what is wanted: none of them is met by definition.
    expect(ids(C({ E16: "完成", E18: "达成预期", E19: "合规" }))).not.toContain("review.targets-by-definition");
  });

  test("over-achievement: three times a positive target fires, just under it does not", () => {
    expect(caseSignals(C({ F14: "1500人次" })).find((x) => x.id === "review.over-achievement")?.reason).toBe(
      "“法律援助服务人次”目标 ≥500人次，实际 1500人次，为目标的 3 倍（F14）。",
    );
    expect(ids(C({ F14: "1499人次" }))).not.toContain("review.over-achievement");
    // A ceiling ("≤90元") is never over-achieved.
    expect(ids(C({ F17: "10元" }))).not.toContain("review.over-achievement");
  });

  test("narratives missing: a project's labels and cells, and a department's 自评结论", () => {
    expect(caseSignals(C({ F11: null })).find((x) => x.id === "review.narrative-missing")?.reason).toBe(
      "文字栏未填：“实际完成情况”（F11）。",
    );
    expect(caseSignals(gridOf(withCells(CLEAN_DEPARTMENT, { B46: null }))).map((s) => s.reason)).toContain(
      "文字栏未填：“自评结论”（B46）。",
    );
    expect(ids(gridOf(CLEAN_DEPARTMENT))).toEqual([]);
  });

  test("targets changed against the 申报表 of the same workbook name it", () => {
    const grids = [gridOf(declarationSheet()), gridOf(fullSelfEvaluationSheet({ E13: "≥45场" }))];
    const [s] = caseSignals(grids).filter((x) => x.id === "review.targets-changed");
    expect(s.reason).toMatch(/^与申报表（工作表“项目支出绩效目标申报表”）相比：1 项指标值不同（E13）。$/);
  });

  test("signals are never findings, and a clean table has none", () => {
    const report = checkWorkbook([C({ F6: 30, F7: 30, H21: 95, F11: null })])[0];
    expect(report.signals!.length).toBeGreaterThanOrEqual(3);
    expect(report.findings.filter((f) => f.rule.startsWith("review."))).toEqual([]);
    expect(checkWorkbook([C()])[0].signals).toEqual([]);
  });
});

describe("ranking", () => {
  const batch = () => [
    fileOf("a.xlsx", [C({}, "甲")]), // no signal
    fileOf("b.xlsx", [C({ F11: null }, "乙")]), // narrative missing: 1
    fileOf("c.xlsx", [C({ F6: 30, F7: 30, H21: 95 }, "丙")]), // high score, low spending (3) + total (2) = 5
    fileOf("d.xlsx", [C({ F14: "1700人次" }, "丁")]), // over-achievement: 1, a tie with b
    { file: "e.xlsx", error: "无法读取", sheets: [] },
  ];

  test("priority is the sum of the signals' weights, ties keep the batch order, tables without signals last", () => {
    const { rows } = reviewBatch(batch());
    expect(rows.map((r) => [r.file, r.priority, r.rank])).toEqual([
      ["c.xlsx", 5, 1],
      ["b.xlsx", 1, 2],
      ["d.xlsx", 1, 3],
      ["a.xlsx", 0, 4],
    ]);
    expect(rows[0].signals.map((s) => s.id)).toEqual(["review.high-score-low-spend", "review.total-mismatch"]);
    expect(rows[0]).toMatchObject({ total: 95, printedTotal: 95, computedTotal: expect.any(Number), kind: "project", sampled: false });
  });

  test("--ignore and --select apply to signals as to rules", () => {
    const ignored = reviewBatch(batch(), { keep: ruleFilter([], ["review.high-score-low-spend"]) });
    expect(ignored.rows[0]).toMatchObject({ file: "c.xlsx", priority: 2 });
    const none = reviewBatch(batch(), { keep: ruleFilter([], ["review"]) });
    expect(none.rows.map((r) => r.priority)).toEqual([0, 0, 0, 0]);
    expect(none.rows.map((r) => r.file)).toEqual(["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"]);
    const only = reviewBatch(batch(), { keep: ruleFilter(["review"]) });
    expect(only.stats.topRules).toEqual([]);
    expect(only.rows[0].priority).toBe(5);
  });

  test("a department table's 执行率 is its 合计 line's, in 复核优先 and in the rate bands alike", () => {
    const dept = fileOf("部门.xlsx", [gridOf(CLEAN_DEPARTMENT)]);
    const { rows, stats } = reviewBatch([dept, fileOf("c.xlsx", [C({ F6: 30, F7: 30 })])]);
    expect(rows.find((r) => r.kind === "department")!.rate).toBeCloseTo(734.33 / 749.56, 10);
    expect(stats.rateBands.find((b) => b.min === 0.9)!.count).toBe(1); // 97.97 %
    expect(stats.rateBands.find((b) => b.min === 0.5)!.count).toBe(1); // 69.44 %
    expect(stats.rateBands.find((b) => b.min === null && b.max === null)!.count).toBe(0);
    // Without a 合计 line it has no rate, and is counted as such.
    const noTotal = fileOf("部门.xlsx", [gridOf(withCells(CLEAN_DEPARTMENT, { A6: "说明" }))]);
    expect(reviewBatch([noTotal]).stats.rateBands.find((b) => b.min === null && b.max === null)!.count).toBe(1);
  });

  test("the batch's numbers: kinds, grades, score and rate bands, signals and the most frequent rules", () => {
    const { stats } = reviewBatch(batch());
    expect(stats).toMatchObject({ files: 5, unreadableFiles: 1, tables: 4 });
    expect(stats.kinds).toEqual({ project: 4, department: 0, declaration: 0, monitoring: 0, unknown: 0 });
    expect(stats.grades.find((g) => g.grade === "优")!.count).toBe(4);
    expect(stats.scoreBands.find((b) => b.min === 95)!.printed).toBe(1); // 丙 prints 95
    expect(stats.scoreBands.find((b) => b.min === 90 && b.max === 95)!.printed).toBe(3);
    expect(stats.rateBands.find((b) => b.min === 0.5)!.count).toBe(1); // 69 %
    expect(stats.rateBands.find((b) => b.min === 0.8)!.count).toBe(3); // 86 %
    expect(stats.signals.map((s) => [s.id, s.count])).toEqual([
      ["review.high-score-low-spend", 1],
      ["review.total-mismatch", 1],
      ["review.over-achievement", 1],
      ["review.narrative-missing", 1],
    ]);
    expect(stats.topRules[0].count).toBeGreaterThanOrEqual(stats.topRules.at(-1)!.count);
    expect(stats.topRules.map((r) => r.rule)).toContain("total.sum");
  });
});

describe("the sample", () => {
  /** Twenty tables, every fourth with a missing narrative (a signal). */
  const twenty = () => Array.from({ length: 20 }, (_, i) => fileOf(`f${i}.xlsx`, [C(i % 4 === 0 ? { F11: null } : {}, `表${i}`)]));
  const drawn = (r: ReturnType<typeof reviewBatch>) =>
    r.rows
      .filter((x) => x.sampled)
      .map((x) => x.file)
      .sort();

  test("a share or a count; half from the top of the ranking, the rest at random; the seed recorded", () => {
    const r = reviewBatch(twenty(), { sample: { share: 0.2 }, seed: 7 });
    expect(r.sample).toEqual({ seed: 7, share: 0.2, size: 4, byPriority: 2, population: 20 });
    expect(r.rows.slice(0, 2).every((x) => x.sampled)).toBe(true);
    expect(r.rows.filter((x) => x.sampled)).toHaveLength(4);
    expect(reviewBatch(twenty(), { sample: { count: 30 }, seed: 1 }).sample).toMatchObject({ size: 20, byPriority: 5 });
    expect(sampleSize(20, { share: 0.01 })).toBe(1);
    expect(sampleSize(3, { share: 1 / 3 })).toBe(1);
  });

  test("same batch and seed: same sample; another seed or another order: in general another", () => {
    const a = drawn(reviewBatch(twenty(), { sample: { share: 0.3 }, seed: 42 }));
    expect(drawn(reviewBatch(twenty(), { sample: { share: 0.3 }, seed: 42 }))).toEqual(a);
    const seeds = [1, 2, 3, 4, 5].map((seed) => drawn(reviewBatch(twenty(), { sample: { share: 0.3 }, seed })).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
    const reversed = drawn(reviewBatch(twenty().reverse(), { sample: { share: 0.3 }, seed: 42 }));
    expect(reversed).toHaveLength(a.length);
  });

  test("without a seed one is chosen and returned, and it reproduces the sample", () => {
    const r = reviewBatch(twenty(), { sample: { count: 6 } });
    expect(Number.isInteger(r.sample!.seed)).toBe(true);
    expect(drawn(reviewBatch(twenty(), { sample: { count: 6 }, seed: r.sample!.seed }))).toEqual(drawn(r));
  });

  test("mulberry32 gives the same numbers everywhere (fixed values) and draw takes without replacement", () => {
    const random = mulberry32(7);
    expect([random(), random(), random()].map((x) => Math.round(x * 1e6))).toEqual([MULBERRY_7[0], MULBERRY_7[1], MULBERRY_7[2]]);
    const picked = draw([...Array(50).keys()], 50, mulberry32(3));
    expect(new Set(picked).size).toBe(50);
  });
});

/** mulberry32(7)'s first three numbers × 10^6, rounded: the same in Node and in browsers (integer arithmetic only). */
const MULBERRY_7 = [11705, 61958, 976908];

describe("narratives alike across a batch", () => {
  const LONG = "开展妇女儿童维权宣传活动不少于50场，提供法律援助服务不少于500人次，案件办结率不低于95%，服务对象满意度不低于90%。";

  test("a copied 年度总体目标 with other numbers is found on both tables, naming the other file and sheet", () => {
    const files = [
      fileOf("甲.xlsx", [C({ B11: LONG }, "自评表甲")]),
      fileOf("乙.xlsx", [C({ C3: "农村妇女技能培训项目", B11: LONG.replace("50场", "80场").replace("500人次", "650人次") }, "自评表乙")]),
      fileOf("丙.xlsx", [
        C({
          C3: "第三个项目",
          B11: "组织农村妇女参加种植养殖、电商直播和家政服务等职业技能培训，全年培训不少于800人次，培训后就业创业率不低于60%。",
        }),
      ]),
    ];
    const { rows } = reviewBatch(files);
    const similar = (file: string) => rows.find((r) => r.file === file)!.signals.filter((s) => s.id === "review.similar-narrative");
    expect(similar("甲.xlsx")).toEqual([
      {
        id: "review.similar-narrative",
        cell: "B11",
        reason: expect.stringMatching(
          /^“预期目标”（B11）与文件“乙\.xlsx”工作表“自评表乙”B11（项目“农村妇女技能培训项目”）的文字相似度 100%。$/,
        ),
        weight: 3,
        other: { file: "乙.xlsx", sheet: "自评表乙" },
      },
    ]);
    expect(similar("乙.xlsx")[0].other).toEqual({ file: "甲.xlsx", sheet: "自评表甲" });
    expect(similar("丙.xlsx")).toEqual([]);
  });

  test("short texts, texts of the same project and texts of one table are not compared", () => {
    const short = "按计划完成了全部工作任务。";
    const sameProject = [fileOf("甲.xlsx", [C({ B11: LONG })]), fileOf("乙.xlsx", [C({ B11: LONG })])];
    expect(reviewBatch(sameProject).rows.flatMap((r) => r.signals.map((s) => s.id))).not.toContain("review.similar-narrative");
    const shortOnes = [fileOf("甲.xlsx", [C({ F11: short })]), fileOf("乙.xlsx", [C({ C3: "另一项目", F11: short, B11: "另写的目标" })])];
    expect(reviewBatch(shortOnes).rows.flatMap((r) => r.signals.map((s) => s.id))).not.toContain("review.similar-narrative");
    expect(
      findSimilar([
        { owner: 0, project: "", text: normalizeNarrative(LONG) },
        { owner: 0, project: "", text: normalizeNarrative(LONG) },
      ]),
    ).toEqual([null, null]);
  });

  test("normalising drops spaces, punctuation and the numbers themselves", () => {
    expect(normalizeNarrative("完成 50 场，满意度 95.5%！")).toBe("完成0场满意度0");
  });

  test("many texts: each finds its near-copy among hundreds of others (bucketed, not all pairs)", () => {
    const random = mulberry32(11);
    const words = "宣传培训服务设施建设维护管理监督检查评估改造提升保障救助医疗教育就业养老文化体育环境交通";
    const text = () => Array.from({ length: 80 }, () => words[Math.floor(random() * words.length)]).join("");
    const inputs = Array.from({ length: 600 }, (_, i) => ({ owner: i, project: `p${i}`, text: text() }));
    // Every 50th text copies the one before with one character changed.
    for (let i = 50; i < inputs.length; i += 50) inputs[i].text = inputs[i - 1].text.slice(0, 40) + "改" + inputs[i - 1].text.slice(41);
    const found = findSimilar(inputs);
    const pairs = found.flatMap((m, i) => (m ? [[i, m.other].sort((a, b) => a - b).join("-")] : []));
    const expected = Array.from({ length: 11 }, (_, k) => `${50 * (k + 1) - 1}-${50 * (k + 1)}`);
    expect([...new Set(pairs)].sort()).toEqual(expected.sort());
  });
});

describe("targets changed against a 申报表 in another file of the batch", () => {
  test("the cross-checks between files become the signal, naming the other file", () => {
    const self: FileReport = { file: "自评.xlsx", sheets: checkWorkbook([gridOf(fullSelfEvaluationSheet({ E13: "≥45场" }))]) };
    const plan: FileReport = { file: "申报.xlsx", sheets: checkWorkbook([gridOf(declarationSheet())]) };
    // As the CLI does: each file added as checked, the pending ones checked again at the end.
    const cross = new CrossBatch();
    cross.add(self);
    cross.add(plan);
    expect(cross.pending()).toEqual(["自评.xlsx"]);
    const crossFiles = cross.finish([self]);
    const files = [self, plan].map((f) => ({ ...f, sheets: f.sheets.map(slim) }));
    expect(reviewBatch(files).rows[0].signals.map((s) => s.id)).not.toContain("review.targets-changed");
    const [row] = reviewBatch(files, { crossFiles }).rows;
    expect(row.signals.find((s) => s.id === "review.targets-changed")).toEqual({
      id: "review.targets-changed",
      cell: "E13",
      reason: "与申报表（文件“申报.xlsx”的工作表“项目支出绩效目标申报表”）相比：1 项指标值不同（E13）。",
      weight: 2,
      other: { file: "申报.xlsx", sheet: "项目支出绩效目标申报表" },
    });
    expect(reviewBatch(files, { crossFiles, keep: ruleFilter([], ["review.targets-changed"]) }).rows[0].signals).toEqual([]);
  });
});
