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

/** Every .ts and .tsx file under a folder. */
function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? sources(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [path.join(dir, d.name)] : []));
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^"']*from\s+["']([^"']+)["']|(?:require|import)\(["']([^"']+)["']\)/g)].map(
    (m) => m[1] ?? m[2],
  );
}

test.each(["io", "output", "usecases", "checker"])("src/%s runs in a browser too: no Node-only module, no process or Buffer", (dir) => {
  const list = sources(path.join(src, dir));
  expect(list.length).toBeGreaterThan(0);
  const allowed = new Set(["@e965/xlsx", "fflate", "react", "react-dom/client", "@fluentui/react-components", "@ironcalc/wasm", "docx"]);
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
