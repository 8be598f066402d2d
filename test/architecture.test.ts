// The core is pure: src/scoring and src/workbook import nothing but each other and src/messages; no
// module of src/ reaches itself through its imports.
import fs from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const architecture = require("../scripts/architecture.js");

const src = path.resolve(__dirname, "../src");

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith(".ts") ? [path.join(dir, d.name)] : []));
}

/** Every TypeScript module under dir, .tsx included, declarations left out. */
function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? sources(path.join(dir, d.name)) : /(?<!\.d)\.tsx?$/.test(d.name) ? [path.join(dir, d.name)] : []));
}

test.each(["scoring", "workbook"])("src/%s imports no Office.js, React, ExcelJS, fs or other I/O", (dir) => {
  const list = files(path.join(src, dir));
  expect(list.length).toBeGreaterThan(3);
  for (const file of list) {
    const text = fs.readFileSync(file, "utf8");
    const imports = [...text.matchAll(/(?:import|export)[^"']*from\s+["']([^"']+)["']|require\(["']([^"']+)["']\)/g)].map(
      (m) => m[1] ?? m[2],
    );
    for (const spec of imports)
      expect({ file: path.relative(src, file), spec, relative: spec.startsWith(".") }).toEqual({
        file: path.relative(src, file),
        spec,
        relative: true,
      });
    expect(text).not.toMatch(/\bOffice\.|\bExcel\.run|\bdocument\.|\bwindow\./);
  }
});

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^"']*from\s+["']([^"']+)["']|(?:require|import)\(["']([^"']+)["']\)/g)].map(
    (m) => m[1] ?? m[2],
  );
}

test("the charts (@fluentui/react-charts) are the web checker's alone: nothing outside src/checker imports them, so the pane never loads them", () => {
  const importers = sources(src)
    .filter((file) => importsOf(file).includes("@fluentui/react-charts"))
    .map((file) => path.relative(src, file).split(path.sep)[0]);
  expect(importers.length).toBeGreaterThan(0);
  expect(new Set(importers)).toEqual(new Set(["checker"]));
});

test.each(["io", "output", "usecases", "checker"])("src/%s runs in a browser too: no Node-only module, no process or Buffer", (dir) => {
  const list = sources(path.join(src, dir));
  expect(list.length).toBeGreaterThan(0);
  const allowed = new Set([
    "@e965/xlsx",
    "fflate",
    "react",
    "react-dom/client",
    "@fluentui/react-components",
    "@fluentui/react-charts",
    "@ironcalc/wasm",
    "docx",
  ]);
  for (const file of list) {
    const text = fs.readFileSync(file, "utf8");
    for (const spec of importsOf(file))
      expect({ file: path.relative(src, file), spec, ok: spec.startsWith(".") || allowed.has(spec) }).toEqual({
        file: path.relative(src, file),
        spec,
        ok: true,
      });
    expect(text).not.toMatch(/\bprocess\.|\bBuffer\b|__dirname/);
  }
});

/** A file's code without its comments (a rough cut: enough to tell an API call from a mention of it). */
function code(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

const inside = (folder: string) => (f: string) => path.relative(src, f).startsWith(folder + path.sep);
const panes = () => [...files(src), ...files(path.join(src, "taskpane")).filter((f) => f.endsWith(".tsx"))];

test("only src/hosts/excel/ touches Office.js", () => {
  const touching = panes().filter((f) => /\bOffice\.|\bExcel\.|typeof Office\b/.test(code(f)));
  expect(touching.filter(inside(path.join("hosts", "excel"))).length).toBeGreaterThan(0);
  expect(touching.filter((f) => !inside(path.join("hosts", "excel"))(f)).map((f) => path.relative(src, f))).toEqual([]);
});

test("only src/hosts/wps/ touches WPS's ET object model; its entry page only opens the pane and registers functions", () => {
  const touching = panes().filter((f) =>
    /\.(ActiveWorkbook|UsedRange|Value2|MergeArea|MergeCells|PrefixCharacter|SpecialCells|CreateTaskPane)\b|\bEt\.|\bWPS\./.test(code(f)),
  );
  expect(touching.filter(inside(path.join("hosts", "wps"))).length).toBeGreaterThan(0);
  expect(touching.filter((f) => !inside(path.join("hosts", "wps"))(f)).map((f) => path.relative(src, f))).toEqual([]);
  const entry = fs.readFileSync(path.join(src, "hosts", "wps", "addin.ts"), "utf8");
  const imports = [...entry.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]);
  expect(imports).toEqual(["../../functions/functions", "./functions", "./pane"]);
});

