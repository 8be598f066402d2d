// The checker's rules (domain §4): one entry per rule id, each a pure function of the evaluation.
import { FINDINGS, MESSAGES, fmt } from "../messages";
import { compareRate, compareScore, normalizeText, round, type IndicatorScore } from "../scoring";
import type { CellValue } from "./grid";
import { LEVEL1, LEVEL2, normalizeLevel } from "./labels";
import type { CellRef, ProjectTable } from "./model";
import { QUALITY_RULES } from "./quality";

export type { Finding, Fix, RuleId, Severity } from "./finding";
import { find, type Finding, type Fix, type Rule, type RuleId } from "./finding";
import {
  actualDisplay,
  fundAmount,
  isBlankValue,
  partAmounts,
  roundingSlack,
  targetDisplay,
  type Evaluation,
  type IndicatorEvaluation,
} from "./evaluate";

/** Writes a corrected score the way the cell held its figure: a number stays a number. */
function scoreFix(ref: CellRef | null, score: number): Fix {
  return typeof ref?.value === "string" ? { value: fmt.score(score) } : { value: score };
}

function rateFix(ref: CellRef | null, rate: number): Fix {
  if (typeof ref?.value === "string") return { value: fmt.rate(rate) };
  if (typeof ref?.value === "number" && !ref.format?.includes("%") && ref.value > 1.5) return { value: round(rate * 100) };
  return { value: round(rate, 4), format: ref?.format?.includes("%") ? undefined : "0.00%" };
}

function howScored(r: IndicatorScore, weight: number, e: IndicatorEvaluation): string {
  const target = targetDisplay(e.indicator);
  const actual = actualDisplay(e.indicator);
  switch (r.rule) {
    case "positive":
      return r.completion !== null && r.completion < 1
        ? `完成率 ${fmt.rate(r.completion)} × ${fmt.score(weight)}`
        : `达到目标 ${target}，得满分`;
    case "reverse":
      return r.score === weight ? `未超过 ${target}，得满分` : `反向指标，目标 ${target}，实际 ${actual}`;
    case "zero":
      return r.score === weight ? "目标为 0 且实际为 0，得满分" : `目标为 0，实际 ${actual}，不得分`;
    default:
      return `定性指标，${r.grade ? MESSAGES.grades[r.grade] : ""}`;
  }
}

const nameOf = (e: IndicatorEvaluation) => e.indicator.name || e.indicator.nameCell.address;

const missingColumns: Rule = (e) => {
  const t = e.table;
  const out: Finding[] = [];
  if (!t.funds)
    out.push(find("layout.missing-column", "error", t.indicatorHeader, FINDINGS.missingSection("项目资金（全年预算数、全年执行数）")));
  else for (const what of t.funds.missing) out.push(find("layout.missing-column", "error", t.funds.header, FINDINGS.missingSection(what)));
  for (const what of t.indicatorMissing) out.push(find("layout.missing-column", "error", t.indicatorHeader, FINDINGS.missingSection(what)));
  return out;
};

const budgetSum: Rule = (e) => {
  const t = e.table;
  if (!t.funds?.total) return [];
  const out: Finding[] = [];
  const columns = [
    ["budgetInitial", "年初预算数"],
    ["budget", "全年预算数"],
    ["executed", "全年执行数"],
  ] as const;
  for (const [column, label] of columns) {
    const cell = t.funds.total[column];
    const parts = partAmounts(t, column);
    const total = fundAmount(t, column);
    if (!cell || isBlankValue(cell.value) || parts.length === 0 || total.value === null) continue;
    const sum = round(
      parts.reduce((s, p) => s + p.value, 0),
      6,
    );
    if (Math.abs(sum - total.value) > roundingSlack(parts.length)) {
      const list = parts.map((p) => `${p.row.label.replace(/^其中/, "")} ${fmt.amount(p.value)}`).join(" + ");
      out.push(find("budget.sum", "error", cell, FINDINGS.budgetSum(label, total.value, sum, list)));
    }
  }
  return out;
};

