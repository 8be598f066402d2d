// selfeval serve: the web checker from a folder, and nothing outside it.
import { spawn } from "child_process";
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { resolveInside, serveFolder } from "../../src/cli/serve";

const get = (url: string) =>
  new Promise<{ status: number; type: string; body: string }>((resolve, reject) =>
    http
      .get(url, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body }));
      })
      .on("error", reject),
  );

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "serve-"));
  fs.mkdirSync(path.join(dir, "site"));
  fs.writeFileSync(path.join(dir, "site", "index.html"), "<!doctype html><title>检查器</title>");
  fs.writeFileSync(path.join(dir, "site", "checker.js"), "1");
  fs.writeFileSync(path.join(dir, "secret.txt"), "outside");
});

test("serves the folder's files with their types, and nothing outside it", async () => {
  const server = await serveFolder(path.join(dir, "site"), 0, "127.0.0.1");
  const { port } = server.address() as { port: number };
  try {
    const base = `http://127.0.0.1:${port}`;
    expect(await get(`${base}/`)).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: expect.stringContaining("检查器") });
    expect(await get(`${base}/checker.js`)).toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
    expect((await get(`${base}/../secret.txt`)).status).toBe(404);
    expect((await get(`${base}/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await get(`${base}/missing.js`)).status).toBe(404);
  } finally {
    server.close();
  }
  expect(resolveInside(path.join(dir, "site"), "/../secret.txt")).toBeNull();
});

test("a folder without the checker is named, with what to run", async () => {
  const err: string[] = [];
  expect(await main(["serve", dir], { out: () => undefined, err: (l) => err.push(l) })).toBe(2);
  expect(err.join("\n")).toMatch(/找不到网页检查器 .*npm run build:checker/);
});

test("selfeval serve as a command: prints its address, serves, stops on Ctrl+C", async () => {
  const child = spawn(process.execPath, [path.resolve(__dirname, "../../bin/selfeval.js"), "serve", path.join(dir, "site"), "--port", "0"]);
  const line = await new Promise<string>((resolve) => child.stdout.on("data", (d) => resolve(String(d))));
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(line)![0];
  expect(line).toContain("网页检查器：");
  expect((await get(url)).status).toBe(200);
  const code = new Promise<number | null>((resolve) => child.on("exit", resolve));
  child.kill("SIGINT");
  expect(await code).toBe(0);
});

test("another static folder (the WPS add-in, say) is served and named as a folder, not as the checker", async () => {
  const wps = path.join(dir, "wps");
  fs.mkdirSync(wps, { recursive: true });
  fs.writeFileSync(path.join(wps, "index.html"), "<!doctype html><title>WPS</title>");
  fs.writeFileSync(path.join(wps, "ribbon.xml"), "<customUI/>");
  const child = spawn(process.execPath, [path.resolve(__dirname, "../../bin/selfeval.js"), "serve", wps, "--port", "0"]);
  const line = await new Promise<string>((resolve) => child.stdout.on("data", (d) => resolve(String(d))));
  expect(line).toMatch(/^正在提供文件夹中的文件：http:\/\/127\.0\.0\.1:\d+\//);
  const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(line)![0];
  expect(await get(`${url}ribbon.xml`)).toMatchObject({ status: 200, type: "application/xml; charset=utf-8" });
  const code = new Promise<number | null>((resolve) => child.on("exit", resolve));
  child.kill("SIGINT");
  expect(await code).toBe(0);
});
