/**
 * Case-file timescale rules as thin wrappers over the timeline: the timeline works out every due
 * date once per case file, and each rule reports the late and overdue items of its own kinds whose
 * timescale it owns (src/rules/ownership.ts). Where an authority restates a national timescale under
 * its own standard (Knowsley's care plan in 10 working days, cited to its section 8), its rule
 * declares the timescale in `overrides` and the finding comes once, from the local rule; which
 * citation a profile gives the timescale changes the finding's source, never whether it is reported.
 */
import { defineRule, type RuleContext, type RuleDefinition, type RuleSource } from "./define-rule.js";
import { describeTimescale, longDate } from "../dates/describe.js";
import type { Severity } from "../schema/finding.js";
import type { CaseFile } from "../types/index.js";
import { ownedLateItemsOf } from "../timeline/timeline-for.js";
import { ITEM_KIND_IDS } from "../timeline/kinds/index.js";
import { triggerLabel } from "../timeline/labels.js";
import type { TimelineItem } from "../timeline/types.js";

/** What a timeline rule needs: the usual rule fields, less messages and check, plus its item kinds. @example { id, description, source, kinds: ["care-plan"] } */
export interface TimelineRuleSpec {
  id: string;
  description: string;
  source: RuleSource;
  /** Item kind ids (src/timeline/kinds) this rule reports. */
  kinds: readonly string[];
  /** Timescale ids this rule owns (see RuleDefinition.owns). */
  owns?: readonly string[];
  /** Timescale ids this rule takes over from a profile it extends (see RuleDefinition.overrides). */
  overrides?: readonly string[];
  severity?: Severity;
}

/** The facts a timeline finding's message uses; our own wording and dates only. */
function dataFor(item: TimelineItem, asOf: string): Record<string, string | number> {
  const data: Record<string, string | number> = {
    item: item.title,
    due: longDate(item.due),
    limit: item.value !== undefined && item.unit !== undefined ? describeTimescale({ value: item.value, unit: item.unit }) : "the time allowed",
    event: item.measuredFrom === undefined ? triggerLabel(item.trigger.event) : "the previous one",
    trigger: longDate(item.measuredFrom ?? item.trigger.date),
    asOf: longDate(asOf),
  };
  if (item.done !== undefined) data["done"] = longDate(item.done);
  if (item.daysOverdue !== undefined) data["days"] = describeTimescale({ value: item.daysOverdue, unit: "working_days" });
  if (item.status === "done-late") {
    // A few minutes past a 24-hour limit is late by 0 working days: say "after" rather than "0 working days after".
    const n = item.daysLate ?? 0;
    data["lateBy"] = n > 0 ? `${describeTimescale({ value: n, unit: "working_days" })} after` : "after";
  }
  return data;
}

/**
 * A case-file rule reporting each late or overdue item of `kinds` whose timescale it owns: `late` at the record or event that shows it was done, `overdue` at the
 * event that started the clock. Not applicable when the case file has no such item.
 * @example
 * export default timelineRule({ id: "care-plan-on-time", kinds: ["care-plan"],
 *   description: "The care plan is recorded within 10 working days of the placement.",
 *   source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.CP" } });
 */
export function timelineRule(spec: TimelineRuleSpec): RuleDefinition<"case-file"> {
  const unknown = spec.kinds.filter((k) => !ITEM_KIND_IDS.has(k));
  if (unknown.length) throw new Error(`rule ${spec.id}: no timeline item kind ${unknown.join(", ")}`);
  return defineRule({
    id: spec.id,
    appliesTo: ["case-file"],
    severity: spec.severity ?? "error",
    description: spec.description,
    source: spec.source,
    ...(spec.owns ? { owns: spec.owns } : {}),
    ...(spec.overrides ? { overrides: spec.overrides } : {}),
    messages: TIMELINE_MESSAGES,
    check(caseFile, ctx) {
      if (!reportOwnedItems(caseFile, ctx, spec.kinds)) ctx.notApplicable();
    },
  });
}

/** The messages a timeline finding uses: `late` (done after the due date) and `overdue` (not done, due date passed). */
export const TIMELINE_MESSAGES = {
  late: "{{item}}: done on {{done}}, {{lateBy}} it was due on {{due}} ({{limit}} from {{event}} on {{trigger}}).",
  overdue: "{{item}}: due by {{due}} ({{limit}} from {{event}} on {{trigger}}), and not recorded as done by {{asOf}}.",
} as const;

/**
 * Reports each late or overdue timeline item of `kinds` whose timescale the calling rule owns, with
 * the item's due date, so `validate` and `deadlines` say the same. Returns false when the case file
 * has no such item (the rule is then not applicable). A rule using it needs TIMELINE_MESSAGES' wording
 * under the message ids given in `ids`.
 * @example if (!reportOwnedItems(caseFile, ctx, ["cp-plan-completed"])) ctx.notApplicable();
 */
export function reportOwnedItems(
  caseFile: CaseFile,
  ctx: RuleContext,
  kinds: readonly string[],
  ids: { late: string; overdue: string } = { late: "late", overdue: "overdue" },
): boolean {
  // Only the kinds asked for are worked out, and of their items only the late and overdue ones
  // made whole: the same items, in the same order, as filtering the whole timeline.
  const { owned, items } = ownedLateItemsOf(caseFile, ctx, kinds, (timescale) => ctx.owns(timescale));
  for (const item of items) {
    const timescale = item.timescale as string;
    if (item.status === "done-late") {
      ctx.report({ messageId: ids.late, path: item.donePath ?? item.trigger.path, data: dataFor(item, ctx.asOf), timescale, due: item.due });
    } else {
      ctx.report({ messageId: ids.overdue, path: item.trigger.path, data: dataFor(item, ctx.asOf), timescale, due: item.due });
    }
  }
  return owned;
}
