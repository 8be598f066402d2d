/** Names of the severities, as reports print them. (A layout's name is in its object in src/workbook/layouts.ts.) */
export const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;
