// The two manifests. manifest.xml is the development one: its own <Id>, "（开发）" in its names, the
// JXDEV function namespace and https://localhost:3000 — so a developer's sideloaded copy never collides
// with the add-in an administrator deployed. The production manifest is made from it at build time:
//   ADDIN_BASE_URL=https://host/jx npm run build      (ADDIN_ID=<GUID> to give a fork its own id)
"use strict";

const DEV_BASE = "https://localhost:3000/";
/** The production add-in's id: the one every deployed copy shares (a fork sets ADDIN_ID). */
const PRODUCTION_ID = "1738c651-9874-44a8-b67c-37178afd4a92";
const DEV_ID = "3d0c2bbe-ccf4-434c-a09e-ba8cae23a55f";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The base URL with exactly one trailing slash; throws a Chinese message when it cannot serve an add-in. */
function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL “${raw}” 不是有效的网址：请写成 https://服务器地址/路径 的形式。`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL “${raw}” 必须以 https:// 开头：Office 只加载 https 地址的加载项。`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_BASE_URL “${raw}” 不能带 ? 或 # 部分：请只写服务器地址和目录。`);
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    throw new Error(`ADDIN_BASE_URL “${raw}” 指向本机：生产版本须部署到同事能访问的服务器；本机调试请用 npm start。`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Every development URL in the manifest, pointed at the base URL; the AppDomain drops the path. */
function rewriteManifest(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl).replace(/&/g, "&amp;");
  const origin = new URL(normalizeBaseUrl(baseUrl)).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE)
    .join(base);
}

/** The production manifest: the development one with the production id, names, JX namespace and URLs. */
function productionManifest(devXml, baseUrl, id = PRODUCTION_ID) {
  if (!GUID.test(id)) throw new Error(`ADDIN_ID “${id}” 不是 GUID：请写成 xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx 的形式。`);
  if (id.toLowerCase() === DEV_ID) throw new Error("ADDIN_ID 不能与开发版清单的 Id 相同。");
  return rewriteManifest(devXml, baseUrl)
    .replace(`<Id>${DEV_ID}</Id>`, `<Id>${id}</Id>`)
    .replace(/（开发）/g, "")
    .replace(/ \(Dev\)/g, "")
    .replace(/JXDEV/g, "JX");
}

/** What a production build needs, or the Chinese message that stops it. */
function productionSettings(env) {
  const baseUrl = env.ADDIN_BASE_URL;
  if (!baseUrl) {
    throw new Error(
      "生产版本需要加载项的部署地址：请这样构建\n" +
        "  ADDIN_BASE_URL=https://服务器地址/路径 npm run build\n" +
        "（Windows 命令提示符：set ADDIN_BASE_URL=https://服务器地址/路径 && npm run build）。\n" +
        "本机开发调试请用 npm start 或 npm run build:dev。",
    );
  }
  normalizeBaseUrl(baseUrl);
  return { baseUrl, id: env.ADDIN_ID || PRODUCTION_ID };
}

module.exports = { DEV_BASE, DEV_ID, PRODUCTION_ID, normalizeBaseUrl, rewriteManifest, productionManifest, productionSettings };
