import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { formatLongDate, parseIsoDate } from "../../src/calendar/index.js";
import { DateError, InputError, UsageError } from "../../src/errors.js";
import {
  ESCALATION_ACTIONS,
  escalationStatus,
  isEscalationStage,
  listRoles,
  planStep,
  weekdayDate,
  type EscalationAction,
  type EscalationStatus,
  type StepRequest,
  type StepSummary,
} from "../../src/escalation/index.js";
import { readJsonFile } from "../../src/io/read-json.js";
import { loadProfile } from "../../src/profiles/load-profile.js";
import { checkSchema } from "../../src/schema/schema-findings.js";
import type { Escalation } from "../../src/types/index.js";
import { resolveCalendar } from "../options.js";

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
 * `reviewkit escalate <file> <action>`: checks the escalation against its schema, takes one step on
 * the profile's ladder (or shows the status), checks the result against the schema again, and
 * rewrites the file atomically. A step the ladder refuses leaves the file byte for byte as it was:
 * one line on stderr, exit 2. Exit 0 when the step was taken (or the status shown).
 */
export async function runEscalate(args: EscalateArgs): Promise<number> {
  const calendar = resolveCalendar(args);
  const action = args.action as (typeof ESCALATE_COMMAND_ACTIONS)[number];
  if (!(ESCALATE_COMMAND_ACTIONS as readonly string[]).includes(action)) {
    throw new UsageError(`unknown action "${args.action.slice(0, 40)}"; use one of ${ESCALATE_COMMAND_ACTIONS.join(", ")}`);
  }
  if (args.file === ":stdin:") throw new UsageError("the escalation must be a file, not standard input: the step is written back to it");
  const date = args.date ?? args["as-of"];
  checkDate(date, "--date");
  const profileId = args.profile ?? "england";
  const profile = loadProfile(profileId);
  if (args.profile === undefined) {
    process.stderr.write("reviewkit: note: no --profile given, so the england ladder was used (an escalation file names no authority)\n");
  }

  const record = readEscalation(args.file, action === "raise");

  if (action === "status") {
    const status = escalationStatus(record, profile, calendar, date);
    process.stdout.write(args.format === "json" ? `${JSON.stringify({ file: args.file, profile: profile.id, asOf: date, status }, null, 2)}\n` : statusText(status, date));
    return 0;
  }

  const request = stepRequest(action, date, args);
  const plan = planStep(record, request, profile, calendar);
  if (!plan.ok) {
    process.stderr.write(`reviewkit: ${args.file}: ${plan.reason}\n`);
    return 2;
  }
  const after = plan.result.escalation;
  const problems = checkSchema(after, "escalation");
  if (problems.length) {
    // Only what was typed on the command line can get here (an empty --by, say): refuse, file untouched.
    process.stderr.write(`reviewkit: ${args.file}: the new step would not match the escalation schema: ${problems[0]!.path} ${problems[0]!.message}\n`);
    return 2;
  }
  const dryRun = args["dry-run"] === true;
  if (!dryRun) writeJsonAtomic(args.file, after);
  if (args.format === "json") {
    process.stdout.write(`${JSON.stringify({ file: args.file, profile: profile.id, written: !dryRun, event: plan.result.event, summary: plan.result.summary }, null, 2)}\n`);
  } else {
    process.stdout.write((dryRun ? "Dry run: the file was not changed.\n" : "") + stepText(plan.result.summary, date));
  }
  return 0;
}

function checkDate(date: string, option: string): void {
  try {
    parseIsoDate(date);
  } catch (err) {
    if (err instanceof DateError) throw new UsageError(`${option} ${err.message}`);
    throw err;
  }
}

/**
 * Reads the file and insists it is a schema-valid escalation before anything is done to it. A new
 * escalation starts as a draft with `"events": []` (the concern written, nothing raised yet): only
 * `raise` accepts that, and the record it writes has its first step, so it is valid again.
 */
