// The JSON `selfeval check --json` prints agrees with its published schema (src/output/check.schema.json)
// and with its TypeScript type (CheckJson): every example's and fixture's output validates, a sample of
// each type with every field filled validates, and the schema names exactly the type's fields.
import fs from "fs";
import path from "path";
import Ajv2020 from "ajv/dist/2020";
import { main } from "../../src/cli/main";
import schema from "../../src/output/check.schema.json";
import {
  CHECK_JSON_VERSION,
  type CheckJson,
  type DeclarationTableJson,
  type DepartmentTableJson,
  type MonitoringTableJson,
  type FileJson,
  type FindingJson,
  type ProjectTableJson,
  type ReviewJson,
  type SignalJson,
  type UnknownTableJson,
} from "../../src/output/json";

const ROOT = path.resolve(__dirname, "../..");
const INPUTS = [
  ...fs
    .readdirSync(path.join(ROOT, "examples"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join("examples", f)),
  ...fs.readdirSync(path.join(ROOT, "test/fixtures/foreign")).map((f) => path.join("test/fixtures/foreign", f)),
];

const ajv = new Ajv2020({ allErrors: true });
ajv.addKeyword("x-version");
const validate = ajv.compile(schema);

function errors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

async function checkJson(files: string[]): Promise<{ code: number; json: unknown }> {
  const out: string[] = [];
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const code = await main(["check", "--json", ...files], { out: (l) => out.push(l), err: () => undefined });
    return { code, json: JSON.parse(out.join("\n")) };
  } finally {
    process.chdir(cwd);
  }
}

// Every field of each type, filled (Required<…> makes the compiler insist on each optional one).
const finding: Required<FindingJson> = { rule: "budget.rate", severity: "error", cell: "H30", message: "总分不符" };
const signal: Required<SignalJson> = {
  id: "review.similar-narrative",
  cell: "F11",
  reason: "文字相似",
  weight: 3,
  other: { file: "b.xlsx", sheet: "自评表" },
};
const project: Required<ProjectTableJson> = {
  sheet: "自评表",
  table: 1,
  range: "A1:I30",
  kind: "project",
  layout: "guangzhou",
  profile: "guangzhou",
  projectName: "某项目",
  budget: { budget: 100, executed: 95, rate: 0.95, weight: 10, score: 9.5 },
  total: { score: 92.5, printed: 93, printedError: "#REF!" },
  grade: "优",
  partners: {
    declaration: { sheet: "申报表", how: "name-year" },
    monitoring: { sheet: "监控表", file: "b.xlsx", how: "name-only" },
    targets: { planned: 14, listed: 3 },
  },
  signals: [signal],
  findings: [finding],
};
const department: Required<DepartmentTableJson> = {
  sheet: "部门整体",
  table: 1,
  range: "A1:G46",
  kind: "department",
  unitName: "某单位",
  profile: "shaoguan",
  budget: { lines: [{ label: "合计", budget: 10, executed: 9, rate: 0.9 }] },
  total: { score: 90, printed: null, printedError: "#VALUE!", items: 88, bonus: 2 },
  grade: null,
  signals: [],
  findings: [],
};
const declaration: Required<DeclarationTableJson> = {
  sheet: "申报表",
  table: 1,
  range: "A1:H26",
  kind: "declaration",
  projectName: "某项目",
  year: 2020,
  funds: { total: 48, fiscal: 48, carryover: 0, other: null, medium: 150 },
  indicators: 14,
  findings: [],
};
const monitoring: Required<MonitoringTableJson> = {
  sheet: "监控表",
  table: 1,
  range: "A1:P26",
  kind: "monitoring",
  projectName: "某项目",
  year: null,
  funds: { budget: 48, midYear: 20, midYearRate: 0.4167, forecast: null },
  indicators: 14,
  likelihood: { certain: 12, possible: 1, impossible: 1 },
  findings: [],
};
const unknown: Required<UnknownTableJson> = { sheet: "说明", table: 1, range: "A1:B2", kind: "unknown", findings: [] };
const file: Required<FileJson> = {
  file: "a.xlsx",
  error: "无法读取",
  unreadableSheets: [{ sheet: "坏表", error: "无法读取" }],
  sheets: [project, department, declaration, monitoring, unknown],
};
const sample: Required<ReviewJson["sample"]> = { seed: 7, share: 0.2, count: 5, size: 5, byPriority: 3, population: 24 };
const ranked: Required<ReviewJson["tables"][number]> = {
  file: "a.xlsx",
  sheet: "自评表",
  table: 1,
  rank: 1,
  priority: 3,
  signals: ["review.similar-narrative"],
  sampled: true,
};
const full: Required<CheckJson> = { files: [file], crossFiles: [file], review: { sample, tables: [ranked] } };

