// The 部门整体支出绩效 framework of seed 004 (乐昌市, 韶关) as data (domain §6): 100 points in
// three 一级 plus capped bonus items. Another region's framework is one more object here.

export interface FrameworkItem {
  /** The item as the form names it, e.g. "合理性" under 预算编制. */
  name: string;
  points: number;
}

export interface FrameworkGroup {
  level2: string;
  points: number;
  /** 三级 items; empty where the 二级 is scored as a whole (经济性, 效果性, 公平性). */
  items: FrameworkItem[];
}

export interface FrameworkLevel1 {
  level1: string;
  points: number;
  groups: FrameworkGroup[];
}

export interface BonusRule {
  /** Words that identify the bonus row ("省级", "韶关" …). */
  match: string[];
  name: string;
  perItem: number;
  cap: number;
}

export interface DepartmentProfile {
  id: string;
  name: string;
  levels: FrameworkLevel1[];
  bonus: BonusRule[];
  bonusCap: number;
}

export const DEPARTMENT_PROFILES: Record<string, DepartmentProfile> = {
  shaoguan: {
    id: "shaoguan",
    name: "韶关（乐昌市 2022 框架）",
    levels: [
      {
        level1: "预算编制",
        points: 28,
        groups: [
          {
            level2: "预算编制",
            points: 18,
            items: [
              { name: "合理性", points: 5 },
              { name: "规范性", points: 5 },
              { name: "规划性", points: 4 },
              { name: "科学性", points: 4 },
            ],
          },
          {
            level2: "目标设置",
            points: 10,
            items: [
              { name: "绩效目标覆盖率", points: 2 },
              { name: "绩效目标合理性", points: 4 },
              { name: "绩效指标明确性", points: 4 },
            ],
          },
        ],
      },
      {
        level1: "预算执行",
        points: 42,
        groups: [
          {
            level2: "资金管理",
            points: 22,
            items: [
              { name: "部门预算资金支出率", points: 3 },
              { name: "结转结余率", points: 3 },
              { name: "国库集中支付结转结余存量资金效率性", points: 3 },
              { name: "政府采购执行率", points: 2 },
              { name: "财务合规性", points: 4 },
              { name: "资金下达合法性", points: 3 },
              { name: "预决算信息、绩效评价结果公开性", points: 4 },
            ],
          },
          {
            level2: "项目管理",
            points: 7,
            items: [
              { name: "项目实施程序", points: 2 },
              { name: "项目监管", points: 5 },
            ],
          },
          {
            level2: "资产管理",
            points: 7,
            items: [
              { name: "资产配置合规性", points: 2 },
              { name: "资产盘点情况", points: 2 },
              { name: "固定资产利用率", points: 3 },
            ],
          },
          { level2: "人员管理", points: 2, items: [{ name: "财政供养人员控制率", points: 2 }] },
          { level2: "制度管理", points: 4, items: [{ name: "管理制度健全性", points: 4 }] },
        ],
      },
      {
        level1: "资金使用效益",
        points: 30,
        groups: [
          { level2: "经济性", points: 6, items: [] },
          {
            level2: "效率性",
            points: 9,
            items: [
              { name: "重点工作完成率", points: 3 },
              { name: "绩效目标完成率", points: 3 },
              { name: "项目完成及时性", points: 3 },
            ],
          },
          { level2: "效果性", points: 10, items: [] },
          { level2: "公平性", points: 5, items: [] },
        ],
      },
    ],
    bonus: [
      { match: ["省级", "省", "韶关"], name: "省级、韶关市表彰", perItem: 1, cap: 3 },
      { match: ["本市", "市级", "乐昌"], name: "本市表彰", perItem: 0.5, cap: 2 },
    ],
    bonusCap: 5,
  },
};

export const DEFAULT_DEPARTMENT_PROFILE = DEPARTMENT_PROFILES.shaoguan;
