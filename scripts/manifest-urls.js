// Rewrites the manifest's development URLs for a real server: ADDIN_BASE_URL=https://host/jx npm run build
"use strict";

const DEV_BASE = "https://localhost:3000/";

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

module.exports = { DEV_BASE, normalizeBaseUrl, rewriteManifest };
