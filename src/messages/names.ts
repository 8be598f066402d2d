/** Names of the severities, as reports print them. (A layout's name is in its object in src/workbook/layouts.ts.) */
/** The project's other two tables (domain §8), as every output names them: read, never checked as a 自评表. */
export const PLAN_KIND_NAMES = { declaration: "项目支出绩效目标申报表", monitoring: "项目支出绩效目标执行监控表" } as const;

export const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;

/** A rule's level as the catalogue lists it: its severity, or for a review signal "复核信号" with its weight. */
export const ruleLevel = (r: { severity: keyof typeof SEVERITY_NAMES; weight?: number; family: string }) =>
  r.family === "review" ? `复核信号（权重 ${r.weight ?? 1}）` : SEVERITY_NAMES[r.severity];
