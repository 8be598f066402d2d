// The words of the weights rules (src/workbook/rules/weights.ts), by rule id: title, docs, messages.
import { fmt } from "../format";
import { CENTRAL, type RuleText } from "./words";

export const WEIGHTS_TEXT = {
  "weights.sum": {
    title: "分值合计",
    docs: "预算执行率分值与全部指标分值合计应为 100 分。",
    message: (sum: number, parts: string) => `各项分值合计为 ${fmt.score(sum)}（${parts}），不等于 100：请调整各指标分值使合计为 100。`,
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
