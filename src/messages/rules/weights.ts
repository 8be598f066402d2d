// The words of the weights rules (src/workbook/rules/weights.ts), by rule id: title, docs, messages.
import { fmt } from "../format";
import { CENTRAL, type RuleText } from "./words";

export const WEIGHTS_TEXT = {
  "weights.sum": {
    title: "分值合计",
    docs: "预算执行率分值与全部指标分值合计应为 100 分。各指标分值全部为 0（未填分值的空白导出表显示为“0.0”）时只报这一条：没有分值就无从评分，得分、总分和一级指标分值暂不核对。",
    message: (sum: number, parts: string) => `各项分值合计为 ${fmt.score(sum)}（${parts}），不等于 100：请调整各指标分值使合计为 100。`,
    zero: (indicators: number, budgetWeight: number) =>
      `${budgetWeight > 0 ? `除预算执行率 ${fmt.score(budgetWeight)} 分外，${indicators} 项绩效指标的分值` : `分值全部`}为 0，很可能是未填分值的空白导出表（分值显示为“0.0”）：请在“分值”栏填写${budgetWeight > 0 ? "各项指标" : "预算执行率和各项指标"}的分值，使合计为 100。分值填好之前，得分和总分无从核对，本次未核对。`,
    parts: (budget: number, indicators: number) => `预算执行率 ${fmt.score(budget)} + 绩效指标 ${fmt.score(indicators)}`,
  },
  "weights.profile": {
    title: "一级指标分值",
    docs: `各一级指标分值合计与评分方案的默认值不同（中央：预算执行率 10、产出 50、效益 30、满意度 10）时提醒核对；地区另有规定时可忽略。依据${CENTRAL}。`,
    message: (what: string, actual: number, expected: number, profile: string) =>
      `${what}分值合计为 ${fmt.score(actual)}，${profile}方案的默认值为 ${fmt.score(expected)}：如非本地区规定，请按默认权重设置。`,
    budgetRateWhat: "预算执行率",
    indicatorsWhat: "绩效指标",
  },
} satisfies Record<`weights.${string}`, RuleText>;
