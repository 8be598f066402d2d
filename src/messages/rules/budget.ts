// The words of the budget rules (src/workbook/rules/budget.ts), by rule id: title, docs, messages.
import { fmt } from "../format";
import { CENTRAL, type RuleText } from "./words";

export const BUDGET_TEXT = {
  "budget.sum": {
    title: "资金合计",
    docs: "年度资金总额应等于“其中”各项（当年财政拨款、上年结转、其他资金等）之和，按年初预算数、全年预算数、全年执行数逐列核对；两位小数的舍入差异可以容忍。",
    message: (column: string, printed: number, sum: number, parts: string) =>
      `年度资金总额的${column} ${fmt.amount(printed)} 与其中各项之和 ${fmt.amount(sum)}（${parts}）不一致：请核对总额或各分项金额。`,
  },
  "budget.zero": {
    title: "预算数为空",
    docs: "全年预算数为空或不大于 0 时无法计算预算执行率，执行率得分也无从谈起。缺少全年预算数、全年执行数栏或年度资金总额行时只报“缺少栏目”，不再报本条。",
    message: (printed: string) =>
      printed
        ? `全年预算数为 ${printed}，不大于 0，无法计算预算执行率：请填写调整后的全年预算数。`
        : "全年预算数未填写，无法计算预算执行率：请填写调整后的全年预算数。",
  },
  "budget.rate": {
    title: "执行率计算",
    docs: `预算执行率 = 全年执行数 ÷ 全年预算数（有调整后预算数时用调整后的，不用年初预算数），按表中显示的小数位与表中所填比较。依据${CENTRAL}。`,
    message: (printed: string, executed: number, budget: number, rate: number) =>
      printed
        ? `预算执行率写为 ${printed}，但 ${fmt.amount(executed)} ÷ ${fmt.amount(budget)} = ${fmt.rate(rate)}：请改为 ${fmt.rate(rate)}。`
        : `预算执行率未填写：${fmt.amount(executed)} ÷ ${fmt.amount(budget)} = ${fmt.rate(rate)}，请填入 ${fmt.rate(rate)}。`,
  },
  "budget.score": {
    title: "执行率得分",
    docs: `预算执行率得分 = min(执行率, 100%) × 该项分值（通常 10 分），保留两位小数；仅因舍入不同时为警告。依据${CENTRAL}。`,
    message: (printed: string, rate: number, weight: number, score: number, roundingOnly: boolean) =>
      printed
        ? roundingOnly
          ? `预算执行率得分写为 ${printed}，按规则为 ${fmt.score(score)}（min(${fmt.rate(rate)}, 100%) × ${fmt.score(weight)}），仅是舍入不同：建议保留两位小数写为 ${fmt.score(score)}。`
          : `预算执行率得分写为 ${printed}，按规则应为 ${fmt.score(score)}（min(${fmt.rate(rate)}, 100%) × ${fmt.score(weight)}）：请改为 ${fmt.score(score)}。`
        : `预算执行率得分未填写：按规则应为 ${fmt.score(score)}（min(${fmt.rate(rate)}, 100%) × ${fmt.score(weight)}）。`,
  },
  "budget.reason": {
    title: "执行率偏低原因",
    docs: "四川等方案要求预算执行率低于 90% 时在“原因”栏写明原因；没有写或只写“无”“/”时报告。",
    message: (rate: number, threshold: number) =>
      `预算执行率 ${fmt.rate(rate)} 低于 ${fmt.rate(threshold)}，按本方案须说明原因：请在“原因”栏写明执行率偏低的具体原因。`,
  },
} satisfies Record<`budget.${string}`, RuleText>;
