import type { WorkingDayCalendar } from "../calendar/index.js";
import { InputError } from "../errors.js";
import { withFileLock } from "../io/file-lock.js";
import { readJsonFile } from "../io/read-json.js";
import { writeFileSafe } from "../io/safe-write.js";
import type { ResolvedProfile } from "../profiles/types.js";
import { isRecordType } from "../schema/load-schemas.js";
import { checkSchema } from "../schema/schema-findings.js";
import type { Escalation, EscalationEvent } from "../types/index.js";
import { planStep, type StepRequest, type StepSummary } from "./moves.js";
import { escalationStatus, type EscalationStatus } from "./status.js";

/**
 * `reviewkit escalate` as one library call: read an escalation file, take one step on the
 * profile's ladder (or report its status) and write the file back. The step is taken under a lock
 * on the file (src/io/file-lock.ts), reading the file only once the lock is held, so two runs at
 * once each add their step; the file is written by the one safe writer (src/io/safe-write.ts), so
 * a full disk, a kill or a read-only file leaves it byte for byte as it was. A step the ladder or
 * the schema refuses throws InputError naming the file and changes nothing.
 */

/** @example const o: EscalateFileOptions = { profile: loadProfile("leicestershire"), calendar: defaultCalendar() }; */
export interface EscalateFileOptions {
  profile: ResolvedProfile;
  calendar: WorkingDayCalendar;
  /** Plan the step and report it, but leave the file alone. */
  dryRun?: boolean;
}

/** What `escalateFile` did: the status it read, or the step it took (and whether it was written). */
export type EscalateFileResult =
  | { action: "status"; status: EscalationStatus }
  | { action: StepRequest["action"]; written: boolean; event: EscalationEvent; summary: StepSummary };

/**
 * Takes one step (or, with `{ action: "status", date }`, only looks).
 * @example const r = await escalateFile("escalation.json", { action: "note", date: "2027-01-04", text: "Chased by phone." }, { profile, calendar });
 */
export async function escalateFile(
  file: string,
  request: StepRequest | { action: "status"; date: string },
  options: EscalateFileOptions,
): Promise<EscalateFileResult> {
  if (request.action === "status") {
    return { action: "status", status: escalationStatus(readEscalation(file, false), options.profile, options.calendar, request.date) };
  }
  const step = request;
  const take = (): EscalateFileResult => {
    const record = readEscalation(file, step.action === "raise");
    const plan = planStep(record, step, options.profile, options.calendar);
    if (!plan.ok) throw new InputError(plan.reason, file);
    const after = plan.result.escalation;
    const problems = checkSchema(after, "escalation");
    if (problems.length) {
      // Only what was typed on the command line can get here (an empty --by, say): refuse, file untouched.
      throw new InputError(`the new step would not match the escalation schema: ${problems[0]!.path} ${problems[0]!.message}`, file);
    }
    if (!options.dryRun) writeFileSafe(file, `${JSON.stringify(after, null, 2)}\n`, { throughLinks: true });
    return { action: step.action, written: !options.dryRun, event: plan.result.event, summary: plan.result.summary };
  };
  return options.dryRun ? take() : withFileLock(file, take);
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
    // A recordType that is not one of ours is record text: named only when it is a known type.
    throw new InputError(isRecordType(type) ? `is a ${type} record, not an escalation` : 'is not an escalation record (no recordType "escalation")', file);
  }
  const isDraft = (p: { ruleId: string; path: string }) => draftOk && p.ruleId === "schema/minItems" && p.path === "/events";
  const problems = checkSchema(data, "escalation").filter((p) => !isDraft(p));
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more; run reviewkit validate)` : "";
    throw new InputError(`does not match the escalation schema, so no step was added: ${problems[0]!.path} ${problems[0]!.message}${more}`, file);
  }
  return data as Escalation;
}
