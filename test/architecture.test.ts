// The core is pure: src/scoring and src/workbook import nothing but each other and src/messages; no
// module of src/ reaches itself through its imports.
import fs from "fs";
import path from "path";

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

test.each(["io", "engine", "checker"])("src/%s runs in a browser too: no Node-only module, no process or Buffer", (dir) => {
  const list = [
    ...files(path.join(src, dir)),
    ...fs
      .readdirSync(path.join(src, dir))
      .filter((f) => f.endsWith(".tsx"))
      .map((f) => path.join(src, dir, f)),
  ];
  expect(list.length).toBeGreaterThan(0);
  const allowed = new Set(["@e965/xlsx", "fflate", "react", "react-dom/client", "@fluentui/react-components", "@ironcalc/wasm", "docx"]);
  for (const file of list) {
    const text = fs.readFileSync(file, "utf8");
    const imports = [...text.matchAll(/(?:import|export)[^"']*from\s+["']([^"']+)["']|require\(["']([^"']+)["']\)/g)].map(
      (m) => m[1] ?? m[2],
    );
    for (const spec of imports)
      expect({ file: path.relative(src, file), spec, ok: spec.startsWith(".") || allowed.has(spec) }).toEqual({
        file: path.relative(src, file),
        spec,
        ok: true,
      });
    expect(text).not.toMatch(/\bprocess\.|\bBuffer\b|__dirname/);
  }
});

test("only the Excel port touches Office.js; the shared host code (src/hosts/*.ts) imports only the core", () => {
  const outside = [...files(src), ...files(path.join(src, "taskpane")).filter((f) => f.endsWith(".tsx"))].filter(
    (f) => !f.includes(`${path.sep}hosts${path.sep}excel${path.sep}`),
  );
  const touching = outside.filter((f) => /\bExcel\.run\b|\bOffice\.context\b/.test(fs.readFileSync(f, "utf8")));
  expect(touching.map((f) => path.relative(src, f))).toEqual([]);
  for (const file of fs.readdirSync(path.join(src, "hosts")).filter((f) => f.endsWith(".ts"))) {
    const text = fs.readFileSync(path.join(src, "hosts", file), "utf8");
    const imports = [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]);
    for (const spec of imports)
      expect({ file, spec, core: /^\.\.\/(workbook|scoring|messages)$|^\.\/port$/.test(spec) }).toEqual({ file, spec, core: true });
  }
});

test("only the WPS port reads WPS's object model; the WPS add-in's entry page only opens the pane and registers functions", () => {
  const all = [...files(src), ...files(path.join(src, "taskpane")).filter((f) => f.endsWith(".tsx"))];
  const touching = all.filter((f) => /\.(ActiveWorkbook|UsedRange|Value2|MergeArea|PrefixCharacter)\b/.test(fs.readFileSync(f, "utf8")));
  expect(touching.map((f) => path.relative(src, f))).toEqual([path.join("hosts", "wps", "et.ts")]);
  const entry = fs.readFileSync(path.join(src, "wps", "addin.ts"), "utf8");
  const imports = [...entry.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]);
  expect(imports).toEqual(["../functions/functions", "../functions/wps"]);
});

/**
 * Import circles that sit in code another change owns, each as its modules joined by " → " in the
 * order the search reports them; empty when there are none. (owned by another change)
 */
const ALLOWED_CYCLES: string[] = [];

test("the import graph of src/ has no circle", () => {
  const all = sources(src);
  const known = new Set(all);
  const resolve = (from: string, spec: string) =>
    [".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => path.resolve(path.dirname(from), spec) + ext).find((f) => known.has(f));
  const edges = new Map(
    all.map((file) => {
      const text = fs.readFileSync(file, "utf8");
      const specs = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["'](\.[^"']*)["']|import\(\s*["'](\.[^"']*)["']\s*\)/g)].map(
        (m) => m[1] ?? m[2],
      );
      return [file, [...new Set(specs.map((s) => resolve(file, s)).filter((f): f is string => f !== undefined))]];
    }),
  );
  // Depth-first search; a module met again while still on the path closes a circle.
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open")
        cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(src, f)).join(" → "));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of all) if (!state.has(file)) visit(file);
  expect(cycles.filter((c) => !ALLOWED_CYCLES.includes(c))).toEqual([]);
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
