// The WPS entry page (src/hosts/wps/addin.ts) and the JX functions' registration wrapper, against the strict
// fake WPS in each mode the evidence leaves open (docs/developer/host-evidence.md): omitted arguments as
// undefined or as COM's "parameter not found" (row 1), Application.ribbonUI read-only (row 7), the root as
// window.Application or wps (row 8), and CustomTaskpane.Navigate with a new #fragment reloading the pane or
// not (row 10), and what a cell shows when its function throws (row 10).
import { PARAM_NOT_FOUND, registerWpsFunctions, type WpsFunction } from "../../../src/hosts/wps/functions";
import { hidePane } from "../../../src/hosts/wps/pane";
import * as functions from "../../../src/functions/functions";
import { createFakeEt, type FakeEtOptions } from "../../support/fake-et";
import fs from "fs";
import path from "path";

const golden: WpsFunction[] = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../golden/wps-functions.json"), "utf8"));
const g = globalThis as unknown as Record<string, unknown>;

function fakeWps(options: FakeEtOptions = {}) {
  return createFakeEt({ sheets: [{ name: "表", merges: [], cells: {} }] }, options);
}

describe.each(["undefined", "paramNotFound"] as const)("omitted arguments arriving as %s", (omittedArg) => {
  test("=JX.BUDGETSCORE(37.24,43.2) uses the default weight and profile, as in Excel", () => {
    const fake = fakeWps({ omittedArg });
    expect(registerWpsFunctions(fake.wps, "JX", golden, functions)).toBe(golden.length);
    expect(fake.calculate("=JX.BUDGETSCORE(37.24,43.2)")).toBe(functions.budgetScoreFn(37.24, 43.2));
    expect(fake.calculate("=JX.BUDGETSCORE(37.24,43.2)")).not.toBe("#VALUE!");
    expect(fake.calculate('=JX.SCORE("≥95%",0.9,10)')).toBe(9.47);
    expect(fake.calculate("=JX.GRADE(93.59)")).toBe(functions.grade(93.59));
  });

  test("every function with optional arguments gives the same as when they are left off in Excel", () => {
    const fake = fakeWps({ omittedArg });
    registerWpsFunctions(fake.wps, "JX", golden, functions);
    expect(fake.calculate("=JX.BUDGETSCORE(37.24,43.2,10)")).toBe(functions.budgetScoreFn(37.24, 43.2, 10));
    expect(fake.calculate('=JX.SCORE("≥95%",0.9,10)')).toBe(functions.score("≥95%", 0.9, 10));
    expect(fake.calculate("=JX.EXECRATE(10,0)")).toBe("#VALUE!");
  });
});

describe.each(["#VALUE!", "message"] as const)("a JX function that fails, WPS showing %s (host-evidence.md claim 10)", (thrownShows) => {
  test("a function that fails shows no number and no English, whether WPS shows #VALUE! or the message", () => {
    const fake = fakeWps({ thrownShows });
    registerWpsFunctions(fake.wps, "JX", golden, functions);
    for (const formula of ["=JX.EXECRATE(10,0)", "=JX.BUDGETSCORE(-5,43.2)", '=JX.SCORE("",0.9,10)']) {
      const shown = fake.calculate(formula);
      expect({ formula, type: typeof shown }).toEqual({ formula, type: "string" });
      if (thrownShows === "#VALUE!") expect(shown).toBe("#VALUE!");
      else {
        // The FunctionError's own Chinese message, never an English one or a stack.
        expect(shown).toMatch(/[\u4e00-\u9fff]/);
        expect(shown).not.toMatch(/Error|\bat\b|undefined|NaN|\n/);
      }
    }
  });
});

