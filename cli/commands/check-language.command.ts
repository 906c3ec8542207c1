/** `reviewkit check-language`: check text for a child or a parent. The command itself is ./check-language.ts, loaded when it runs. */
import type { CommandSpec } from "../command-spec.js";

const command: CommandSpec = {
  usage: "check-language <input>",
  describe: "check text for a child or a parent: jargon, and readability against the profile's target",
  rank: 5,
  builder: (y) =>
    y
      .positional("input", { type: "string", describe: "a text or Markdown file, a JSON record, or - for standard input" })
      .option("audience", { type: "string", choices: ["child", "parent"], describe: "who the text is for (text: child; a record: its own reader)" })
      .option("age", { type: "number", describe: "the child's age in years (a record: from the child's date of birth)" })
      .option("profile", { type: "string", describe: "built-in profile or a profile file", default: "england" })
      .option("format", { type: "string", choices: ["text", "json"], default: "text" }),
  run: async (argv, io) => (await import("./check-language.js")).runCheckLanguage(argv as never, io),
};

export default command;