const budgetZero: Rule = (e) => {
  const b = e.budget;
  if (!e.table.funds?.budgetColumn) return [];
  if (b && b.budget !== null && b.budget > 0) return [];
  const cell = b?.budgetCell ?? e.table.funds.header;
  return [find("budget.zero", "error", cell, FINDINGS.budgetZero(b?.budget === null || !b ? "" : fmt.amount(b.budget)))];
};

const budgetRate: Rule = (e) => {
  const b = e.budget;
  const cell = e.table.funds?.rate;
  if (!b || b.rate === null || !cell || b.executed === null || b.budget === null) return [];
  if (b.printedRate && compareRate(b.printedRate.value, b.printedRate.decimals, b.rate * 100) === "equal") return [];
  return [
    find("budget.rate", "error", cell, FINDINGS.budgetRate(b.printedRate?.text ?? "", b.executed, b.budget, b.rate), rateFix(cell, b.rate)),
  ];
};

const budgetScoreRule: Rule = (e) => {
  const b = e.budget;
  const cell = e.table.funds?.score;
  if (!b || b.rate === null || b.score === null || !cell) return [];
  const printed = b.printedScore;
  const agreement = printed ? compareScore(printed.value, printed.decimals, b.score) : "different";
  if (agreement === "equal") return [];
  const rounding = agreement === "rounding";
  return [
    find(
      "budget.score",
      rounding ? "warning" : "error",
      cell,
      FINDINGS.budgetScore(printed?.text ?? "", b.rate, b.weight, b.score, rounding),
      scoreFix(cell, b.score),
    ),
  ];
};

const budgetReason: Rule = (e) => {
  const threshold = e.profile.executionRateReasonBelow;
  const b = e.budget;
  if (threshold === null || !b || b.rate === null || b.rate >= threshold) return [];
  const reason = e.table.funds?.reason;
  if (reason && isMeaningfulReason(reason.value)) return [];
  return [find("budget.reason", "error", reason ?? e.table.funds?.rate, FINDINGS.budgetReason(b.rate, threshold))];
};

const DIGITS = /\d/;

const indicatorTarget: Rule = (e) =>
  e.indicators.flatMap((i) => {
    const cell = i.indicator.target ?? i.indicator.nameCell;
    if (i.target.kind === "blank") return [find("indicator.target", "error", cell, FINDINGS.targetMissing(nameOf(i)))];
    if (i.target.kind === "qualitative" && DIGITS.test(String(i.indicator.targetText))) {
      return [find("indicator.target", "error", cell, FINDINGS.targetUnreadable(nameOf(i), String(i.indicator.targetText)))];
    }
    return [];
  });

const indicatorActual: Rule = (e) =>
  e.indicators.flatMap((i) => {
    const cell = i.indicator.actual ?? i.indicator.nameCell;
    if (i.target.kind === "blank") return [];
    if (i.actual.kind === "blank") return [find("indicator.actual", "error", cell, FINDINGS.actualMissing(nameOf(i)))];
    if (i.result && !i.result.ok && i.result.input === "actual")
      return [find("indicator.actual", "error", cell, FINDINGS.actual(nameOf(i), i.result.message))];
    return [];
  });

const indicatorUnit: Rule = (e) =>
  e.indicators.flatMap((i) =>
    i.result?.ok && i.result.unitMismatch && i.target.kind === "quantity" && i.actual.kind === "quantity"
      ? [find("indicator.unit", "warning", i.indicator.actual, FINDINGS.unit(nameOf(i), i.target.unit, i.actual.unit))]
      : [],
  );

