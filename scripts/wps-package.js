// The WPS add-in's deployment files, from one build of dist/wps/:
//   online  — dist/wps/ served from an intranet address, listed in a jsplugins.xml (jspluginonline) that
//             every desk's oem.ini names (JsApiPlugin=true, JSPluginsServer=<address of jsplugins.xml>);
//   offline — dist/wps-offline/: the same files in <name>_<version>/, with publish.xml and install scripts
//             that copy them into the user's jsaddons folder (how the wpsjs toolkit installs offline).
"use strict";

const fs = require("fs");
const path = require("path");

const NAME = "jx-selfeval";

function escapeXml(text) {
  return String(text).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/** The add-in's address, from WPS_BASE_URL (an http(s) folder, with or without its trailing slash). */
function wpsBaseUrl(env) {
  const raw = (env.WPS_BASE_URL || "").trim();
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`WPS_BASE_URL「${raw}」不是有效的网址：请写成 http://内网地址/jx/wps/ 这样的完整地址。`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`WPS_BASE_URL「${raw}」必须以 http:// 或 https:// 开头（WPS 从该地址加载加载项）。`);
  if (url.search || url.hash) throw new Error(`WPS_BASE_URL「${raw}」不能带 ? 或 # 部分。`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** jsplugins.xml for the online mode: WPS loads the add-in from `baseUrl` each time it starts. */
function jspluginsXml(baseUrl) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jspluginonline name="${NAME}" type="et" url="${escapeXml(baseUrl)}" />
</jsplugins>
`;
}

/** publish.xml for the offline mode: the add-in in <jsaddons>/<name>_<version>/. */
function publishXml(version) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${NAME}" type="et" url="${NAME}_${escapeXml(version)}" version="${escapeXml(version)}" enable="enable_dev" install="null" customDomain="" />
</jsplugins>
`;
}

/** Windows: copies the add-in into %APPDATA%\kingsoft\wps\jsaddons, keeping any other add-ins listed there. */
function installBat(version) {
  const folder = `${NAME}_${version}`;
  return [
    "@echo off",
    "chcp 65001 >nul",
    "rem 绩效自评助手 WPS 加载项（离线安装）：复制到当前用户的 WPS 加载项目录。",
    'set "TARGET=%APPDATA%\\kingsoft\\wps\\jsaddons"',
    'if not exist "%TARGET%" mkdir "%TARGET%"',
    `xcopy /E /I /Y "%~dp0${folder}" "%TARGET%\\${folder}" >nul`,
    'if exist "%TARGET%\\publish.xml" (',
    `  findstr /C:"name=\\"${NAME}\\"" "%TARGET%\\publish.xml" >nul || echo 已有其他加载项的 publish.xml：请把本目录 publish.xml 中的 jsplugin 一行加入 "%TARGET%\\publish.xml"。`,
    ") else (",
    '  copy /Y "%~dp0publish.xml" "%TARGET%\\publish.xml" >nul',
    ")",
    "echo 已安装到 %TARGET%\\" + folder + "：请重新启动 WPS 表格。",
    "pause",
    "",
  ].join("\r\n");
}

/** Linux (信创 desks): the same, into ~/.local/share/Kingsoft/wps/jsaddons. */
function installSh(version) {
  const folder = `${NAME}_${version}`;
  return `#!/bin/sh
# 绩效自评助手 WPS 加载项（离线安装）：复制到当前用户的 WPS 加载项目录。
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET="$HOME/.local/share/Kingsoft/wps/jsaddons"
mkdir -p "$TARGET"
rm -rf "$TARGET/${folder}"
cp -R "$HERE/${folder}" "$TARGET/${folder}"
if [ -f "$TARGET/publish.xml" ]; then
  if ! grep -q 'name="${NAME}"' "$TARGET/publish.xml"; then
    echo "已有其他加载项的 publish.xml：请把本目录 publish.xml 中的 jsplugin 一行加入 $TARGET/publish.xml"
  fi
else
  cp "$HERE/publish.xml" "$TARGET/publish.xml"
fi
echo "已安装到 $TARGET/${folder}：请重新启动 WPS 表格。"
`;
}

function copyTree(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name);
    const b = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(a, b);
    else fs.copyFileSync(a, b);
  }
}

/** Writes jsplugins.xml into the built add-in (when there is an address) and the offline package beside it. */
function writePackages({ wpsDir, offlineDir, version, baseUrl }) {
  if (baseUrl) fs.writeFileSync(path.join(wpsDir, "jsplugins.xml"), jspluginsXml(baseUrl));
  else fs.rmSync(path.join(wpsDir, "jsplugins.xml"), { force: true });
  fs.rmSync(offlineDir, { recursive: true, force: true });
  const folder = path.join(offlineDir, `${NAME}_${version}`);
  copyTree(wpsDir, folder);
  fs.rmSync(path.join(folder, "jsplugins.xml"), { force: true });
  fs.writeFileSync(path.join(offlineDir, "publish.xml"), publishXml(version));
  fs.writeFileSync(path.join(offlineDir, "install.bat"), installBat(version));
  fs.writeFileSync(path.join(offlineDir, "install.sh"), installSh(version), { mode: 0o755 });
  return { folder };
}

/** What `wpsjs debug` reads from the folder it serves (the development build only). */
function wpsjsProject(version) {
  return `${JSON.stringify({ name: `${NAME}-dev`, addonType: "et", version, private: true }, null, 2)}\n`;
}

/** Webpack plugin for the WPS build: the deployment files once dist/wps/ is written. */
class WpsPackagePlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("WpsPackagePlugin", () => {
      const { offlineDir, version, baseUrl, dev } = this.options;
      const wpsDir = compiler.options.output.path;
      if (dev) {
        // The development loop: `cd dist/wps && npx wpsjs debug` serves this folder to WPS and reloads it on change.
        fs.writeFileSync(path.join(wpsDir, "package.json"), wpsjsProject(version));
        return;
      }
      writePackages({ wpsDir, offlineDir, version, baseUrl });
    });
  }
}

module.exports = { NAME, wpsBaseUrl, jspluginsXml, publishXml, installBat, installSh, wpsjsProject, writePackages, WpsPackagePlugin };
