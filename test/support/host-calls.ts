// Every host call the source makes, found by the TypeScript checker: each property read, write or call whose
// declaration lies in the hosts' own typings (@types/office-js, @types/custom-functions-runtime,
// et-jsapi-declare), named as the typings name it ("Excel.Range.values", "Et.Range.Value2"). Members reached
// through our own stand-in types (a `{ AddCustomFunction?: … }` cast) are named by the WPS root member of the
// same name; ribbon.xml's callbacks, the Excel error codes the code compares and the COM values it decodes
// are found by pattern. docs/developer/host-evidence.md must give each one a row (test/hosts/evidence.test.ts).
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const TYPINGS = /node_modules\/(@types\/office-js|@types\/custom-functions-runtime|et-jsapi-declare)\//;

/** The source that talks to a host: the host drivers, the functions' error type, the pane's entry. */
export function hostSources(): string[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return walk(p);
      return /\.tsx?$/.test(e.name) ? [p] : [];
    });
  return [...walk(path.join(ROOT, "src/hosts")), ...walk(path.join(ROOT, "src/functions")), ...walk(path.join(ROOT, "src/taskpane"))];
}

export interface HostCall {
  /** As the typings name it: "Excel.Range.values", "WPS.AddonRoot.CreateTaskPane", "ribbon.xml onAction". */
  name: string;
  /** Where the source uses it: "src/hosts/excel/read.ts:41". */
  at: string[];
  /** Where the typings declare it ("et-jsapi-declare/lib.et.d.ts:1706"), for members. */
  declared?: string;
  /** The requirement set the typings give for it ("ExcelApi 1.13"). */
  apiSet?: string;
}

function qualified(decl: ts.Node): string {
  const names: string[] = [];
  for (let n: ts.Node | undefined = decl; n; n = n.parent) {
    if (
      (ts.isInterfaceDeclaration(n) || ts.isClassDeclaration(n) || ts.isModuleDeclaration(n) || ts.isEnumDeclaration(n)) &&
      n.name &&
      ts.isIdentifier(n.name)
    )
      names.unshift(n.name.text);
  }
  return names.join(".");
}

function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

/**
 * The host calls in `files`; `virtual` adds source text under given paths (inside the repository, so the
 * typings resolve), whose calls are returned apart, under `probe`.
 */
