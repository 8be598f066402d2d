// The words of the layout rules (src/workbook/rules/layout.ts), by rule id: title, docs, messages.
import { CENTRAL, type RuleText } from "./words";

export const LAYOUT_TEXT = {
  "layout.not-recognized": {
    title: "非自评表",
    docs: "工作表中找不到项目支出或部门整体支出绩效自评表的表头（如“三级指标”“年度指标值”），只作一条提示，不逐格校验，以免对说明页、目标申报表等误报一堆错误。",
    message: "该工作表不是项目支出绩效自评表（未找到“三级指标”等表头），未作校验。",
  },
  "layout.missing-column": {
    title: "缺少栏目",
    docs: `自评表缺少计算所必需的栏目（全年预算数、全年执行数、年度资金总额、年度指标值、实际完成值、分值、得分等）。依赖该栏目的计算不再进行，只报这一条。栏目依据${CENTRAL}。`,
    message: (what: string) => `未找到“${what}”：请按自评表模板补上这一栏（或检查表头文字是否写错）。`,
    fundsSection: "项目资金（全年预算数、全年执行数）",
  },
} satisfies Record<`layout.${string}`, RuleText>;
