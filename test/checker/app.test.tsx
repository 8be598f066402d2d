/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "http://localhost/checker/?overview=0"}
 */
// The checker page with workers that answer as told: a file that cannot be read when the page reads it, and
// a file whose check fails outright in the worker, are each shown with their message, and the batch still
// reaches its end (the page then compares the files and ranks the batch). Without this, one such file left
// the whole batch "checking" for ever.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/checker/App";
import type { FromWorker, ToWorker } from "../../src/checker/protocol";

// The overview is off here (?overview=0); its charts' d3 modules are ES modules Jest does not load.
jest.mock("../../src/checker/components/Overview", () => ({ Overview: () => null }));

const received: ToWorker[] = [];

class FakeWorker {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: ToWorker) {
    received.push(m);
    const reply = (r: FromWorker) => setTimeout(() => this.onmessage?.({ data: r } as MessageEvent<FromWorker>), 0);
    if (m.type === "check") {
      // A check that fails outright without a result (the worker itself keeps such a file with its message).
      if (m.name === "broken.xlsx")
        reply({ type: "failed", id: m.id, message: `检查“${m.name}”时发生意外错误（boom）：其余文件照常检查。` });
      else reply({ type: "checked", id: m.id, result: { file: m.name, sheets: [] } });
    } else if (m.type === "unreadable") reply({ type: "checked", id: m.id, result: { file: m.name, error: m.error, sheets: [] } });
    else if (m.type === "ask") reply({ type: "answer", ask: m.ask, reports: [] });
    else if (m.type === "review") reply({ type: "reviewed", ask: m.ask, review: { rows: [], sample: null } as never });
  }
}

function file(name: string, readable = true): File {
  const f = new File(["PK"], name);
  Object.defineProperty(f, "arrayBuffer", {
    value: () => (readable ? Promise.resolve(new ArrayBuffer(2)) : Promise.reject(new Error("NotReadableError"))),
  });
  return f;
}

beforeEach(() => {
  received.length = 0;
  Object.assign(window, { __JX_CHECKER_WORKER: "/* worker */", Worker: FakeWorker });
  Object.assign(URL, { createObjectURL: () => "blob:worker" });
});

test("an unreadable file and a failed check are shown on their files; the batch reaches its end", async () => {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
  const input = container.querySelector("input[type=file]")!;
  await act(async () => {
    fireEvent.change(input, { target: { files: [file("a.xlsx"), file("locked.xlsx", false), file("broken.xlsx"), file("b.xlsx")] } });
  });
  await waitFor(() => expect(document.querySelector("#progress")?.getAttribute("data-done")).toBe("4"), { timeout: 5000 });
  const section = (name: string) => container.querySelector(`section[data-file="${name}"]`) as HTMLElement;
  expect(within(section("locked.xlsx")).getByTestId("file-error").textContent).toMatch(
    /^无法读取“locked\.xlsx”（NotReadableError）：.*其余文件照常检查。$/,
  );
  expect(within(section("broken.xlsx")).getByTestId("file-error").textContent).toBe(
    "检查“broken.xlsx”时发生意外错误（boom）：其余文件照常检查。",
  );
  expect(within(section("a.xlsx")).queryByTestId("file-error")).toBeNull();
  // The readable files went to be checked, the other to be kept as unreadable (so that 汇总.xlsx counts it as the
  // page shows it); the batch went on to be compared and ranked.
  expect(received.filter((m) => m.type === "check").map((m) => (m as { name: string }).name)).toEqual(["a.xlsx", "broken.xlsx", "b.xlsx"]);
  expect(received.filter((m) => m.type === "unreadable")).toEqual([
    { type: "unreadable", id: 2, name: "locked.xlsx", error: expect.stringMatching(/^无法读取“locked\.xlsx”/) },
  ]);
  await waitFor(() => expect(received.some((m) => m.type === "review")).toBe(true));
  expect(screen.getByRole("status").textContent).toContain("4");
});

test("without a worker, each file says so and the batch ends", async () => {
  Object.assign(window, {
    Worker: class {
      constructor() {
        throw new Error("SecurityError");
      }
    },
  });
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
  await act(async () => {
    fireEvent.change(container.querySelector("input[type=file]")!, { target: { files: [file("a.xlsx"), file("b.xlsx")] } });
  });
  await waitFor(() => expect(document.querySelector("#progress")?.getAttribute("data-done")).toBe("2"), { timeout: 5000 });
  for (const name of ["a.xlsx", "b.xlsx"])
    expect(within(container.querySelector(`section[data-file="${name}"]`) as HTMLElement).getByTestId("file-error").textContent).toMatch(
      /^检查程序出错（SecurityError）/,
    );
});
