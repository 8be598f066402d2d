// The 自评报告 draft: its headings and the sentences built from the tables (seeds 000–002).
import { chineseNumber, fmt } from "./format";
import { PLACEHOLDER } from "./narrative";

export const REPORT = {
  /** The report page (report.html) that Excel for Mac opens in the browser. */
  page: {
    making: "正在生成自评报告…",
    button: "下载自评报告",
    ready: (name: string) => `“${name}”已在本机生成。如果浏览器没有自动下载，请点下面的按钮。`,
    badLink: "这个链接不完整，无法生成报告：请回到 Excel 的绩效自评助手，重新点“生成自评报告”。",
    failed: (detail: string) => `生成报告时出错（${detail}）：请回到 Excel 重新生成，或在电脑上运行 selfeval report 工作簿.xlsx。`,
  },
  /** "一、基本情况" */
  chapter: (i: number, heading: string) => `${chineseNumber(i + 1)}、${heading}`,
  /** "（一）部门概况" */
  section: (i: number, heading: string) => `（${chineseNumber(i + 1)}）${heading}`,
  creator: "绩效自评助手",
  description: "由绩效自评助手根据自评表生成的自评报告草稿；黄色底纹处须由单位补充。",
  title: (unit: string, year: string) => `${unit}${year}年度部门整体支出绩效自评报告`,
  unitWhat: "单位名称",
  yearWhat: "年度",
  basics: "基本情况",
  overview: "部门概况",
  overviewWhat: "部门主要职责、内设机构、人员编制和年度重点工作任务",
  budget: "部门整体收支情况",
  budgetMissing: "全年预算数、执行数和执行率（工作簿中没有部门整体支出表）",
  projectsBudget: (count: number, budget: number, executed: number, rate: number) =>
    `纳入自评的 ${count} 个项目全年预算数合计为 ${fmt.amount(budget)}万元，执行数为 ${fmt.amount(executed)}万元，执行率为 ${fmt.rate(rate)}。`,
  goals: "部门整体支出绩效目标",
  goalsWhat: "年度部门整体支出绩效目标",
  analysis: "综合评价分析",
  conclusion: "自评结论综述",
  conclusionMissing: "自评总分和评价等级",
  departmentConclusion: (
    year: string,
    total: number,
    grade: string,
    bonus: number,
    deductions: Array<{ name: string; lost: number; reason: string }>,
  ) => {
    const bonusText = bonus > 0 ? `加分 ${fmt.score(bonus)} 分` : "没有加分项目";
    const lost = deductions.length
      ? `主要扣分的地方是${deductions.map((d) => `${d.name}扣 ${fmt.score(d.lost)} 分${d.reason ? `（${d.reason.replace(/[。；;]+$/, "")}）` : ""}`).join("；")}，其他指标均得满分。`
      : "各项指标均得满分。";
    return `根据${year}年的实际支出情况，我部门认真填报《部门整体支出绩效自评表》，自评总分为 ${fmt.score(total)} 分，评价等级为“${grade}”，${bonusText}。${lost}`;
  },
  projectsConclusion: (projects: Array<[string, number | null, string]>) =>
    `本年度完成 ${projects.length} 个项目的支出绩效自评：${projects
      .map(([name, score, grade]) =>
        score === null
          ? `${name}自评得分${PLACEHOLDER("无法从表中计算的自评得分")}`
          : `${name}自评得分 ${fmt.score(score)} 分，等级“${grade}”`,
      )
      .join("；")}。`,
  projects: "项目支出绩效情况",
  noProjects: "工作簿中没有项目支出绩效自评表。",
  /** Where the report's figure is the recalculated one and the table printed another. */
  recalculatedTotal: (printed: number, score: number) =>
    `（自评表中填写的总分为 ${fmt.score(printed)} 分，本报告采用按评分规则重新计算的 ${fmt.score(score)} 分；请核对并修正自评表，使两者一致。）`,
  recalculatedRate: (printed: string, rate: number) =>
    `（自评表中填写的预算执行率为 ${printed}，本报告采用按全年执行数 ÷ 全年预算数重新计算的 ${fmt.rate(rate)}；请核对并修正自评表。）`,
  /** One sentence on whether the 自评表's targets match the 申报表 (or 监控表) of the same project and year. */
  targetsMatch: (table: string, sheet: string) => `对照${table}（工作表“${sheet}”）：申报的绩效指标均已列入自评表，年度指标值与申报一致。`,
  targetsDiffer: (table: string, sheet: string, missing: number, changed: number, undeclared: number) =>
    `对照${table}（工作表“${sheet}”）：${[
      missing ? `${missing} 项申报的指标未列入自评表` : "",
      changed ? `${changed} 项年度指标值与申报不同` : "",
      undeclared ? `${undeclared} 项指标未在${table}中` : "",
    ]
      .filter((x) => x)
      .join("，")}，如经批准调整，请在报告中说明调整情况。`,
  targetsNotCompared: "工作簿中的申报表或监控表与本项目的名称或年度不同，未与申报的绩效目标核对。",
  projectScore: (score: number | null, grade: string | null) =>
    score === null ? "自评得分：【请填写：项目自评得分】。" : `自评得分 ${fmt.score(score)} 分，评价等级为“${grade}”。`,
  results: "主要工作成效",
  resultsWhat: "本年度主要工作成效，可按“一是……；二是……”分条列出，并附佐证材料",
  problems: "存在的主要问题",
  deptDeduction: (name: string, lost: number, reason: string) =>
    `${name}扣 ${fmt.score(lost)} 分${reason ? `，${reason.replace(/[。；;]+$/, "")}` : ""}`,
  indicatorShort: (project: string, name: string, target: string, actual: string, lost: number) =>
    `${project}的“${name}”未达到年度指标值（年度指标值 ${target}，实际完成值 ${actual}），扣 ${fmt.score(lost)} 分`,
  rateShort: (project: string, rate: number) => `${project}预算执行率为 ${fmt.rate(rate)}，预算未全部执行`,
  noDeductions: "各项绩效指标均已完成，预算均已执行。",
  causes: "主要原因：",
  causesWhat: "上述问题的具体原因，以及绩效目标设置、预算执行中存在的不足",
  improvements: "下一步改进措施",
  improveIntro: "针对上述问题，下一步将重点做好以下工作：",
  improveEach: "一是逐项整改扣分指标，",
  improveEachWhat: "每个扣分指标的具体整改措施和完成时限",
  improveWhat: "下一步改进措施",
  improveTargets: "二是科学设置绩效目标，",
  improveTargetsWhat: "细化量化绩效指标、加强预算执行监控的具体做法",
};
