// The WPS add-in as built (dist/wps/, made by the test build) and its deployment files: every script parses
// at the syntax level of the old Chromium WPS embeds (ES2017: no optional chaining, no object spread, no
// regex lookbehind), no page loads office.js or anything from another origin, the JX functions' WPS
// metadata is the golden one, and the online (jsplugins.xml) and offline (publish.xml + install scripts)
// packages say what WPS reads.
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import * as acorn from "acorn";
import { registerWpsFunctions, type WpsFunction } from "../../../src/hosts/wps/functions";
import * as functions from "../../../src/functions/functions";
import { FunctionError } from "../../../src/functions/errors";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wpsFunctionMetadata } = require("../../../scripts/wps-functions");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require("../../../scripts/wps-package");

const ROOT = path.resolve(__dirname, "../../..");
const WPS = path.join(ROOT, "dist/wps");
const golden: WpsFunction[] = JSON.parse(fs.readFileSync(path.join(ROOT, "test/golden/wps-functions.json"), "utf8"));

describe("the built add-in", () => {
  const scripts = fs.readdirSync(WPS).filter((f) => f.endsWith(".js"));

  test("every script parses as ES2017, what WPS's embedded Chromium runs", () => {
    expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "addin.js", "report.js", "report-vendors.js"]));
    for (const file of scripts) {
      const source = fs.readFileSync(path.join(WPS, file), "utf8");
      expect(() => acorn.parse(source, { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
    }
    // The check can fail: newer syntax is refused at this level.
    expect(() => acorn.parse("const a = b?.c ?? { ...d }; /(?<!效)率/;", { ecmaVersion: 2017 })).toThrow();
  });

  test("no page loads office.js or anything from another origin; the pages are where ribbon.xml and WPS look", () => {
    for (const page of ["taskpane.html", "index.html"]) {
      const html = fs.readFileSync(path.join(WPS, page), "utf8");
      expect(html).not.toMatch(/office\.js/);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).toMatch(/Content-Security-Policy/);
    }
    expect(fs.readFileSync(path.join(WPS, "taskpane.html"), "utf8")).toMatch(/data-host="?wps/);
    expect(fs.readFileSync(path.join(WPS, "index.html"), "utf8")).toMatch(/src="?addin\.js/);
    const ribbon = fs.readFileSync(path.join(WPS, "ribbon.xml"), "utf8");
    expect(ribbon).toMatch(/<tab id="jxTab" label="绩效自评">/);
    expect([...ribbon.matchAll(/<button id="(\w+)" label="([^"]+)"/g)].map((m) => m[2])).toEqual(["校验", "填写文字", "定稿", "打开窗格"]);
    expect(fs.existsSync(path.join(WPS, "package.json"))).toBe(false);
  });

  test("manifest.xml sits beside ribbon.xml, as the wpsjs templates serve it (WPS asks for the pair when it starts)", () => {
    const manifest = fs.readFileSync(path.join(WPS, "manifest.xml"), "utf8");
    expect(manifest).toBe(pkg.manifestXml());
    expect(manifest).toMatch(
      /<JsPlugin>\s*<ApiVersion>1\.0\.0<\/ApiVersion>\s*<Name>jx-selfeval<\/Name>\s*<Description>[^<]+<\/Description>\s*<\/JsPlugin>/,
    );
    // Functions are registered with wps.AddCustomFunction: no <Functions>, so no functions.json to serve.
    expect(manifest).not.toMatch(/<Functions>/);
    expect(fs.existsSync(path.join(WPS, "ribbon.xml"))).toBe(true);
  });
});

describe("the JX functions in WPS", () => {
  test("their WPS metadata is generated from the same JSDoc and Chinese text as Excel's (golden file)", async () => {
    expect(await wpsFunctionMetadata()).toEqual(golden);
    const excel = JSON.parse(fs.readFileSync(path.join(ROOT, "test/golden/functions-zh-CN.json"), "utf8"));
    expect(golden.map((f) => f.name)).toEqual(excel.functions.map((f: { name: string }) => f.name));
    expect(golden.map((f) => f.description)).toEqual(excel.functions.map((f: { description: string }) => f.description));
  });

  test("registered where WPS has AddCustomFunction, not at all where it has not", () => {
    const added: Array<{ ns: string; name: string; fn: (...a: unknown[]) => unknown; meta: unknown }> = [];
    const root = {
      AddCustomFunction: (ns: string, name: string, fn: (...a: unknown[]) => unknown, meta: unknown) => added.push({ ns, name, fn, meta }),
    };
    expect(registerWpsFunctions(root, "JX", golden, functions)).toBe(7);
    expect(added.map((a) => `${a.ns}.${a.name}`)).toEqual(golden.map((g) => `JX.${g.name}`));
    expect(registerWpsFunctions({}, "JX", golden, functions)).toBe(0);
    expect(registerWpsFunctions(null, "JX", golden, functions)).toBe(0);
    const call = (name: string, ...args: unknown[]) => added.find((a) => a.name === name)!.fn(...args);
    expect(call("SCORE", "≥95%", 0.9, 10)).toBe(9.47);
    // A range WPS hands over as a single value is still a range.
    expect(call("WEIGHTEDSCORE", 10, "≥95%", 0.9)).toBe(9.47);
    expect(() => call("GRADE", "")).toThrow(FunctionError);
    let caught: unknown = null;
    try {
      call("EXECRATE", 10, 0);
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/预算/) });
  });

  test("a function missing from the implementation stops the registration with its name", () => {
    const root = { AddCustomFunction: () => undefined };
    expect(() => registerWpsFunctions(root, "JX", [{ ...golden[0], function: "gone" }], functions)).toThrow(
      "函数 EXECRATE 没有实现（gone）",
    );
  });
});

