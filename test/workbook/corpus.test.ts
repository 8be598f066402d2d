// The behaviour corpus: the findings of the example tables and of 400 deterministic mutations of them,
// kept as a golden file. A refactoring must leave it unchanged; a change of behaviour shows up here as
// a reviewable diff (UPDATE_GOLDEN=1 rewrites it).
import fs from "fs";
import path from "path";
import { checkTables, type Grid } from "../../src/workbook";
import { DEPARTMENT_EXAMPLE, LAYOUT_EXAMPLES, gridOf, loadExample } from "../support/fixtures";
import { BASES, mutate } from "../support/mutate";
import { mulberry32 as prng } from "../../src/workbook";

const EXAMPLES = [...Object.values(LAYOUT_EXAMPLES), DEPARTMENT_EXAMPLE];

function corpus(): Array<{ name: string; grid: Grid }> {
  const out: Array<{ name: string; grid: Grid }> = [];
  for (const name of EXAMPLES)
    for (const sheet of loadExample(name).sheets) out.push({ name: `${name}:${sheet.name}`, grid: gridOf(sheet) });
  const rnd = prng(20261127);
  for (let i = 0; i < 400; i++) out.push({ name: `mutation-${i}`, grid: mutate(rnd, BASES[i % BASES.length], false) });
  return out;
}

test("the findings of the corpus match the golden file", () => {
  const actual: Record<string, unknown> = {};
  for (const { name, grid } of corpus()) {
    const tables = checkTables(grid);
    actual[name] = tables.map((t) => ({
      kind: t.kind,
      total: t.total ?? null,
      // Sorted: a finding's place in the list follows the catalogue's order, which may be rearranged.
      findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule} ${f.message}`).sort(),
    }));
  }
  const file = path.resolve(__dirname, "../golden/corpus.json");
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, JSON.stringify(actual, null, 1) + "\n");
  expect(actual).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
});
