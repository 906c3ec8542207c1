import type { Finding, Severity } from "../schema/finding.js";
import { getValidator, isRecordType, recordTypes } from "../schema/load-schemas.js";
import { closestName } from "../schema/did-you-mean.js";
import { findingsFromErrors } from "../schema/schema-findings.js";
import { defaultCalendar, type WorkingDayCalendar } from "../calendar/index.js";
import { DateError, InputError } from "../errors.js";
import type { ResolvedProfile, Timescale } from "../profiles/types.js";
import { isRuleEnabled } from "../profiles/rule-enabled.js";
import { fillMessage, type Rule, type RuleContext, type ReportInput } from "./define-rule.js";
import { ALL_RULES, type RegisteredRule } from "./all-rules.js";
import type { CaseFileRecord, RecordType } from "./record-map.js";
import { assertOwnership, timescaleOwners } from "./ownership.js";
import { enterCaseIndex, leaveCaseIndex } from "../case-index/active-index.js";
import { extremeDateSeen, startDateWatch } from "../schema/extreme-dates.js";

/** What validation needs besides the record: policy, "today" and the calendar. */
export interface ValidateOptions {
  profile: ResolvedProfile;
  /** ISO date treated as today for overdue checks. */
  asOf: string;
  calendar?: WorkingDayCalendar;
  /** Run only these rules (tests); default: every rule the profile enables. */
  rules?: readonly RegisteredRule[];
}

/** The outcome for one record or case file. */
export interface ValidationResult {
  recordType: RecordType;
  findings: Finding[];
  /** Rules that ran and had something to check. */
  rulesRun: string[];
  /** Rules that ran and said there was nothing to check ("not applicable" is not "passed"). */
  notApplicable: string[];
}

const enabledMemo = new WeakMap<ResolvedProfile, RegisteredRule[]>();

/**
 * Rules the profile switches on: by group (the rule's folder) or by id, less those it switches off.
 * The same array comes back for the same profile, so ownership is worked out once.
 * @example rulesFor(loadProfile("england")).map((r) => r.rule.id)
 */
export function rulesFor(profile: ResolvedProfile, all: readonly RegisteredRule[] = ALL_RULES): RegisteredRule[] {
  const cached = all === ALL_RULES ? enabledMemo.get(profile) : undefined;
  if (cached) return cached;
  const enabled = all.filter(({ group, rule }) => isRuleEnabled(profile, group, rule.id));
  if (all === ALL_RULES) enabledMemo.set(profile, enabled);
  return enabled;
}

/**
 * The profile's enabled rules, after checking that each of its timescales has exactly one owner
 * among them; throws ProfileError (one line naming the timescale) when one has none or two.
 * @example enabledRulesChecked(loadProfile("knowsley")).length
 */
export function enabledRulesChecked(profile: ResolvedProfile): RegisteredRule[] {
  const rules = rulesFor(profile);
  assertOwnership(profile, rules);
  return rules;
}

/**
 * Validates one record (any record type, or a whole case file): the schema first, then every rule
 * the profile enables. Returns findings; never throws for a bad record. Throws InputError only for
 * input that is not a record at all (not an object, or an unknown recordType).
 * @example const { findings } = validateRecord(json, { profile: loadProfile("knowsley"), asOf: "2026-11-23" });
 */
