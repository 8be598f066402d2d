// The core is pure: src/scoring and src/workbook import nothing but each other and src/messages.
import fs from "fs";
import path from "path";

const src = path.resolve(__dirname, "../src");

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith(".ts") ? [path.join(dir, d.name)] : []));
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
  expect(imports).toEqual(["../../functions/functions", "./functions"]);
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
