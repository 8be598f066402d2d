// Total rules: the printed 总分 is there and equals the rules' total — the budget score and every
// indicator score as they stand (the printed one where the rules accept it, else the corrected one),
// so applying every suggested fix leaves a table with nothing left to fix. A total that only carries
// score corrections named elsewhere is said to follow from them, at no higher severity.
import { RULE_TEXT } from "../../messages/rules";
import { compareScore } from "../../scoring/precision";
import { totalFollowsScores, unreadable, type Evaluation } from "../evaluate";
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
      const fix = scoreFix(e.table.total?.score ?? null, e.total, scoreSumFormula(e));
      const text = RULE_TEXT["total.sum"];
      const follows = agreement === "rounding" ? null : totalFollowsScores(e);
      // It adds up a printed score the rules could not compute (that finding says why): no total to judge by.
      if (follows?.unscored) return [];
      if (follows && !follows.unexplained && follows.corrections.length > 0) {
        // A consequence is not a new fact: no more severe than the score findings it follows from.
        const roundingOnly = follows.corrections.every((c) => c.roundingOnly);
        const cells = follows.corrections.map((c) => c.cell.address);
        return [
          issue(totalCell(e), text.follows(e.printedTotal.text, e.total, cells, roundingOnly), {
            fix,
            ...(roundingOnly ? { severity: "warning" as const } : {}),
          }),
        ];
      }
      const rounding = agreement === "rounding";
      // The printed total adds up the printed scores, but some of them are corrected above.
      const followsScores = e.printedSum !== null && compareScore(e.printedTotal.value, e.printedTotal.decimals, e.printedSum) === "equal";
      return [
        issue(totalCell(e), text.message(e.printedTotal.text, e.total, rounding, followsScores), {
          fix,
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