export function validateRecord(record: unknown, options: ValidateOptions): ValidationResult {
  const recordType = recordTypeOf(record);
  const validate = getValidator(recordType);
  const result: ValidationResult = { recordType, findings: [], rulesRun: [], notApplicable: [] };
  // The schema check notes, as it reads each date, whether one is near year 0 or 9999: the case
  // index needs to know, and need not walk the file again to find out (src/schema/extreme-dates.ts).
  startDateWatch();
  const valid = validate(record);
  const extremeDates = extremeDateSeen();
  if (!valid) {
    // Schema findings carry their keyword as their message id, as rule findings carry theirs: one
    // shape. The record type is its schema's name. findingsFromErrors hands out findings of this
    // call's own (fresh, or copies of remembered ones), so the id is added to them in place, last,
    // where a copy of each with the id spread after it gave the same keys in the same order.
    const findings = findingsFromErrors(recordType, validate.errors, record);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      f.messageId ??= f.ruleId.slice("schema/".length);
    }
    result.findings = findings;
    findings.push({
      ruleId: "schema/rules-not-run",
      messageId: "rules-not-run",
      severity: "info",
      path: "",
      message: "The standards rules were not run on this record; they run once the schema problems above are fixed.",
      source: { document: `schemas/${recordType}.schema.json`, paragraph: "whole record" },
    });
    return result;
  }
  const plan = planFor(options.profile, options.rules);
  const calendar = options.calendar ?? defaultCalendar();
  const rec = record as Record<string, unknown>;
  if (recordType === "case-file") {
    const caseFile = record as CaseFileRecord;
    const seen = plan.newSeen();
    // One index of the case file for this validation: the timeline and every rule read its lists
    // rather than walking the events and records again (src/case-index).
    const run = new RuleRun(caseFile, options, calendar, result, plan);
    const entered = enterCaseIndex(caseFile as never, extremeDates);
    try {
      const own = plan.rulesFor(recordType);
      for (let k = 0; k < own.rules.length; k++) runOne(own.rules[k]!, own.slots[k]!, rec, "", run, seen);
      const inner = (rec["records"] as Record<string, unknown>[] | undefined) ?? [];
      for (let i = 0; i < inner.length; i++) {
        const r = inner[i]!;
        const prefix = `/records/${i}`;
        const type = plan.rulesFor(String(r["recordType"]));
        for (let k = 0; k < type.rules.length; k++) runOne(type.rules[k]!, type.slots[k]!, r, prefix, run, seen);
      }
    } finally {
      leaveCaseIndex(entered);
    }
  } else {
    // A record on its own gets an index too, for what its rules share (an escalation's replay). Its
    // rules run once each, so when the list names no rule twice nothing needs remembering as seen.
    const { rules, slots, unique } = plan.rulesFor(recordType);
    const once: Seen | undefined = unique ? undefined : plan.newSeen();
    const run = new RuleRun(undefined, options, calendar, result, plan);
    const entered = enterCaseIndex(rec as never);
    try {
      for (let k = 0; k < rules.length; k++) runOne(rules[k]!, slots[k]!, rec, "", run, once);
    } finally {
      leaveCaseIndex(entered);
    }
  }
  return result;
}

/** The rules of a list that apply to one record type, in the list's order, and whether no two share an id. */
interface TypeRules {
  rules: Rule[];
  /** Each rule's place in a Seen list (rules with one id share one). */
  slots: number[];
  unique: boolean;
}

/**
 * What validateRecord looks up about the rules before it runs them, worked out once per profile (or
 * per profile and chosen list, in tests): who owns each timescale, and the rules for each record
 * type. A record then costs one lookup here, not one per question (the rule list, its ownership
 * check, the owners, the type's rules, whether their ids repeat): for a small record those lookups
 * were a visible share of its validation.
 */
class RulePlan {
  private readonly byType = new Map<string, TypeRules>();
  /** A place in a Seen list for each rule id. */
  private readonly slotOf = new Map<string, number>();

  /**
   * The profile's timescales by id, read once: rules ask for them by id tens of thousands of times
   * a pass, and a Map finds one faster than a look-up by a varying key in an object of fifty. Like
   * `owners`, it is what the profile said when the plan was made (a resolved profile is not edited).
   */
  readonly timescales: ReadonlyMap<string, Timescale>;

  constructor(
    profile: ResolvedProfile,
    readonly rules: readonly RegisteredRule[],
    readonly owners: ReadonlyMap<string, string>,
  ) {
    for (const { rule } of rules) if (!this.slotOf.has(rule.id)) this.slotOf.set(rule.id, this.slotOf.size);
    this.timescales = new Map(Object.entries(profile.timescales));
  }

  /** The rules for record type `type` (worked out on first use). */
  rulesFor(type: string): TypeRules {
    let found = this.byType.get(type);
    if (!found) {
      const rules = this.rules.filter((r) => (r.rule.appliesTo as readonly string[]).includes(type)).map((r) => r.rule);
      const slots = rules.map((r) => this.slotOf.get(r.id)!);
      this.byType.set(type, (found = { rules, slots, unique: new Set(rules.map((r) => r.id)).size === rules.length }));
    }
    return found;
  }

