// Total rules: the printed 总分 is there and equals the sum of the printed scores.
import { FINDINGS } from "../../messages";
import { compareScore } from "../../scoring";
import type { Evaluation } from "../evaluate";
import { scoreFix } from "./budget";
import { defineRule, issue, onProject } from "./types";

const totalCell = (e: Evaluation) => e.table.total?.score ?? e.table.total?.label ?? null;

export const TOTAL_RULES = [
  defineRule({
    id: "total.sum",
    family: "total",
    severity: "error",
    fixable: true,
    check: onProject((e) => {
      if (!e.printedTotal) return [];
      const agreement = compareScore(e.printedTotal.value, e.printedTotal.decimals, e.printedSum);
      if (agreement === "equal") return [];
      const rounding = agreement === "rounding";
      return [
        issue(totalCell(e), FINDINGS.totalSum(e.printedTotal.text, e.printedSum, rounding), {
          fix: scoreFix(e.table.total?.score ?? null, e.printedSum),
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
    check: onProject((e) =>
      e.printedTotal
        ? []
        : [issue(totalCell(e) ?? "A1", FINDINGS.totalMissing(e.printedSum), { fix: scoreFix(e.table.total?.score ?? null, e.printedSum) })],
    ),
  }),
];
