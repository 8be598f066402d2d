// IronCalc in a browser (the web checker's worker): the WebAssembly is inlined in the bundle as a data
// URL, so it loads with no request — from an intranet server or straight from disk (file://) alike.
// Instantiated once, on the first workbook whose formulas have no cached results.
import * as ironcalc from "@ironcalc/wasm";
import wasmDataUrl from "@ironcalc/wasm/wasm_bg.wasm";
import type { FormulaEngine } from "../workbook";
import { ironcalcEngine, type IronCalcModule } from "./ironcalc";

let engine: FormulaEngine | null | undefined;

function bytesOf(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(",") + 1));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The engine, or null where WebAssembly cannot run (the checker then reports those formulas as uncomputed). */
export async function browserFormulaEngine(): Promise<FormulaEngine | null> {
  if (engine !== undefined) return engine;
  try {
    ironcalc.initSync({ module: bytesOf(wasmDataUrl) });
    engine = ironcalcEngine(ironcalc as unknown as IronCalcModule);
  } catch {
    engine = null;
  }
  return engine;
}
