/** Names of the layouts (domain §1) and severities, as reports print them. */
export const LAYOUT_NAMES: Record<"central" | "guangzhou" | "sichuan", string> = {
  central: "中央模板",
  guangzhou: "广州格式",
  sichuan: "四川分列格式",
};

export const SEVERITY_NAMES = { error: "错误", warning: "警告", info: "提示" } as const;
