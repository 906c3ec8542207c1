import type { Finding, Severity } from "../schema/finding.js";
import type { WorkingDayCalendar } from "../calendar/index.js";
import type { ResolvedProfile, Timescale } from "../profiles/types.js";
import type { RecordOf, RecordType, CaseFileRecord } from "./record-map.js";

/**
 * Where a rule's duty comes from: the document (file in ../shared/standards or a national source),
 * the paragraph, and the requirement id in requirements.tsv.
 * @example { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.9", requirement: "KIRO-2.9" }
 */
export interface RuleSource {
  document: string;
  paragraph: string;
  requirement: string;
}

/** What a rule hands to `ctx.report`. `timescale` names the profile timescale the finding is about. */
export interface ReportInput {
  messageId: string;
  path: string;
  data?: Record<string, string | number | boolean>;
  /** Overrides the rule's own severity for this finding (e.g. a due date not yet passed is a warning). */
  severity?: Severity;
  /** The profile timescale this finding measures against; its citation becomes the finding's source. */
  timescale?: string;
  /** The due date the timescale set (ISO), so the finding lines up with its item in `deadlines`. */
  due?: string;
}

/**
 * Everything a rule may use. Rules are pure: no clock, no files, no network. `asOf` is "today".
 */
export interface RuleContext {
  readonly asOf: string;
  readonly calendar: WorkingDayCalendar;
  readonly profile: ResolvedProfile;
  /** The case file the record sits in, when it was validated as part of one. */
  readonly caseFile: CaseFileRecord | undefined;
  /** The profile's timescale by id; throws when the profile has none (the runner reports that as internal). */
  timescale(id: string): Timescale;
  /** The due date `timescale(id)` sets from `trigger` (day 0), e.g. 20 working days after the review. */
  dueDate(trigger: string, timescaleId: string): string;
  report(input: ReportInput): void;
  /** Say the rule had nothing to check on this record (not the same as passing). */
  notApplicable(reason?: string): void;
  /**
   * True when this rule owns the profile timescale in this run (it declares it in `owns` or
   * `overrides` and no enabled rule takes it over): only the owner reports a timescale.
   */
  owns(timescaleId: string): boolean;
}

export interface RuleDefinition<T extends RecordType = RecordType> {
  /** kebab-case, equal to the file name. */
  id: string;
  appliesTo: readonly T[];
  severity: Severity;
  /**
   * One plain-English sentence: what the rule checks. Shown in the generated rules table. A number
   * a profile sets is never written out: `{id}` names the timescale (one the rule owns, overrides or
   * reads) and is filled from each profile (src/rules/rule-description.ts).
   */
  description: string;
  source: RuleSource;
  /**
   * Profile timescale ids this rule owns: it is the one rule that reports them. Every timescale in a
   * resolved profile has exactly one enabled owner (src/rules/ownership.ts). A rule may read other
   * timescales (ctx.timescale) without owning them.
   */
  owns?: readonly string[];
  /** Timescales this rule takes over from the rule that owns them in a profile it extends (an authority restating a national timescale). */
  overrides?: readonly string[];
  /**
   * Timescales this rule reads (ctx.timescale) without owning them: it never reports them late or
   * overdue, only uses their number (kcp-plan-for-each-child waits out the 24-hour plan time before
   * calling a child's plan missing). Its description may name them too (`{id.value}`).
   */
  reads?: readonly string[];
  /** Message templates; `{{name}}` is filled from the report's data. */
  messages: Record<string, string>;
  check(record: RecordOf<T>, ctx: RuleContext): void;
}

/** A rule as the runner holds it: the definition plus the group (its folder, the source document). */
export type Rule<T extends RecordType = RecordType> = RuleDefinition<T>;

/**
 * Declares a rule. Identity function with types; the catalogue test checks ids, sources and tests.
 * @example
 * export default defineRule({ id: "review-minutes-timely", appliesTo: ["looked-after-review"], severity: "error",
 *   description: "Minutes are sent within the minutes timescale.", source: { document: "000_e97c8872ca661401.txt",
 *   paragraph: "IRO Standard 2.9", requirement: "KIRO-2.9" }, messages: { late: "…" }, check(record, ctx) { … } });
 */
export function defineRule<T extends RecordType>(rule: RuleDefinition<T>): RuleDefinition<T> {
  return rule;
}

/** Fills `{{name}}` placeholders; a missing value stays visible rather than printing "undefined". */
export function fillMessage(template: string, data: Record<string, string | number | boolean> | undefined): string {
  // The same result as template.replace(/\{\{(\w+)\}\}/g, …), with each template split once: every
  // finding fills one, and a regular-expression replace per finding was a visible share of validation.
  const parts = templateParts(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = data?.[name];
    out += (value === undefined ? `{{${name}}}` : String(value)) + (parts[i + 1] as string);
  }
  return out;
}

// Message templates are the rules' own constants, so this holds a few hundred entries at most.
const splitTemplates = new Map<string, string[]>();

/** A template as [text, name, text, name, …, text]: the texts between `{{name}}` placeholders. */
function templateParts(template: string): string[] {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    // split with a capturing group keeps the names at the odd positions.
    parts = template.split(/\{\{(\w+)\}\}/);
    if (splitTemplates.size >= 2000) splitTemplates.clear(); // a caller filling made-up templates stays bounded
    splitTemplates.set(template, parts);
  }
  return parts;
}

export type { Finding };
