/** `reviewkit render`: write the documents for records and case files. The command itself is ./render.ts, loaded when it runs. */
import type { CommandSpec } from "../command-spec.js";
import { DOCUMENTS } from "../../src/render/documents.js";
import { FORMATS } from "../../src/render/formats.js";

/** Every document `render` writes, one line each, for its help. */
function documentList(): string {
  const lines = Object.entries(DOCUMENTS).map(([name, d]) => `  ${name.padEnd(22)} from: ${d.recordType}`);
  return ["Documents (--document; without it, every document the record gives):", ...lines].join("\n");
}

const command: CommandSpec = {
  usage: "render <inputs..>",
  describe: "write the documents (child's letter, minutes, plans, parents' letter, forms) for records and case files",
  rank: 6,
  builder: (y) =>
    y
      .positional("inputs", { type: "string", array: true, describe: "record or case files, folders, or - for standard input" })
      .option("document", { type: "string", describe: "only this document (the documents are listed below)" })
      .epilog(documentList())
      .option("format", { type: "string", choices: [...FORMATS, "all"], default: "pdf" })
      .option("out", { type: "string", demandOption: true, describe: "folder to write the documents to" })
      .option("profile", { type: "string", describe: "built-in profile or a profile file (default: the case file's authority, else england)" })
      .option("templates", { type: "string", describe: "a folder of templates and partials/ that replace the shipped ones by file name" })
      .option("holidays", { type: "string", describe: "a newer GOV.UK bank-holidays.json file" })
      .option("as-of", { type: "string", describe: "the date the checks before rendering treat as today, YYYY-MM-DD (default: each document's own date)" })
      .option("force", { type: "boolean", describe: "write documents even when their record has error findings (printed as warnings)" })
      .option("progress-to", {
        type: "string",
        describe: "also show progress on decisions and actions recorded after each document's own date, up to this date (YYYY-MM-DD), labelled as later progress",
      }),
  run: async (argv, io) => (await import("./render.js")).runRender(argv as never, io),
};

export default command;
