/** `reviewkit form`: write the offline form. The command itself is ./form.ts, loaded when it runs. */
import type { CommandSpec } from "../command-spec.js";
import { FORM_RECORD_TYPES } from "../../src/form/record-types.js";

const command: CommandSpec = {
  usage: "form",
  describe: "write the offline form: one HTML file that edits a case file's record and checks it as you type, with no network",
  rank: 8,
  builder: (y) =>
    y
      .option("record", {
        type: "string",
        choices: [...FORM_RECORD_TYPES],
        describe: "the record the form starts on (default looked-after-review; the page can switch)",
      })
      .option("profile", { type: "string", describe: "built-in profile or a profile file (default: each case file's own authority, else england)" })
      .option("out", { type: "string", demandOption: true, describe: "the HTML file to write" }),
  run: async (argv, io) => (await import("./form.js")).runForm(argv as never, io),
};

export default command;
