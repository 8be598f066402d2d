// jsdom lacks ResizeObserver, which Fluent UI's MessageBar uses to lay out its actions.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}

// jsdom under Jest 29 also lacks TextEncoder, which the Word writer uses; real browsers have it.
if (typeof window !== "undefined" && typeof (globalThis as { TextEncoder?: unknown }).TextEncoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require("util");
  Object.assign(globalThis, { TextEncoder: util.TextEncoder, TextDecoder: util.TextDecoder });
}
