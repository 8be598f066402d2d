// Offline manifest validation (office-addin-manifest validate needs an online service), for both
// manifests: the development one (its own id, names marked 开发, JXDEV, localhost) and the production
// one made from it (the production id, JX, the deployment URL); and the builds that carry them.
import { spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { REQUIRED_API } from "../../src/hosts/excel/office";
/* eslint-disable @typescript-eslint/no-require-imports -- scripts/ and the webpack config are CommonJS */
const {
  rewriteManifest,
  normalizeBaseUrl,
  productionManifest,
  productionSettings,
  DEV_ID,
  PRODUCTION_ID,
} = require("../../scripts/manifest");

const { CDN, officeJsChoice, LOCAL_LIBRARY } = require("../../scripts/office-js");

const webpackConfig = require("../../webpack.config");
const { TEST_BASE_URL } = webpackConfig;

const root = path.resolve(__dirname, "../..");
const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

interface Element {
  name: string;
  attrs: Record<string, string>;
  text: string;
  path: string[];
  children: Element[];
}

/** The manifest as a tree of elements with their attributes, in document order. */
function parse(xml: string): Element {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`manifest is not well-formed: ${JSON.stringify(valid.err)}`);
  const raw = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, parseTagValue: false }).parse(xml);
  const build = (node: Record<string, unknown>, parents: string[]): Element | null => {
    const name = Object.keys(node).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "?xml") return null;
    const kids = (node[name] as Record<string, unknown>[]) ?? [];
    const el: Element = { name, attrs: (node[":@"] as Record<string, string>) ?? {}, text: "", path: [...parents, name], children: [] };
    for (const kid of kids) {
      if ("#text" in kid) el.text += String(kid["#text"]);
      const child = build(kid, el.path);
      if (child) el.children.push(child);
    }
    return el;
  };
  const top = (raw as Record<string, unknown>[]).map((n) => build(n, [])).find(Boolean);
  if (!top) throw new Error("no root element");
  return top;
}

function all(el: Element): Element[] {
  return [el, ...el.children.flatMap(all)];
}

function checkManifest(xml: string): { doc: Element; elements: Element[]; resources: Map<string, { kind: string; el: Element }> } {
  const doc = parse(xml);
  const elements = all(doc);
  const resources = new Map<string, { kind: string; el: Element }>();
  for (const el of elements) {
    const parent = el.path[el.path.length - 2];
    if (["bt:Image", "bt:Url", "bt:String"].includes(el.name) && el.attrs.id) {
      expect(resources.has(el.attrs.id)).toBe(false);
      resources.set(el.attrs.id, { kind: parent, el });
    }
  }
  return { doc, elements, resources };
}

