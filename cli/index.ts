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

// yargs drops a lone "-" from positional arrays, so it travels as a placeholder that commands map back.
export const STDIN_PLACEHOLDER = ":stdin:";
const args = hideBin(process.argv).map((a) => (a === "-" ? STDIN_PLACEHOLDER : a));

await yargs(args)
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
  .command(
    "check-language <input>",
    "check text for a child or a parent: jargon, and readability against the profile's target",
    (y) =>
      y
        .positional("input", { type: "string", describe: "a text or Markdown file, a JSON record, or - for standard input" })
        .option("audience", { type: "string", choices: ["child", "parent"], describe: "who the text is for (text: child; a record: its own reader)" })
        .option("age", { type: "number", describe: "the child's age in years (a record: from the child's date of birth)" })
        .option("profile", { type: "string", describe: "built-in profile or a profile file", default: "england" })
        .option("format", { type: "string", choices: ["text", "json"], default: "text" }),
    async (argv) => {
      const { runCheckLanguage } = await import("./commands/check-language.js");
      exitWith(await runCheckLanguage(argv as never));
    },
  )
  .option("verbose", { type: "boolean", describe: "show internal detail (stack traces) on failure" })
  .demandCommand(1, "Say which command to run: validate.")
  .strict()
  .help()
  .version()
  .fail((msg, err) => {
    // yargs routes both its own usage errors (msg) and errors thrown by handlers (err) here.
    // Either way we throw, so yargs stops and the single .catch below reports it once.
    if (err) throw err;
    // A usage error happens before any command ran, so nothing is pending: exit at once.
    process.stderr.write(`reviewkit: ${msg.replace(/\s*\n\s*/g, " ")} (see reviewkit --help)\n`);
    process.exit(2);
  })
  .parseAsync()
  .catch((err: unknown) => handleError(err, verbose));
