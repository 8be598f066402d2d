// The function reference's examples (docs/user/functions.md) are executed, so the table stays true.
import fs from "fs";
import path from "path";
import * as fns from "../../src/functions/functions";

type AnyFunction = (...args: never[]) => unknown;
const byId: Record<string, AnyFunction> = {
  EXECRATE: fns.execRate,
  BUDGETSCORE: fns.budgetScoreFn,
  SCORE: fns.score,
  COMPLETION: fns.completionFn,
  WEIGHTEDSCORE: fns.weightedScore,
  GRADE: fns.grade,
  PARSE: fns.parse,
};

const reference = fs.readFileSync(path.resolve(__dirname, "../../docs/user/functions.md"), "utf8");
const examples = [...reference.matchAll(/`=JX\.([A-Z]+)\(([^`]*)\)` → ([^<|\n]+)/g)].map((m) => ({
  id: m[1],
  args: JSON.parse(`[${m[2]}]`) as unknown[],
  expected: m[3].trim(),
}));

test("the function reference shows an example for every function but WEIGHTEDSCORE's range one", () => {
  expect(new Set(examples.map((e) => e.id))).toEqual(new Set(["EXECRATE", "BUDGETSCORE", "SCORE", "COMPLETION", "GRADE", "PARSE"]));
  expect(examples.length).toBeGreaterThanOrEqual(10);
});

test.each(examples.map((e) => [`=JX.${e.id}(${JSON.stringify(e.args).slice(1, -1)})`, e] as const))("%s", (_name, e) => {
  const result = byId[e.id](...(e.args as never[]));
  if (Array.isArray(result)) {
    expect((result as unknown[][])[0].join(" · ")).toBe(e.expected);
  } else if (typeof result === "number") {
    expect(result).toBeCloseTo(Number(e.expected), 6);
  } else {
    expect(result).toBe(e.expected);
  }
});

test("every function id appears in the function reference and in the zh-CN source", () => {
  const zh = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../src/functions/functions-zh-CN.source.json"), "utf8"));
  for (const id of Object.keys(byId)) {
    expect(reference).toContain(`JX.${id}`);
    expect(zh[id]).toBeDefined();
  }
});
