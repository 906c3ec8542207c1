#!/usr/bin/env node
import type { Argv } from "yargs";
import { exitWith, handleError } from "./exit.js";
import { simpleValidateArgs } from "./fast-path.js";
import { commandNames, commandUsage, helpArgs, usageLine } from "./help.js";
import { todayIso } from "./today.js";
import { DOCUMENTS } from "../src/render/documents.js";

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

/** --jobs, for validate and report. */
const JOBS_DESCRIPTION = "threads to use for 1,000 files or more (1: one thread); the output is the same";

/** What each action of `escalate` does, for its help (lines fit 80 columns: yargs wraps at 80). */
const ESCALATE_ACTIONS = [
  "Actions:",
  "  raise           start it: informal, or --stage formal-N; --to: the manager",
  "  respond         record the manager's response (--text; --by if someone else)",
  "  escalate        go up to the next stage (or --stage); sets a new response date",
  "  resolve         close it as resolved (--text says how)",
  "  refer-cafcass   refer a child in care to Cafcass, once the ladder allows it",
  "  legal-advice    record that the IRO sought independent legal advice",
  "  senior-meeting  record the meeting with senior managers a ladder may require",
  "                  before Cafcass (Leicestershire: Assistant Director, Heads of",
  "                  Service)",
  "  note            add a note, to an open or closed escalation (--text)",
  "  status          show where it stands, what is due and what may come next;",
  "                  changes nothing",
  "",
  "Each step is checked against the ladder and the schema, then written back to",
  "the file whole; a step the ladder does not allow is refused with one line",
  "(exit 2) and the file is left as it was. An escalation file names no",
  "authority: pass --profile (e.g. leicestershire) for its ladder, or the england",
  "ladder is used.",
].join("\n");