  /** An empty Seen list for one validation: nothing run, nothing said to be not applicable. */
  newSeen(): Seen {
    return new Array<number>(this.slotOf.size).fill(0);
  }
}

const planMemo = new WeakMap<ResolvedProfile, RulePlan>();
const chosenPlanMemo = new WeakMap<readonly RegisteredRule[], WeakMap<ResolvedProfile, RulePlan>>();

/**
 * The plan for a profile's own rules, or for rules a caller chose. A profile whose timescales are not
 * each owned once throws ProfileError every time it is used (nothing is kept for it).
 */
function planFor(profile: ResolvedProfile, chosen: readonly RegisteredRule[] | undefined): RulePlan {
  if (chosen === undefined) {
    let plan = planMemo.get(profile);
    if (!plan) planMemo.set(profile, (plan = new RulePlan(profile, enabledRulesChecked(profile), ownersFor(profile, undefined))));
    return plan;
  }
  let byProfile = chosenPlanMemo.get(chosen);
  if (!byProfile) chosenPlanMemo.set(chosen, (byProfile = new WeakMap()));
  let plan = byProfile.get(profile);
  if (!plan) byProfile.set(profile, (plan = new RulePlan(profile, chosen, ownersFor(profile, chosen))));
  return plan;
}

/**
 * Which rule ids a validation has put in rulesRun (bit 1) and notApplicable (bit 2) already, by the
 * rule's slot in the plan: the lists stay in first-seen order. An array of small numbers, not two
 * Sets of ids: a case file asks about a hundred times, and Sets growing and hashing ids were a
 * visible share of a case file's validation.
 */
type Seen = number[];

const RUN = 1;
const NOT_APPLICABLE = 2;

const unionMemo = new WeakMap<readonly RegisteredRule[], WeakMap<ResolvedProfile, ReadonlyMap<string, string>>>();

/**
 * Who owns each timescale in this run. With the profile's own rules, their ownership; when a caller
 * runs chosen rules (a rule's tests), ownership is still worked out among everything the profile
 * enables plus those rules, so a national rule tested under Knowsley stays quiet where Knowsley's
 * rule takes its timescale over, as it would in a real run.
 */
function ownersFor(profile: ResolvedProfile, chosen: readonly RegisteredRule[] | undefined): ReadonlyMap<string, string> {
  if (chosen === undefined) return timescaleOwners(profile, rulesFor(profile)).owners;
  let byProfile = unionMemo.get(chosen);
  if (!byProfile) unionMemo.set(chosen, (byProfile = new WeakMap()));
  const cached = byProfile.get(profile);
  if (cached) return cached;
  const enabled = rulesFor(profile);
  const ids = new Set(enabled.map((r) => r.rule.id));
  const owners = timescaleOwners(profile, [...enabled, ...chosen.filter((r) => !ids.has(r.rule.id))]).owners;
  byProfile.set(profile, owners);
  return owners;
}

function recordTypeOf(record: unknown): RecordType {
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    throw new InputError("not a record: expected a JSON object with a recordType", undefined, "/");
  }
  const type = (record as Record<string, unknown>)["recordType"];
  if (isRecordType(type)) return type;
  // Only a record that is about to be refused needs the list of types written out.
  const known = Object.values(recordTypes);
  if (typeof type !== "string") {
    throw new InputError(`has no recordType: write "recordType": one of ${known.join(", ")}`, undefined, "/recordType");
  }
  const best = closestName(type, known);
  const hint = best === undefined ? `; the record types are ${known.join(", ")}` : `; did you mean "${best}"? The record types are ${known.join(", ")}`;
  throw new InputError(`unknown record type "${type.slice(0, 40)}"${hint}`, undefined, "/recordType");
}

/**
 * The context a rule gets for one record. A class rather than an object of closures, so its methods
 * cost nothing to make; and one per validation, pointed at each rule in turn (`next`), rather than
 * one per rule per record (hundreds per case file, a visible share of what the garbage collector
 * had to clear). Rules call its methods as `ctx.report(…)`, never detached, and only while their
 * check runs: nothing keeps a context after it (the case index's memos keep values, never a context).
 */
class RuleRun implements RuleContext {
  rule!: Rule;
  prefix = "";
  reported = false;
  notApplicableSaid = false;
  readonly asOf: string;
  readonly profile: ResolvedProfile;
  private readonly owners: ReadonlyMap<string, string>;
  private readonly timescales: ReadonlyMap<string, Timescale>;

