// Indicator rules (domain §3): each target and actual readable, each score by the rules, reasons for
// every deduction, names from the indicator vocabulary.
import { RULE_TEXT } from "../../messages/rules";
import { MESSAGES } from "../../messages/functions";
import { type IndicatorScore } from "../../scoring/score";
import { actualDisplay, hasReason, indicatorScoreCorrection, targetDisplay, unreadable, type IndicatorEvaluation } from "../evaluate";
import { LEVEL1, LEVEL2, normalizeLevel } from "../labels";
import type { Evaluation } from "../evaluate";
import { scoreFix } from "./fixes";
import { defineRule, issue, nameOf, onProject } from "./helpers";
import type { Column, Issue } from "./types";

/** How a rule score came about, in indicator.score's words. */
const HOW = RULE_TEXT["indicator.score"].how;

function howScored(r: IndicatorScore, weight: number, e: IndicatorEvaluation): string {
  const target = targetDisplay(e.indicator);
  const actual = actualDisplay(e.indicator);
  switch (r.rule) {
    case "positive":
      return r.completion !== null && r.completion < 1 ? HOW.partial(r.completion, weight) : HOW.full(target);
    case "reverse":
      return r.score === weight ? HOW.reverseFull(target) : HOW.reverse(target, actual);
    case "zero":
      return r.score === weight ? HOW.zeroFull : HOW.zero(actual);
    default:
      return HOW.qualitative(r.grade ? MESSAGES.grades[r.grade] : "");
  }
}

const SCORED: Column[] = ["target", "actual", "weight", "score"];
/** The indicators whose figures can be read (the others get one formula.* finding and nothing more). */
const readable = (e: Evaluation) => e.indicators.filter((i) => !i.unknown);

/** Findings of one score rule, for the indicators whose correction it reports (at most one rule each). */
function scoreRule(
  rule: "indicator.over-weight" | "indicator.band" | "indicator.score",
  message: (i: IndicatorEvaluation, r: IndicatorScore, weight: number, roundingOnly: boolean) => Issue,
) {
  return onProject((e) =>
    readable(e).flatMap((i) => {
      const correction = indicatorScoreCorrection(i);
      return correction?.rule === rule && i.result?.ok ? [message(i, i.result, i.weight!, correction.roundingOnly)] : [];
    }),
  );
}

const DIGITS = /\d/;