test("the shared host code (src/hosts/*.ts) imports only the core and itself; detect.ts alone names the hosts", () => {
  for (const file of fs.readdirSync(path.join(src, "hosts")).filter((f) => f.endsWith(".ts"))) {
    const text = fs.readFileSync(path.join(src, "hosts", file), "utf8");
    const imports = [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]);
    const allowed =
      file === "detect.ts" ? /^\.\.\/messages$|^\.\/port$|^\.\/(excel|wps)\/[a-z]+$/ : /^\.\.\/(workbook|scoring|messages)$|^\.\/[a-z]+$/;
    for (const spec of imports) expect({ file, spec, allowed: allowed.test(spec) }).toEqual({ file, spec, allowed: true });
  }
});

test("each host driver reaches the pane only through the shared port (portOf): the write policy is not repeated", () => {
  for (const host of ["excel", "wps"]) {
    const text = files(path.join(src, "hosts", host))
      .map((f) => fs.readFileSync(f, "utf8"))
      .join("\n");
    expect(text).toMatch(/\bportOf\(/);
    expect(text).not.toMatch(/PANE\.(changedSince|changedAfterWrite|mergedInterior|protectedSheet\(b)/);
  }
});

test("src/output's emitters do no I/O: they take reports and return a string, an object or bytes", () => {
  const list = sources(path.join(src, "output"));
  expect(list.length).toBeGreaterThan(3);
  for (const file of list) {
    const text = fs.readFileSync(file, "utf8");
    const outside = importsOf(file).filter(
      (spec) => spec.startsWith(".") && !/^\.\.\/(io|messages|scoring|workbook|usecases)(\/|$)/.test(spec),
    );
    expect({ file: path.relative(src, file), outside }).toEqual({ file: path.relative(src, file), outside: [] });
    expect(text).not.toMatch(/\bfetch\(|\bdocument\.|\bwindow\.|\blocalStorage\b|\bXMLHttpRequest\b|\bpostMessage\b/);
  }
  // The use cases and the emitters never reach into a shell.
  for (const file of [...list, ...sources(path.join(src, "usecases"))])
    expect({
      file: path.relative(src, file),
      shell: importsOf(file).filter((spec) => /(^|\/)(cli|checker|taskpane|hosts)(\/|$)/.test(spec)),
    }).toEqual({
      file: path.relative(src, file),
      shell: [],
    });
});

test("the web checker imports nothing from the CLI: both run the use cases in src/usecases", () => {
  for (const file of sources(path.join(src, "checker")))
    expect({ file: path.relative(src, file), cli: importsOf(file).filter((spec) => /(^|\/)cli(\/|$)/.test(spec)) }).toEqual({
      file: path.relative(src, file),
      cli: [],
    });
});

test("the import graph of src/ has no circle (scripts/architecture.js reads the same imports as the drawing)", () => {
  const { fileEdges } = architecture.graph();
  expect(fileEdges.size).toBeGreaterThan(50);
  expect(architecture.cycles(fileEdges)).toEqual([]);
});

test("no back-and-forth between the parts of src/ (its top folders): none imports another that leads back to it", () => {
  const { edges } = architecture.graph();
  const top = (box: string) => box.split("/")[0];
  const next = new Map<string, string[]>();
  for (const key of edges.keys()) {
    const [from, to] = key.split(" ").map(top);
    if (from !== to) next.set(from, [...(next.get(from) ?? []), to]);
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    (next.get(from) ?? []).some((n) => n === to || (!seen.has(n) && (seen.add(n), reaches(n, to, seen))));
  expect(next.size).toBeGreaterThan(5);
  const loops = [...next].flatMap(([from, tos]) => tos.filter((to) => reaches(to, from)).map((to) => [from, to]));
  expect(loops.map(([from, to]) => `${from} → ${to}`)).toEqual([]);
});

test("a rule family imports no other family: only the rule types, the shared fix builders and helpers", () => {
  const dir = path.join(src, "workbook", "rules");
  const shared = new Set(["./types", "./fixes", "./helpers"]);
  const families = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !["types.ts", "fixes.ts", "helpers.ts", "registry.ts", "run.ts", "index.ts"].includes(f));
  expect(families.length).toBeGreaterThan(5);
  for (const file of families) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    const local = [...text.matchAll(/from\s+["'](\.\/[^"']+)["']/g)].map((m) => m[1]);
    expect({ file, local: local.filter((s) => !shared.has(s)) }).toEqual({ file, local: [] });
  }
});

test("the drawing in docs/developer/architecture.md is the code's (node scripts/architecture.js redraws it)", () => {
  const doc = fs.readFileSync(path.resolve(__dirname, "../docs/developer/architecture.md"), "utf8");
  const drawn = doc.slice(doc.indexOf("<!-- architecture:start"), doc.indexOf("<!-- architecture:end -->"));
  expect(drawn).toContain(architecture.mermaid());
});
