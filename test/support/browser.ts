// Debian's Chromium driven by playwright-core, against dist/ served from 127.0.0.1.
import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const chromiumSettings = require("../../scripts/chromium");
export const CHROMIUM: string = chromiumSettings.CHROMIUM;
const ROOT = path.resolve(__dirname, "../..");
/** Where the default build loads office.js from (Microsoft's CDN); tests answer it with a fake. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：请先执行 apt-get install -y chromium，或用 CHROMIUM_PATH 指定浏览器路径。`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: chromiumSettings.CHROMIUM_ARGS });
}

/**
 * Answers the page's request for office.js, wherever the build loads it from (the CDN, or office-js/
 * in an OFFICE_JS=local build), with the given script; nothing reaches the network.
 */
export async function routeOfficeJs(page: Page, body: string): Promise<void> {
  const fulfil = (route: { fulfill: (r: { contentType: string; body: string }) => Promise<void> }) =>
    route.fulfill({ contentType: "text/javascript", body });
  await page.route(OFFICE_CDN, fulfil);
  await page.route("**/office-js/office.js", fulfil);
}

/** Whether a request stayed at home: our own origin, a blob: made in the page, or the office.js CDN the build names. */
export function ownRequest(url: string, origin: string): boolean {
  return url.startsWith(origin) || url.startsWith("blob:") || url === OFFICE_CDN;
}

/** A static server for dist/ (or another build folder) on a free loopback port. */
export async function serveDist(dir = "dist"): Promise<{ origin: string; close: () => Promise<void> }> {
  const DIST = path.join(ROOT, dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.join(DIST, decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