describe("deployment files", () => {
  test("WPS_BASE_URL: a full http(s) folder address, or a Chinese message saying how to write it", () => {
    expect(pkg.wpsBaseUrl({})).toBeNull();
    expect(pkg.wpsBaseUrl({ WPS_BASE_URL: "http://10.1.2.3/jx/wps" })).toBe("http://10.1.2.3/jx/wps/");
    expect(() => pkg.wpsBaseUrl({ WPS_BASE_URL: "10.1.2.3/jx" })).toThrow(/不是有效的网址/);
    expect(() => pkg.wpsBaseUrl({ WPS_BASE_URL: "file:///c:/jx/" })).toThrow(/必须以 http:\/\/ 或 https:\/\/ 开头/);
    expect(() => pkg.wpsBaseUrl({ WPS_BASE_URL: "http://a/jx/?x=1" })).toThrow(/不能带 \? 或 #/);
  });

  test("the online and offline packages", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wps-pkg-"));
    const wpsDir = path.join(dir, "wps");
    fs.mkdirSync(path.join(wpsDir, "assets"), { recursive: true });
    for (const f of ["index.html", "taskpane.html", "ribbon.xml", "taskpane.js", "assets/icon-32.png"])
      fs.writeFileSync(path.join(wpsDir, f), f);
    const offlineDir = path.join(dir, "wps-offline");
    pkg.writePackages({ wpsDir, offlineDir, version: "1.2.3", baseUrl: "http://intranet.example/jx/wps/" });
    expect(fs.readFileSync(path.join(wpsDir, "jsplugins.xml"), "utf8")).toContain(
      '<jspluginonline name="jx-selfeval" type="et" url="http://intranet.example/jx/wps/" />',
    );
    const folder = path.join(offlineDir, "jx-selfeval_1.2.3");
    expect(fs.readdirSync(folder).sort()).toEqual(["assets", "index.html", "manifest.xml", "ribbon.xml", "taskpane.html", "taskpane.js"]);
    expect(fs.readdirSync(offlineDir).sort()).toEqual(["install.bat", "install.ps1", "install.sh", "jx-selfeval_1.2.3", "publish.xml"]);
    expect(fs.readFileSync(path.join(offlineDir, "publish.xml"), "utf8")).toContain(
      '<jsplugin name="jx-selfeval" type="et" url="jx-selfeval_1.2.3" version="1.2.3"',
    );
    // install.bat is ASCII (any code page shows it) and hands over to install.ps1 (UTF-8 with BOM, which PowerShell 2 reads).
    const bat = fs.readFileSync(path.join(offlineDir, "install.bat"), "utf8");
    expect([...bat].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
    expect(bat).toContain('-File "%~dp0install.ps1"');
    const ps1 = fs.readFileSync(path.join(offlineDir, "install.ps1"), "utf8");
    expect(ps1.charCodeAt(0)).toBe(0xfeff);
    expect(ps1).toMatch(/kingsoft\\wps\\jsaddons[\s\S]*jx-selfeval_1\.2\.3/);
    expect(fs.readFileSync(path.join(offlineDir, "install.sh"), "utf8")).toMatch(
      /\.local\/share\/Kingsoft\/wps\/jsaddons[\s\S]*jx-selfeval_1\.2\.3/,
    );
    expect(fs.statSync(path.join(offlineDir, "install.sh")).mode & 0o111).not.toBe(0);
    // Personal builds from 12.1.0.16910 ignore oem.ini: the online package adds a publish.xml line, as `wpsjs debug` writes it.
    const onlineDir = path.join(dir, "wps-online");
    expect(fs.readdirSync(onlineDir).sort()).toEqual(["install.bat", "install.ps1", "install.sh", "publish.xml"]);
    expect(fs.readFileSync(path.join(onlineDir, "publish.xml"), "utf8")).toContain(
      '<jspluginonline name="jx-selfeval" type="et" url="http://intranet.example/jx/wps/" debug="" enable="enable_dev" install="null" customDomain="" />',
    );
    expect(fs.readFileSync(path.join(onlineDir, "install.ps1"), "utf8")).toMatch(
      /kingsoft\\wps\\jsaddons[\s\S]*<jspluginonline name="jx-selfeval"/,
    );
    // Without an address there is no jsplugins.xml and no online package: an old one would point WPS at the wrong place.
    pkg.writePackages({ wpsDir, offlineDir, version: "1.2.3", baseUrl: null });
    expect(fs.existsSync(path.join(wpsDir, "jsplugins.xml"))).toBe(false);
    expect(fs.existsSync(onlineDir)).toBe(false);
    expect(pkg.jspluginsXml('http://a/"b"/')).toContain('url="http://a/&quot;b&quot;/"');
    expect(pkg.jspluginOnlineLine("http://a/it's/")).toContain('url="http://a/it&apos;s/"');
  });

  test("the test build made the offline package from the built add-in", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const folder = path.join(ROOT, "dist/wps-offline", `jx-selfeval_${version}`);
    expect(fs.readdirSync(folder).sort()).toEqual(
      fs
        .readdirSync(WPS)
        .filter((f) => f !== "jsplugins.xml")
        .sort(),
    );
  });
});

