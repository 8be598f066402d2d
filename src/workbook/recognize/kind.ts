// Which of a project's three tables a sheet holds (domain §8), decided here and nowhere else: a sheet with
// the 自评表's columns is a 自评表 (recognised as before, or not at all); else the 执行监控表 by its mid-year
// columns; else the 申报表 by its title, or by targets without any execution or score column.
import { FUND_HEADERS, INDICATOR_HEADERS } from "../labels";
import { layoutWords, LAYOUTS, type LayoutDef } from "../layouts";
import type { Label } from "./cells";
import { DECLARATION_TITLE } from "./declaration";
import { FORECAST, LIKELIHOOD, MID_YEAR, MONITORING_TITLE } from "./monitoring";

/** The kind of project table a sheet's labels show; "project" leaves it to the 自评表 recogniser (which may find none). */
export type ProjectTableKind = "project" | "declaration" | "monitoring";

export function tableKind(labels: Label[], layouts: readonly LayoutDef[] = LAYOUTS): ProjectTableKind {
  const { indicatorHeaders } = layoutWords(layouts);
  const has = (words: readonly string[] | undefined) => !!words && labels.some((l) => words.includes(l.label));
  const title = (re: RegExp) => labels.some((l) => re.test(l.label));
  // What a 自评表 has and the other two never do: 实际完成值 or 得分 (or a layout's words for them).
  if (has(indicatorHeaders.actual) || has(indicatorHeaders.score) || has(FUND_HEADERS.score) || title(/自评表|评价表/)) return "project";
  if (title(MONITORING_TITLE) || labels.some((l) => MID_YEAR.test(l.label) || FORECAST.test(l.label) || LIKELIHOOD.test(l.label)))
    return "monitoring";
  if (title(DECLARATION_TITLE)) return "declaration";
  const indicators = has(["三级指标"]) && has(INDICATOR_HEADERS.target);
  const executionOrScore = has(FUND_HEADERS.executed) || has(indicatorHeaders.weight) || has(FUND_HEADERS.rate);
  return indicators && !executionOrScore ? "declaration" : "project";
}
