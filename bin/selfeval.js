#!/usr/bin/env node
// selfeval — 绩效自评表校验与填写（命令行）。The TypeScript sources are compiled to build/ by `npm ci`.
"use strict";

const path = require("path");

// `selfeval check … | head`: when the reader of our output goes away, stop quietly, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(process.exitCode || 0);
    throw err;
  });
}

let cli;
try {
  cli = require(path.join(__dirname, "..", "build", "cli", "main.js"));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("selfeval 尚未编译：请在项目目录执行 npm run build:cli（或重新执行 npm ci）。\n");
    process.exit(2);
  }
  throw err;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
