/**
 * Child protection: initial conferences within 15 working days of the strategy discussion, review
 * conferences, core groups, chair's visits and mid-point checks in timescale (all the timeline's
 * items), and plans started, ended, lasting two years or more, and second or later plans (the
 * rules' one reading of a child's plan periods).
 */
import { addMonthsToDayNumber, compareIsoDates, fromDayNumber, parseDay } from "../../calendar/index.js";
import type { Citation } from "../../profiles/types.js";
import { cpPlanPeriods } from "../../rules/helpers/child-protection.js";
import type { Contribute } from "../case-view.js";
import { inPeriod } from "../period.js";
import type { FigureDef } from "../tally.js";

const CIN: Citation = { document: "DfE-CIN-census", paragraph: "child protection plan start and end dates" };
const ON_TIME = (kind: string, title: string, definition: string): FigureDef => ({ id: kind, section: "child-protection", unit: "share", title, definition });

/** The child protection section's figures. @example CHILD_PROTECTION_FIGURES.map((f) => f.id) */
export const CHILD_PROTECTION_FIGURES: readonly FigureDef[] = [
  ON_TIME("icpc-in-timescale", "Initial conferences within timescale of the strategy discussion",
    "Initial child protection conferences held in the period: those held within the profile's timescale of the strategy discussion at which section 47 enquiries began (15 working days nationally)."),
  { id: "icpc-overdue", section: "child-protection", unit: "count", title: "Initial conferences due in the period and not held",
    definition: "Initial conferences whose due date fell in the period and that had not been held by the as-of date." },
  { ...ON_TIME("rcpc-in-timescale", "Review conferences in timescale",
    "Review conferences held in the period: those held by their due date (first within 3 months of the initial conference, then at most every 6 months)."), labels: ["First review conference", "Later review conferences"] },
  ON_TIME("core-groups-in-timescale", "Core groups in timescale", "Core group meetings held in the period: those held by their due date (first within 10 working days of the initial conference, then the profile's interval)."),
  ON_TIME("chair-visits-in-timescale", "Chair's visits where expected", "Visits by the conference chair to children on a plan that the profile expects (Knowsley: once a child has been on a plan 12 months, by the next review conference), due in the period by the as-of date: those done by the due date."),
  ON_TIME("cp-midpoint-in-timescale", "Mid-point checks and QA progress reviews between conferences", "Chair's mid-point checks (Knowsley) and QA progress reviews of a plan (Gloucestershire) the profile expects, due in the period by the as-of date: those done by the due date."),
  { id: "cp-plans-started", section: "child-protection", unit: "count", title: "Plans started", sources: [CIN],
    definition: "Periods on a child protection plan that began in the period (a change of category at a review is one continuous plan)." },
  { id: "cp-second-plans", section: "child-protection", unit: "share", title: "Second or later plans", sources: [CIN],
    definition: "Of the plans started in the period, those for a child who had been on a plan before (an earlier, separate period in the case file)." },
  { id: "cp-plans-ended", section: "child-protection", unit: "count", title: "Plans ended", sources: [CIN],
    definition: "Periods on a plan that ended in the period." },
  { id: "cp-plans-two-years", section: "child-protection", unit: "share", title: "Plans ended after two years or more", sources: [CIN],
    definition: "Of the plans ended in the period, those that lasted two years or more: ended on or after the same date two years after they began (a plan of exactly two years counts)." },
];

const ITEM_FIGURES: readonly [string, string, "done" | "due"][] = [
  ["icpc", "icpc-in-timescale", "done"],
  ["cp-review-conference", "rcpc-in-timescale", "done"],
  ["core-group", "core-groups-in-timescale", "done"],
  ["cp-chair-visit", "chair-visits-in-timescale", "due"],
  ["cp-midpoint-check", "cp-midpoint-in-timescale", "due"],
  ["qapr-cp", "cp-midpoint-in-timescale", "due"],
];

/** Adds one case file's child protection figures. @example contributeChildProtection(view, emit) */
export const contributeChildProtection: Contribute = (v, emit) => {
  for (const [kind, id, by] of ITEM_FIGURES) {
    for (const item of v.items(kind)) {
      const counted = by === "done" ? inPeriod(item.done, v.period) : inPeriod(item.due, v.period) && item.status !== "due";
      if (counted) {
        const label = kind === "cp-review-conference" ? (item.timescale === "first-review-conference" ? "First review conference" : "Later review conferences") : undefined;
        emit({ id, num: item.status === "done-on-time" ? 1 : 0, cite: item.citation, ...(label ? { label } : {}) });
      } else if (kind === "icpc" && item.status === "overdue" && inPeriod(item.due, v.period)) {
        emit({ id: "icpc-overdue", cite: item.citation });
      }
    }
  }
  const plans = cpPlanPeriods(v.caseFile);
  plans.forEach((plan, i) => {
    if (inPeriod(plan.from, v.period)) {
      emit({ id: "cp-plans-started" });
      emit({ id: "cp-second-plans", num: i > 0 ? 1 : 0 });
    }
    if (plan.to !== undefined && inPeriod(plan.to, v.period)) {
      emit({ id: "cp-plans-ended" });
      const twoYears = fromDayNumber(addMonthsToDayNumber(parseDay(plan.from), 24));
      emit({ id: "cp-plans-two-years", num: compareIsoDates(plan.to, twoYears) >= 0 ? 1 : 0 });
    }
  });
};