type Schema = { properties?: Record<string, Schema>; items?: Schema; $ref?: string; $defs?: Record<string, Schema> };
const defs = (schema as Schema).$defs!;
const resolve = (s: Schema): Schema => (s.$ref ? defs[s.$ref.replace("#/$defs/", "")] : s);
const fields = (s: Schema) => Object.keys(resolve(s).properties ?? {}).sort();

describe("selfeval check --json", () => {
  test("the schema names its version, the one the type declares", () => {
    expect(schema["x-version"]).toBe(CHECK_JSON_VERSION);
    expect(schema.$id).toContain(CHECK_JSON_VERSION);
  });

  test.each(INPUTS)("%s: what check --json prints validates against the schema", async (input) => {
    const { json } = await checkJson([input]);
    expect(errors(json)).toEqual([]);
  });

  test("a batch of every example and fixture, streamed file by file, validates too", async () => {
    const { json } = await checkJson(INPUTS);
    expect((json as CheckJson).files).toHaveLength(INPUTS.length);
    expect(errors(json)).toEqual([]);
  });

  test("a typed sample with every field validates, and the schema names exactly the type's fields", () => {
    expect(errors(full)).toEqual([]);
    const p = defs.projectTable.properties!;
    const d = defs.departmentTable.properties!;
    const pairs: Array<[string, object, Schema]> = [
      ["check", full, schema as Schema],
      ["file", file, defs.file],
      ["unreadableSheets", file.unreadableSheets[0], defs.file.properties!.unreadableSheets.items!],
      ["finding", finding, resolve(p.findings).items!],
      ["signal", signal, resolve(p.signals).items!],
      ["signal other", signal.other, resolve(p.signals).items!.properties!.other],
      ["review", full.review, (schema as Schema).properties!.review],
      ["review sample", sample, (schema as Schema).properties!.review.properties!.sample],
      ["review table", ranked, (schema as Schema).properties!.review.properties!.tables.items!],
      ["project", project, defs.projectTable],
      ["project budget", project.budget, p.budget],
      ["project total", project.total, p.total],
      ["department", department, defs.departmentTable],
      ["department budget", department.budget, d.budget],
      ["department line", department.budget.lines[0], d.budget.properties!.lines.items!],
      ["department total", department.total, d.total],
      ["declaration", declaration, defs.declarationTable],
      ["declaration funds", declaration.funds, defs.declarationTable.properties!.funds],
      ["monitoring", monitoring, defs.monitoringTable],
      ["monitoring funds", monitoring.funds, defs.monitoringTable.properties!.funds],
      ["monitoring likelihood", monitoring.likelihood, defs.monitoringTable.properties!.likelihood],
      ["unknown", unknown, defs.unknownTable],
    ];
    for (const [name, sample, s] of pairs) expect({ name, fields: fields(s) }).toEqual({ name, fields: Object.keys(sample).sort() });
  });

  test("a field the schema does not know, or a required one missing, fails: the schema is exact", () => {
    expect(errors({ files: [{ ...file, extra: 1 }] })).not.toEqual([]);
    expect(errors({ files: [{ ...file, sheets: [{ ...project, budget: { ...project.budget, extra: 1 } }] }] })).not.toEqual([]);
    expect(errors({ files: [{ ...file, sheets: [{ ...unknown, grade: "优" }] }] })).not.toEqual([]);
    expect(errors({ files: [{ ...file, sheets: [{ ...monitoring, total: { score: 1, printed: 1 } }] }] })).not.toEqual([]);
    expect(errors({ files: [{ ...file, sheets: [{ ...declaration, funds: { ...declaration.funds, extra: 1 } }] }] })).not.toEqual([]);
    const { findings: _, ...noFindings } = project;
    expect(errors({ files: [{ ...file, sheets: [noFindings] }] })).not.toEqual([]);
    expect(errors({ files: [{ ...file, sheets: [{ ...project, kind: "other" }] }] })).not.toEqual([]);
  });
});
