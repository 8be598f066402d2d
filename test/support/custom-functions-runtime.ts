// A faithful small stand-in for CustomFunctions.Error / ErrorCode / associate.
export interface Registered {
  [id: string]: (...args: unknown[]) => unknown;
}

export function installCustomFunctionsRuntime(target: Record<string, unknown>): Registered {
  const registered: Registered = {};
  class CustomFunctionsError extends Error {
    code: string;
    constructor(code: string, message?: string) {
      super(message ?? "");
      this.code = code;
    }
  }
  target.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
    associate: (id: string, fn: (...args: unknown[]) => unknown) => {
      registered[id] = fn;
    },
  };
  return registered;
}
