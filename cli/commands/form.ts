import { buildFormHtml } from "../../src/form/build-form.js";
import { writeFileSafe } from "../../src/io/safe-write.js";
import { printOut, processIo, type CliIo } from "../io.js";

interface FormArgs {
  record?: string;
  profile?: string;
  out: string;
}

/**
 * `reviewkit form`: writes the offline form page to --out (one HTML file) and prints its path.
 * 0 written; 2 a usage error or a profile that cannot be used (one line, no file written).
 * @example await runForm({ record: "looked-after-review", profile: "knowsley", out: "review.html" }) // 0
 */
export async function runForm(args: FormArgs, io: CliIo = processIo()): Promise<number> {
  const html = buildFormHtml({
    ...(args.record === undefined ? {} : { recordType: args.record }),
    ...(args.profile === undefined ? {} : { profile: args.profile }),
  });
  // The page holds no record (it is a blank form to hand to IROs), so others may read it.
  writeFileSafe(args.out, html, { mode: 0o644 });
  printOut(io, `${args.out}\n`);
  return 0;
}
