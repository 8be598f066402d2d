// Draws the module structure of src/ (its parts as boxes, imports as arrows) as a Mermaid diagram from the
// code's own imports, and writes it into docs/developer/architecture.md between the architecture markers.
//   node scripts/architecture.js           rewrite the diagram in the developer docs
//   node scripts/architecture.js --print   print the diagram only
//   node scripts/architecture.js --check   exit 1 when the docs' diagram is not the code's
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const src = path.join(root, "src");
const doc = path.join(root, "docs", "developer", "architecture.md");
const START = "<!-- architecture:start (node scripts/architecture.js 生成，请勿手改) -->";
const END = "<!-- architecture:end -->";

function sourceFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) return sourceFiles(p);
      return /\.(ts|tsx)$/.test(d.name) && !d.name.endsWith(".d.ts") ? [p] : [];
    })
    .sort();
}

/** The relative imports of a file (static, re-exports and dynamic import()), resolved to files of src/. */
function importsOf(file) {
  const text = fs.readFileSync(file, "utf8");
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^"';]*?from\s+["']([^"']+)["']|import\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/g),
  ]
    .map((m) => m[1] ?? m[2])
    .filter((s) => s.startsWith("."));
  const out = [];
  for (const spec of specs) {
    const base = path.resolve(path.dirname(file), spec);
    const hit = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find(
      (p) => fs.existsSync(p) && fs.statSync(p).isFile() && /\.(ts|tsx)$/.test(p),
    );
    if (hit) out.push(hit);
  }
  return out;
}

/** A file's box: its part of src/ (top folder), each host's folder on its own (they are the two hosts). */
function boxOf(file) {
  const parts = path.relative(src, path.dirname(file)).split(path.sep).filter(Boolean);
  if (parts.length === 0) return "src";
  return parts[0] === "hosts" && parts[1] ? `hosts/${parts[1]}` : parts[0];
}
const idOf = (box) => box.replace(/[^A-Za-z0-9]/g, "_");

function graph() {
  const files = sourceFiles(src);
  const lines = new Map();
  const edges = new Map();
  const fileEdges = new Map();
  for (const f of files) {
    const box = boxOf(f);
    const count = fs.readFileSync(f, "utf8").split("\n").length;
    const entry = lines.get(box) ?? { files: 0, lines: 0 };
    lines.set(box, { files: entry.files + 1, lines: entry.lines + count });
    const targets = importsOf(f);
    fileEdges.set(f, targets);
    for (const t of targets) {
      const to = boxOf(t);
      if (to === box) continue;
      const key = `${box} ${to}`;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  return { files, lines, edges, fileEdges };
}

/** Import cycles between files, each as a list of paths relative to src/ (none in a healthy tree). */
function cycles(fileEdges) {
  const found = [];
  const state = new Map();
  const stack = [];
  const visit = (f) => {
    state.set(f, "open");
    stack.push(f);
    for (const t of fileEdges.get(f) ?? []) {
      if (state.get(t) === "open")
        found.push(
          stack
            .slice(stack.indexOf(t))
            .concat(t)
            .map((p) => path.relative(src, p)),
        );
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of fileEdges.keys()) if (!state.has(f)) visit(f);
  return found;
}

function mermaid() {
  const { lines, edges } = graph();
  const out = ["```mermaid", "flowchart TD"];
  // Only boxes and arrows: the drawing changes when the structure does, not with every edit.
  for (const box of [...lines.keys()].sort()) out.push(`  ${idOf(box)}["${box}/"]`);
  for (const key of [...edges.keys()].sort()) {
    const [from, to] = key.split(" ");
    out.push(`  ${idOf(from)} --> ${idOf(to)}`);
  }
  out.push("```");
  return out.join("\n");
}

module.exports = { graph, cycles, mermaid, importsOf };

if (require.main === module) {
  const diagram = mermaid();
  const mode = process.argv[2];
  if (mode === "--print") {
    console.log(diagram);
    process.exit(0);
  }
  const text = fs.readFileSync(doc, "utf8");
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) {
    console.error(`${path.relative(root, doc)} 中没有结构图标记（${START} … ${END}）。`);
    process.exit(2);
  }
  const next = `${text.slice(0, a + START.length)}\n${diagram}\n${text.slice(b)}`;
  if (mode === "--check") {
    if (next !== text) {
      console.error("docs/developer/architecture.md 的结构图不是当前代码的：请运行 node scripts/architecture.js。");
      process.exit(1);
    }
    process.exit(0);
  }
  fs.writeFileSync(doc, next);
  console.log(next === text ? "结构图已是最新。" : "已更新 docs/developer/architecture.md 的结构图。");
}
