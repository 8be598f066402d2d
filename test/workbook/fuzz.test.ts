// 10,000 mutated grids (project and department tables): rows and columns deleted or shuffled, labels garbled, values swapped, merges
// broken, huge sheets. The engine must never throw and every finding must be well formed (speed: npm run bench).
import { checkTables, planFills, planFixes } from "../../src/workbook";
import { BASES, mutate } from "../support/mutate";
import { mulberry32 as prng } from "../../src/workbook";

test("10,000 mutated grids: no exception, valid findings", () => {
  const rnd = prng(1234567);
  let projects = 0;
  const A1 = /^[A-Z]{1,3}[1-9]\d*$/;
  for (let i = 0; i < 10000; i++) {
    const grid = mutate(rnd, BASES[i % BASES.length], i % 50 === 7);
    const reports = checkTables(grid);
    if (reports.some((r) => r.kind !== "unknown")) projects++;
    for (const report of reports) {
      planFixes(report);
      planFills(report, { overwriteText: true });
      for (const f of report.findings) {
        if (!A1.test(f.cell) || !/[\u4e00-\u9fff]/.test(f.message)) throw new Error(`bad finding ${JSON.stringify(f)} in grid ${i}`);
      }
    }
  }
  // Most mutations leave a recognisable table: the recogniser is not brittle.
  expect(projects).toBeGreaterThan(5000);
});
