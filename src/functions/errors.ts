// Turns scoring failures into the error values the spreadsheet shows, with a Chinese message: Excel's
// CustomFunctions.Error where the custom functions runtime is there, elsewhere (WPS) a FunctionError
// with the same code, which the WPS registration hands to WPS.
import { MESSAGES } from "../messages";
import type { Failure, FailureKind } from "../scoring";

/** The error value a failure shows: #N/A for "nothing to compute", #VALUE! otherwise. */
export type ErrorValue = "#VALUE!" | "#N/A";

/** A function's failure outside Excel's runtime. */
export class FunctionError extends Error {
  constructor(
    readonly code: ErrorValue,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

const inExcel = () => typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function";

export function excelError(kind: FailureKind, message: string): FunctionError | CustomFunctions.Error {
  const code: ErrorValue = kind === "na" ? "#N/A" : "#VALUE!";
  if (!inExcel()) return new FunctionError(code, message);
  return new CustomFunctions.Error(
    code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue,
    message,
  );
}

export function fromFailure(failure: Failure): FunctionError | CustomFunctions.Error {
  return excelError(failure.kind, failure.message);
}

function expected(err: unknown): boolean {
  return err instanceof FunctionError || (inExcel() && err instanceof CustomFunctions.Error);
}

/**
 * Runs a function body so that every failure reaches the spreadsheet as an error value: expected ones
 * carry their own message, anything unforeseen becomes #VALUE! saying so.
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (err) {
    if (expected(err)) throw err;
    throw excelError("value", MESSAGES.unexpected(err instanceof Error ? err.message : String(err)));
  }
}