const PRODUCTION = productionManifest(source, "https://jx.czj.example.gov.cn/addins/jx");
const manifests: Array<[string, string]> = [
  ["development", source],
  ["production, ADDIN_BASE_URL=https://jx.czj.example.gov.cn/addins/jx", PRODUCTION],
];

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe.each(manifests)("manifest (%s)", (_label, xml) => {
  const { doc, elements, resources } = checkManifest(xml);
  const byName = (name: string) => elements.filter((e) => e.name === name);

  test("is a task-pane add-in for Excel with ReadWriteDocument", () => {
    expect(doc.name).toBe("OfficeApp");
    expect(doc.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(byName("Id")[0].text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(byName("Version")[0].text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(byName("Permissions")[0].text).toBe("ReadWriteDocument");
    expect(byName("Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
  });

  test("every resid resolves to a resource of the right kind", () => {
    const expectedKind: Record<string, string> = {
      "bt:Image": "bt:Images",
      SourceLocation: "bt:Urls",
      Runtime: "bt:Urls",
      FunctionFile: "bt:Urls",
      LearnMoreUrl: "bt:Urls",
      Label: "bt:ShortStrings",
      Title: "bt:ShortStrings",
      Namespace: "bt:ShortStrings",
      Description: "bt:LongStrings",
    };
    const refs = elements.filter((e) => e.attrs.resid);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const target = resources.get(ref.attrs.resid);
      expect({ resid: ref.attrs.resid, found: !!target }).toEqual({ resid: ref.attrs.resid, found: true });
      expect({ resid: ref.attrs.resid, kind: target!.kind }).toEqual({ resid: ref.attrs.resid, kind: expectedKind[ref.name] });
    }
  });

  test("every URL is https", () => {
    const urls = elements.flatMap((e) => [
      ...(["bt:Url", "bt:Image", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(e.name) &&
      e.attrs.DefaultValue
        ? [e.attrs.DefaultValue]
        : []),
      ...(e.name === "bt:Override" && e.path.includes("bt:Urls") ? [e.attrs.Value] : []),
      ...(e.name === "AppDomain" ? [e.text] : []),
    ]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(new URL(url).protocol).toBe("https:");
  });

  test("the function namespace is at most 32 ASCII letters and digits", () => {
    const ns = resources.get(byName("Namespace")[0].attrs.resid)!.el.attrs.DefaultValue;
    expect(ns).toMatch(/^[A-Za-z0-9]{1,32}$/);
  });

  test("requirement sets: ExcelApi at the level the pane checks for, and the shared runtime", () => {
    const sets = Object.fromEntries(byName("Set").map((e) => [e.attrs.Name, e.attrs.MinVersion]));
    expect(sets).toEqual({ ExcelApi: REQUIRED_API, SharedRuntime: "1.1" });
    expect(REQUIRED_API).toBe("1.13");
  });

  test("every command icon comes in 16/20/24/32/40/48/64/80, each a PNG of that size", () => {
    const icons = elements.filter((e) => e.name === "Icon");
    expect(icons.length).toBe(2);
    for (const icon of icons) {
      const sizes = icon.children.map((c) => Number(c.attrs.size));
      expect(sizes).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
      for (const image of icon.children) {
        const url = resources.get(image.attrs.resid)!.el.attrs.DefaultValue;
        expect(url).toMatch(new RegExp(`/assets/icon-${image.attrs.size}\\.png$`));
        const size = Number(image.attrs.size);
        expect(pngSize(path.join(root, "assets", `icon-${size}.png`))).toEqual([size, size]);
      }
    }
    expect(byName("IconUrl")[0].attrs.DefaultValue).toMatch(/icon-32\.png$/);
    expect(byName("HighResolutionIconUrl")[0].attrs.DefaultValue).toMatch(/icon-64\.png$/);
  });

  test("a help page: the support URL and the Get Started link", () => {
    expect(byName("SupportUrl")[0].attrs.DefaultValue).toMatch(/^https:\/\/.+\/help\.html$/);
    expect(resources.get("GetStarted.LearnMoreUrl")!.el.attrs.DefaultValue).toMatch(/\/help\.html$/);
  });

  test("string resources respect the length limits, overrides included", () => {
    for (const [limit, group] of [
      [125, "bt:ShortStrings"],
      [250, "bt:LongStrings"],
    ] as const) {
      const strings = elements.filter((e) => e.path.includes(group) && (e.name === "bt:String" || e.name === "bt:Override"));
      expect(strings.length).toBeGreaterThan(1);
      for (const s of strings) expect((s.attrs.DefaultValue ?? s.attrs.Value).length).toBeLessThanOrEqual(limit);
    }
    for (const e of elements.filter((x) => x.path.includes("DisplayName")))
      expect((e.attrs.DefaultValue ?? e.attrs.Value).length).toBeLessThanOrEqual(125);
    for (const e of elements.filter((x) => x.path.includes("Description") && x.path.length <= 3)) {
      expect((e.attrs.DefaultValue ?? e.attrs.Value).length).toBeLessThanOrEqual(250);
    }
  });

  test("shared runtime: one long-lived runtime that hosts the functions, the page and the taskpane", () => {
    expect(elements.some((e) => e.name === "Set" && e.attrs.Name === "SharedRuntime")).toBe(true);
    const runtimes = byName("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs).toMatchObject({ resid: "Taskpane.Url", lifetime: "long" });
    const cf = elements.find((e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions")!;
    const sourceOf = (child: string) => all(cf).find((e) => e.path.includes(child) && e.name === "SourceLocation")!.attrs.resid;
    expect(sourceOf("Page")).toBe("Taskpane.Url");
    expect(sourceOf("Metadata")).toBe("Functions.Metadata.Url");
    expect(sourceOf("Script")).toBe("Functions.Script.Url");
    expect(byName("FunctionFile")[0].attrs.resid).toBe("Taskpane.Url");
    const action = elements.find((e) => e.name === "Action" && e.attrs["xsi:type"] === "ShowTaskpane")!;
    expect(all(action).find((e) => e.name === "SourceLocation")!.attrs.resid).toBe("Taskpane.Url");
  });

  test("the zh-CN metadata override points at functions-zh-CN.json", () => {
    const meta = resources.get("Functions.Metadata.Url")!.el;
    const override = meta.children.find((c) => c.name === "bt:Override")!;
    expect(override.attrs.Locale).toBe("zh-CN");
    expect(override.attrs.Value).toMatch(/\/functions-zh-CN\.json$/);
    expect(meta.attrs.DefaultValue).toMatch(/\/functions\.json$/);
  });
});

describe("development and production manifests cannot collide", () => {
  const dev = checkManifest(source).elements;
  const prod = checkManifest(PRODUCTION).elements;
  const text = (els: typeof dev, name: string) => els.find((e) => e.name === name)!;
  const namespace = (els: typeof dev) =>
    els.find((e) => e.name === "bt:String" && e.attrs.id === "Functions.Namespace")!.attrs.DefaultValue;

  test("each has its own id, name and function namespace", () => {
    expect(text(dev, "Id").text).toBe(DEV_ID);
    expect(text(prod, "Id").text).toBe(PRODUCTION_ID);
    expect(DEV_ID).not.toBe(PRODUCTION_ID);
    expect(namespace(dev)).toBe("JXDEV");
    expect(namespace(prod)).toBe("JX");
    expect(source).toContain("绩效自评助手（开发）");
    expect(source).toContain("Assistant (Dev)");
    expect(PRODUCTION).not.toMatch(/开发|\(Dev\)|localhost|JXDEV/);
    expect(text(prod, "DisplayName").attrs.DefaultValue).toBe("Performance Self-Evaluation Assistant");
  });

  test("a fork gives the production manifest its own id; a non-GUID or the development id is refused", () => {
    const id = "c1b3547d-9453-40ed-9b0c-b6bca2db3fdc";
    expect(productionManifest(source, "https://host/jx", id)).toContain(`<Id>${id}</Id>`);
    expect(() => productionManifest(source, "https://host/jx", "my-addin")).toThrow(/不是 GUID/);
    expect(() => productionManifest(source, "https://host/jx", DEV_ID)).toThrow(/不能与开发版清单的 Id 相同/);
  });

  test("a production build needs the deployment URL, and says how to give it", () => {
    expect(() => productionSettings({})).toThrow(/生产版本需要加载项的部署地址.*ADDIN_BASE_URL=https:\/\/服务器地址\/路径 npm run build/s);
    expect(() => productionSettings({ ADDIN_BASE_URL: "https://localhost:3000/" })).toThrow(/指向本机/);
    expect(
      productionSettings({ ADDIN_BASE_URL: "https://jx.example.gov.cn/jx", ADDIN_ID: "c1b3547d-9453-40ed-9b0c-b6bca2db3fdc" }),
    ).toEqual({
      baseUrl: "https://jx.example.gov.cn/jx",
      id: "c1b3547d-9453-40ed-9b0c-b6bca2db3fdc",
    });
  });

  test("npm run build without ADDIN_BASE_URL builds the web checker and the WPS add-in, then fails with that message and no stack trace", async () => {
    const saved = process.env.ADDIN_BASE_URL;
    delete process.env.ADDIN_BASE_URL;
    try {
      const configs = await webpackConfig({}, { mode: "production" });
      expect(configs.map((c: { name: string }) => c.name)).toEqual(["dist/checker-worker", "dist/checker", "dist/wps"]);
      const plugin = configs[2].plugins.find((p: object) => p.constructor.name === "MissingUrlPlugin");
      let done: () => void = () => undefined;
      plugin.apply({
        options: { output: { path: "/srv/dist/wps" } },
        hooks: { afterDone: { tap: (_: string, fn: () => void) => (done = fn) } },
      });
      const printed: string[] = [];
      const error = console.error;
      console.error = (line: string) => printed.push(line);
      try {
        done();
      } finally {
        console.error = error;
      }
      expect(process.exitCode).toBe(2);
      process.exitCode = 0;
      expect(printed.join("\n")).toMatch(
        /网页检查器已生成：\/srv\/dist\/checker\nWPS 加载项已生成：\/srv\/dist\/wps（离线安装包：\/srv\/dist\/wps-offline）\nExcel 加载项未生成：生产版本需要加载项的部署地址.*ADDIN_BASE_URL=https:\/\/服务器地址\/路径 npm run build/s,
      );
      expect(printed.join("\n")).not.toMatch(/\n\s+at /);
    } finally {
      if (saved !== undefined) process.env.ADDIN_BASE_URL = saved;
    }
  });

  test("with ADDIN_BASE_URL the build makes the add-in and the checker; a bad OFFICE_JS stops it before building", async () => {
    process.env.ADDIN_BASE_URL = "https://jx.example.gov.cn/jx";
    try {
      const configs = await webpackConfig({}, { mode: "production" });
      expect(configs.map((c: { name: string }) => c.name)).toEqual(["dist", "dist/checker-worker", "dist/checker", "dist/wps"]);
      const r = spawnSync(process.execPath, [require.resolve("webpack/bin/webpack.js"), "--mode", "production"], {
        cwd: root,
        env: { ...process.env, OFFICE_JS: "offline" },
        encoding: "utf8",
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/构建未进行：OFFICE_JS “offline” 无法识别/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      delete process.env.ADDIN_BASE_URL;
    }
  });
});

describe("ADDIN_BASE_URL", () => {
  test("rewrites every URL and leaves no localhost behind", () => {
    const xml = rewriteManifest(source, "https://jx.czj.example.gov.cn/addins/jx");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("https://jx.czj.example.gov.cn/addins/jx/taskpane.html");
    expect(xml).toContain("<AppDomain>https://jx.czj.example.gov.cn</AppDomain>");
    expect(rewriteManifest(source, "https://host/jx/")).toBe(rewriteManifest(source, "https://host/jx"));
  });

  test("refuses URLs Office cannot load, in Chinese", () => {
    expect(() => normalizeBaseUrl("http://host/jx")).toThrow(/必须以 https:\/\/ 开头/);
    expect(() => normalizeBaseUrl("not a url")).toThrow(/不是有效的网址/);
    expect(() => normalizeBaseUrl("https://host/jx?x=1")).toThrow(/不能带/);
  });
});

describe("npm run validate (offline checks)", () => {
  const { manifestProblems } = require("../../scripts/validate");

  test("the production manifest passes; the development one is named for what it is", () => {
    expect(manifestProblems(PRODUCTION)).toEqual([]);
    expect(manifestProblems(source, { production: false })).toEqual([]);
    expect(manifestProblems(source)).toEqual([
      "这是开发版清单（Id 与开发版相同）：请用 ADDIN_BASE_URL=… npm run build 生成生产清单 dist/manifest.xml。",
      "18 个地址指向本机（如 https://localhost:3000/assets/icon-32.png）：生产清单须指向部署服务器。",
    ]);
  });

  test.each([
    ["a missing icon size", (x: string) => x.replace('<bt:Image size="40" resid="Icon.40x40"/>', ""), /第 1 组图标缺少尺寸 40/],
    [
      "an http URL",
      (x: string) => x.replace("https://jx.czj.example.gov.cn/addins/jx/help.html", "http://jx/help.html"),
      /不是 https 地址/,
    ],
    [
      "a lower requirement set",
      (x: string) => x.replace('Name="ExcelApi" MinVersion="1.13"', 'Name="ExcelApi" MinVersion="1.1"'),
      /ExcelApi 1\.13（现为 1\.1）/,
    ],
    ["a dangling resid", (x: string) => x.replace('resid="Icon.16x16"', 'resid="Icon.17x17"'), /“Icon.17x17” 不存在/],
    ["a broken id", (x: string) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>jx</Id>"), /不是 GUID/],
    ["no help page", (x: string) => x.replace(/<SupportUrl[^>]+\/>/, ""), /SupportUrl/],
    ["broken XML", (x: string) => x.replace("</OfficeApp>", ""), /不是格式正确的 XML/],
  ])("catches %s", (_name, mutate, message) => {
    const problems: string[] = manifestProblems(mutate(PRODUCTION));
    expect(problems.some((p) => message.test(p))).toBe(true);
  });

  test("npm run validate on the test build: offline checks pass; without network the online step is skipped, and says so", () => {
    const r = spawnSync(process.execPath, [path.join(root, "scripts/validate.js"), path.join(root, "dist", "manifest.xml")], {
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(r.stdout).toContain("离线检查通过");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/已跳过在线验证|在线验证通过/);
  });
});

describe("office.js", () => {
  test("by default from Microsoft's CDN; china picks the 21Vianet partner CDN; local the copy; anything else is refused in Chinese", () => {
    expect(officeJsChoice(undefined)).toEqual({
      mode: "cdn",
      src: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      origins: ["https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"],
    });
    expect(officeJsChoice("china")).toEqual({
      mode: "cdn",
      src: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
      origins: ["https://appsforoffice.cdn.partner.office365.cn"],
    });
    expect(officeJsChoice("local")).toEqual({ mode: "local", src: "office-js/office.js", origins: [] });
    expect(officeJsChoice("https://mirror.example.gov.cn/office/office.js").origins).toEqual(["https://mirror.example.gov.cn"]);
    expect(() => officeJsChoice("http://mirror/office.js")).toThrow(/必须以 https:\/\/ 开头/);
    expect(() => officeJsChoice("offline")).toThrow(/无法识别/);
    expect(CDN.china).toContain("partner.office365.cn");
  });
});

describe("the built add-in (npm test builds it as production, at a test URL: dist/ with the CDN, dist-offline/ with OFFICE_JS=local)", () => {
  const builds: Array<[string, string]> = [
    ["dist", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"],
    ["dist-offline", "office-js/office.js"],
  ];

  test.each(builds)("%s/manifest.xml is the production manifest, and every URL in it is a file in the build", (dir) => {
    const dist = path.join(root, dir);
    const built = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(built).toBe(productionManifest(source, TEST_BASE_URL));
    const base = normalizeBaseUrl(TEST_BASE_URL);
    const files = [...built.matchAll(/(?:DefaultValue|Value)="([^"]+)"/g)].map((m) => m[1]).filter((u) => u.startsWith(base));
    expect(files.length).toBeGreaterThan(14);
    for (const url of files) {
      const file = path.join(dist, url.slice(base.length));
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
    }
    for (const page of ["taskpane.html", "report.html", "help.html", "functions-zh-CN.json"])
      expect(fs.existsSync(path.join(dist, page))).toBe(true);
  });

  test.each(builds)(
    "%s/taskpane.html loads office.js in the head from %s, and its CSP allows exactly that origin besides its own",
    (dir, src) => {
      const html = fs.readFileSync(path.join(root, dir, "taskpane.html"), "utf8");
      const head = html.slice(0, html.indexOf("</head>"));
      const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
      expect(scripts[0]).toBe(src);
      expect(head).toMatch(new RegExp(`src="?${src.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
      const csp = /Content-Security-Policy"? content="([^"]+)"/.exec(html)![1];
      const scriptSrc = /script-src ([^;]+)/.exec(csp)![1].split(" ");
      expect(scriptSrc).toEqual(
        src.startsWith("https:")
          ? ["'self'", "https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"]
          : ["'self'"],
      );
      const origins = new Set([...csp.matchAll(/https:\/\/[^\s;]+/g)].map((m) => m[0]));
      expect([...origins]).toEqual(
        src.startsWith("https:") ? ["https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"] : [],
      );
    },
  );

  test("dist-offline/office-js is the complete library, file for file, with its names as published", () => {
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)).map((f) => `${d.name}/${f}`) : [d.name]));
    const library = walk(LOCAL_LIBRARY).sort();
    const copied = walk(path.join(root, "dist-offline", "office-js")).sort();
    expect(library.length).toBeGreaterThan(200);
    expect(copied).toEqual(library);
    for (const f of [
      "telemetry/oteljs_agave.js",
      "webauth/webauth.implicit.js",
      "zh-cn/office_strings.js",
      "excel-mac-16.00.js",
      "custom-functions-runtime.js",
    ])
      expect(copied).toContain(f);
    for (const f of library.filter((_, i) => i % 25 === 0))
      expect(fs.statSync(path.join(root, "dist-offline", "office-js", f)).size).toBe(fs.statSync(path.join(LOCAL_LIBRARY, f)).size);
  });

  test("the CDN build ships no copy of office.js", () => {
    expect(fs.existsSync(path.join(root, "dist", "office-js"))).toBe(false);
  });
});
