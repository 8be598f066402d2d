// The words of the cross-checks (src/workbook/rules/cross.ts): the 自评表 against the project's 申报表 and
// 执行监控表 of the same project and year, by rule id: title, docs, messages; CROSS_WORDS names the other table.
import { fmt } from "../format";
import type { RuleText } from "./words";

const SOURCE = "财预〔2020〕10号：自评以批复的绩效目标为依据，绩效目标确需调整的须按程序报批";

/** The 申报表 and 监控表 as findings name them, and where a cell of theirs is. */
export const CROSS_WORDS = {
  kind: { declaration: "申报表", monitoring: "监控表" } as Record<"declaration" | "monitoring", string>,
  /** 申报表（工作表“…”H13）, with the file when it is another file of the batch; "按项目名称对应" when no year matched. */
  where: (kind: "declaration" | "monitoring", sheet: string, cell: string | undefined, file: string | undefined, nameOnly: boolean) =>
    `${CROSS_WORDS.kind[kind]}（${file ? `文件“${file}”的` : ""}工作表“${sheet}”${cell ?? ""}${nameOnly ? "，该表或自评表未写年度，按项目名称对应" : ""}）`,
  /** Two places joined: "申报表（…）和监控表（…）". */
  both: (places: string[]) => places.join("和"),
  unmatchedItem: (where: string, projectName: string, year: number | null) =>
    `${where}（项目“${projectName || "未写项目名称"}”，${year === null ? "未写年度" : `${year}年度`}）`,
};

export const CROSS_TEXT = {
  "cross.missing": {
    title: "申报指标缺失",
    docs: `同一项目、同一年度的申报表或执行监控表中的年度绩效指标，应逐项出现在自评表中（按三级指标名称对应，不计空格、标点和括号中的单位）；缺少的多是删掉了模板行。逐项指出缺少的指标及其在申报表（监控表）中的位置。自评表中没有一项指标与申报表对应时只报一条。${SOURCE}。`,
    message: (name: string, level2: string, target: string, where: string) =>
      `${where}中的指标“${name}”${level2 ? `（${level2}` : "（"}${target ? `，年度指标值 ${target}）` : "）"}不在自评表中：自评应逐项对照申报的绩效目标；如该指标经批准调整，请在偏差原因中说明，否则请补上该行。`,
    none: (count: number, where: string) =>
      `${where}中的 ${count} 项年度指标没有一项出现在自评表中（按指标名称对应）：请核对自评表与申报表是否为同一项目，或按申报的指标填写自评表。`,
  },
  "cross.target": {
    title: "指标值与申报不同",
    docs: `自评表的年度指标值应与申报表（无申报表时为执行监控表）中同一指标的年度指标值相同；按评分时的读法比较，“≥20集”与“不少于20集”视为相同，文字指标不计空格和标点。指标值调整须经批准，并在偏差原因中说明。${SOURCE}。`,
    message: (name: string, written: string, declared: string, where: string, kind: string) =>
      `“${name}”的年度指标值写为 ${written}，与${kind}不同：${where}为 ${declared}；如经批准调整，请在偏差原因中说明。`,
  },
  "cross.undeclared": {
    title: "指标未申报",
    docs: "自评表中的指标在同一项目、同一年度的申报表（无申报表时为执行监控表）中找不到（按三级指标名称对应）：可能是新增的指标或改了名称，请核对是否经批准。",
    message: (name: string, where: string) =>
      `指标“${name}”不在${where}中：如是经批准新增或更名的指标，请在偏差原因中说明；否则请按申报的指标名称填写。`,
  },
  "cross.budget": {
    title: "年初预算与申报",
    docs: "自评表的年初预算数应等于同一项目、同一年度申报表的年度资金总额（无申报表时为执行监控表的年初预算数），两位小数以内的差异可以容忍；全年预算数可以因预算调整而不同。自评表没有年初预算数栏时不核对。",
    message: (written: number, declared: number, where: string, kind: string) =>
      `年初预算数为 ${fmt.amount(written)} 万元，${where}的${kind === "申报表" ? "年度资金总额" : "年初预算数"}为 ${fmt.amount(declared)} 万元：年初预算数应与${kind}一致，请核对（预算调整请填在全年预算数）。`,
  },
  "cross.midyear": {
    title: "与年中监控不符",
    docs: "与同一项目、同一年度执行监控表的年中数据核对：年度资金总额的1-7月执行数不应大于自评表的全年执行数；全年执行数低于监控表全年预计执行数的 90% 时，或监控表勾选“完全不可能”完成的指标在自评表中全部完成（得满分）时，应在偏差原因（资金部分为执行率偏低原因栏，版式有该栏时）中说明；已有说明时不报后两项。",
    belowMidYear: (executed: number, midYear: number, where: string) =>
      `全年执行数为 ${fmt.amount(executed)} 万元，小于${where}的1-7月执行数 ${fmt.amount(midYear)} 万元：全年执行数应包含1-7月已执行的金额，请核对。`,
    belowForecast: (executed: number, forecast: number, where: string) =>
      `全年执行数为 ${fmt.amount(executed)} 万元，不到${where}全年预计执行数 ${fmt.amount(forecast)} 万元的 90%（${fmt.rate(executed / forecast)}）：请在偏差原因中说明与年中预计相差较大的原因。`,
    impossible: (name: string, actual: string, where: string) =>
      `“${name}”实际完成值为 ${actual}，按全部完成计分，而${where}勾选了“完全不可能”完成：请在偏差原因中说明下半年如何完成，或核对实际完成值。`,
  },
  "cross.unmatched": {
    title: "未核对的表",
    docs: "工作簿（或同一批文件）中的申报表、执行监控表与自评表的项目名称或年度不同时，不做上述核对，只提示一次，并说明原因；按项目名称（不计空格和标点）和年度对应，一方未写年度时，只在该名称只有这一张表时对应。",
    message: (items: string[], why: string) => `${items.join("、")}没有与本自评表核对：${why}。`,
    year: (year: number | null) => `年度与本自评表（${year === null ? "未写年度" : `${year}年度`}）不同，不同年度的目标不作比较`,
    project: "项目名称与本自评表不同",
    ambiguous: "有多张同名的表且年度无法对应，无法判断应与哪一张核对",
  },
} satisfies Record<`cross.${string}`, RuleText>;
