// selfeval: the use cases over workbook files, for reviewers checking hundreds of workbooks and for anyone
// without Excel. This module only dispatches: each command is one module in commands/, the options they
// share are in args.ts, the file system in files.ts, what is printed or written in src/output.
import fs from "fs";
import path from "path";
import { muteLibraryConsole } from "../io/quiet";
import { CLI } from "../messages";
import { profileChoices } from "../scoring";
import { UsageError, help, type Output } from "./args";
import { runCheck } from "./commands/check";
import { runFill } from "./commands/fill";
import { runReport } from "./commands/report";
import { runRules } from "./commands/rules";
import { runServe } from "./commands/serve";

export type { Output };
export { UsageError };
export { checkFile } from "./files";
export { toJson } from "../output/json";
export { toText } from "../output/text";

const STD: Output = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\x1b[K${text}`) : undefined,
};

const COMMANDS: Record<string, (args: string[], io: Output) => number | Promise<number>> = {
  check: runCheck,
  fill: runFill,
  report: runReport,
  rules: runRules,
  serve: runServe,
};

function version(): string {
  try {
    return String(JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")).version);
  } catch {
    return "";
  }
}

/** Runs a command line; returns the exit code. Every failure is a Chinese message, never a stack trace. */
export async function main(argv: string[], io: Output = STD): Promise<number> {
  const [command, ...args] = argv;
  if (io === STD) muteLibraryConsole(Boolean(process.env.SELFEVAL_DEBUG));
  try {
    if (!command || command === "help" || command === "--help" || command === "-h") {
      const topic = args[0] as keyof typeof CLI.help | undefined;
      if (command === "help" && topic && topic in CLI.help) return help(topic, io);
      io.out(CLI.usage(profileChoices()));
      return command ? 0 : 2;
    }
    if (command === "--version" || command === "-V" || command === "version") {
      io.out(CLI.version(version()));
      return 0;
    }
    const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (run) return await run(args, io);
    io.err(CLI.unknownCommand(command));
    return 2;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(err.message);
      return 2;
    }
    if (String((err as { code?: unknown })?.code ?? "").startsWith("ERR_PARSE_ARGS")) {
      const option = /'([^']+)'/.exec((err as Error).message)?.[1] ?? "";
      const code = String((err as { code: string }).code);
      io.err(
        CLI.badArgs(
          code.endsWith("UNKNOWN_OPTION")
            ? CLI.unknownOption(option)
            : code.endsWith("INVALID_OPTION_VALUE")
              ? CLI.badOptionValue(option)
              : CLI.unparsable(option),
        ),
      );
      const topic = command as keyof typeof CLI.help;
      io.err(topic in CLI.help ? CLI.commandHelp(CLI.help[topic], profileChoices()) : CLI.usage(profileChoices()));
      return 2;
    }
    io.err(CLI.unexpected(err instanceof Error ? err.message : String(err)));
    return 2;
  }
}
