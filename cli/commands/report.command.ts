/** `reviewkit report`: the service's figures for a period. The command itself is ./report.ts, loaded when it runs. */
import type { CommandSpec } from "../command-spec.js";
import { JOBS_DESCRIPTION } from "../shared-options.js";

const command: CommandSpec = {
  usage: "report <inputs..>",
  describe: "the service's figures for a period over many case files: reviews, conferences, escalations, decisions, caseloads, themes, and a drift list",
  rank: 4,
  builder: (y) =>
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
  run: async (argv, io) => (await import("./report.js")).runReport(argv as never, io),
};

export default command;
