#!/usr/bin/env node
import yargs, { type Argv } from "yargs";
import { hideBin } from "yargs/helpers";
import { exitWith, handleError } from "./exit.js";
import { todayIso } from "./today.js";

/**
 * reviewkit's command line. Each command parses its arguments and calls one library function;
 * command modules load lazily so `reviewkit validate` does not pay for the renderers.
 * Exit codes: 0 no error findings, 1 error findings, 2 usage or input failure.
 */
const verbose = process.argv.includes("--verbose");

const common = (y: Argv) =>
  y
    .option("profile", { type: "string", describe: "built-in profile (england, knowsley, leicestershire, west-berkshire, gloucestershire) or a profile file" })
    .option("as-of", { type: "string", describe: "the date treated as today, YYYY-MM-DD", default: todayIso(), defaultDescription: "today" })
    .option("holidays", { type: "string", describe: "a newer GOV.UK bank-holidays.json file" })
    .option("format", { type: "string", default: "text" });

await yargs(hideBin(process.argv))
  .scriptName("reviewkit")
  .usage("$0 <command> [options]")
  .command(
    "validate <inputs..>",
    "check records and case files against their schema and the standards",
    (y) => common(y).positional("inputs", { type: "string", array: true, describe: "files, folders, or - for standard input" }).choices("format", ["text", "json"]),
    async (argv) => {
      const { runValidate } = await import("./commands/validate.js");
      exitWith(await runValidate(argv as never));
    },
  )
  .option("verbose", { type: "boolean", describe: "show internal detail (stack traces) on failure" })
  .demandCommand(1, "Say which command to run: validate.")
  .strict()
  .help()
  .version()
  .fail((msg, err) => {
    if (err) handleError(err, verbose);
    process.stderr.write(`reviewkit: ${msg}\n`);
    exitWith(2);
  })
  .parseAsync()
  .catch((err: unknown) => handleError(err, verbose));
