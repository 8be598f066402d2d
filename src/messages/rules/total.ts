// The words of the total rules (src/workbook/rules/total.ts), by rule id: title, docs, messages.
import { fmt } from "../format";
import type { RuleText } from "./words";

export const TOTAL_TEXT = {
  "total.sum": {
    title: "总分合计",
    docs: "表中总分应等于预算执行率得分与各指标得分之和；仅舍入不同时为警告。总分等于表中各项得分之和、只因其中某些得分须改正才与规则不符时，指明是哪些得分，严重程度不高于这些得分的提示（得分仅舍入不同时总分也只是警告）；改正这些得分后总分随之改正。",
    /** The printed total adds up the printed scores; only the scores at `cells` are corrected. */
    follows: (printed: string, total: number, cells: string[], roundingOnly: boolean) =>
      roundingOnly
        ? `总分写为 ${printed}，等于表中各项得分之和；与按规则计算的 ${fmt.score(total)} 不同，只因 ${cells.join("、")} 的得分有舍入差异（见该处提示）：这些得分改正后，总分建议写为 ${fmt.score(total)}。`
        : `总分写为 ${printed}，等于表中各项得分之和；与按规则计算的 ${fmt.score(total)} 不同，是因为 ${cells.join("、")} 的得分须改正（见该处提示）：这些得分改正后，总分请改为 ${fmt.score(total)}。`,
    message: (printed: string, total: number, roundingOnly: boolean, followsScores: boolean) =>
      roundingOnly
        ? `总分写为 ${printed}，按规则各项得分之和为 ${fmt.score(total)}，仅是舍入不同：建议写为 ${fmt.score(total)}。`
        : followsScores
          ? `总分写为 ${printed}，与表中各项得分之和一致，但其中有得分按规则须改正（见上），改正后总分为 ${fmt.score(total)}：请改为 ${fmt.score(total)}。`
          : `总分写为 ${printed}，但按规则各项得分之和为 ${fmt.score(total)}：请改为 ${fmt.score(total)}。`,
  },
  "total.missing": {
    title: "总分未填",
    docs: "自评表的总分（合计）栏为空。",
    message: (total: number | null) =>
      total === null
        ? "没有填写总分：请填入预算执行率得分与各指标得分之和。"
        : `没有填写总分：按规则各项得分之和为 ${fmt.score(total)}，请填入总分栏。`,
  },
} satisfies Record<`total.${string}`, RuleText>;