describe("install.sh, as a user on a Linux desk runs it", () => {
  const run = (offlineDir: string, home: string) =>
    spawnSync("sh", [path.join(offlineDir, "install.sh")], { env: { ...process.env, HOME: home }, encoding: "utf8" });
  const setup = (version: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wps-install-"));
    const wpsDir = path.join(dir, "wps");
    fs.mkdirSync(wpsDir);
    fs.writeFileSync(path.join(wpsDir, "index.html"), version);
    pkg.writePackages({ wpsDir, offlineDir: path.join(dir, "offline"), version, baseUrl: null });
    const home = path.join(dir, "home");
    return { offline: path.join(dir, "offline"), home, jsaddons: path.join(home, ".local/share/Kingsoft/wps/jsaddons") };
  };

  test("a first install copies the add-in and writes publish.xml", () => {
    const { offline, home, jsaddons } = setup("1.0.0");
    const r = run(offline, home);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("已安装到");
    expect(r.stdout).toMatch(/quickstartoffice restart.*信任本加载项/);
    expect(fs.readFileSync(path.join(jsaddons, "jx-selfeval_1.0.0", "index.html"), "utf8")).toBe("1.0.0");
    expect(fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8")).toBe(pkg.publishXml("1.0.0"));
  });

  test("an upgrade replaces the earlier version's folder and line, and keeps every other add-in", () => {
    const { offline, home, jsaddons } = setup("1.1.0");
    fs.mkdirSync(path.join(jsaddons, "jx-selfeval_1.0.0"), { recursive: true });
    fs.mkdirSync(path.join(jsaddons, "other_2.0"), { recursive: true });
    fs.writeFileSync(
      path.join(jsaddons, "publish.xml"),
      [
        "<jsplugins>",
        '  <jsplugin name="other" type="wps" url="other_2.0" version="2.0" enable="enable_dev" install="null" customDomain=""/>',
        '  <jsplugin name="jx-selfeval" type="et" url="jx-selfeval_1.0.0" version="1.0.0" enable="enable_dev" install="null" customDomain=""/>',
        '  <jspluginonline name="jx-selfeval-dev" type="et" url="http://127.0.0.1:3889/"/>',
        "</jsplugins>",
        "",
      ].join("\n"),
    );
    expect(run(offline, home).status).toBe(0);
    const xml = fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8");
    expect(xml.match(/name="jx-selfeval"/g)).toHaveLength(1);
    expect(xml).toContain('url="jx-selfeval_1.1.0" version="1.1.0"');
    expect(xml).toContain('<jsplugin name="other"');
    expect(xml).toContain('name="jx-selfeval-dev"');
    expect(fs.readdirSync(jsaddons).sort()).toEqual(["jx-selfeval_1.1.0", "other_2.0", "publish.xml"]);
    // Run again: still one line.
    expect(run(offline, home).status).toBe(0);
    expect(fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8").match(/name="jx-selfeval"/g)).toHaveLength(1);
  });

  test("an empty publish.xml gets the line; an unreadable one is left alone with a Chinese message", () => {
    const { offline, home, jsaddons } = setup("1.0.0");
    fs.mkdirSync(jsaddons, { recursive: true });
    fs.writeFileSync(path.join(jsaddons, "publish.xml"), "<jsplugins/>\n");
    expect(run(offline, home).status).toBe(0);
    expect(fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8")).toContain('url="jx-selfeval_1.0.0"');
    fs.writeFileSync(path.join(jsaddons, "publish.xml"), "不是 XML");
    const r = run(offline, home);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/无法识别 .*publish\.xml 的内容，未修改它/);
    expect(fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8")).toBe("不是 XML");
  });

  test("the online package on a personal build: its publish.xml line replaces the offline one, other add-ins stay", () => {
    const { offline, home, jsaddons } = setup("1.0.0");
    expect(run(offline, home).status).toBe(0);
    const online = path.join(path.dirname(offline), "online");
    pkg.writePackages({
      wpsDir: path.join(path.dirname(offline), "wps"),
      offlineDir: offline,
      onlineDir: online,
      version: "1.0.0",
      baseUrl: "http://10.1.2.3/jx/wps/",
    });
    fs.writeFileSync(
      path.join(jsaddons, "publish.xml"),
      fs
        .readFileSync(path.join(jsaddons, "publish.xml"), "utf8")
        .replace("</jsplugins>", '  <jsplugin name="other" type="wps" url="other_2.0"/>\n</jsplugins>'),
    );
    const r = run(online, home);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/已在 .*publish\.xml 中登记 http:\/\/10\.1\.2\.3\/jx\/wps\/：请运行 quickstartoffice restart/);
    const xml = fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8");
    expect(xml.match(/name="jx-selfeval"/g)).toHaveLength(1);
    expect(xml).toContain(pkg.jspluginOnlineLine("http://10.1.2.3/jx/wps/"));
    expect(xml).toContain('<jsplugin name="other"');
  });

  test("run without the add-in folder beside it: a Chinese message, nothing changed", () => {
    const { offline, home, jsaddons } = setup("1.0.0");
    fs.rmSync(path.join(offline, "jx-selfeval_1.0.0"), { recursive: true });
    const r = run(offline, home);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/找不到 .*jx-selfeval_1\.0\.0：请把整个 wps-offline 文件夹复制到本机/);
    expect(fs.existsSync(jsaddons)).toBe(false);
  });
});