export const INDICATOR_RULES = [
  defineRule({
    id: "indicator.target",
    family: "indicator",
    severity: "error",
    fixable: false,
    needs: ["target"],
    check: onProject((e) =>
      readable(e).flatMap((i) => {
        const cell = i.indicator.target ?? i.indicator.nameCell;
        if (i.target.kind === "blank") return [issue(cell, RULE_TEXT["indicator.target"].missing(nameOf(i)))];
        if (i.target.kind === "qualitative" && DIGITS.test(String(i.indicator.targetText))) {
          return [issue(cell, RULE_TEXT["indicator.target"].unreadable(nameOf(i), String(i.indicator.targetText)))];
        }
        return [];
      }),
    ),
  }),
  defineRule({
    id: "indicator.actual",
    family: "indicator",
    severity: "error",
    fixable: false,
    needs: ["target", "actual"],
    check: onProject((e) =>
      readable(e).flatMap((i) => {
        const cell = i.indicator.actual ?? i.indicator.nameCell;
        if (i.target.kind === "blank") return [];
        if (i.actual.kind === "blank") return [issue(cell, RULE_TEXT["indicator.actual"].missing(nameOf(i)))];
        if (i.result && !i.result.ok && i.result.input === "actual")
          return [issue(cell, RULE_TEXT["indicator.actual"].message(nameOf(i), i.result.message))];
        return [];
      }),
    ),
  }),
  defineRule({
    id: "indicator.unit",
    family: "indicator",
    severity: "warning",
    fixable: false,
    needs: ["target", "actual"],
    check: onProject((e) =>
      readable(e).flatMap((i) =>
        i.result?.ok && i.result.unitMismatch && i.target.kind === "quantity" && i.actual.kind === "quantity"
          ? [issue(i.indicator.actual, RULE_TEXT["indicator.unit"].message(nameOf(i), i.target.unit, i.actual.unit))]
          : [],
      ),
    ),
  }),
  defineRule({
    id: "indicator.score",
    family: "indicator",
    severity: "error",
    fixable: true,
    needs: SCORED,
    check: scoreRule("indicator.score", (i, r, weight, rounding) => {
      const p = i.printedScore;
      return issue(
        i.indicator.score,
        RULE_TEXT["indicator.score"].message(nameOf(i), p?.text ?? "", r.score, howScored(r, weight, i), rounding),
        {
          fix: scoreFix(i.indicator.score, r.score),
          ...(rounding ? { severity: "warning" as const } : {}),
        },
      );
    }),
  }),
  defineRule({
    id: "indicator.over-weight",
    family: "indicator",
    severity: "error",
    fixable: true,
    needs: SCORED,
    check: scoreRule("indicator.over-weight", (i, r, weight) =>
      issue(i.indicator.score, RULE_TEXT["indicator.over-weight"].message(nameOf(i), i.printedScore!.value, weight, r.score), {
        fix: scoreFix(i.indicator.score, r.score),
      }),
    ),
  }),
  defineRule({
    id: "indicator.band",
    family: "indicator",
    severity: "error",
    fixable: true,
    needs: SCORED,
    check: scoreRule("indicator.band", (i, r) => {
      const grade = r.grade ? MESSAGES.grades[r.grade] : "";
      return issue(
        i.indicator.score,
        RULE_TEXT["indicator.band"].message(nameOf(i), i.printedScore!.value, grade, r.band!.min, r.band!.max, r.score),
        {
          fix: scoreFix(i.indicator.score, r.score),
        },
      );
    }),
  }),
  defineRule({
    id: "indicator.over-achievement",
    family: "indicator",
    severity: "info",
    fixable: false,
    needs: ["target", "actual"],
    check: onProject((e) =>
      readable(e).flatMap((i) =>
        i.result?.ok && i.result.overAchieved && i.result.completion !== null
          ? [
              issue(
                i.indicator.actual,
                RULE_TEXT["indicator.over-achievement"].message(
                  nameOf(i),
                  targetDisplay(i.indicator),
                  actualDisplay(i.indicator),
                  i.result.completion,
                ),
              ),
            ]
          : [],
      ),
    ),
  }),
  defineRule({
    id: "indicator.deviation",
    family: "indicator",
    severity: "error",
    fixable: false,
    needs: SCORED,
    check: onProject((e) =>
      readable(e).flatMap((i) => {
        if (i.weight === null || unreadable(i.indicator.score)) return [];
        const score = i.printedScore?.value ?? (i.result?.ok ? i.result.score : null);
        if (score === null || score >= i.weight - 0.005) return [];
        if (hasReason(i.indicator.reason)) return [];
        return [issue(i.indicator.reason ?? i.indicator.score, RULE_TEXT["indicator.deviation"].message(nameOf(i), score, i.weight))];
      }),
    ),
  }),
  defineRule({
    id: "indicator.level",
    family: "indicator",
    severity: "warning",
    fixable: false,
    check: onProject((e) => {
      const seen = new Set<string>();
      const out: Issue[] = [];
      const allLevel2 = new Set(Object.values(LEVEL2).flat());
      for (const i of e.indicators) {
        const { level1, level2, level1Cell, level2Cell } = i.indicator;
        const l1 = normalizeLevel(level1);
        if (level1 && level1Cell && !seen.has(level1Cell.address)) {
          seen.add(level1Cell.address);
          if (!LEVEL1.includes(l1)) out.push(issue(level1Cell, RULE_TEXT["indicator.level"].message("一级", level1, LEVEL1.join("、"))));
        }
        if (level2 && level2Cell && !seen.has(level2Cell.address)) {
          seen.add(level2Cell.address);
          const allowed = LEVEL1.includes(l1) ? LEVEL2[l1] : [...allLevel2];
          if (!allowed.includes(normalizeLevel(level2)))
            out.push(issue(level2Cell, RULE_TEXT["indicator.level"].message("二级", level2, allowed.join("、"))));
        }
      }
      return out;
    }),
  }),
];
