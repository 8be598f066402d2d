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

/** The add-in's line in publish.xml: the folder <name>_<version> inside jsaddons. */
function jspluginLine(version) {
  return `<jsplugin name="${NAME}" type="et" url="${NAME}_${escapeXml(version)}" version="${escapeXml(version)}" enable="enable_dev" install="null" customDomain="" />`;
}

/** publish.xml for the offline mode: the add-in in <jsaddons>/<name>_<version>/. */
function publishXml(version) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  ${jspluginLine(version)}
</jsplugins>
`;
}

/** Windows: install.bat (ASCII, so any code page shows it) runs install.ps1, which does the work. */
function installBat() {
  return ["@echo off", 'powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1"', "pause", ""].join("\r\n");
}

/**
 * Windows (PowerShell 2 and later): copies the add-in into %APPDATA%\kingsoft\wps\jsaddons, replaces an
 * earlier version of it (folder and publish.xml line), keeps every other add-in listed there.
 */
function installPs1(version) {
  const folder = `${NAME}_${version}`;
  return `\ufeff# 绩效自评助手 WPS 加载项（离线安装）：复制到当前用户的 WPS 加载项目录，替换本加载项的旧版本。
$ErrorActionPreference = 'Stop'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$source = Join-Path $here '${folder}'
if (-not (Test-Path $source)) {
  Write-Host "找不到 $source：请把整个 wps-offline 文件夹复制到本机后再运行 install.bat。"
  exit 1
}
try {
  $target = Join-Path $env:APPDATA 'kingsoft\\wps\\jsaddons'
  New-Item -ItemType Directory -Force -Path $target | Out-Null
  Get-ChildItem -Path $target -Filter '${NAME}_*' | Where-Object { $_.PSIsContainer } | Remove-Item -Recurse -Force
  Copy-Item -Path $source -Destination (Join-Path $target '${folder}') -Recurse -Force
  $line = '${jspluginLine(version)}'
  $publish = Join-Path $target 'publish.xml'
  if (Test-Path $publish) {
    $xml = [IO.File]::ReadAllText($publish)
    $xml = [regex]::Replace($xml, '\\s*<jsplugin[a-z]*\\s[^>]*name="${NAME}"[^>]*/>', '')
    $xml = [regex]::Replace($xml, '<jsplugins\\s*/>', "<jsplugins>\`r\`n</jsplugins>")
    if ($xml -notmatch '</jsplugins>') {
      Write-Host "无法识别 $publish 的内容，未修改它：请把本目录 publish.xml 中的 jsplugin 一行加入其中。"
      exit 1
    }
    $xml = $xml.Replace('</jsplugins>', "  $line\`r\`n</jsplugins>")
    [IO.File]::WriteAllText($publish, $xml, (New-Object Text.UTF8Encoding $false))
  } else {
    Copy-Item -Path (Join-Path $here 'publish.xml') -Destination $publish
  }
  Write-Host "已安装到 $target\\${folder}：请重新启动 WPS 表格。"
} catch {
  Write-Host "安装未完成：$($_.Exception.Message)"
  exit 1
}
`;
}

/** Linux (信创 desks): the same, into ~/.local/share/Kingsoft/wps/jsaddons. */
function installSh(version) {
  const folder = `${NAME}_${version}`;
  return `#!/bin/sh
# 绩效自评助手 WPS 加载项（离线安装）：复制到当前用户的 WPS 加载项目录，替换本加载项的旧版本。
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET="$HOME/.local/share/Kingsoft/wps/jsaddons"
if [ ! -d "$HERE/${folder}" ]; then
  echo "找不到 $HERE/${folder}：请把整个 wps-offline 文件夹复制到本机后再运行本脚本。" >&2
  exit 1
fi
mkdir -p "$TARGET"
for old in "$TARGET"/${NAME}_*; do
  if [ -d "$old" ]; then rm -rf "$old"; fi
done
cp -R "$HERE/${folder}" "$TARGET/${folder}"
LINE='${jspluginLine(version)}'
PUBLISH="$TARGET/publish.xml"
if [ -f "$PUBLISH" ]; then
  # This add-in's earlier line goes; every other add-in's stays.
  sed -e 's#<jsplugin[a-z]* [^>]*name="${NAME}"[^>]*/>##g' -e 's#<jsplugins */>#<jsplugins>\\n</jsplugins>#' "$PUBLISH" | grep -v '^[[:space:]]*$' > "$PUBLISH.new" || true
  if ! grep -q '</jsplugins>' "$PUBLISH.new"; then
    rm -f "$PUBLISH.new"
    echo "无法识别 $PUBLISH 的内容，未修改它：请把本目录 publish.xml 中的 jsplugin 一行加入其中。" >&2
    exit 1
  fi
  awk -v line="  $LINE" '/<\\/jsplugins>/ && !done { print line; done = 1 } { print }' "$PUBLISH.new" > "$PUBLISH"
  rm -f "$PUBLISH.new"
else
  cp "$HERE/publish.xml" "$PUBLISH"
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
  fs.writeFileSync(path.join(offlineDir, "install.bat"), installBat());
  fs.writeFileSync(path.join(offlineDir, "install.ps1"), installPs1(version));
  fs.writeFileSync(path.join(offlineDir, "install.sh"), installSh(version), { mode: 0o755 });
  return { folder };
}

/** What `wpsjs debug` reads from the folder it serves (the development build only). */
function wpsjsProject(version) {
  // wpsjs reads scripts.dev on some WPS versions: an empty scripts object keeps it from failing there.
  return `${JSON.stringify({ name: `${NAME}-dev`, addonType: "et", version, private: true, scripts: {} }, null, 2)}\n`;
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

module.exports = {
  NAME,
  wpsBaseUrl,
  jspluginsXml,
  publishXml,
  installBat,
  installPs1,
  installSh,
  wpsjsProject,
  writePackages,
  WpsPackagePlugin,
};
