import { AsyncLocalStorage } from "node:async_hooks";
import { standardInput } from "../src/io/read-bounded.js";
import { forgetRunCaches } from "../src/io/run-caches.js";
import { ExitSignal, exitCodeFor } from "./exit.js";
import { simpleValidateArgs } from "./fast-path.js";
import { commandNames, commandUsage, helpArgs, usageLine } from "./help.js";
import { processIo, type CliIo } from "./io.js";

/**
 * reviewkit's command line as a function: the `reviewkit` program (cli/index.ts) is
 * `process.exitCode = await main(process.argv.slice(2))`, and a program or a test can run it in
 * process, reading what it printed from `io`. Each command parses its arguments and calls one
 * library function; command modules load lazily so `reviewkit validate` does not pay for the
 * renderers. Resolves to the exit code: 0 no error findings, 1 error findings, 2 usage or input
 * failure (one line on `io.stderr`, no stack trace unless --verbose). It never exits the process.
 */

// yargs drops a lone "-" from positional arrays, so it travels as a placeholder that commands map back.
const STDIN_PLACEHOLDER = ":stdin:";

// Standard input given to this run as bytes (io.stdin): runs in one process may overlap, each reads its own.
const givenStdin = new AsyncLocalStorage<Uint8Array | undefined>();
standardInput.given = () => givenStdin.getStore();

/**
 * Runs `reviewkit <argv…>` and resolves to its exit code.
 * @example const out: string[] = []; await main(["validate", "examples/knowsley"], { stdout: (t) => void out.push(t), stderr: () => {}, stdoutIsTerminal: false }) // 1
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  // A run reads the user's profile and template files afresh, as a new process would (runs that
  // overlap share what the first of them read: forgetting mid-run would change another's answer).
  if (running++ === 0) forgetRunCaches();
  const verbose = argv.includes("--verbose");
  const args = helpArgs(argv.map((a) => (a === "-" ? STDIN_PLACEHOLDER : a)));
  const stdin = typeof io.stdin === "string" ? Buffer.from(io.stdin, "utf8") : io.stdin;
  return givenStdin.run(stdin, async () => {
    try {
      const simple = simpleValidateArgs(args);
      if (!simple) return await runWithYargs(args, io);
      // A plain `validate`: run it without loading yargs (see fast-path.ts).
      const { runValidate } = await import("./commands/validate.js");
      return await runValidate(simple, io);
    } catch (err) {
      return exitCodeFor(err, verbose, io);
    } finally {
      running--;
    }
  });
}

/** How many runs of `main` are under way in this process. */
let running = 0;

/** Every other command line: parsed, checked and helped by yargs, loaded only now (a fresh instance each run). */
async function runWithYargs(args: string[], io: CliIo): Promise<number> {
  const [{ default: yargs }, { COMMANDS }] = await Promise.all([import("yargs"), import("./command-index.js")]);
  const cli = yargs(args);
  // Read once the commands are registered, before parsing narrows yargs to one command's context.
  let commands: string[] = [];
  const usages = new Map<string, string>();
  let code = 0;
  cli
    .scriptName("reviewkit")
    .usage("$0 <command> [options]")
    // What yargs itself would choose for the process's terminal, from io (so a run in process wraps alike).
    .wrap(io.columns ? Math.min(80, io.columns) : 80);
  // Every command, from its own cli/commands/<name>.command.ts (the generated cli/command-index.ts).
  for (const c of [...COMMANDS].sort((a, b) => a.rank - b.rank)) {
    cli.command(c.usage, c.describe, c.builder, async (argv) => {
      code = await c.run(argv, io);
    });
  }
  cli
    .command("help [command]", "show the help for a command (the same as reviewkit <command> --help)")
    .completion("completion", "print a bash/zsh completion script (add its output to ~/.bashrc or ~/.zshrc)")
    .option("verbose", { type: "boolean", describe: "show internal detail (stack traces) on failure" })
    .demandCommand(1)
    .recommendCommands()
    .strict()
    .help()
    .alias("help", "h")
    .version()
    .epilog("Exit codes: 0 all is well, 1 the input breaks a standard, 2 bad usage or input that cannot be read. reviewkit help <command> explains a command.")
    .fail((msg, err) => {
      // yargs routes both its own usage errors (msg) and errors thrown by handlers (err) here.
      // Either way we throw, so yargs stops and main's catch reports it once.
      if (err) throw err;
      // A usage error happens before any command ran: say so in one line and stop (exit 2).
      const line = /^Not enough non-option arguments: got 0, need at least 1$/.test(msg) && args.length === 0
        ? `say which command to run: ${commands.join(", ")}`
        : usageLine(msg, cli, args, { commands, usages });
      io.stderr(`reviewkit: ${line} (see reviewkit help${args[0] && commands.includes(args[0]) ? ` ${args[0]}` : ""})\n`);
      throw new ExitSignal(2);
    });
  commands = commandNames(cli).filter((c) => c !== "help" && c !== "completion");
  for (const c of commands) usages.set(c, commandUsage(cli, c) ?? c);
  // With a callback, yargs hands back the help, version or completion text instead of printing it
  // and exiting the process; it is printed here, through io, as yargs would (console.log's newline).
  let output = "";
  await cli.parseAsync(args, {}, (_err, _argv, text) => {
    output = text;
  });
  if (output !== "") io.stdout(`${output}\n`);
  return code;
}