test("the wrapper passes COM's parameter-not-found as omitted to every function, range arguments included", () => {
  const seen: unknown[][] = [];
  const root = {
    AddCustomFunction: (_ns: string, _name: string, fn: (...a: unknown[]) => unknown) => {
      seen.push([fn]);
    },
  };
  const calls: unknown[][] = [];
  const meta: WpsFunction[] = [
    {
      name: "ECHO",
      function: "echo",
      description: "",
      parameters: [
        { name: "a", type: "any", description: "" },
        { name: "b", type: "any[][]?", description: "" },
        { name: "c", type: "string?", description: "" },
      ],
      result: { type: "any" },
    },
  ];
  registerWpsFunctions(root, "JX", meta, { echo: (...a: unknown[]) => calls.push(a) });
  const fn = seen[0][0] as (...a: unknown[]) => unknown;
  fn(1, PARAM_NOT_FOUND, PARAM_NOT_FOUND);
  fn(1, PARAM_NOT_FOUND, "x");
  fn(1, undefined, undefined);
  fn(1, [2, 3]);
  expect(calls).toEqual([[1], [1, undefined, "x"], [1], [1, [[2], [3]]]]);
});

describe("the entry page", () => {
  let fake: ReturnType<typeof fakeWps>;
  type Callbacks = { OnAddinLoad: (ui: unknown) => boolean; OnAction: (c: { Id: string }) => boolean };
  const load = (options: FakeEtOptions = {}, as: "Application" | "wps" = "Application") => {
    fake = fakeWps(options);
    const window: Record<string, unknown> = {
      [as]: fake.Application,
      document: { location: { href: "http://intranet/jx/wps/index.html" } },
    };
    g.window = window;
    g.document = window.document;
    g.__JX_WPS_FUNCTIONS__ = golden;
    g.__JX_NAMESPACE__ = "JX";
    let mod: typeof import("../../../src/hosts/wps/addin") | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require("../../../src/hosts/wps/addin");
    });
    return { mod: mod!, callbacks: window as unknown as Callbacks };
  };
  afterEach(() => {
    for (const k of ["window", "document", "__JX_WPS_FUNCTIONS__", "__JX_NAMESPACE__"]) delete g[k];
  });

  test("keeps the ribbon WPS hands over in a module variable: Application.ribbonUI is read-only and never assigned", () => {
    const { mod, callbacks } = load();
    const ui = { Invalidate: () => undefined };
    expect(() => callbacks.OnAddinLoad(ui)).not.toThrow();
    expect(mod.ribbonUI()).toBe(ui);
    expect(() => {
      "use strict";
      (fake.Application as Record<string, unknown>).ribbonUI = ui;
    }).toThrow(TypeError);
    expect(fake.Application.ribbonUI).not.toBe(ui);
  });

  test("registers the functions on the global wps object when window.Application is absent", () => {
    const { mod } = load({}, "wps");
    expect(mod.registered).toBe(golden.length);
  });

  test.each([false, true])("打开窗格 on an open pane shows it, never a second one (Navigate reloads: %s)", (navigateReloads) => {
    const { callbacks } = load({ navigateReloads });
    callbacks.OnAction({ Id: "jxCheck" });
    expect(fake.state.panes).toHaveLength(1);
    expect(fake.state.panes[0]).toMatchObject({ Visible: true, url: "http://intranet/jx/wps/taskpane.html#run=check&n=1", loads: 1 });
    fake.state.panes[0].Visible = false;
    callbacks.OnAction({ Id: "jxPane" });
    expect(fake.state.panes).toHaveLength(1);
    expect(fake.state.panes[0].Visible).toBe(true);
    callbacks.OnAction({ Id: "jxFill" });
    expect(fake.state.panes).toHaveLength(1);
    expect(fake.state.panes[0].url).toBe("http://intranet/jx/wps/taskpane.html#run=fill&n=2");
    // Whether the page was loaded again is the host's business; the pane reads the command either way.
    expect(fake.state.panes[0].loads).toBe(navigateReloads ? 2 : 1);
  });

  test("the pane hides itself: a docked pane that froze the ribbon still has a way out", () => {
    const { callbacks } = load({ ribbonBlockedWhilePaneVisible: true });
    callbacks.OnAction({ Id: "jxPane" });
    expect(fake.ribbonTakesClicks()).toBe(false);
    expect(hidePane(fake.Application as never)).toBe(true);
    expect(fake.state.panes[0].Visible).toBe(false);
    expect(fake.ribbonTakesClicks()).toBe(true);
    expect(hidePane(fakeWps().Application as never)).toBe(false);
  });
});
