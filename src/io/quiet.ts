// The reading library (SheetJS) prints notes in English to the console while it parses: "Missing Info for
// XLS Record …", "Cannot hydrate range …", "ODS number format may be incorrect …", "Codepage tables are not
// loaded …". None is something a reviewer can act on (each says the library approximated or skipped a
// detail it does not model; what matters for the check shows in the cells read), so they are dropped:
// every message a user sees is ours. Browser and Node alike.

const METHODS = ["log", "info", "warn", "error", "debug", "trace", "dir", "table"] as const;
type Method = (typeof METHODS)[number];
const silent = () => undefined;

/** Runs a synchronous call into a third-party library with the console silenced; restores it however it ends. */
export function quietly<T>(body: () => T): T {
  const kept = METHODS.map((m) => [m, console[m]] as const);
  for (const m of METHODS) (console as unknown as Record<Method, () => void>)[m] = silent;
  try {
    return body();
  } finally {
    for (const [m, f] of kept) (console as unknown as Record<Method, unknown>)[m] = f;
  }
}

/**
 * For a whole process whose own output never goes through the console (the CLI writes to its streams, the
 * checker's worker posts messages): what a library prints later or asynchronously (the formula engine, the
 * report writer) is dropped too. `keep` leaves the console as it is (SELFEVAL_DEBUG).
 */
export function muteLibraryConsole(keep = false): void {
  if (keep) return;
  for (const m of METHODS) (console as unknown as Record<Method, () => void>)[m] = silent;
}
