// Total rules: the printed 总分 is there and equals the rules' total — the budget score and every
// indicator score as they stand (the printed one where the rules accept it, else the corrected one),
// so applying every suggested fix leaves a table with nothing left to fix.
import { RULE_TEXT } from "../../messages/rules";
import { compareScore } from "../../scoring/precision";
import { unreadable, type Evaluation } from "../evaluate";
import { scoreFix, scoreSumFormula } from "./fixes";
import { defineRule, issue, onProject } from "./helpers";

const totalCell = (e: Evaluation) => e.table.total?.score ?? e.table.total?.label ?? null;

export const TOTAL_RULES = [
  defineRule({
    id: "total.sum",
    family: "total",
    severity: "error",
    fixable: true,
    needs: ["funds", "target", "actual", "weight", "score"],
    check: onProject((e) => {
      if (!e.printedTotal || e.total === null) return [];
      const agreement = compareScore(e.printedTotal.value, e.printedTotal.decimals, e.total);
      if (agreement === "equal") return [];
      const rounding = agreement === "rounding";
      // The printed total adds up the printed scores, but some of them are corrected above.
      const followsScores = e.printedSum !== null && compareScore(e.printedTotal.value, e.printedTotal.decimals, e.printedSum) === "equal";
      return [
        issue(totalCell(e), RULE_TEXT["total.sum"].message(e.printedTotal.text, e.total, rounding, followsScores), {
          fix: scoreFix(e.table.total?.score ?? null, e.total, scoreSumFormula(e)),
          ...(rounding ? { severity: "warning" as const } : {}),
        }),
      ];
    }),
  }),
  defineRule({
    id: "total.missing",
    family: "total",
    severity: "error",
    fixable: true,
    needs: ["funds", "target", "actual", "weight", "score"],
    check: onProject((e) => {
      if (e.printedTotal || unreadable(e.table.total?.score)) return [];
      const fix = e.total === null ? {} : { fix: scoreFix(e.table.total?.score ?? null, e.total) };
      return [issue(totalCell(e) ?? "A1", RULE_TEXT["total.missing"].message(e.total), fix)];
    }),
  }),
];
