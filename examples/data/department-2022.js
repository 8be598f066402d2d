// A 部门整体支出绩效自评表 built from seed 004's framework (28 / 42 / 30 plus bonus items) and seed
// 000's budget figures (749.56 / 734.33 = 97.97 %, 基本 99.79 %, 项目 91.69 %).
const rows = [
  // [一级, 二级, 三级, 分值, 自评得分, 扣分原因]
  ["预算编制", "预算编制", "合理性", 5, 5],
  [null, null, "规范性", 5, 5],
  [null, null, "规划性", 4, 4],
  [null, null, "科学性", 4, 4],
  [null, "目标设置", "绩效目标覆盖率", 2, 2],
  [null, null, "绩效目标合理性", 4, 4],
  [null, null, "绩效指标明确性", 4, 4],
  [null, "小计", null, 28, 28],
  ["预算执行", "资金管理", "部门预算资金支出率", 3, 2.5, "项目支出执行率91.69%，妇女创业小额担保贷款贴息资金未全部拨付。"],
  [null, null, "结转结余率", 3, 3],
  [null, null, "国库集中支付结转结余存量资金效率性", 3, 3],
  [null, null, "政府采购执行率", 2, 2],
  [null, null, "财务合规性", 4, 4],
  [null, null, "资金下达合法性", 3, 3],
  [null, null, "预决算信息、绩效评价结果公开性", 4, 4],
  [null, "项目管理", "项目实施程序", 2, 2],
  [null, null, "项目监管", 5, 5],
  [null, "资产管理", "资产配置合规性", 2, 2],
  [null, null, "资产盘点情况", 2, 2],
  [null, null, "固定资产利用率", 3, 3],
  [null, "人员管理", "财政供养人员控制率", 2, 2],
  [null, "制度管理", "管理制度健全性", 4, 4],
  [null, "小计", null, 42, 41.5],
  ["资金使用效益", "经济性", "—", 6, 6],
  [null, "效率性", "重点工作完成率", 3, 3],
  [null, null, "绩效目标完成率", 3, 3],
  [null, null, "项目完成及时性", 3, 3],
  [null, "效果性", "—", 10, 9.4, "妇女创业小额担保贷款发放240万元，为年度目标270万元的88.89%。"],
  [null, "公平性", "—", 5, 5],
  [null, "小计", null, 30, 29.4],
  [
    "加减分项",
    "省级、韶关市表彰（1分/项，最多3分）",
    null,
    3,
    3,
    "获全国妇女宣传舆论阵地建设先进单位、韶关市“三八红旗工作室”、广东省巾帼志愿示范宣讲队等表彰。",
  ],
  [null, "本市表彰（0.5分/项，最多2分）", null, 2, 0.5, "获2021年度全市双拥模范单位。"],
];

const cells = {
  A1: "部门整体支出绩效自评表",
  A2: "（2022年度）",
  A3: "部门名称",
  B3: "某区妇女联合会",
  E3: "填报日期",
  F3: "2023年3月",
  A4: "一、部门整体支出情况（万元）",
  A5: "项目",
  B5: "全年预算数",
  C5: "全年执行数",
  D5: "执行率",
  E5: "备注",
  A6: "合计",
  B6: 749.56,
  C6: 734.33,
  D6: "97.97%",
  A7: "基本支出",
  B7: 581.01,
  C7: 579.81,
  D7: "99.79%",
  A8: "其中：人员经费",
  B8: 451.2,
  C8: 451.2,
  D8: "100%",
  A9: "公用经费",
  B9: 129.81,
  C9: 128.61,
  D9: "99.08%",
  A10: "项目支出",
  B10: 168.54,
  C10: 154.53,
  D10: "91.69%",
  A11: "二、绩效指标评分",
  A12: "一级指标",
  B12: "二级指标",
  C12: "三级指标",
  D12: "分值",
  E12: "评分标准",
  F12: "自评得分",
  G12: "扣分原因",
};
const merges = ["A1:G1", "A2:G2", "B3:D3", "F3:G3", "A4:G4", "E5:G5", "E6:G6", "E7:G7", "E8:G8", "E9:G9", "E10:G10", "A11:G11"];
let level1Start = null;
let level2Start = null;
rows.forEach((r, i) => {
  const row = 13 + i;
  const [l1, l2, l3, points, score, reason] = r;
  if (l1) {
    if (level1Start !== null && level1Start < row - 1) merges.push(`A${level1Start}:A${row - 1}`);
    level1Start = row;
    cells[`A${row}`] = l1;
  }
  if (l2) {
    if (level2Start !== null && level2Start < row - 1 && !rows[level2Start - 13][1].startsWith("小计"))
      merges.push(`B${level2Start}:B${row - 1}`);
    level2Start = row;
    cells[`B${row}`] = l2;
    if (!l3) merges.push(`B${row}:C${row}`);
  }
  if (l3) cells[`C${row}`] = l3;
  cells[`D${row}`] = points;
  cells[`F${row}`] = score;
  if (reason) cells[`G${row}`] = reason;
});
const last = 13 + rows.length;
merges.push(`A${level1Start}:A${last - 1}`);
cells[`A${last}`] = "总分";
cells[`D${last}`] = 100;
cells[`F${last}`] = 102.4;
merges.push(`A${last}:C${last}`);
cells[`A${last + 1}`] = "自评结论";
merges.push(`B${last + 1}:G${last + 1}`);

module.exports = {
  file: "department-2022.xlsx",
  sheets: [{ name: "部门整体支出绩效自评表", widths: [14, 22, 26, 8, 16, 10, 36], cells, merges }],
};
