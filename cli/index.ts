#!/usr/bin/env node
import { exitWith, handleError } from "./exit.js";
import { simpleValidateArgs } from "./fast-path.js";
import { commandNames, commandUsage, helpArgs, usageLine } from "./help.js";

/**
 * reviewkit's command line. Each command parses its arguments and calls one library function;
 * command modules load lazily so `reviewkit validate` does not pay for the renderers.
 * Exit codes: 0 no error findings, 1 error findings, 2 usage or input failure.
 */
const verbose = process.argv.includes("--verbose");

// yargs drops a lone "-" from positional arrays, so it travels as a placeholder that commands map back.
export const STDIN_PLACEHOLDER = ":stdin:";
// Node runs us as `node <script> …args` (hideBin from yargs/helpers would load yargs to say the same).
const args = helpArgs(process.argv.slice(2).map((a) => (a === "-" ? STDIN_PLACEHOLDER : a)));

const simple = simpleValidateArgs(args);
if (simple) {
  // A plain `validate`: run it without loading yargs (see fast-path.ts); errors end as below.
  try {
    const { runValidate } = await import("./commands/validate.js");
    exitWith(await runValidate(simple));
  } catch (err) {
    handleError(err, verbose);
  }
} else {
  await runWithYargs();
}

/** Every other command line: parsed, checked and helped by yargs, loaded only now. */
async function runWithYargs(): Promise<void> {
  const [{ default: yargs }, { COMMANDS }] = await Promise.all([import("yargs"), import("./command-index.js")]);
  const cli = yargs(args);
  // Read once the commands are registered, before parsing narrows yargs to one command's context.
  let commands: string[] = [];
  const usages = new Map<string, string>();
  cli
    .scriptName("reviewkit")
    .usage("$0 <command> [options]");
  // Every command, from its own cli/commands/<name>.command.ts (the generated cli/command-index.ts).
  for (const c of [...COMMANDS].sort((a, b) => a.rank - b.rank)) {
    cli.command(c.usage, c.describe, c.builder, async (argv) => exitWith(await c.run(argv)));
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
      // Either way we throw, so yargs stops and the single .catch below reports it once.
      if (err) throw err;
      // A usage error happens before any command ran, so nothing is pending: exit at once.
      const line = /^Not enough non-option arguments: got 0, need at least 1$/.test(msg) && args.length === 0
        ? `say which command to run: ${commands.join(", ")}`
        : usageLine(msg, cli, args, { commands, usages });
      process.stderr.write(`reviewkit: ${line} (see reviewkit help${args[0] && commands.includes(args[0]) ? ` ${args[0]}` : ""})\n`);
      process.exit(2);
    });
  commands = commandNames(cli).filter((c) => c !== "help" && c !== "completion");
  for (const c of commands) usages.set(c, commandUsage(cli, c) ?? c);
  await cli.parseAsync().catch((err: unknown) => handleError(err, verbose));
}
