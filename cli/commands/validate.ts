import { validateAndFormat } from "../../src/validate/validate-in-workers.js";
import { printable } from "../../src/io/printable.js";
import { printOut } from "../../src/io/write-stdout.js";
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
export async function runValidate(args: ValidateArgs): Promise<number> {
  const jobs = jobsOption(args.jobs);
  const progress = progressFor("validating");
  const result = await validateAndFormat(args.inputs, {
    asOf: args["as-of"],
    ...calendarOptions(args),
    ...(args.profile === undefined ? {} : { profile: args.profile }),
    ...(jobs === undefined ? {} : { jobs }),
    onFile: progress.update,
    format: args.format,
  }).finally(() => progress.stop());
  printOut(result.output, { data: args.format === "json" });
  if (result.failures.length) {
    if (args.format === "json") for (const f of result.failures) process.stderr.write(`reviewkit: ${printable(f.line)}\n`);
    return 2;
  }
  return result.summary.errors > 0 ? 1 : 0;
}
