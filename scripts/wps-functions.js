// The JX functions as WPS registers them (wps.AddCustomFunction, WPS 12.1.0.20540 and later): the same
// JSDoc that gives Excel its functions.json, read by custom-functions-metadata, with the same Chinese
// words (functions-zh-CN.source.json), in the form WPS's metadata takes: types "any", "number",
// "string", "bool", a "[][]" suffix for ranges and "?" for optional parameters.
"use strict";

const fs = require("fs");
const path = require("path");
const { localizeMetadata } = require("./localize-metadata");

const ROOT = path.resolve(__dirname, "..");

function wpsType(p) {
  const base = !p || !p.type ? "any" : p.type === "boolean" ? "bool" : p.type;
  return `${base}${p && p.dimensionality === "matrix" ? "[][]" : ""}${p && p.optional ? "?" : ""}`;
}

/** [{ name, function, description, parameters: [{ name, type, description }], result: { type } }] */
async function wpsFunctionMetadata() {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const generated = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"), false);
  if (generated.errors.length) throw new Error(`函数说明有误：${generated.errors.join("；")}`);
  const table = JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/functions-zh-CN.source.json"), "utf8"));
  const { metadata, errors } = localizeMetadata(JSON.parse(generated.metadataJson), table);
  if (errors.length) throw new Error(`函数中文说明有误：${errors.join("；")}`);
  const functionOf = new Map(generated.associate.map((a) => [a.id, a.functionName]));
  return metadata.functions.map((fn) => ({
    name: fn.name,
    function: functionOf.get(fn.id),
    description: fn.description,
    parameters: fn.parameters.map((p) => ({ name: p.name, type: wpsType(p), description: p.description })),
    result: { type: wpsType(fn.result) },
  }));
}

module.exports = { wpsFunctionMetadata, wpsType };
