/** `reviewkit escalate`: take one step on an escalation's ladder. The command itself is ./escalate.ts, loaded when it runs. */
import type { CommandSpec } from "../command-spec.js";
import { FORMAL_STAGES } from "../../src/profiles/types.js";
import { common } from "../shared-options.js";

/** What each action of `escalate` does, for its help (lines fit 80 columns: yargs wraps at 80). */
const ESCALATE_ACTIONS = [
  "Actions:",
  "  raise           start it: informal, or --stage formal-N; --to: the manager",
  "  respond         record the manager's response (--text; --by if someone else)",
  "  escalate        go up to the next stage (or --stage); sets a new response date",
  "  resolve         close it as resolved (--text says how)",
  "  refer-cafcass   refer a child in care to Cafcass, once the ladder allows it",
  "  legal-advice    record that the IRO sought independent legal advice",
  "  senior-meeting  record the meeting with senior managers a ladder may require",
  "                  before Cafcass (Leicestershire: Assistant Director, Heads of",
  "                  Service)",
  "  note            add a note, to an open or closed escalation (--text)",
  "  status          show where it stands, what is due and what may come next;",
  "                  changes nothing",
  "",
  "Each step is checked against the ladder and the schema, then written back to",
  "the file whole; a step the ladder does not allow is refused with one line",
  "(exit 2) and the file is left as it was. An escalation file names no",
  "authority: pass --profile (e.g. leicestershire) for its ladder, or the england",
  "ladder is used.",
].join("\n");

const command: CommandSpec = {
  usage: "escalate <file> <action>",
  describe: "take one step on an escalation's ladder and write it to the file, or show where the escalation stands",
  rank: 7,
  builder: (y) =>
    common(y)
      .positional("file", { type: "string", describe: "an escalation record (JSON); it is rewritten with the new step" })
      .positional("action", {
        type: "string",
        choices: ["raise", "respond", "escalate", "resolve", "refer-cafcass", "legal-advice", "senior-meeting", "note", "status"],
        describe: "the step to take (the actions are listed below)",
      })
      .option("date", { type: "string", describe: "the step's date, YYYY-MM-DD (default --as-of, today); day 0 of any due date it sets" })
      .option("stage", { type: "string", choices: ["informal", ...FORMAL_STAGES], describe: "raise: the stage to raise at (default informal); escalate: the stage to go to (default the next)" })
      .option("by", { type: "string", describe: "who took the step (default: the chair who raised it; for respond, the manager the stage went to)" })
      .option("role", { type: "string", describe: "the role of the person named by --by" })
      .option("to", { type: "string", describe: "raise, escalate: the name of the manager the stage is delegated to (the role comes from the ladder)" })
      .option("text", { type: "string", describe: "what was said or done (needed for respond and resolve)" })
      .option("dry-run", { type: "boolean", describe: "show the step without writing it" })
      .choices("format", ["text", "json"])
      .epilog(ESCALATE_ACTIONS),
  run: async (argv, io) => (await import("./escalate.js")).runEscalate(argv as never, io),
};

export default command;
