// Deterministic mutations of the example tables (rows and columns deleted or shuffled, labels garbled,
// values swapped, merges broken, huge sheets): the fuzz test and the behaviour corpus share them.
import { Grid, fromA1, parseRange, type Area, type CellEntry, type CellValue } from "../../src/workbook";
import { loadExample, type SheetData } from "./fixtures";

export const BASES: SheetData[] = [
  "guangzhou-panyu-2021.js",
  "central-weiquan-2022.js",
  "sichuan-peixun-2023.js",
  "department-2022.js",
].map((n) => loadExample(n).sheets[0]);
const NOISE: CellValue[] = [
  "—",
  "/",
  "*",
  "",
  "三级指标",
  "总分",
  "合计",
  "年度资金总额",
  "分值",
  "得分",
  "≥",
  "%",
  "十",
  "不超过",
  "2023年12月前",
  0,
  -1,
  1e12,
  0.5,
  true,
  false,
  "达成预期指标",
  "未达成",
  "产出指标",
  "x".repeat(300),
  "（",
  "（）",
  "\n",
];

function entriesOf(sheet: SheetData): { entries: CellEntry[]; merges: Area[] } {
  return {
    entries: Object.entries(sheet.cells).map(([a1, value]) => ({ ...fromA1(a1), value, format: sheet.formats?.[a1] })),
    merges: sheet.merges.map(parseRange),
  };
}

export function mutate(rnd: () => number, base: SheetData, huge: boolean): Grid {
  let { entries, merges } = entriesOf(base);
  const int = (n: number) => Math.floor(rnd() * n);
  const steps = 1 + int(6);
  for (let s = 0; s < steps; s++) {
    switch (int(8)) {
      case 0: {
        const row = int(30);
        entries = entries.filter((e) => e.row !== row).map((e) => (e.row > row ? { ...e, row: e.row - 1 } : e));
        break;
      }
      case 1: {
        const col = int(12);
        entries = entries.filter((e) => e.col !== col).map((e) => (e.col > col ? { ...e, col: e.col - 1 } : e));
        break;
      }
      case 2: {
        const order = Array.from({ length: 30 }, (_, i) => i).sort(() => rnd() - 0.5);
        entries = entries.map((e) => ({ ...e, row: e.row < 30 ? order[e.row] : e.row }));
        break;
      }
      case 3:
        entries = entries.map((e) =>
          typeof e.value === "string" && rnd() < 0.3
            ? {
                ...e,
                value: e.value
                  .split("")
                  .sort(() => rnd() - 0.5)
                  .join(""),
              }
            : e,
        );
        break;
      case 4:
        for (let k = 0; k < 10 && entries.length > 1; k++) {
          const a = int(entries.length);
          const b = int(entries.length);
          [entries[a], entries[b]] = [
            { ...entries[a], value: entries[b].value },
            { ...entries[b], value: entries[a].value },
          ];
        }
        break;
      case 5:
        for (let k = 0; k < 15; k++)
          entries.push({ row: int(30), col: int(12), value: NOISE[int(NOISE.length)], format: rnd() < 0.2 ? "0.00%" : undefined });
        break;
      case 6:
        merges = merges.filter(() => rnd() < 0.5);
        for (let k = 0; k < 5; k++) {
          const top = int(30);
          const left = int(12);
          merges.push({ top, left, bottom: top + int(20), right: left + int(5) });
        }
        break;
      default:
        entries = entries.filter(() => rnd() < 0.85);
    }
  }
  if (huge) {
    // Thousands of rows of noise below (or inside) the table.
    const rows = 2000 + int(3000);
    const from = int(40);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < 10; c += 1 + int(3)) entries.push({ row: from + 30 + r, col: c, value: NOISE[int(NOISE.length)] });
  }
  // Later entries win for a cell, as a spreadsheet holds one value per cell.
  const byCell = new Map<string, CellEntry>();
  for (const e of entries) if (e.row >= 0 && e.col >= 0) byCell.set(`${e.row}:${e.col}`, e);
  return new Grid(byCell.values(), merges, "fuzz");
}
