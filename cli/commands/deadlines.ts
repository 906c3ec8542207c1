import { UsageError } from "../../src/errors.js";
import { deadlinesForFiles } from "../../src/timeline/deadlines.js";
import { formatDeadlinesCsv } from "../../src/timeline/format-csv.js";
import { formatDeadlinesIcs } from "../../src/timeline/format-ics.js";
import { formatDeadlinesText } from "../../src/timeline/format-text.js";
import { printable } from "../../src/io/printable.js";
import { printOut } from "../../src/io/write-stdout.js";
import { resolveCalendar } from "../options.js";
import { progressFor } from "../progress.js";

interface DeadlinesArgs {
  inputs: string[];
  profile?: string;
  "as-of": string;
  holidays?: string;
  format: "text" | "json" | "csv" | "ics";
  within?: number;
  "include-done"?: boolean;
}

/**
 * `reviewkit deadlines`: every due date in the case files, most urgent first. Exit 0 when nothing
 * is overdue, 1 when something is, 2 when an input could not be used (named on stderr, one line each).
 * @example runDeadlines({ inputs: ["caseload/"], "as-of": "2027-01-04", format: "text", within: 28 })
 */
export async function runDeadlines(args: DeadlinesArgs): Promise<number> {
  const calendar = resolveCalendar(args);
  if (args.within !== undefined && !(Number.isInteger(args.within) && args.within >= 0)) {
    throw new UsageError("--within must be a whole number of days, 0 or more");
  }
  const progress = progressFor("reading case files");
  const result = deadlinesForFiles(args.inputs, {
    asOf: args["as-of"],
    calendar,
    profile: args.profile,
    within: args.within,
    includeDone: args["include-done"],
    onFile: progress.update,
  });
  progress.stop();
  const out =
    args.format === "json"
      ? `${JSON.stringify({ asOf: result.asOf, items: result.items, summary: result.summary }, null, 2)}\n`
      : args.format === "csv"
        ? formatDeadlinesCsv(result)
        : args.format === "ics"
          ? formatDeadlinesIcs(result, calendar)
          : formatDeadlinesText(result, calendar);
  printOut(out, { data: args.format !== "text" });
  for (const f of result.failures) process.stderr.write(`reviewkit: ${printable(f.line)}\n`);
  if (result.failures.length) return 2;
  return result.summary.overdue > 0 ? 1 : 0;
}
