// The words of the quality rules (src/workbook/rules/quality.ts), by rule id: title, docs, messages.
import { fmt } from "../format";
import type { RuleText } from "./words";

export const QUALITY_TEXT = {
  "quality.unquantified": {
    title: "目标未量化",
    docs: "指标名称要求一个数值（某某率、数量、人次、满意度……），年度指标值却写成定性词语；评审常指出“目标量化不细”（seed 002）。只是建议，不影响得分。",
    message: (name: string, target: string) =>
      `“${name}”的名称要求一个数值，但年度指标值写的是定性的“${target}”：评审常指出“目标量化不细”，建议改为可衡量的目标，如“≥95%”“不少于50人次”。`,
  },
  "quality.generic": {
    title: "通用指标过多",
    docs: "资金到位率、支付合规率、任务完成率等任何项目都能填写的通用指标占指标分值一半以上；评审常指出“通用绩效指标过多”（seed 001）。只是建议。",
    message: (names: string[], share: number) =>
      `通用指标（${names.join("、")}）占指标分值的 ${fmt.rate(share)}：这类指标任何项目都能填写，评审常指出“通用绩效指标过多”，建议增加反映本项目产出和效益的个性指标。`,
  },
  "quality.no-satisfaction": {
    title: "缺少满意度指标",
    docs: "评分方案要求设置满意度指标（中央方案 10 分）而表中没有。只是建议。",
    message: (profile: string) => `没有满意度指标，${profile}方案要求设置：建议增加“服务对象满意度”等指标，并说明调查方式。`,
  },
  "quality.no-benefit": {
    title: "缺少效益指标",
    docs: "表中没有效益指标；评审常指出“效益指标不完整”。只是建议。",
    message: "没有效益指标：评审常指出“效益指标不完整”，建议按项目实际设置社会效益、经济效益或可持续影响指标。",
  },
  "quality.all-met": {
    title: "目标恰好全部完成",
    docs: "全部指标都恰好完成且得满分，目标可能定得偏低或偏保守（seed 001“绩效指标目标值太低”）。只是提示。",
    message: (count: number) =>
      `全部 ${count} 个指标都恰好完成且得满分：目标可能定得偏低或偏保守，下一年度可参考本年实际完成值设置更有挑战性的目标。`,
  },
  "quality.target-low": {
    title: "目标偏低",
    docs: "年度指标值本身定得偏低：正向指标写成“≥0”，或满意度目标低于 80%（seed 001“绩效指标目标值太低”）。超额完成造成的偏低由 indicator.over-achievement 一并提示，不重复报告。只是提示。",
    zero: (name: string, target: string) =>
      `“${name}”的年度指标值为 ${target}：任何结果都能达到，等于没有设定目标；请按本项目的计划产出设定具体数值。`,
    satisfaction: (name: string, target: string, floor: number) =>
      `“${name}”的年度指标值为 ${target}，低于 ${floor}%：满意度目标定得偏低，说明不了服务质量；下一年度编制绩效目标时可适当调高。`,
  },
} satisfies Record<`quality.${string}`, RuleText>;