export function hostCalls(files: string[], virtual: Record<string, string> = {}): { calls: HostCall[]; probe: HostCall[] } {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  )!;
  const options = { ...config.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    name in virtual ? ts.createSourceFile(name, virtual[name], lang, true) : read(name, lang, ...rest);
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name in virtual || exists(name);
  const program = ts.createProgram([...files, ...Object.keys(virtual)], options, host);
  const checker = program.getTypeChecker();

  // The WPS root's members (window.Application / wps), for our stand-in types that name them.
  const rootMembers = new Map<string, { name: string; declared: string }>();
  const ROOTS: Array<[RegExp, string]> = [
    [/et-jsapi-declare\/index\.d\.ts$/, "Window"],
    [/et-jsapi-declare\/index\.d\.ts$/, "AddonRoot"],
    [/et-jsapi-declare\/addon\.et\.d\.ts$/, "EtAddonRoot"],
    [/et-jsapi-declare\/lib\.et\.d\.ts$/, "Application"],
  ];
  for (const [file, interfaceName] of ROOTS)
    for (const sf of program.getSourceFiles()) {
      if (!file.test(sf.fileName)) continue;
      const visit = (n: ts.Node) => {
        if (ts.isInterfaceDeclaration(n) && n.name.text === interfaceName) {
          for (const m of n.members)
            if (m.name && ts.isIdentifier(m.name) && !rootMembers.has(m.name.text))
              rootMembers.set(m.name.text, {
                name: `${qualified(n)}.${m.name.text}`,
                declared: `${sf.fileName.replace(/^.*node_modules\//, "")}:${sf.getLineAndCharacterOfPosition(m.getStart()).line + 1}`,
              });
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }

  const found = { calls: new Map<string, HostCall>(), probe: new Map<string, HostCall>() };
  const add = (into: Map<string, HostCall>, name: string, at: string, extra: Partial<HostCall> = {}) => {
    const call = into.get(name) ?? { name, at: [], ...extra };
    if (!call.at.includes(at)) call.at.push(at);
    into.set(name, call);
  };

  for (const file of [...files, ...Object.keys(virtual)]) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`not in the program: ${file}`);
    const into = file in virtual ? found.probe : found.calls;
    const where = (n: ts.Node) => `${relative(file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      const name = ts.isPropertyAccessExpression(node)
        ? node.name
        : ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)
          ? node.argumentExpression
          : null;
      const symbol = name ? checker.getSymbolAtLocation(name) : undefined;
      const decl = symbol?.declarations?.[0];
      if (name && decl) {
        const declFile = decl.getSourceFile().fileName;
        if (TYPINGS.test(declFile)) {
          const line = decl.getSourceFile().getLineAndCharacterOfPosition(decl.getStart()).line + 1;
          const doc = decl.getFullText().match(/\[Api set: ([^\]]+)\]/i)?.[1];
          add(into, `${qualified(decl.parent)}.${name.text}`, where(node), {
            declared: `${declFile.replace(/^.*node_modules\//, "")}:${line}`,
            ...(doc ? { apiSet: doc.trim() } : {}),
          });
        } else if (/\/src\/hosts\/wps\//.test(declFile) && rootMembers.has(name.text)) {
          // A stand-in type of ours (`{ AddCustomFunction?: … }`) naming a member of WPS's root object.
          const member = rootMembers.get(name.text)!;
          add(into, member.name, where(node), { declared: member.declared });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);

    // Excel's error codes the code tells apart: `code === "X"` and /X|Y/ tested against a code.
    const text = virtual[file] ?? fs.readFileSync(file, "utf8");
    if (/\/src\/hosts\/excel\//.test(file)) {
      const line = (i: number) => `${relative(file)}:${text.slice(0, i).split("\n").length}`;
      for (const m of text.matchAll(/code === "(\w+)"/g)) add(into, `Excel error code ${m[1]}`, line(m.index!));
      for (const m of text.matchAll(/\/([\w|]+)\/\.test\([^)]*code/g))
        for (const code of m[1].split("|")) add(into, `Excel error code ${code}`, line(m.index!));
    }
    // Values WPS hands over that the code decodes.
    if (/\/src\/hosts\/wps\//.test(file)) {
      const line = (i: number) => `${relative(file)}:${text.slice(0, i).split("\n").length}`;
      const VALUES: Array<[RegExp, string]> = [
        [/0x800a0000/gi, "WPS value: COM error code in Value2"],
        [/-2147352572/g, "WPS value: COM parameter-not-found"],
        [/path cannot contain/g, "WPS message: path cannot contains"],
        [/通用格式/g, "WPS value: General as G/通用格式"],
      ];
      for (const [re, row] of VALUES) for (const m of text.matchAll(re)) add(into, row, line(m.index!));
    }
  }

  // The callbacks ribbon.xml names: WPS calls them by name on the entry page.
  const ribbon = path.join(ROOT, "src/hosts/wps/ribbon.xml");
  const xml = fs.readFileSync(ribbon, "utf8");
  for (const m of xml.matchAll(/<(\w+)[^>]*?>/g))
    for (const a of m[0].matchAll(/\b(on[A-Z]\w*|get[A-Z]\w*)="(\w+)"/g)) add(found.calls, `ribbon.xml ${a[1]}`, `${relative(ribbon)}`);

  const sorted = (m: Map<string, HostCall>) => [...m.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { calls: sorted(found.calls), probe: sorted(found.probe) };
}
