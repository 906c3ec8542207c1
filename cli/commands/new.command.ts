/** `reviewkit new`: print a new record to fill in. The command itself is ./new.ts, loaded when it runs. */
import type { CommandSpec } from "../command-spec.js";
import { recordTypes } from "../../src/schema/load-schemas.js";

/** Every record type the schemas define, as `new` takes them. */
const TYPES = Object.values(recordTypes);
import { todayIso } from "../today.js";

const command: CommandSpec = {
  usage: "new <type>",
  describe: "print a new record to fill in, with every required field, for `> file.json`; `validate` then says what to write in each",
  rank: 2,
  builder: (y) =>
    y
      .positional("type", { type: "string", describe: `the record type: ${TYPES.slice(0, -1).join(", ")} or ${TYPES.at(-1)!}` })
      .option("profile", { type: "string", describe: "built-in profile or a profile file: the authority's name goes on the IRO or chair (and a case file's authority)" })
      .option("child", { type: "string", describe: "a child's case file: the child's details are copied into the record" })
      .option("as-of", { type: "string", describe: "the record's own date (the review, the conference, the note), YYYY-MM-DD", default: todayIso(), defaultDescription: "today" })
      .example("$0 new looked-after-review --profile knowsley > review.json", "a review record to fill in")
      .example("$0 new cp-plan --child examples/knowsley/zuzanna-nowak.case.json > plan.json", "a plan for a child already on file"),
  run: async (argv, io) => (await import("./new.js")).runNew(argv as never, io),
};

export default command;
