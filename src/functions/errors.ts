// Turns scoring failures into the error values Excel shows, with a Chinese message.
import { MESSAGES } from "../messages";
import type { Failure, FailureKind } from "../scoring";

function errorCode(kind: FailureKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

export function excelError(kind: FailureKind, message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(errorCode(kind), message);
}

export function fromFailure(failure: Failure): CustomFunctions.Error {
  return excelError(failure.kind, failure.message);
}

/**
 * Runs a function body so that every failure reaches Excel as an error value: expected ones
 * carry their own message, anything unforeseen becomes #VALUE! saying so.
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (err) {
    if (err instanceof CustomFunctions.Error) throw err;
    throw excelError("value", MESSAGES.unexpected(err instanceof Error ? err.message : String(err)));
  }
}
