// The words of the indicator rules (src/workbook/rules/indicator.ts), by rule id: title, docs, messages.
import { fmt } from "../format";
import { CENTRAL, type RuleText } from "./words";

export const INDICATOR_TEXT = {
  "indicator.target": {
    title: "年度指标值",
    docs: "年度指标值未填写，或含有数字却无法识别（如“约50”），就无法按规则评分。目标应写成“≥95%”“不少于50个”“≤10次”或“合规”等定性词语。",
    missing: (name: string) => `“${name}”的年度指标值未填写：请填写目标值，例如“≥95%”“不少于50个”或“合规”。`,
    unreadable: (name: string, text: string) =>
      `“${name}”的年度指标值“${text}”无法识别：请写成“≥95%”“不少于50个”“≤10次”之类的形式，定性目标请只写“合规”“健全”等词语。`,
  },
  "indicator.actual": {
    title: "实际完成值",
    docs: "实际完成值未填写、无法识别，或与年度指标值无法比较（定量目标填了文字、定性目标填了数字）时，无法按规则评分。",
    missing: (name: string) => `“${name}”的实际完成值未填写：请填写实际完成情况，例如“97%”“60个”或“达成预期指标”。`,
    message: (name: string, detail: string) => `“${name}”：${detail}`,
  },
  "indicator.unit": {
    title: "计量单位",
    docs: "年度指标值与实际完成值的计量单位不一致（如“万元”与“个”）时，完成率没有意义；万元与元、百分数与小数会自动换算，不报告。",
    message: (name: string, target: string, actual: string) =>
      `“${name}”的年度指标值单位为“${target}”，实际完成值单位为“${actual}”，两者不一致：请统一计量单位。`,
  },
  "indicator.score": {
    title: "指标得分",
    docs: `按规则计算指标得分：正向指标 实际 ≥ 目标得满分，否则按 实际 ÷ 目标 × 分值；反向指标超出部分按比例扣分，超过两倍不得分；目标为 0 的指标实际为 0 才得分。两位小数比较，仅舍入不同时为警告。依据${CENTRAL}。`,
    message: (name: string, printed: string, score: number, how: string, roundingOnly: boolean) =>
      printed
        ? roundingOnly
          ? `“${name}”的得分写为 ${printed}，按规则为 ${fmt.score(score)}（${how}），仅是舍入不同：建议保留两位小数写为 ${fmt.score(score)}。`
          : `“${name}”的得分写为 ${printed}，按规则应为 ${fmt.score(score)}（${how}）：请改为 ${fmt.score(score)}。`
        : `“${name}”的得分未填写：按规则应为 ${fmt.score(score)}（${how}）。`,
    /** How a rule score came about, inside the score messages' brackets. */
    how: {
      partial: (completion: number, weight: number) => `完成率 ${fmt.rate(completion)} × ${fmt.score(weight)}`,
      full: (target: string) => `达到目标 ${target}，得满分`,
      reverseFull: (target: string) => `未超过 ${target}，得满分`,
      reverse: (target: string, actual: string) => `反向指标，目标 ${target}，实际 ${actual}`,
      zeroFull: "目标为 0 且实际为 0，得满分",
      zero: (actual: string) => `目标为 0，实际 ${actual}，不得分`,
      qualitative: (grade: string) => `定性指标，${grade}`,
    },
  },
  "indicator.over-weight": {
    title: "得分超过分值",
    docs: "任何指标的得分都不能超过其分值；超过时按规则计算的得分改正。",
    message: (name: string, printed: number, weight: number, score: number) =>
      `“${name}”的得分 ${fmt.score(printed)} 超过分值 ${fmt.score(weight)}：得分不能超过分值，按规则应为 ${fmt.score(score)}。`,
  },
  "indicator.band": {
    title: "定性指标档次",
    docs: `定性指标按达成程度分三档：达成 80%–100%、部分达成 60%–80%、未达成 0–60%（河北为 80% / 50%），得分须在所属档次内。依据${CENTRAL}填报说明。`,
    message: (name: string, printed: number, grade: string, min: number, max: number, proposal: number) =>
      `“${name}”为定性指标，完成情况为“${grade}”，得分应在 ${fmt.score(min)}–${fmt.score(max)} 分之间，现为 ${fmt.score(printed)}：请在该区间内打分（建议 ${fmt.score(proposal)}）。`,
  },
  "indicator.over-achievement": {
    title: "超额完成",
    docs: "正向指标实际完成值达到年度指标值 120% 以上：须在偏差原因中说明超额原因，目标值也可能定得偏低、下一年度应调高（两条建议在同一条提示里）。不扣分。",
    message: (name: string, target: string, actual: string, completion: number) =>
      `“${name}”实际完成 ${actual}，为年度指标值 ${target} 的 ${fmt.rate(completion)}，超额 20% 以上：请在偏差原因中说明超额原因；目标值可能定得偏低，下一年度编制绩效目标时应适当调高。`,
  },
  "indicator.deviation": {
    title: "偏差原因",
    docs: `指标未得满分时须在“偏差原因分析及改进措施”栏写明原因；“0”“无”“/”或未补充的【请填写】占位不算原因。依据${CENTRAL}。`,
    message: (name: string, score: number, weight: number) =>
      `“${name}”得分 ${fmt.score(score)} 低于分值 ${fmt.score(weight)}，但没有写明偏差原因（“0”“无”“/”不算原因）：请写明未完成的原因和改进措施。`,
  },
  "indicator.level": {
    title: "指标层级名称",
    docs: "一级、二级指标应使用规范的指标体系名称（产出、效益、满意度、成本指标及其下属二级指标）；常见的省略写法（“社会效益”）会先规范化再比较。",
    message: (which: "一级" | "二级", text: string, known: string) => `${which}指标“${text}”不在规范指标体系内：请改用 ${known} 之一。`,
  },
} satisfies Record<`indicator.${string}`, RuleText>;
