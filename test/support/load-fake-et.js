// The fake WPS (fake-et.ts, a TypeScript file with no imports) as JavaScript: CommonJS text for a page
// script, or loaded as a module in node (the benchmarks, which run without ts-jest).
"use strict";

const fs = require("fs");
const path = require("path");

function fakeEtSource() {
  const ts = require("typescript");
  const source = fs.readFileSync(path.join(__dirname, "fake-et.ts"), "utf8");
  return ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 } }).outputText;
}

function loadFakeEt() {
  const module = { exports: {} };
  new Function("module", "exports", fakeEtSource())(module, module.exports);
  return module.exports;
}

module.exports = { fakeEtSource, loadFakeEt };
