// Budget rules (domain §3, 预算执行率): the fund rows add up, the rate and its score follow the figures.
import { FINDING_WORDS, RULE_TEXT } from "../../messages/rules";
import { fmt } from "../../messages/format";
import { compareRate } from "../../scoring/precision";
import { round } from "../../scoring/score";
import {
  budgetScoreCorrection,
  fundAmount,
  hasReason,
  isBlankRef,
  partAmounts,
  roundingSlack,
  unreadable,
  type Evaluation,
} from "../evaluate";
import { rateFix, rateFormula, scoreFix } from "./fixes";
import { defineRule, issue, onProject } from "./helpers";
import type { Issue } from "./types";

/** ROUND(MIN(executed/budget,1)*weight,2) over the table's cells. */
function budgetScoreFormula(e: Evaluation): string | null {
  const rate = rateFormula(e.budget?.budgetCell ?? null, e.budget?.executedCell ?? null);
  const weight = e.table.funds?.weight;
  if (!rate || !e.budget) return null;
  return `ROUND(MIN(${rate},1)*${weight && !isBlankRef(weight) ? weight.address : e.budget.weight},2)`;
}

const COLUMNS = ["budgetInitial", "budget", "executed"] as const;

export const BUDGET_RULES = [
  defineRule({
    id: "budget.sum",
    family: "budget",
    severity: "error",
    fixable: false,
    check: onProject((e) => {
      const t = e.table;
      if (!t.funds?.total) return [];
      const out: Issue[] = [];
      for (const column of COLUMNS) {
        const cell = t.funds.total[column];
        const parts = partAmounts(t, column);
        const total = fundAmount(t, column);
        if (!cell || isBlankRef(cell) || unreadable(cell) || parts.length === 0 || total.value === null) continue;
        const sum = round(
          parts.reduce((s, p) => s + p.value, 0),
          6,
        );
        if (Math.abs(sum - total.value) > roundingSlack(parts.length)) {
          const list = parts.map((p) => `${p.row.label.replace(/^其中/, "")} ${fmt.amount(p.value)}`).join(" + ");
          out.push(issue(cell, RULE_TEXT["budget.sum"].message(FINDING_WORDS.fundColumns[column], total.value, sum, list)));
        }
      }
      return out;
    }),
  }),
  defineRule({
    id: "budget.zero",
    family: "budget",
    severity: "error",
    fixable: false,
    // Without its 全年预算数 column or 年度资金总额 row the budget is missing by layout.missing-column's word.
    needs: ["funds"],
    check: onProject((e) => {
      const b = e.budget;
      if (!e.table.funds?.budgetColumn || b?.unknown) return [];
      if (b && b.budget !== null && b.budget > 0) return [];
      const cell = b?.budgetCell ?? e.table.funds.header;
      return [issue(cell, RULE_TEXT["budget.zero"].message(b?.budget === null || !b ? "" : fmt.amount(b.budget)))];
    }),
  }),
  defineRule({
    id: "budget.rate",
    family: "budget",
    severity: "error",
    fixable: true,
    check: onProject((e) => {
      const b = e.budget;
      const cell = e.table.funds?.rate;
      if (!b || b.rate === null || !cell || unreadable(cell) || b.executed === null || b.budget === null) return [];
      if (b.printedRate && compareRate(b.printedRate.value, b.printedRate.decimals, b.rate * 100) === "equal") return [];
      const formula = rateFormula(b.budgetCell, b.executedCell);
      return [
        issue(cell, RULE_TEXT["budget.rate"].message(b.printedRate?.text ?? "", b.executed, b.budget, b.rate), {
          fix: rateFix(cell, b.rate, formula),
        }),
      ];
    }),
  }),
  defineRule({
    id: "budget.score",
    family: "budget",
    severity: "error",
    fixable: true,
    check: onProject((e) => {
      const b = e.budget;
      const correction = budgetScoreCorrection(e);
      if (!b || b.rate === null || b.score === null || !correction) return [];
      const rounding = correction.roundingOnly;
      return [
        issue(correction.cell, RULE_TEXT["budget.score"].message(b.printedScore?.text ?? "", b.rate, b.weight, b.score, rounding), {
          fix: scoreFix(correction.cell, b.score, budgetScoreFormula(e)),
          ...(rounding ? { severity: "warning" as const } : {}),
        }),
      ];
    }),
  }),
  defineRule({
    id: "budget.reason",
    family: "budget",
    severity: "error",
    fixable: false,
    check: onProject((e) => {
      const threshold = e.profile.executionRateReasonBelow;
      const b = e.budget;
      if (threshold === null || !b || b.rate === null || b.rate >= threshold) return [];
      const reason = e.table.funds?.reason;
      if (reason && hasReason(reason)) return [];
      return [issue(reason ?? e.table.funds?.rate, RULE_TEXT["budget.reason"].message(b.rate, threshold))];
    }),
  }),
];
