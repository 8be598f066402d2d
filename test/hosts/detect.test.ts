// Which host the pane finds itself in (src/hosts/detect.ts): WPS by its Application.CreateTaskPane,
// Excel once Office.js is ready, and outside both the message of the build's own host.
import { detectHost } from "../../src/hosts/detect";
import type { HostPort } from "../../src/hosts/port";
import { PANE } from "../../src/messages";
import { createFakeEt } from "../support/fake-et";

const g = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete g.window;
  delete g.Office;
});

function detect(build?: string): Promise<{ port: HostPort | null; outside: string }> {
  return new Promise((resolve) => detectHost(build, (port, outside) => resolve({ port, outside })));
}

test("inside WPS: the WPS port, at once", () => {
  const fake = createFakeEt({ sheets: [{ name: "表", merges: [], cells: {} }] });
  g.window = { Application: Object.assign(fake.Application, { CreateTaskPane: () => null }) };
  let found: { port: HostPort | null; outside: string } | null = null;
  detectHost("wps", (port, outside) => (found = { port, outside }));
  expect(found!.port?.support().hostName).toBe(PANE.hosts.wps);
  expect(found!.outside).toBe(PANE.outsideWps);
});

test("inside Excel: the Excel port once Office.js is ready; another Office application gets none", async () => {
  for (const [host, excel] of [
    ["Excel", true],
    ["Word", false],
  ] as const) {
    g.Office = {
      HostType: { Excel: "Excel", Word: "Word" },
      onReady: (cb: (info: { host: string }) => void) => Promise.resolve(cb({ host })),
    };
    const { port, outside } = await detect("excel");
    expect(port !== null).toBe(excel);
    expect(outside).toBe(PANE.outsideExcel);
  }
});

test("outside every host: the message of the build's host", async () => {
  expect(await detect("wps")).toEqual({ port: null, outside: PANE.outsideWps });
  expect(await detect("excel")).toEqual({ port: null, outside: PANE.outsideExcel });
  expect(await detect(undefined)).toEqual({ port: null, outside: PANE.outsideExcel });
});