const indicatorScores: Rule = (e) =>
  e.indicators.flatMap((i) => {
    const r = i.result;
    if (!r || !r.ok || i.weight === null) return [];
    const cell = i.indicator.score;
    if (!cell) return [];
    const p = i.printedScore;
    if (p && p.value > i.weight + 1e-9) {
      return [
        find("indicator.over-weight", "error", cell, FINDINGS.overWeight(nameOf(i), p.value, i.weight, r.score), scoreFix(cell, r.score)),
      ];
    }
    if (r.rule === "qualitative" && r.band && p) {
      if (p.value >= r.band.min - 1e-9 && p.value <= r.band.max + 1e-9) return [];
      const grade = r.grade ? MESSAGES.grades[r.grade] : "";
      return [
        find(
          "indicator.band",
          "error",
          cell,
          FINDINGS.band(nameOf(i), p.value, grade, r.band.min, r.band.max, r.score),
          scoreFix(cell, r.score),
        ),
      ];
    }
    const agreement = p ? compareScore(p.value, p.decimals, r.score) : "different";
    if (agreement === "equal") return [];
    const rounding = agreement === "rounding";
    return [
      find(
        "indicator.score",
        rounding ? "warning" : "error",
        cell,
        FINDINGS.indicatorScore(nameOf(i), p?.text ?? "", r.score, howScored(r, i.weight, i), rounding),
        scoreFix(cell, r.score),
      ),
    ];
  });

const overAchievement: Rule = (e) =>
  e.indicators.flatMap((i) =>
    i.result?.ok && i.result.overAchieved && i.result.completion !== null
      ? [
          find(
            "indicator.over-achievement",
            "info",
            i.indicator.actual,
            FINDINGS.overAchievement(nameOf(i), targetDisplay(i.indicator), actualDisplay(i.indicator), i.result.completion),
          ),
        ]
      : [],
  );

const NOT_A_REASON = /^(0|无|否|没有|暂无|不适用|无偏差|正常|\/|—|-|\*|n\/a|na)$/i;

/** "0", "无", "/" are not reasons, nor is a draft whose placeholder was never filled in. */
export function isMeaningfulReason(value: CellValue): boolean {
  if (isBlankValue(value)) return false;
  const t = normalizeText(String(value));
  if (NOT_A_REASON.test(t) || t.includes("【请填写")) return false;
  return t.replace(/[^\p{L}]/gu, "").length >= 2;
}

const deviation: Rule = (e) =>
  e.indicators.flatMap((i) => {
    if (i.weight === null) return [];
    const score = i.printedScore?.value ?? (i.result?.ok ? i.result.score : null);
    if (score === null || score >= i.weight - 0.005) return [];
    if (i.indicator.reason && isMeaningfulReason(i.indicator.reason.value)) return [];
    return [find("indicator.deviation", "error", i.indicator.reason ?? i.indicator.score, FINDINGS.deviation(nameOf(i), score, i.weight))];
  });

const levels: Rule = (e) => {
  const seen = new Set<string>();
  const out: Finding[] = [];
  const allLevel2 = new Set(Object.values(LEVEL2).flat());
  for (const i of e.indicators) {
    const { level1, level2, level1Cell, level2Cell } = i.indicator;
    const l1 = normalizeLevel(level1);
    if (level1 && level1Cell && !seen.has(level1Cell.address)) {
      seen.add(level1Cell.address);
      if (!LEVEL1.includes(l1)) out.push(find("indicator.level", "warning", level1Cell, FINDINGS.level("一级", level1, LEVEL1.join("、"))));
    }
    if (level2 && level2Cell && !seen.has(level2Cell.address)) {
      seen.add(level2Cell.address);
      const allowed = LEVEL1.includes(l1) ? LEVEL2[l1] : [...allLevel2];
      if (!allowed.includes(normalizeLevel(level2)))
        out.push(find("indicator.level", "warning", level2Cell, FINDINGS.level("二级", level2, allowed.join("、"))));
    }
  }
  return out;
};

function weightCell(t: ProjectTable): CellRef | null {
  return t.total?.weight ?? t.total?.label ?? t.indicatorHeader;
}

const weightsSum: Rule = (e) => {
  const weights = e.indicators.map((i) => i.weight).filter((w): w is number => w !== null);
  if (weights.length === 0) return [];
  const budgetWeight = e.budget?.weight ?? 0;
  const sum = round(budgetWeight + weights.reduce((s, w) => s + w, 0));
  if (Math.abs(sum - 100) <= 0.005) return [];
  const parts = `预算执行率 ${fmt.score(budgetWeight)} + 绩效指标 ${fmt.score(round(sum - budgetWeight))}`;
  return [find("weights.sum", "error", weightCell(e.table), FINDINGS.weightsSum(sum, parts))];
};

