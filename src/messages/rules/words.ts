// Words several rules share, and what every rule's text is made of.

/** A rule's short Chinese name and what it checks and why, with its source; its message builders beside them. */
export interface RuleText {
  title: string;
  docs: string;
  /** Its messages: `message`, and named ones where it reports more than one case. */
  [builder: string]: unknown;
}

/** The central template the docs cite as the source of most rules. */
export const CENTRAL = "财预〔2020〕10号《项目支出绩效评价管理办法》附件项目支出绩效自评表";

/** Words that more than one rule's messages use. */
export const FINDING_WORDS = {
  /** What a cell is, for the formula findings. */
  roles: {
    fund: (row: string, column: string) => `${row}的${column}`,
    indicator: (name: string, what: string) => `“${name}”的${what}`,
    rate: "预算执行率",
    budgetScore: "预算执行率得分",
    budgetWeight: "预算执行率分值",
    budgetReason: "执行率偏低原因",
    target: "年度指标值",
    actual: "实际完成值",
    weight: "分值",
    score: "得分",
    reason: "偏差原因",
    total: "总分",
    totalWeight: "分值合计",
  },
  fundColumns: { budgetInitial: "年初预算数", budget: "全年预算数", executed: "全年执行数" },
  departmentConclusionLabel: "自评结论",
} as const;
