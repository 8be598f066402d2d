// Where the pane loads office.js from. Microsoft supports its CDN only, so that is the default; a
// government network without internet access builds with OFFICE_JS=local, which serves the complete
// @microsoft/office-js library tree from the add-in's own server.
//   OFFICE_JS unset or "cdn"   https://appsforoffice.microsoft.com/lib/1/hosted/office.js
//   OFFICE_JS=china            the 21Vianet partner CDN for Microsoft 365 operated in mainland China
//   OFFICE_JS=local            dist/office-js/office.js (copied from node_modules/@microsoft/office-js/dist)
//   OFFICE_JS=https://…/office.js   another https address (a mirror an IT department keeps)
"use strict";

const path = require("path");

const CDN = {
  cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  china: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};
/** Microsoft's own office.js origins (the library moves to its unified domain over time). */
const MICROSOFT_ORIGINS = ["https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"];

/** The office.js choice for a build: its script URL, whether to copy the library, and the origins CSP must allow. */
function officeJsChoice(raw) {
  const value = (raw || "cdn").trim();
  if (value === "local") return { mode: "local", src: "office-js/office.js", origins: [] };
  const key = value.toLowerCase() === "21vianet" ? "china" : value.toLowerCase();
  const src = CDN[key] || value;
  let url;
  try {
    url = new URL(src);
  } catch {
    throw new Error(
      `OFFICE_JS “${value}” 无法识别：请不设置（使用微软 CDN），或设为 china、local，或一个 https:// 开头的 office.js 地址。`,
    );
  }
  if (url.protocol !== "https:") throw new Error(`OFFICE_JS “${value}” 必须以 https:// 开头。`);
  const origins = [...new Set([url.origin, ...(CDN[key] === CDN.cdn ? MICROSOFT_ORIGINS : [])])];
  return { mode: "cdn", src: url.href, origins };
}

/** The page's Content-Security-Policy: our own origin, plus the office.js CDN when there is one. */
function contentSecurityPolicy(choice) {
  const cdn = choice.origins.join(" ");
  const withCdn = (list) => (cdn ? `${list} ${cdn}` : list);
  return [
    "default-src 'self'",
    `script-src ${withCdn("'self'")}`,
    `style-src ${withCdn("'self' 'unsafe-inline'")}`,
    `img-src ${withCdn("'self' data:")}`,
    "font-src 'self'",
    `connect-src ${withCdn("'self'")}`,
    `frame-src ${withCdn("'self'")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The whole library as published, for OFFICE_JS=local: every file it may load on demand, names as they are. */
const LOCAL_LIBRARY = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

module.exports = { CDN, MICROSOFT_ORIGINS, officeJsChoice, contentSecurityPolicy, LOCAL_LIBRARY };
