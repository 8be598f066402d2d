/** Names of the layouts (domain §1): each layout's object in src/workbook/layouts.ts holds its own. */
export { LAYOUT_NAMES } from "../workbook/layouts";

/** Names of the severities, as reports print them. */

export const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;
