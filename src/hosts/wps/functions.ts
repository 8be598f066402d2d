// The JX functions in WPS 表格 (12.1.0.20540 and later): the same functions as in Excel, registered with
// wps.AddCustomFunction under the same names, with the same Chinese help (built from the same JSDoc and
// functions-zh-CN.source.json by scripts/wps-functions.js). WPS calls them synchronously.
import { FunctionError } from "../../functions/errors";

export interface WpsFunction {
  name: string;
  /** The exported function of src/functions/functions.ts that computes it. */
  function: string;
  description: string;
  parameters: Array<{ name: string; type: string; description: string }>;
  result: { type: string };
}

interface WpsRoot {
  AddCustomFunction?: (namespace: string, name: string, callback: (...args: unknown[]) => unknown, metadata?: unknown) => void;
}

/**
 * COM's "parameter not found" (DISP_E_PARAMNOTFOUND, 0x80020004): how a COM host passes an omitted optional
 * argument. No public source says whether WPS does this or passes undefined (docs/developer/host-evidence.md,
 * row 1), so both mean "omitted", for every function.
 */
export const PARAM_NOT_FOUND = -2147352572;

/** An argument as the function sees it: undefined when WPS marked it omitted, whichever way it did. */
function given(arg: unknown): unknown {
  return arg === PARAM_NOT_FOUND ? undefined : arg;
}

/** A range argument as a 2-D array, whether WPS handed over a range or a single value. */
function asMatrix(v: unknown): unknown[][] {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row : [row]));
  return [[v]];
}

/**
 * Registers every function; returns how many were registered (0 where this WPS has no
 * AddCustomFunction). A failing function raises its Chinese message, which WPS shows as an error value.
 */
export function registerWpsFunctions(root: unknown, namespace: string, metadata: WpsFunction[], impl: Record<string, unknown>): number {
  const add = (root as WpsRoot | null)?.AddCustomFunction;
  if (typeof add !== "function") return 0;
  let count = 0;
  for (const meta of metadata) {
    const fn = impl[meta.function];
    if (typeof fn !== "function") throw new Error(`函数 ${meta.name} 没有实现（${meta.function}）`);
    const ranges = meta.parameters.map((p) => p.type.replace("?", "").endsWith("[][]"));
    const callback = (...args: unknown[]) => {
      const values = args.map(given).map((a, i) => (ranges[i] && a !== undefined && a !== null ? asMatrix(a) : a));
      // Trailing omitted arguments are left off, as Excel leaves them off.
      while (values.length > 0 && values[values.length - 1] === undefined) values.pop();
      try {
        return (fn as (...a: unknown[]) => unknown)(...values);
      } catch (err) {
        throw err instanceof FunctionError ? err : new FunctionError("#VALUE!", err instanceof Error ? err.message : String(err));
      }
    };
    add.call(root, namespace, meta.name, callback, {
      description: meta.description,
      parameters: meta.parameters,
      result: meta.result,
    });
    count++;
  }
  return count;
}
