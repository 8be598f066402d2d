// npm run validate [manifest.xml]: checks the production manifest (dist/manifest.xml by default, made
// by `ADDIN_BASE_URL=… npm run build`). The offline checks always run: well-formed XML, a GUID id that
// is not the development one, https URLs that are not localhost, every resid resolved, the requirement
// sets the pane needs, icons in every size Office asks for, a help URL, string lengths. Then Microsoft's
// online validator (office-addin-manifest validate), where the network reaches it.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { XMLParser, XMLValidator } = require("fast-xml-parser");
const { DEV_ID } = require("./manifest");

const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const REQUIRED_SETS = { ExcelApi: "1.13", SharedRuntime: "1.1" };

/** The manifest's elements in document order, each with its name, attributes, text and ancestors. */
function elementsOf(xml) {
  const raw = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, parseTagValue: false }).parse(xml);
  const out = [];
  const walk = (nodes, parent) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => k !== ":@");
      if (!name || name === "#text" || name === "?xml") continue;
      const kids = node[name] || [];
      const text = kids
        .filter((k) => "#text" in k)
        .map((k) => String(k["#text"]))
        .join("");
      const el = { name, attrs: node[":@"] || {}, text, parent, path: [...(parent ? parent.path : []), name] };
      out.push(el);
      walk(kids, el);
    }
  };
  walk(raw, null);
  return out;
}

/** The problems of a manifest, in Chinese; none for a manifest ready to deploy. */
function manifestProblems(xml, { production = true } = {}) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`清单不是格式正确的 XML（第 ${valid.err.line} 行：${valid.err.msg}）。`];
  const els = elementsOf(xml);
  const problems = [];
  const first = (name) => els.find((e) => e.name === name);
  const id = first("Id")?.text ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`<Id> “${id}” 不是 GUID。`);
  if (production && id.toLowerCase() === DEV_ID)
    problems.push("这是开发版清单（Id 与开发版相同）：请用 ADDIN_BASE_URL=… npm run build 生成生产清单 dist/manifest.xml。");

  const resources = new Map();
  for (const e of els) {
    if (["bt:Image", "bt:Url", "bt:String"].includes(e.name) && e.attrs.id) {
      if (resources.has(e.attrs.id)) problems.push(`资源 id “${e.attrs.id}” 重复。`);
      resources.set(e.attrs.id, e);
    }
  }
  for (const e of els.filter((x) => x.attrs.resid))
    if (!resources.has(e.attrs.resid)) problems.push(`${e.name} 引用的资源 “${e.attrs.resid}” 不存在。`);

  const urls = els.flatMap((e) => [
    ...(["bt:Url", "bt:Image", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(e.name) && e.attrs.DefaultValue
      ? [e.attrs.DefaultValue]
      : []),
    ...(e.name === "bt:Override" && e.path.includes("bt:Urls") ? [e.attrs.Value] : []),
    ...(e.name === "AppDomain" ? [e.text] : []),
  ]);
  const local = [];
  for (const url of urls) {
    let u;
    try {
      u = new URL(url);
    } catch {
      problems.push(`“${url}” 不是有效的网址。`);
      continue;
    }
    if (u.protocol !== "https:") problems.push(`“${url}” 不是 https 地址：Office 只加载 https 地址。`);
    if (production && (u.hostname === "localhost" || u.hostname === "127.0.0.1")) local.push(url);
  }
  if (local.length) problems.push(`${local.length} 个地址指向本机（如 ${local[0]}）：生产清单须指向部署服务器。`);

  const sets = Object.fromEntries(els.filter((e) => e.name === "Set").map((e) => [e.attrs.Name, e.attrs.MinVersion]));
  for (const [name, version] of Object.entries(REQUIRED_SETS))
    if (sets[name] !== version) problems.push(`需要声明要求集 ${name} ${version}（现为 ${sets[name] ?? "未声明"}）。`);

  const icons = els.filter((e) => e.name === "Icon");
  if (icons.length === 0) problems.push("功能区按钮没有图标。");
  icons.forEach((icon, i) => {
    const have = new Set(els.filter((e) => e.name === "bt:Image" && e.parent === icon).map((e) => Number(e.attrs.size)));
    const missing = ICON_SIZES.filter((s) => !have.has(s));
    if (missing.length)
      problems.push(`第 ${i + 1} 组图标缺少尺寸 ${missing.join("、")}（Office 在高分辨率屏幕上需要 ${ICON_SIZES.join("/")}）。`);
  });
  if (!first("SupportUrl")?.attrs.DefaultValue) problems.push("缺少 <SupportUrl>（帮助页地址）。");

  for (const [limit, group] of [
    [125, "bt:ShortStrings"],
    [250, "bt:LongStrings"],
  ]) {
    for (const e of els.filter((x) => x.path.includes(group) && (x.name === "bt:String" || x.name === "bt:Override"))) {
      const text = e.attrs.DefaultValue ?? e.attrs.Value ?? "";
      if (text.length > limit) problems.push(`字符串 “${text.slice(0, 20)}…” 超过 ${limit} 个字符。`);
    }
  }
  const ns = resources.get("Functions.Namespace")?.attrs.DefaultValue ?? "";
  if (!/^[A-Za-z0-9]{1,32}$/.test(ns)) problems.push(`自定义函数命名空间 “${ns}” 须为 1–32 个英文字母或数字。`);
  return problems;
}

function main() {
  const file = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist", "manifest.xml"));
  if (!fs.existsSync(file)) {
    console.error(`找不到清单 ${file}：请先用 ADDIN_BASE_URL=https://服务器地址/路径 npm run build 生成生产版本，或在命令后写清单的路径。`);
    process.exit(2);
  }
  const problems = manifestProblems(fs.readFileSync(file, "utf8"));
  if (problems.length) {
    console.error(`离线检查发现 ${problems.length} 个问题（${file}）：`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`离线检查通过：${file}`);
  const cli = require.resolve("office-addin-manifest/cli.js");
  const online = spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8", timeout: 60_000 });
  const output = `${online.stdout || ""}${online.stderr || ""}`;
  if (/Unable to contact|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(output) || online.error) {
    console.log("微软的在线验证服务连不上（本机无外网），已跳过在线验证；离线检查已通过。");
    return;
  }
  process.stdout.write(output);
  if (online.status !== 0) {
    console.error("在线验证未通过：请按上面的提示修改。");
    process.exit(1);
  }
  console.log("在线验证通过。");
}

module.exports = { manifestProblems, ICON_SIZES };

if (require.main === module) main();