/** Every document `render` writes, one line each, for its help. */
function documentList(): string {
  const lines = Object.entries(DOCUMENTS).map(([name, d]) => `  ${name.padEnd(22)} from: ${d.recordType}`);
  return ["Documents (--document; without it, every document the record gives):", ...lines].join("\n");
}

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
  const { default: yargs } = await import("yargs");
  const cli = yargs(args);
  // Read once the commands are registered, before parsing narrows yargs to one command's context.
  let commands: string[] = [];
  const usages = new Map<string, string>();
  cli
    .scriptName("reviewkit")
    .usage("$0 <command> [options]")
    .command(
      "validate <inputs..>",
      "check records and case files against their schema and the standards",
      (y) =>
        common(y)
          .positional("inputs", { type: "string", array: true, describe: "files, folders, or - for standard input" })
          .choices("format", ["text", "json"])
          .option("jobs", { type: "number", describe: JOBS_DESCRIPTION, defaultDescription: "every core" }),
      async (argv) => {
        const { runValidate } = await import("./commands/validate.js");
        exitWith(await runValidate(argv as never));
      },
    )
    .command(
      "new <type>",
      "print a new record to fill in, with every required field, for `> file.json`; `validate` then says what to write in each",
      (y) =>
        y
          .positional("type", { type: "string", describe: "the record type: looked-after-review, cp-conference, cp-plan, escalation, good-practice-note, qa-progress-review, significant-change, concern-note or case-file" })
          .option("profile", { type: "string", describe: "built-in profile or a profile file: the authority's name goes on the IRO or chair (and a case file's authority)" })
          .option("child", { type: "string", describe: "a child's case file: the child's details are copied into the record" })
          .option("as-of", { type: "string", describe: "the record's own date (the review, the conference, the note), YYYY-MM-DD", default: todayIso(), defaultDescription: "today" })
          .example("$0 new looked-after-review --profile knowsley > review.json", "a review record to fill in")
          .example("$0 new cp-plan --child examples/knowsley/zuzanna-nowak.case.json > plan.json", "a plan for a child already on file"),
      async (argv) => {
        const { runNew } = await import("./commands/new.js");
        exitWith(await runNew(argv as never));
      },
    )
    .command(
      "deadlines <inputs..>",
      "list every due date the standards set for case files (a folder is a caseload), most urgent first",
      (y) =>
        common(y)
          .positional("inputs", { type: "string", array: true, describe: "case files, folders, or - for standard input" })
          .choices("format", ["text", "json", "csv", "ics"])
          .option("within", { type: "number", describe: "only items due within this many working days (as the WORKING DAYS column counts), plus everything overdue" })
          .option("from", { type: "string", describe: "only items due on or after this date, YYYY-MM-DD (overdue or not)" })
          .option("to", { type: "string", describe: "only items due on or before this date, YYYY-MM-DD (overdue or not)" })
          .option("week", { type: "string", describe: "only items due in the Monday to Sunday week holding this date (alone: the week of --as-of)" })
          .example("$0 deadlines caseload/ --week", "what falls due this week")
          .example("$0 deadlines caseload/ --from 2027-01-04 --to 2027-01-31", "what falls due in January")
          .option("include-done", { type: "boolean", describe: "also list items already done, on time or late" }),
      async (argv) => {
        const { runDeadlines } = await import("./commands/deadlines.js");
        exitWith(await runDeadlines(argv as never));
      },
    )
    .command(
      "report <inputs..>",
      "the service's figures for a period over many case files: reviews, conferences, escalations, decisions, caseloads, themes, and a drift list",
      (y) =>
        y
          .positional("inputs", { type: "string", array: true, describe: "case files or folders (a council's caseload)" })
          .option("from", { type: "string", demandOption: true, describe: "the period's first day, YYYY-MM-DD" })
          .option("to", { type: "string", demandOption: true, describe: "the period's last day, YYYY-MM-DD (both days count)" })
          .option("as-of", { type: "string", describe: "the date for overdue, still open and the drift list (default: --to)" })
          .option("profile", { type: "string", describe: "built-in profile or a profile file for every case file (default: each case file's authority)" })
          .option("by", { type: "string", choices: ["iro", "team", "authority"], describe: "also give the headline figures for each IRO, team or authority" })
          .option("format", { type: "string", choices: ["html", "pdf", "docx", "csv", "json"], default: "html" })
          .option("out", { type: "string", demandOption: true, describe: "the file to write" })
          .option("within", { type: "number", describe: "drift list: amber for items due within this many working days (default 5)" })
          .option("drift", { type: "boolean", describe: "write only the drift list (csv or json)" })
          .option("title", { type: "string", describe: "the report's title" })
          .option("jobs", { type: "number", describe: JOBS_DESCRIPTION, defaultDescription: "every core" })
          .option("holidays", { type: "string", describe: "a newer GOV.UK bank-holidays.json file" }),
      async (argv) => {
        const { runReport } = await import("./commands/report.js");
        exitWith(await runReport(argv as never));
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
    .command(
      "render <inputs..>",
      "write the documents (child's letter, minutes, plans, parents' letter, forms) for records and case files",
      (y) =>
        y
          .positional("inputs", { type: "string", array: true, describe: "record or case files, folders, or - for standard input" })
          .option("document", { type: "string", describe: "only this document (the documents are listed below)" })
          .epilog(documentList())
          .option("format", { type: "string", choices: ["docx", "pdf", "html", "all"], default: "pdf" })
          .option("out", { type: "string", demandOption: true, describe: "folder to write the documents to" })
          .option("profile", { type: "string", describe: "built-in profile or a profile file (default: the case file's authority, else england)" })
          .option("templates", { type: "string", describe: "a folder of templates and partials/ that replace the shipped ones by file name" })
          .option("holidays", { type: "string", describe: "a newer GOV.UK bank-holidays.json file" })
          .option("as-of", { type: "string", describe: "the date the checks before rendering treat as today, YYYY-MM-DD (default: each document's own date)" })
          .option("force", { type: "boolean", describe: "write documents even when their record has error findings (printed as warnings)" })
          .option("progress-to", {
            type: "string",
            describe: "also show progress on decisions and actions recorded after each document's own date, up to this date (YYYY-MM-DD), labelled as later progress",
          }),
      async (argv) => {
        const { runRender } = await import("./commands/render.js");
        exitWith(await runRender(argv as never));
      },
    )
    .command(
      "escalate <file> <action>",
      "take one step on an escalation's ladder and write it to the file, or show where the escalation stands",
      (y) =>
        common(y)
          .positional("file", { type: "string", describe: "an escalation record (JSON); it is rewritten with the new step" })
          .positional("action", {
            type: "string",
            choices: ["raise", "respond", "escalate", "resolve", "refer-cafcass", "legal-advice", "senior-meeting", "note", "status"],
            describe: "the step to take (the actions are listed below)",
          })
          .option("date", { type: "string", describe: "the step's date, YYYY-MM-DD (default --as-of, today); day 0 of any due date it sets" })
          .option("stage", { type: "string", choices: ["informal", "formal-1", "formal-2", "formal-3", "formal-4"], describe: "raise: the stage to raise at (default informal); escalate: the stage to go to (default the next)" })
          .option("by", { type: "string", describe: "who took the step (default: the chair who raised it; for respond, the manager the stage went to)" })
          .option("role", { type: "string", describe: "the role of the person named by --by" })
          .option("to", { type: "string", describe: "raise, escalate: the name of the manager the stage is delegated to (the role comes from the ladder)" })
          .option("text", { type: "string", describe: "what was said or done (needed for respond and resolve)" })
          .option("dry-run", { type: "boolean", describe: "show the step without writing it" })
          .choices("format", ["text", "json"])
          .epilog(ESCALATE_ACTIONS),
      async (argv) => {
        const { runEscalate } = await import("./commands/escalate.js");
        exitWith(await runEscalate(argv as never));
      },
    )
    .command(
      "form",
      "write the offline form: one HTML file that edits a case file's record and checks it as you type, with no network",
      (y) =>
        y
          .option("record", {
            type: "string",
            choices: ["looked-after-review", "cp-conference", "cp-plan", "escalation", "qa-progress-review", "good-practice-note", "significant-change"],
            describe: "the record the form starts on (default looked-after-review; the page can switch)",
          })
          .option("profile", { type: "string", describe: "built-in profile or a profile file (default: each case file's own authority, else england)" })
          .option("out", { type: "string", demandOption: true, describe: "the HTML file to write" }),
      async (argv) => {
        const { runForm } = await import("./commands/form.js");
        exitWith(await runForm(argv as never));
      },
    )
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
