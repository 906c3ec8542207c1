import { UsageError } from "../../src/errors.js";
import { escalateFile } from "../../src/escalation/escalate-file.js";
import { ESCALATION_ACTIONS, formatStatusText, formatStepText, isEscalationStage, type EscalationAction, type StepRequest } from "../../src/escalation/index.js";
import { printable } from "../../src/io/printable.js";
import { printOut, processIo, type CliIo } from "../io.js";
import { loadProfile } from "../../src/profiles/load-profile.js";
import { checkDateOption, resolveCalendar } from "../options.js";

interface EscalateArgs {
  file: string;
  action: string;
  profile?: string;
  "as-of": string;
  holidays?: string;
  format: "text" | "json";
  date?: string;
  stage?: string;
  by?: string;
  role?: string;
  to?: string;
  text?: string;
  "dry-run"?: boolean;
}

/** The actions `reviewkit escalate` takes: every ladder step, and `status` to only look. */
export const ESCALATE_COMMAND_ACTIONS = [...ESCALATION_ACTIONS, "status"] as const;

/**
 * `reviewkit escalate <file> <action>`: parses the command line, calls `escalateFile` (which checks,
 * steps, and rewrites the file under a lock, all or nothing) and prints what it did. A step the
 * ladder refuses leaves the file byte for byte as it was: one line on stderr, exit 2. Exit 0 when
 * the step was taken (or the status shown).
 */
export async function runEscalate(args: EscalateArgs, io: CliIo = processIo()): Promise<number> {
  const calendar = resolveCalendar(args, io);
  const action = args.action as (typeof ESCALATE_COMMAND_ACTIONS)[number];
  if (!(ESCALATE_COMMAND_ACTIONS as readonly string[]).includes(action)) {
    throw new UsageError(`unknown action "${printable(args.action.slice(0, 40))}"; use one of ${ESCALATE_COMMAND_ACTIONS.join(", ")}`);
  }
  if (args.file === ":stdin:") throw new UsageError("the escalation must be a file, not standard input: the step is written back to it");
  const date = args.date ?? args["as-of"];
  checkDateOption(date, args.date === undefined ? "--as-of" : "--date");
  const profile = loadProfile(args.profile ?? "england");
  if (args.profile === undefined) {
    io.stderr("reviewkit: note: no --profile given, so the england ladder was used (an escalation file names no authority)\n");
  }
  const request = action === "status" ? { action, date } : stepRequest(action, date, args);
  const dryRun = args["dry-run"] === true;
  const r = await escalateFile(args.file, request, { profile, calendar, dryRun });
  const head = { file: args.file, profile: profile.id };
  if (r.action === "status") {
    printOut(io, args.format === "json" ? `${JSON.stringify({ ...head, asOf: date, status: r.status }, null, 2)}\n` : formatStatusText(r.status, date), { data: args.format === "json" });
  } else if (args.format === "json") {
    printOut(io, `${JSON.stringify({ ...head, written: r.written, event: r.event, summary: r.summary }, null, 2)}\n`, { data: true });
  } else {
    printOut(io, (dryRun ? "Dry run: the file was not changed.\n" : "") + formatStepText(r.summary, date));
  }
  return 0;
}

function stepRequest(action: EscalationAction, date: string, args: EscalateArgs): StepRequest {
  const stageMoves = action === "raise" || action === "escalate";
  if (args.stage !== undefined && !stageMoves) throw new UsageError("--stage is for raise and escalate");
  if (args.to !== undefined && !stageMoves) throw new UsageError("--to names the manager a stage goes to; it is for raise and escalate");
  if (args.role !== undefined && args.by === undefined) throw new UsageError("--role is the role of the person named by --by");
  if (args.stage !== undefined && !isEscalationStage(args.stage)) throw new UsageError("--stage must be informal or formal-1 to formal-4");
  return {
    action,
    date,
    stage: args.stage !== undefined && isEscalationStage(args.stage) ? args.stage : undefined,
    by: args.by !== undefined ? { name: args.by, ...(args.role !== undefined ? { role: args.role } : {}) } : undefined,
    delegateName: args.to,
    text: args.text,
  };
}
