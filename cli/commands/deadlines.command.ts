/** `reviewkit deadlines`: list the due dates of case files. The command itself is ./deadlines.ts, loaded when it runs. */
import type { CommandSpec } from "../command-spec.js";
import { common } from "../shared-options.js";

const command: CommandSpec = {
  usage: "deadlines <inputs..>",
  describe: "list every due date the standards set for case files (a folder is a caseload), most urgent first",
  rank: 3,
  builder: (y) =>
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
  run: async (argv, io) => (await import("./deadlines.js")).runDeadlines(argv as never, io),
};

export default command;
