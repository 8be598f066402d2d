// The reviewer's view of a batch in words (issue 21): the 统计 and 复核优先 sheets of 汇总.xlsx, the bands'
// names, and what the web checker shows beside its charts. The signals' own words are in rules/review.ts.
import { fmt } from "./format";

/** A band of figures [min, max): min null for "below max", max null for "max and above"; both null for "none". */
interface BandLike {
  min: number | null;
  max: number | null;
}

export const REVIEW = {
  statsSheet: "统计",
  rankSheet: "复核优先",
  statsColumns: ["类别", "项目", "数量", "占比"],
  /** The eight columns the reviewer's workflow names, in its order; then the rank and the priority it comes from. */
  rankColumns: ["文件", "工作表", "项目名称", "总分", "执行率", "信号", "原因", "抽样", "排名", "优先级"],
  /** The 抽样 column of a table in the sample. */
  sampled: "是",
  /** Where a table is when its sheet holds several. */
  table: (sheet: string, index: number, range: string) => `${sheet}（第 ${index} 张，${range}）`,
  /** 总分 bands: "60 分以下", "60（含）～70 分", "95 分及以上"; none: "未填或无法计算". */
  scoreBand: (b: BandLike) =>
    b.min === null && b.max === null
      ? "未填或无法计算"
      : b.min === null
        ? `${b.max} 分以下`
        : b.max === null
          ? `${b.min} 分及以上`
          : `${b.min}（含）～${b.max} 分`,
  /** Execution-rate bands (fractions): "50% 以下", "80%（含）～90%", "100% 及以上"; none: "无执行率". */
  rateBand: (b: BandLike) =>
    b.min === null && b.max === null
      ? "无执行率"
      : b.min === null
        ? `${fmt.rate(b.max!)} 以下`
        : b.max === null
          ? `${fmt.rate(b.min)} 及以上`
          : `${fmt.rate(b.min)}（含）～${fmt.rate(b.max)}`,
  /** The 类别 column of the 统计 sheet. */
  sections: {
    files: "文件",
    kinds: "表格类型",
    grades: "等级",
    printedScores: "总分（表中所写）",
    computedScores: "总分（按规则重算）",
    rates: "预算执行率（部门整体支出表取合计行）",
    signals: "复核信号",
    rules: "常见问题",
    sample: "抽样",
  },
  filesRead: "文件数",
  filesUnreadable: "无法读取的文件",
  kinds: {
    project: "项目支出绩效自评表",
    department: "部门整体支出绩效自评表",
    declaration: "绩效目标申报表",
    monitoring: "绩效目标执行监控表",
    unknown: "未识别的工作表",
  },
  noGrade: "未评定",
  ruleItem: (title: string, id: string) => `${title}（${id}）`,
  sampleShare: "抽样比例",
  sampleCount: "要求抽取张数",
  sampleSize: "样本张数",
  sampleByPriority: "其中按复核优先选取",
  sampleSeed: "抽样种子",
  noSample: "未抽样（selfeval check --sample 20% 或网页检查器的“抽取复核样本”）",
};
