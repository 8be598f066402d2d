// Weight rules (domain §3): 分值 add up to 100, and the 一级 weights follow the profile.
import { RULE_TEXT } from "../../messages/rules";
import { round } from "../../scoring/score";
import { isBlankRef, readPrinted, unreadable, type Evaluation } from "../evaluate";
import { normalizeLevel } from "../labels";
import { defineRule, issue, missingColumns, onProject } from "./helpers";
import type { Issue } from "./types";

function weightCell(e: Evaluation) {
  const t = e.table;
  return t.total?.weight ?? t.total?.label ?? t.indicatorHeader;
}

/** One finding for weights that are all 0 or blank; the budget's own weight is named when it has one. */
function zeroWeights(e: Evaluation): Issue {
  const cell = e.table.funds?.weight;
  const budgetWeight = cell && !unreadable(cell) ? (readPrinted(cell)?.value ?? 0) : 0;
  return issue(weightCell(e), RULE_TEXT["weights.sum"].zero(e.indicators.length, budgetWeight));
}

export const WEIGHTS_RULES = [
  defineRule({
    id: "weights.sum",
    family: "weights",
    severity: "error",
    fixable: false,
    // No `needs`: weights that are all 0 are this rule's one finding even where the fund rows are missing.
    check: (s) => {
      if (s.kind !== "project") return [];
      const e = s.evaluation;
      if (e.weightsZero) return [zeroWeights(e)];
      const missing = missingColumns(s);
      if (missing.has("funds") || missing.has("weight")) return [];
      if (e.budget?.unknown || e.indicators.some((i) => unreadable(i.indicator.weight))) return [];
      const weights = e.indicators.map((i) => i.weight).filter((w): w is number => w !== null);
      if (weights.length === 0) return [];
      const budgetWeight = e.budget?.weight ?? 0;
      const sum = round(budgetWeight + weights.reduce((s, w) => s + w, 0));
      if (Math.abs(sum - 100) <= 0.005) return [];
      return [
        issue(
          weightCell(e),
          RULE_TEXT["weights.sum"].message(sum, RULE_TEXT["weights.sum"].parts(budgetWeight, round(sum - budgetWeight))),
        ),
      ];
    },
  }),
  defineRule({
    id: "weights.profile",
    family: "weights",
    severity: "warning",
    fixable: false,
    needs: ["weight"],
    check: onProject((e) => {
      if (e.indicators.some((i) => unreadable(i.indicator.weight))) return [];
      const out: Issue[] = [];
      const p = e.profile;
      const budgetWeightCell = e.table.funds?.weight;
      if (
        e.budget &&
        budgetWeightCell &&
        !isBlankRef(budgetWeightCell) &&
        !unreadable(budgetWeightCell) &&
        Math.abs(e.budget.weight - p.executionRateWeight) > 0.005
      ) {
        out.push(
          issue(
            budgetWeightCell,
            RULE_TEXT["weights.profile"].message(
              RULE_TEXT["weights.profile"].budgetRateWhat,
              e.budget.weight,
              p.executionRateWeight,
              p.name,
            ),
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
          group.level1.length > 2
            ? RULE_TEXT["weights.profile"].indicatorsWhat
            : group.level1.filter((l) => l !== "成本指标" || group.level1.length === 1).join("与");
        out.push(issue(cell, RULE_TEXT["weights.profile"].message(what, sum, group.weight, p.name)));
      }
      return out;
    }),
  }),
];
