// npm start: the https dev server plus sideloading. Excel desktop (Windows, macOS) is started by
// office-addin-debugging; elsewhere the dev server runs and we say how to sideload into Excel on
// the web. `node scripts/start.js --dry-run` prints the plan without starting anything.
"use strict";

const { spawn } = require("child_process");
const path = require("path");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const root = path.resolve(__dirname, "..");
const dryRun = process.argv.includes("--dry-run");
const hasExcelDesktop = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const WEB_STEPS = `
本机没有 Excel 桌面版（${process.platform}），将只启动开发服务器 https://localhost:${PORT}/ 。
在 Excel 网页版中加载本加载项：
  1. 打开 Excel 网页版中的任意工作簿；
  2. 选择“开始” → “加载项” → “更多加载项” → “我的加载项” → “上传我的加载项”；
  3. 选择本目录下的 manifest.xml（${path.join(root, "manifest.xml")}），点击“上传”；
  4. “开始”选项卡出现“绩效自评助手（开发）”按钮；在单元格输入 =JXDEV.SCORE("≥95%",0.9,10) 可得 9.47
     （开发版的函数命名空间是 JXDEV，部署的生产版是 JX，两者可同时安装）。
浏览器需要信任开发证书：以管理员身份运行一次 npx office-addin-dev-certs install，
或把 ~/.office-addin-dev-certs/ca.crt 导入浏览器的受信任根证书。按 Ctrl+C 停止。
`;

function run(command, args) {
  if (dryRun) {
    console.log(`[dry-run] ${command} ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" ")}`);
    return;
  }
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("error", (err) => {
    console.error(`无法启动 ${command}：${err.message}。请先在本目录执行 npm ci。`);
    process.exit(1);
  });
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (hasExcelDesktop) {
  console.log("正在启动开发服务器并把加载项旁加载到 Excel 桌面版…（停止：npm stop）");
  run(npx, [
    "office-addin-debugging",
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    String(PORT),
  ]);
} else {
  console.log(WEB_STEPS);
  run(npm, ["run", "dev-server"]);
}