  constructor(
    readonly caseFile: CaseFileRecord | undefined,
    options: ValidateOptions,
    readonly calendar: WorkingDayCalendar,
    readonly result: ValidationResult,
    plan: RulePlan,
  ) {
    this.asOf = options.asOf;
    this.profile = options.profile;
    this.owners = plan.owners;
    this.timescales = plan.timescales;
  }

  /** Makes this the context of `rule` on the record at `prefix`, with nothing reported or said yet. */
  next(rule: Rule, prefix: string): this {
    this.rule = rule;
    this.prefix = prefix;
    this.reported = false;
    this.notApplicableSaid = false;
    return this;
  }

  timescale(id: string) {
    const t = this.timescales.get(id);
    if (!t) throw new Error(`profile "${this.profile.id}" has no timescale "${id}"`);
    return t;
  }

  dueDate(trigger: string, timescaleId: string) {
    // The timescale itself is the duration (addDuration reads its value and unit): no copy per call.
    return this.calendar.addDuration(trigger, this.timescale(timescaleId));
  }

  report(input: ReportInput) {
    // Only a timescale's owner reports it (src/rules/ownership.ts): a rule that checks a timescale
    // another rule has taken over (a national rule where an authority restates it) stays quiet.
    if (input.timescale !== undefined && this.owners.get(input.timescale) !== this.rule.id) return;
    this.reported = true;
    this.result.findings.push(toFinding(this.rule, input, this.prefix, this.timescales));
  }

  notApplicable() {
    this.notApplicableSaid = true;
  }

  owns(timescaleId: string) {
    return this.owners.get(timescaleId) === this.rule.id;
  }
}

function runOne(rule: Rule, slot: number, record: Record<string, unknown>, prefix: string, run: RuleRun, seen: Seen | undefined): void {
  const ctx = run.next(rule, prefix);
  const result = run.result;
  try {
    rule.check(record as never, ctx);
  } catch (err) {
    if (err instanceof DateError) {
      // A real date so near year 9999 that a due date counted from it cannot be written: the
      // record's dates are wrong, not the rule. The message names no date (records are personal).
      result.findings.push({
        ruleId: rule.id,
        severity: "error",
        path: prefix,
        message: "A due date could not be counted: a date in this record is too close to the year 9999; check the dates.",
        requirement: rule.source.requirement,
        source: { document: rule.source.document, paragraph: rule.source.paragraph },
        messageId: "date-out-of-range",
      });
      return;
    }
    result.findings.push({
      ruleId: rule.id,
      severity: "internal",
      path: prefix,
      message: `The rule could not run: ${err instanceof Error ? err.message : String(err)}`,
      requirement: rule.source.requirement,
      source: { document: rule.source.document, paragraph: rule.source.paragraph },
      messageId: "internal",
    });
    return;
  }
  const notApplicable = ctx.notApplicableSaid && !ctx.reported;
  // No `seen`: each rule runs once in this validation, so each id is new.
  if (seen !== undefined) {
    const bit = notApplicable ? NOT_APPLICABLE : RUN;
    if ((seen[slot]! & bit) !== 0) return;
    seen[slot] = seen[slot]! | bit;
  }
  (notApplicable ? result.notApplicable : result.rulesRun).push(rule.id);
}

function toFinding(rule: Rule, input: ReportInput, prefix: string, timescales: ReadonlyMap<string, Timescale>): Finding {
  const template = rule.messages[input.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message "${input.messageId}"`);
  const timescale = input.timescale ? timescales.get(input.timescale) : undefined;
  const source = timescale?.citation ?? rule.source;
  const finding: Finding = {
    ruleId: rule.id,
    severity: input.severity ?? (rule.severity as Severity),
    path: prefix + input.path,
    message: fillMessage(template, input.data),
    requirement: source.requirement ?? rule.source.requirement,
    source: { document: source.document, paragraph: source.paragraph },
    messageId: input.messageId,
  };
  if (input.timescale !== undefined) finding.timescale = input.timescale;
  if (input.due !== undefined) finding.due = input.due;
  if (input.data) finding.data = input.data;
  return finding;
}
