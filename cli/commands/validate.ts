import { validateFiles } from "../../src/validate/validate-files.js";
import { formatJson, formatText } from "../../src/validate/format-text.js";
import { printable } from "../../src/io/printable.js";
import { printOut } from "../../src/io/write-stdout.js";
import { resolveCalendar } from "../options.js";
import { progressFor } from "../progress.js";

interface ValidateArgs {
  inputs: string[];
  profile?: string;
  "as-of": string;
  holidays?: string;
  format: "text" | "json";
}

/** `reviewkit validate`: prints the report; 0 no errors, 1 error findings, 2 a file could not be read. */
export async function runValidate(args: ValidateArgs): Promise<number> {
  const calendar = resolveCalendar(args);
  const progress = progressFor("validating");
  const result = validateFiles(args.inputs, {
    asOf: args["as-of"],
    calendar,
    ...(args.profile === undefined ? {} : { profile: args.profile }),
    onFile: progress.update,
  });
  progress.stop();
  const out = args.format === "json" ? formatJson(result) : formatText(result);
  printOut(out, { data: args.format === "json" });
  if (result.failures.length) {
    if (args.format === "json") for (const f of result.failures) process.stderr.write(`reviewkit: ${printable(f.line)}\n`);
    return 2;
  }
  return result.summary.errors > 0 ? 1 : 0;
}
