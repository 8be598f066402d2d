// Debian's Chromium driven by playwright-core, with the flags this machine needs (no sandbox as root,
// no GPU, nothing fetched in the background): one place for the browser tests and the benchmarks.
"use strict";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

function launchChromium() {
  const { chromium } = require("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, launchChromium };
