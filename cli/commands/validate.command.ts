/** `reviewkit validate`: check records and case files. The command itself is ./validate.ts, loaded when it runs. */
import type { CommandSpec } from "../command-spec.js";
import { common, JOBS_DESCRIPTION } from "../shared-options.js";

const command: CommandSpec = {
  usage: "validate <inputs..>",
  describe: "check records and case files against their schema and the standards",
  rank: 1,
  builder: (y) =>
    common(y)
      .positional("inputs", { type: "string", array: true, describe: "files, folders, or - for standard input" })
      .choices("format", ["text", "json"])
      .option("jobs", { type: "number", describe: JOBS_DESCRIPTION, defaultDescription: "every core" }),
  run: async (argv, io) => (await import("./validate.js")).runValidate(argv as never, io),
};

export default command;
