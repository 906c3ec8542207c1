import { parseIsoDate } from "../../src/calendar/index.js";
import { DateError, UsageError } from "../../src/errors.js";
import { writeFileSafe } from "../../src/io/safe-write.js";
import { printOut, processIo, type CliIo } from "../io.js";
import { reportForFilesInParallel } from "../../src/report/report-in-workers.js";
import type { ReportGrouping } from "../../src/report/types.js";
import { reportBytes, type ReportFormat } from "../../src/report/write-report.js";
import { calendarOptions, jobsOption } from "../options.js";
import { progressFor } from "../progress.js";

interface ReportArgs {
  inputs: string[];
  from: string;
  to: string;
  "as-of"?: string;
  profile?: string;
  holidays?: string;
  by?: ReportGrouping;
  format: ReportFormat;
  out: string;
  within?: number;
  drift?: boolean;
  title?: string;
  jobs?: number;
}

/**
 * `reviewkit report`: the service's figures for a period over case files and folders, written to
 * --out. Exit 0 when written (files left out are listed in the report and counted on stderr), 2 on
 * a usage or input failure (nothing written).
 * @example runReport({ inputs: ["examples/knowsley"], from: "2026-04-01", to: "2027-03-31", format: "html", out: "out/report.html" })
 */
export async function runReport(args: ReportArgs, io: CliIo = processIo()): Promise<number> {
  for (const [name, value] of [["--from", args.from], ["--to", args.to]] as const) {
    try {
      parseIsoDate(value);
    } catch (err) {
      if (err instanceof DateError) throw new UsageError(`${name} ${err.message}`);
      throw err;
    }
  }
  if (args.from > args.to) throw new UsageError("--from must be on or before --to");
  if (args.within !== undefined && !(Number.isInteger(args.within) && args.within >= 0)) throw new UsageError("--within must be a whole number of working days, 0 or more");
  if (args.drift && !["csv", "json"].includes(args.format)) throw new UsageError("--drift writes the drift list alone as csv or json; html, pdf and docx reports include it");
  const jobs = jobsOption(args.jobs);
  const asOf = args["as-of"] ?? args.to;
  const calendar = calendarOptions({ ...args, "as-of": asOf }, io);
  const progress = progressFor("reading case files", io);
  // A big caseload is read on every core (--jobs); the report is the same as on one.
  const report = await reportForFilesInParallel(args.inputs, {
    period: { from: args.from, to: args.to },
    asOf,
    profile: args.profile,
    by: args.by,
    within: args.within,
    ...calendar,
    ...(jobs === undefined ? {} : { jobs }),
    onFile: progress.update,
    // The command's process ends with the run, so V8's process-wide flag harms nothing after it.
    lowerInliningBudget: true,
  }).finally(() => progress.stop());
  writeFileSafe(args.out, await reportBytes(report, args.format, { drift: args.drift, title: args.title }));
  printOut(io, `${args.out}\n`);
  if (report.exclusions.length > 0) {
    io.stderr(`reviewkit: note: ${report.exclusions.length} of ${report.caseFiles.read} files left out, each with its reason in the report\n`);
  }
  return 0;
}