function readEscalation(file: string, draftOk: boolean): Escalation {
  const data = readJsonFile(file);
  const type = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>)["recordType"] : undefined;
  if (type !== "escalation") {
    throw new InputError(typeof type === "string" ? `is a ${type.slice(0, 40)} record, not an escalation` : "is not an escalation record (no recordType \"escalation\")", file);
  }
  const isDraft = (p: { ruleId: string; path: string }) => draftOk && p.ruleId === "schema/minItems" && p.path === "/events";
  const problems = checkSchema(data, "escalation").filter((p) => !isDraft(p));
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more; run reviewkit validate)` : "";
    throw new InputError(`does not match the escalation schema, so no step was added: ${problems[0]!.path} ${problems[0]!.message}${more}`, file);
  }
  return data as Escalation;
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

const DONE: Record<EscalationAction, string> = {
  raise: "Raised at",
  respond: "Response recorded at",
  escalate: "Escalated to",
  resolve: "Resolved at",
  "refer-cafcass": "Referred to Cafcass alongside",
  "legal-advice": "Legal advice sought at",
  "senior-meeting": "Senior managers' meeting recorded at",
  note: "Note added at",
};

/** One or two lines: what was done, to whom, who must be told; then the due dates. */
function stepText(s: StepSummary, date: string): string {
  const where = s.stageLabel ? `${DONE[s.action]} ${s.stageLabel}` : DONE[s.action].replace(/ (at|alongside)$/, "");
  let first = `${where} on ${formatLongDate(date)}`;
  if (s.delegatedTo) {
    first += `, delegated to the ${s.delegatedTo.role}${s.delegatedTo.name ? ` (${s.delegatedTo.name})` : " (name them with --to)"}`;
  }
  first += s.closes ? "; the escalation is closed." : ".";
  if (s.notify.length) first += ` Tell ${listRoles(s.notify)}.`;
  const dates: string[] = [];
  if (s.responseDue) dates.push(`Response due by ${weekdayDate(s.responseDue)}`);
  if (s.formalDue) dates.push(`${dates.length ? "the" : "The"} formal process is due to end by ${weekdayDate(s.formalDue)}`);
  return `${first}\n${dates.length ? `${dates.join("; ")}.\n` : ""}`;
}

function statusText(s: EscalationStatus, asOf: string): string {
  const lines: string[] = [];
  if (s.state === "not-started") lines.push("Not raised yet.");
  else if (s.state === "closed") lines.push(`Closed on ${formatLongDate(s.closedOn ?? asOf)}${s.stageLabel ? `, at ${s.stageLabel}` : ""}.`);
  else {
    const who = s.delegatedTo ? `, delegated to the ${s.delegatedTo.role}${s.delegatedTo.name ? ` (${s.delegatedTo.name})` : ""}` : "";
    lines.push(`Open at ${s.stageLabel} since ${formatLongDate(s.reachedOn ?? asOf)}${who}.`);
    if (s.response) {
      const r = s.response;
      lines.push(
        r.respondedOn
          ? `Responded on ${formatLongDate(r.respondedOn)}${r.late ? `, after the due date ${weekdayDate(r.due)}` : ""}.`
          : `Response due by ${weekdayDate(r.due)}${r.overdue ? `: overdue on ${formatLongDate(asOf)}` : ""}.`,
      );
    }
  }
  if (s.formal) {
    const f = s.formal;
    const state = f.overdue ? `: overdue on ${formatLongDate(asOf)}` : f.late ? ": it ended after that" : "";
    lines.push(`Formal process from ${formatLongDate(f.startedOn)}, due to end by ${weekdayDate(f.due)}${state}.`);
  }
  if (s.cafcassReferredOn) lines.push(`Referred to Cafcass on ${formatLongDate(s.cafcassReferredOn)}.`);
  lines.push(`Next: ${s.next.join(", ")}.`);
  return `${lines.join("\n")}\n`;
}

/**
 * Writes JSON (2-space indent and a final newline, as the files are kept) so that a reader sees
 * either the old file or the new one, never half of either: a temporary file in the same folder,
 * flushed to disk, then renamed over the original, keeping its permissions.
 */
function writeJsonAtomic(file: string, data: unknown): void {
  const target = realpathSync(file); // write through a symbolic link, not over it
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const mode = statSync(target).mode & 0o777;
  try {
    const fd = openSync(tmp, "wx", mode);
    try {
      writeSync(fd, `${JSON.stringify(data, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot be written${code ? ` (${code})` : ""}; the file was not changed`, file);
  }
  try {
    const dfd = openSync(dir, "r");
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // Not every system can sync a folder; the rename itself is already atomic.
  }
}
