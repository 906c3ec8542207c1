#!/usr/bin/env node
import type { Argv } from "yargs";
import { exitWith, handleError } from "./exit.js";
import { simpleValidateArgs } from "./fast-path.js";
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
// Node runs us as `node <script> …args` (hideBin from yargs/helpers would load yargs to say the same).
const args = process.argv.slice(2).map((a) => (a === "-" ? STDIN_PLACEHOLDER : a));

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
          .option("within", { type: "number", describe: "only items due within this many calendar days, plus everything overdue" })
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
          .option("document", { type: "string", describe: "only this document, e.g. child-letter, lac-review-minutes, parent-letter" })
          .option("format", { type: "string", choices: ["docx", "pdf", "html", "all"], default: "pdf" })
          .option("out", { type: "string", demandOption: true, describe: "folder to write the documents to" })
          .option("profile", { type: "string", describe: "built-in profile or a profile file (default: the case file's authority, else england)" })
          .option("templates", { type: "string", describe: "a folder of templates and partials/ that replace the shipped ones by file name" })
          .option("holidays", { type: "string", describe: "a newer GOV.UK bank-holidays.json file" })
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
            describe: "senior-meeting: the meeting with senior managers a ladder may require before Cafcass (Leicestershire: the Assistant Director and Heads of Service); status: show, change nothing",
          })
          .option("date", { type: "string", describe: "the step's date, YYYY-MM-DD (default --as-of, today); day 0 of any due date it sets" })
          .option("stage", { type: "string", choices: ["informal", "formal-1", "formal-2", "formal-3", "formal-4"], describe: "raise: the stage to raise at (default informal); escalate: the stage to go to (default the next)" })
          .option("by", { type: "string", describe: "who took the step (default: the chair who raised it; for respond, the manager the stage went to)" })
          .option("role", { type: "string", describe: "the role of the person named by --by" })
          .option("to", { type: "string", describe: "raise, escalate: the name of the manager the stage is delegated to (the role comes from the ladder)" })
          .option("text", { type: "string", describe: "what was said or done (needed for respond and resolve)" })
          .option("dry-run", { type: "boolean", describe: "show the step without writing it" })
          .choices("format", ["text", "json"])
          .epilog("An escalation file names no authority: pass --profile (e.g. leicestershire, gloucestershire) for its ladder, or the england ladder is used."),
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
    .option("verbose", { type: "boolean", describe: "show internal detail (stack traces) on failure" })
    .demandCommand(1, "Say which command to run: validate, deadlines, escalate, check-language, render, form or report.")
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
}
