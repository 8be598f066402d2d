// Golden tests of the generated function metadata, English and zh-CN, and of the built copies.
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { PROFILE_LIST } from "../../src/scoring";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../scripts/localize-metadata");

const root = path.resolve(__dirname, "../..");
const golden = (name: string) => path.join(root, "test/golden", name);
const CJK = /[\u4e00-\u9fff]/;
const IDS = ["EXECRATE", "BUDGETSCORE", "SCORE", "COMPLETION", "WEIGHTEDSCORE", "GRADE", "PARSE"];

interface Metadata {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    parameters: Array<{ name: string; description: string; type: string; optional?: boolean; dimensionality?: string }>;
  }>;
}

let english: Metadata;
let chinese: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(root, "src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  const generated = JSON.parse(result.metadataJson);
  const table = JSON.parse(fs.readFileSync(path.join(root, "src/functions/functions-zh-CN.source.json"), "utf8"));
  const localized = localizeMetadata(generated, table);
  english = localized.english;
  expect(localized.errors).toEqual([]);
  chinese = localized.metadata;
  if (process.env.UPDATE_GOLDEN) {
    fs.writeFileSync(golden("functions.json"), JSON.stringify(english, null, 4) + "\n");
    fs.writeFileSync(golden("functions-zh-CN.json"), JSON.stringify(chinese, null, 4) + "\n");
  }
});

test("functions.json matches its golden file", () => {
  expect(english).toEqual(JSON.parse(fs.readFileSync(golden("functions.json"), "utf8")));
});

test("functions-zh-CN.json matches its golden file", () => {
  expect(chinese).toEqual(JSON.parse(fs.readFileSync(golden("functions-zh-CN.json"), "utf8")));
});

test("exactly the issue's function ids, all ASCII", () => {
  expect(english.functions.map((f) => f.id)).toEqual(IDS);
  for (const f of english.functions) expect(f.id).toMatch(/^[A-Za-z][A-Za-z0-9._]{2,}$/);
});

test("zh-CN has the same ids and parameters, with Chinese text for every function and parameter", () => {
  expect(chinese.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
  chinese.functions.forEach((fn, i) => {
    const en = english.functions[i];
    expect(fn.name).toBe(en.name);
    expect(fn.description).toMatch(CJK);
    expect(fn.parameters.map((p) => [p.type, p.optional ?? false, p.dimensionality ?? "scalar"])).toEqual(
      en.parameters.map((p) => [p.type, p.optional ?? false, p.dimensionality ?? "scalar"]),
    );
    for (const p of fn.parameters) {
      expect(p.name).toMatch(CJK);
      expect(p.description).toMatch(CJK);
    }
  });
});

test("ranges are declared as matrices so Excel passes 2-D arrays", () => {
  const ws = english.functions.find((f) => f.id === "WEIGHTEDSCORE")!;
  expect(ws.parameters.slice(0, 3).map((p) => p.dimensionality)).toEqual(["matrix", "matrix", "matrix"]);
  expect(english.functions.find((f) => f.id === "PARSE")).toMatchObject({ result: { dimensionality: "matrix" } });
});

test("a missing translation is reported, not silently left in English", () => {
  const { errors } = localizeMetadata(english, { SCORE: { description: "评分", parameters: {} } });
  expect(errors.length).toBeGreaterThan(5);
  expect(errors.join("\n")).toMatch(/EXECRATE 缺少中文说明/);
  expect(errors.join("\n")).toMatch(/SCORE 的参数 target 缺少/);
});

test("the profile parameter lists every profile of src/scoring/profiles.ts, in both languages", () => {
  for (const [meta, text] of [
    [english, (p: (typeof PROFILE_LIST)[number]) => p.id],
    [chinese, (p: (typeof PROFILE_LIST)[number]) => `${p.id}（${p.shortName}`],
  ] as const) {
    const descriptions = meta.functions.flatMap((f) =>
      f.parameters.filter((p) => p.type === "string" && /profile|评分方案/.test(p.description + p.name)),
    );
    expect(descriptions.length).toBe(3);
    for (const d of descriptions) {
      expect(d.description).not.toContain("{{");
      for (const p of PROFILE_LIST) expect(d.description).toContain(text(p));
    }
  }
});

describe("the build", () => {
  const dist = path.join(root, "dist");
  test("dist holds the same metadata as the golden files", () => {
    expect(JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"))).toEqual(english);
    expect(JSON.parse(fs.readFileSync(path.join(dist, "functions-zh-CN.json"), "utf8"))).toEqual(chinese);
  });

  test("help.html documents every function in Chinese", () => {
    const help = fs.readFileSync(path.join(dist, "help.html"), "utf8");
    for (const id of IDS) expect(help).toContain(`JX.${id}(`);
    expect(help).toContain("年度指标值");
  });
});
