import { validateAndFormat } from "../../src/validate/validate-in-workers.js";
import { printable } from "../../src/io/printable.js";
import { printOut, processIo, type CliIo } from "../io.js";
import { calendarOptions, jobsOption } from "../options.js";
import { progressFor } from "../progress.js";

interface ValidateArgs {
  inputs: string[];
  profile?: string;
  "as-of": string;
  holidays?: string;
  format: "text" | "json";
  jobs?: number;
}

/**
 * `reviewkit validate`: prints the report; 0 no errors, 1 error findings, 2 a file could not be read.
 * A big folder is validated on every core (--jobs), the report printed in the same order.
 */
export async function runValidate(args: ValidateArgs, io: CliIo = processIo()): Promise<number> {
  const jobs = jobsOption(args.jobs);
  const progress = progressFor("validating", io);
  const result = await validateAndFormat(args.inputs, {
    asOf: args["as-of"],
    ...calendarOptions(args, io),
    ...(args.profile === undefined ? {} : { profile: args.profile }),
    ...(jobs === undefined ? {} : { jobs }),
    onFile: progress.update,
    format: args.format,
    // The command's process ends with the run, so V8's process-wide flag harms nothing after it.
    lowerInliningBudget: true,
  }).finally(() => progress.stop());
  printOut(io, result.output, { data: args.format === "json" });
  if (result.failures.length) {
    if (args.format === "json") for (const f of result.failures) io.stderr(`reviewkit: ${printable(f.line)}\n`);
    return 2;
  }
  return result.summary.errors > 0 ? 1 : 0;
}
