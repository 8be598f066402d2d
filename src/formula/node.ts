// IronCalc for Node (the CLI): the package is an ES module with its WebAssembly beside it; loaded once,
// on the first workbook that needs it, and only then.
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";
import type { FormulaEngine } from "../workbook";
import { ironcalcEngine, type IronCalcModule } from "./ironcalc";

let loading: Promise<FormulaEngine | null> | null = null;

/**
 * Imports an ES module from this CommonJS build (TypeScript would turn import() into require()). The
 * source is unique per load: V8 caches compiled functions by source, and a cached one would carry the
 * module loader of the context that first compiled it (a test environment that has since gone).
 */
const importModule = new Function("specifier", `return import(specifier); // ${Date.now()}-${Math.random()}`) as (
  specifier: string,
) => Promise<unknown>;

/** The engine, or null when it cannot load here (the checker then says which formulas it could not compute). */
export function nodeFormulaEngine(): Promise<FormulaEngine | null> {
  loading ??= (async () => {
    try {
      const entry = require.resolve("@ironcalc/wasm");
      const mod = (await importModule(pathToFileURL(entry).href)) as IronCalcModule & { initSync: (o: { module: Buffer }) => void };
      mod.initSync({ module: fs.readFileSync(path.join(path.dirname(entry), "wasm_bg.wasm")) });
      return ironcalcEngine(mod);
    } catch (err) {
      if (process.env.SELFEVAL_DEBUG) console.error(err);
      return null;
    }
  })();
  return loading;
}
