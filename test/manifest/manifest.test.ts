// Offline manifest validation (office-addin-manifest validate needs an online service).
import fs from "fs";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest, normalizeBaseUrl } = require("../../scripts/manifest-urls");

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

const manifests: Array<[string, string]> = [
  ["development", source],
  ["ADDIN_BASE_URL=https://jx.czj.example.gov.cn/addins/jx", rewriteManifest(source, "https://jx.czj.example.gov.cn/addins/jx")],
];

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

  test("the JX namespace is at most 32 ASCII letters and digits", () => {
    const ns = resources.get(byName("Namespace")[0].attrs.resid)!.el.attrs.DefaultValue;
    expect(ns).toBe("JX");
    expect(ns).toMatch(/^[A-Za-z0-9]{1,32}$/);
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

describe("the built manifest", () => {
  const dist = path.join(root, "dist");
  test("dist/manifest.xml is the source manifest, and every URL in it is a file in dist", () => {
    const built = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const expected = process.env.ADDIN_BASE_URL ? rewriteManifest(source, process.env.ADDIN_BASE_URL) : source;
    expect(built).toBe(expected);
    const base = process.env.ADDIN_BASE_URL ? normalizeBaseUrl(process.env.ADDIN_BASE_URL) : "https://localhost:3000/";
    const files = [...built.matchAll(/(?:DefaultValue|Value)="([^"]+)"/g)].map((m) => m[1]).filter((u) => u.startsWith(base));
    expect(files.length).toBeGreaterThan(8);
    for (const url of files) {
      const file = path.join(dist, url.slice(base.length));
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
    }
    expect(fs.existsSync(path.join(dist, "functions-zh-CN.json"))).toBe(true);
    expect(fs.existsSync(path.join(dist, "office-js/office.js"))).toBe(true);
  });
});
