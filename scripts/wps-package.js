// The WPS add-in's deployment files, from one build of dist/wps/ (with manifest.xml beside ribbon.xml, which
// WPS asks for as the wpsjs templates serve it):
//   online  — dist/wps/ served from an intranet address, and two ways to point WPS at it:
//             jsplugins.xml (jspluginonline) named by every desk's oem.ini (JsApiPlugin=true,
//             JSPluginsServer=<address of jsplugins.xml>), which personal builds from 12.1.0.16910 ignore;
//             and dist/wps-online/: a publish.xml jspluginonline line, as `wpsjs debug` writes it, with install
//             scripts that add it to the user's jsaddons/publish.xml (the route personal builds read);
//   offline — dist/wps-offline/: the same files in <name>_<version>/, with publish.xml and install scripts
//             that copy them into the user's jsaddons folder (how the wpsjs toolkit installs offline).
// docs/developer/host-evidence.md rows 4–6 give the sources.
"use strict";

const fs = require("fs");
const path = require("path");

const NAME = "jx-selfeval";

function escapeXml(text) {
  // ' too: the lines also sit inside the install scripts' single-quoted strings.
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
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

/**
 * manifest.xml, served beside ribbon.xml as the wpsjs ET template does (WPS fetches the pair each time it
 * starts). The functions are registered with wps.AddCustomFunction, so it names no functions.json.
 */
function manifestXml() {
  return `<?xml version="1.0" encoding="UTF-8"?>
<JsPlugin>
  <ApiVersion>1.0.0</ApiVersion>
  <Name>${NAME}</Name>
  <Description>绩效自评助手：校验、填写文字、定稿与 JX 函数</Description>
</JsPlugin>
`;
}

/** The add-in's line in publish.xml: the folder <name>_<version> inside jsaddons. */
function jspluginLine(version) {
  return `<jsplugin name="${NAME}" type="et" url="${NAME}_${escapeXml(version)}" version="${escapeXml(version)}" enable="enable_dev" install="null" customDomain="" />`;
}

/**
 * The add-in's online line in publish.xml, with the attributes `wpsjs debug` writes: type is the host (et),
 * "online" is the element's name; enable="enable_dev" (a hand-made enable="enable" was seen not to load).
 */
function jspluginOnlineLine(baseUrl) {
  return `<jspluginonline name="${NAME}" type="et" url="${escapeXml(baseUrl)}" debug="" enable="enable_dev" install="null" customDomain="" />`;
}

/** publish.xml holding one line. */
function publishXmlOf(line) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  ${line}
</jsplugins>
`;
}

/** publish.xml for the offline mode: the add-in in <jsaddons>/<name>_<version>/. */
function publishXml(version) {
  return publishXmlOf(jspluginLine(version));
}

/** publish.xml for the online mode on personal builds: the add-in at baseUrl. */
function publishOnlineXml(baseUrl) {
  return publishXmlOf(jspluginOnlineLine(baseUrl));
}

/** What the install scripts say once done: WPS asks to trust a new add-in, and loads it only after a restart. */
const RESTART_WINDOWS =
  "请重新启动 WPS 表格。首次启动时 WPS 会询问是否信任本加载项：点“允许”后再重新启动一次 WPS 表格，“绩效自评”选项卡才会出现。";
const RESTART_LINUX =
  "请运行 quickstartoffice restart（WPS 在 Linux 上常驻后台，只关窗口不会重新加载）。首次启动时 WPS 会询问是否信任本加载项：点“允许”后再运行一次 quickstartoffice restart。";

/** Windows: install.bat (ASCII, so any code page shows it) runs install.ps1, which does the work. */
function installBat() {
  return ["@echo off", 'powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1"', "pause", ""].join("\r\n");
}

/**
 * Windows (PowerShell 2 and later): copies the add-in into %APPDATA%\kingsoft\wps\jsaddons, replaces an
 * earlier version of it (folder and publish.xml line), keeps every other add-in listed there.
 */
function installPs1(version, baseUrl = null) {
  const folder = `${NAME}_${version}`;
  const online = baseUrl !== null;
  const copy = online
    ? ""
    : `$source = Join-Path $here '${folder}'
if (-not (Test-Path $source)) {
  Write-Host "找不到 $source：请把整个 wps-offline 文件夹复制到本机后再运行 install.bat。"
  exit 1
}
`;
  const copyInto = online
    ? ""
    : `  Get-ChildItem -Path $target -Filter '${NAME}_*' | Where-Object { $_.PSIsContainer } | Remove-Item -Recurse -Force
  Copy-Item -Path $source -Destination (Join-Path $target '${folder}') -Recurse -Force
`;
  return `\ufeff# 绩效自评助手 WPS 加载项（${online ? "在线模式：在 publish.xml 中登记服务器地址" : "离线安装：复制到当前用户的 WPS 加载项目录"}），替换本加载项的旧版本。
$ErrorActionPreference = 'Stop'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
${copy}try {
  $target = Join-Path $env:APPDATA 'kingsoft\\wps\\jsaddons'
  New-Item -ItemType Directory -Force -Path $target | Out-Null
${copyInto}  $line = '${online ? jspluginOnlineLine(baseUrl) : jspluginLine(version)}'
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
  Write-Host "${online ? `已在 $publish 中登记 ${baseUrl}` : `已安装到 $target\\${folder}`}：${RESTART_WINDOWS}"
} catch {
  Write-Host "安装未完成：$($_.Exception.Message)"
  exit 1
}
`;
}

/** Linux (信创 desks): the same, into ~/.local/share/Kingsoft/wps/jsaddons. */
function installSh(version, baseUrl = null) {
  const folder = `${NAME}_${version}`;
  const online = baseUrl !== null;
  const check = online
    ? ""
    : `if [ ! -d "$HERE/${folder}" ]; then
  echo "找不到 $HERE/${folder}：请把整个 wps-offline 文件夹复制到本机后再运行本脚本。" >&2
  exit 1
fi
`;
  const copy = online
    ? ""
    : `for old in "$TARGET"/${NAME}_*; do
  if [ -d "$old" ]; then rm -rf "$old"; fi
done
cp -R "$HERE/${folder}" "$TARGET/${folder}"
`;
  return `#!/bin/sh
# 绩效自评助手 WPS 加载项（${online ? "在线模式：在 publish.xml 中登记服务器地址" : "离线安装：复制到当前用户的 WPS 加载项目录"}），替换本加载项的旧版本。
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET="$HOME/.local/share/Kingsoft/wps/jsaddons"
${check}mkdir -p "$TARGET"
${copy}LINE='${online ? jspluginOnlineLine(baseUrl) : jspluginLine(version)}'
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
echo "${online ? `已在 $PUBLISH 中登记 ${baseUrl}` : `已安装到 $TARGET/${folder}`}：${RESTART_LINUX}"
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

/**
 * Writes manifest.xml and (when there is an address) jsplugins.xml into the built add-in, the offline package
 * beside it, and (when there is an address) the online package for personal builds.
 */
function writePackages({ wpsDir, offlineDir, onlineDir = path.join(path.dirname(offlineDir), "wps-online"), version, baseUrl }) {
  fs.writeFileSync(path.join(wpsDir, "manifest.xml"), manifestXml());
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
  // Without an address there is no online package: an old one would point WPS at the wrong place.
  fs.rmSync(onlineDir, { recursive: true, force: true });
  if (baseUrl) {
    fs.mkdirSync(onlineDir, { recursive: true });
    fs.writeFileSync(path.join(onlineDir, "publish.xml"), publishOnlineXml(baseUrl));
    fs.writeFileSync(path.join(onlineDir, "install.bat"), installBat());
    fs.writeFileSync(path.join(onlineDir, "install.ps1"), installPs1(version, baseUrl));
    fs.writeFileSync(path.join(onlineDir, "install.sh"), installSh(version, baseUrl), { mode: 0o755 });
  }
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
        fs.writeFileSync(path.join(wpsDir, "manifest.xml"), manifestXml());
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
  manifestXml,
  publishXml,
  publishOnlineXml,
  jspluginOnlineLine,
  installBat,
  installPs1,
  installSh,
  wpsjsProject,
  writePackages,
  WpsPackagePlugin,
};