const weightsProfile: Rule = (e) => {
  const out: Finding[] = [];
  const p = e.profile;
  const budgetWeightCell = e.table.funds?.weight;
  if (e.budget && budgetWeightCell && !isBlankValue(budgetWeightCell.value) && Math.abs(e.budget.weight - p.executionRateWeight) > 0.005) {
    out.push(
      find(
        "weights.profile",
        "warning",
        budgetWeightCell,
        FINDINGS.weightsProfile("预算执行率", e.budget.weight, p.executionRateWeight, p.name),
      ),
    );
  }
  const indicators = e.indicators.filter((i) => i.weight !== null);
  if (indicators.length === 0) return out;
  for (const group of p.weightGroups) {
    const members = indicators.filter((i) => group.level1.includes(normalizeLevel(i.indicator.level1)));
    const sum = round(members.reduce((s, i) => s + (i.weight ?? 0), 0));
    if (Math.abs(sum - group.weight) <= 0.005) continue;
    if (members.length === 0 && !p.expectsSatisfaction && group.level1.length === 1 && group.level1[0] === "满意度指标") continue;
    const cell = members[0]?.indicator.level1Cell ?? e.table.indicatorHeader;
    const what =
      group.level1.length > 2 ? "绩效指标" : group.level1.filter((l) => l !== "成本指标" || group.level1.length === 1).join("与");
    out.push(find("weights.profile", "warning", cell, FINDINGS.weightsProfile(what, sum, group.weight, p.name)));
  }
  return out;
};

const totals: Rule = (e) => {
  const t = e.table;
  const cell = t.total?.score ?? t.total?.label ?? null;
  const fix = scoreFix(t.total?.score ?? null, e.printedSum);
  if (!e.printedTotal) return [find("total.missing", "error", cell ?? "A1", FINDINGS.totalMissing(e.printedSum), fix)];
  const agreement = compareScore(e.printedTotal.value, e.printedTotal.decimals, e.printedSum);
  if (agreement === "equal") return [];
  const rounding = agreement === "rounding";
  return [find("total.sum", rounding ? "warning" : "error", cell, FINDINGS.totalSum(e.printedTotal.text, e.printedSum, rounding), fix)];
};

const narratives: Rule = (e) => {
  const t = e.table;
  const out: Finding[] = [];
  for (const text of [t.goal, t.completion, t.problems, t.improvements, t.conclusion]) {
    if (text?.cell && isBlankValue(text.cell.value)) {
      out.push(
        find("narrative.missing", "warning", text.cell, FINDINGS.narrativeMissing(String(text.label.value ?? "").replace(/\s+/g, ""))),
      );
    }
  }
  return out;
};

/** Every rule, in the order findings are reported. */
export const RULES: ReadonlyArray<{ id: RuleId | RuleId[]; check: Rule }> = [
  { id: "layout.missing-column", check: missingColumns },
  { id: "budget.sum", check: budgetSum },
  { id: "budget.zero", check: budgetZero },
  { id: "budget.rate", check: budgetRate },
  { id: "budget.score", check: budgetScoreRule },
  { id: "budget.reason", check: budgetReason },
  { id: "indicator.target", check: indicatorTarget },
  { id: "indicator.actual", check: indicatorActual },
  { id: "indicator.unit", check: indicatorUnit },
  { id: ["indicator.score", "indicator.over-weight", "indicator.band"], check: indicatorScores },
  { id: "indicator.over-achievement", check: overAchievement },
  { id: "indicator.deviation", check: deviation },
  { id: "indicator.level", check: levels },
  { id: "weights.sum", check: weightsSum },
  { id: "weights.profile", check: weightsProfile },
  { id: ["total.sum", "total.missing"], check: totals },
  { id: "narrative.missing", check: narratives },
  ...QUALITY_RULES,
];

export function validate(e: Evaluation): Finding[] {
  return RULES.flatMap((r) => r.check(e));
}
