// The custom-functions runtime's globals, as Excel provides them, for tests that run in node.
import { installCustomFunctionsRuntime } from "../support/custom-functions-runtime";

installCustomFunctionsRuntime(globalThis as unknown as Record<string, unknown>);
