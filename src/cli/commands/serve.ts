// selfeval serve: the web checker (dist/checker beside this package, or a folder given) over http.
import fs from "fs";
import path from "path";
import { parseArgs } from "util";
import { CLI } from "../../messages";
import { profileChoices } from "../../scoring";
import { HELP, UsageError, help, type Output } from "../args";
import { serveFolder } from "../serve";

/** The checker folder beside this build (build/cli/commands/): <package>/dist/checker. */
const CHECKER_DIR = path.join(__dirname, "..", "..", "..", "dist", "checker");

export async function runServe(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { port: { type: "string" }, host: { type: "string" }, ...HELP },
  });
  if (values.help) return help("serve", io);
  if (positionals.length > 1) throw new UsageError(CLI.commandHelp(CLI.help.serve, profileChoices()));
  const dir = path.resolve(positionals[0] ?? CHECKER_DIR);
  if (!fs.existsSync(path.join(dir, "index.html"))) throw new UsageError(CLI.serveMissing(dir));
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(CLI.badNumber("--port", String(values.port)));
  const host = values.host ?? "127.0.0.1";
  let server;
  try {
    server = await serveFolder(dir, port, host);
  } catch (err) {
    throw new UsageError(CLI.serveFailed((err as NodeJS.ErrnoException).code ?? String(err)));
  }
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  io.out(CLI.serving(`http://${host === "0.0.0.0" ? "本机地址" : host}:${actual}/`, dir, fs.existsSync(path.join(dir, "checker.js"))));
  return new Promise<number>((resolve) => {
    const stop = () => server.close(() => resolve(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    server.once("close", () => resolve(0));
  });
}
