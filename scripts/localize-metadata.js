// Builds functions-zh-CN.json (and the help page) from the functions.json that
// custom-functions-metadata-plugin generated and the Chinese text in
// src/functions/functions-zh-CN.source.json. Same ids, same parameters, Chinese words.
"use strict";

const fs = require("fs");
const path = require("path");

const PLACEHOLDER = "{{profiles}}";

/**
 * The scoring profiles, read from src/scoring/profiles.ts (a list of plain objects that imports only
 * types), so the functions' help lists every region without anyone keeping a second list.
 */
function loadProfiles() {
  const ts = require("typescript");
  const source = fs.readFileSync(path.resolve(__dirname, "../src/scoring/profiles.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const module = { exports: {} };
  new Function("module", "exports", "require", outputText)(module, module.exports, (id) => {
    throw new Error(`src/scoring/profiles.ts 只能引用类型，不能在运行时引用 ${id}`);
  });
  return module.exports.PROFILE_LIST;
}

/** "central (default), hebei, sichuan or guangzhou" and "central（中央，默认）、hebei（河北）…". */
function profileLists(profiles) {
  const ids = profiles.map((p, i) => (i === 0 ? `${p.id} (default)` : p.id));
  return {
    en: ids.length > 1 ? `${ids.slice(0, -1).join(", ")} or ${ids[ids.length - 1]}` : ids.join(""),
    zh: profiles.map((p, i) => `${p.id}（${p.shortName}${i === 0 ? "，默认" : ""}）`).join("、"),
  };
}

/** The metadata with the profile placeholder in every description filled in. */
function fillProfiles(metadata, list) {
  const fill = (text) => (typeof text === "string" ? text.split(PLACEHOLDER).join(list) : text);
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      description: fill(fn.description),
      parameters: fn.parameters.map((p) => ({ ...p, description: fill(p.description) })),
    })),
  };
}

/**
 * @param {{functions: Array<{id: string, name: string, description?: string, parameters: Array<{name: string, description?: string}>}>}} metadata
 * @param {Record<string, {description: string, parameters: Record<string, {name: string, description: string}>}>} table
 * @returns {{ metadata: object, errors: string[] }}
 */
function localizeMetadata(generated, table, profiles = loadProfiles()) {
  const errors = [];
  const lists = profileLists(profiles);
  const metadata = fillProfiles(generated, lists.en);
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) errors.push(`functions-zh-CN.source.json 中的 ${id} 没有对应的函数`);
  }
  const functions = metadata.functions.map((fn) => {
    const zh = table[fn.id];
    if (!zh || !zh.description) {
      errors.push(`函数 ${fn.id} 缺少中文说明`);
      return fn;
    }
    const known = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(zh.parameters || {})) {
      if (!known.has(name)) errors.push(`函数 ${fn.id} 的中文说明写了不存在的参数 ${name}`);
    }
    const parameters = fn.parameters.map((p) => {
      const zp = (zh.parameters || {})[p.name];
      if (!zp || !zp.name || !zp.description) {
        errors.push(`函数 ${fn.id} 的参数 ${p.name} 缺少中文名称或说明`);
        return p;
      }
      return { ...p, name: zp.name, description: zp.description };
    });
    return { ...fn, description: zh.description, parameters };
  });
  return { english: metadata, metadata: fillProfiles({ ...metadata, functions }, lists.zh), errors };
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/** A static Chinese help page listing every function, from the same metadata. */
function helpPage(localized, namespace) {
  const rows = localized.functions
    .map((fn) => {
      const params = fn.parameters
        .map((p) => `<li><b>${escapeHtml(p.name)}</b>${p.optional ? "（可省略）" : ""}：${escapeHtml(p.description)}</li>`)
        .join("");
      const signature = `${namespace}.${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
      return `<section><h2>${escapeHtml(signature)}</h2><p>${escapeHtml(fn.description)}</p><ul>${params}</ul></section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>绩效自评助手 · 函数说明</title>
<style>body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;max-width:760px;margin:1.5em auto;padding:0 1em;line-height:1.6;color:#222}h2{font-size:1.05em;margin-top:1.4em;font-family:Consolas,monospace}</style>
</head><body><h1>绩效自评助手 · ${escapeHtml(namespace)} 函数说明</h1>
<p>在单元格中输入以下函数即可按绩效自评规则计算。提交给财政局的自评表请粘贴为数值，以免对方没有安装本加载项时显示 #NAME?。</p>
${rows}
</body></html>
`;
}

/** Webpack plugin: emits the zh-CN metadata and help.html after functions.json exists. */
class LocalizeMetadataPlugin {
  constructor(options) {
    this.options = { input: "functions.json", output: "functions-zh-CN.json", help: "help.html", namespace: "JX", ...options };
  }

  apply(compiler) {
    const { webpack } = compiler;
    const name = "LocalizeMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(path.resolve(this.options.source));
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.options.input);
        if (!asset) {
          compilation.errors.push(new webpack.WebpackError(`${name}: ${this.options.input} 未生成，无法生成中文函数说明`));
          return;
        }
        const table = JSON.parse(fs.readFileSync(this.options.source, "utf8"));
        const { english, metadata, errors } = localizeMetadata(JSON.parse(asset.source.source().toString()), table);
        errors.forEach((e) => compilation.errors.push(new webpack.WebpackError(`${name}: ${e}`)));
        if (errors.length) return;
        const { RawSource } = webpack.sources;
        compilation.updateAsset(this.options.input, new RawSource(JSON.stringify(english, null, 4)));
        compilation.emitAsset(this.options.output, new RawSource(JSON.stringify(metadata, null, 4)));
        compilation.emitAsset(this.options.help, new RawSource(helpPage(metadata, this.options.namespace)));
      });
    });
  }
}

module.exports = { localizeMetadata, helpPage, LocalizeMetadataPlugin };
