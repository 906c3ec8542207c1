import { UsageError } from "../../src/errors.js";
import { parseIsoDate } from "../../src/calendar/index.js";
import { weekOf } from "../../src/timeline/urgency.js";
import { deadlinesForFiles } from "../../src/timeline/deadlines.js";
import { formatDeadlinesCsv } from "../../src/timeline/format-csv.js";
import { formatDeadlinesIcs } from "../../src/timeline/format-ics.js";
import { formatDeadlinesText } from "../../src/timeline/format-text.js";
import { printable } from "../../src/io/printable.js";
import { printOut, processIo, type CliIo } from "../io.js";
import { resolveCalendar } from "../options.js";
import { progressFor } from "../progress.js";

interface DeadlinesArgs {
  inputs: string[];
  profile?: string;
  "as-of": string;
  holidays?: string;
  format: "text" | "json" | "csv" | "ics";
  within?: number;
  from?: string;
  to?: string;
  week?: string;
  "include-done"?: boolean;
}

/** --from/--to, or --week (the Monday to Sunday week holding a date; alone, this week): checked dates. */
function range(args: DeadlinesArgs): { from?: string; to?: string } {
  const given = [args.from !== undefined || args.to !== undefined ? "--from/--to" : "", args.week !== undefined ? "--week" : "", args.within !== undefined ? "--within" : ""].filter(Boolean);
  if (given.length > 1) throw new UsageError(`use one of --within, --from/--to and --week, not ${given.join(" and ")}`);
  const check = (name: string, value: string) => {
    try {
      parseIsoDate(value);
    } catch {
      throw new UsageError(`--${name} must be a real date in the form YYYY-MM-DD`);
    }
    return value;
  };
  if (args.week !== undefined) return weekOf(check("week", args.week === "" ? args["as-of"] : args.week));
  const from = args.from === undefined ? undefined : check("from", args.from);
  const to = args.to === undefined ? undefined : check("to", args.to);
  if (from !== undefined && to !== undefined && from > to) throw new UsageError("--from must not be after --to");
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

/**
 * `reviewkit deadlines`: every due date in the case files, most urgent first. Exit 0 when nothing
 * is overdue, 1 when something is, 2 when an input could not be used (named on stderr, one line each).
 * @example runDeadlines({ inputs: ["caseload/"], "as-of": "2027-01-04", format: "text", within: 28 })
 */
export async function runDeadlines(args: DeadlinesArgs, io: CliIo = processIo()): Promise<number> {
  const calendar = resolveCalendar(args, io);
  if (args.within !== undefined && !(Number.isInteger(args.within) && args.within >= 0)) {
    throw new UsageError("--within must be a whole number of working days, 0 or more");
  }
  const { from, to } = range(args);
  const progress = progressFor("reading case files", io);
  const result = deadlinesForFiles(args.inputs, {
    asOf: args["as-of"],
    calendar,
    profile: args.profile,
    within: args.within,
    from,
    to,
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
  if (out !== "") printOut(io, out, { data: args.format !== "text" });
  for (const f of result.failures) io.stderr(`reviewkit: ${printable(f.line)}\n`);
  if (result.failures.length) return 2;
  return result.summary.overdue > 0 ? 1 : 0;
}
