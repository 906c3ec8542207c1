/**
 * Looked-after children's reviews: held, in timescale (reg 33, and under the authority's profile),
 * minutes and the child's letter in timescale, the child seen before the review, midway checks and
 * QA progress reviews, participation codes and advocacy. Every timescale is the timeline's (the same
 * items `deadlines` lists); nothing here restates a number of days.
 */
import { loadProfile } from "../../profiles/load-profile.js";
import type { Citation, ResolvedProfile } from "../../profiles/types.js";
import { participationCode, PARTICIPATION_CODES } from "../../rules/helpers/participation-code.js";
import { timelineFor } from "../../timeline/timeline-for.js";
import type { TimelineItem } from "../../timeline/types.js";
import type { LookedAfterReview } from "../../types/index.js";
import type { Contribute, CaseView } from "../case-view.js";
import { inPeriod } from "../period.js";
import type { FigureDef } from "../tally.js";

const STEP_LABELS: Readonly<Record<string, string>> = {
  "lac-first-review": "First review",
  "lac-second-review": "Second review",
  "lac-subsequent-review": "Later reviews",
};
const STEPS = Object.values(STEP_LABELS);
const NO_CODE = "No code recorded";
const PN: Citation = { document: "DfE-SSDA903", paragraph: "participation in reviews (PN codes)", requirement: "NAT-903-PN" };
const SEEN: Citation = { document: "IRO-Handbook-2010", paragraph: "chapter 3 (the IRO speaks with the child before each review)" };
const ADVOCACY: Citation = { document: "CPPCR-2010", paragraph: "reg 45 and IRO Handbook 2010 chapter 2 (advocacy for looked-after children)" };

/** The looked-after section's figures. @example LOOKED_AFTER_FIGURES[0].id // "lac-reviews-held" */
export const LOOKED_AFTER_FIGURES: readonly FigureDef[] = [
  { id: "lac-reviews-held", section: "looked-after", unit: "count", labels: STEPS, title: "Reviews held",
    definition: "Looked-after reviews held in the period (both end days count), as the timeline finds them: each review completes the review then due for the child, first, second or later (reg 33)." },
  { id: "lac-reviews-in-timescale", section: "looked-after", unit: "share", labels: STEPS, title: "Reviews held in timescale (authority's standard)",
    definition: "Of the reviews held in the period, those held on or before the due date the child's authority profile sets (the same due dates reviewkit deadlines shows)." },
  { id: "lac-reviews-in-timescale-national", section: "looked-after", unit: "share", labels: STEPS, title: "Reviews held in timescale (regulation 33)",
    definition: "The same reviews measured against the national floor: first within 20 working days of becoming looked after, second within 3 months of the first, later ones within 6 months of the one before (the england profile). Equal to the authority's figure where the authority keeps the national timescales." },
  { id: "lac-reviews-overdue", section: "looked-after", unit: "count", labels: STEPS, title: "Reviews due in the period and not held",
    definition: "Reviews whose due date fell in the period and that had not been held by the as-of date." },
  { id: "lac-minutes-in-timescale", section: "looked-after", unit: "share", title: "Minutes sent in timescale",
    definition: "Of the reviews held in the period whose minutes were due by the as-of date, those whose minutes were done by the due date (only where the profile sets a minutes timescale)." },
  { id: "lac-child-letter-in-timescale", section: "looked-after", unit: "share", title: "Child's letter sent in timescale",
    definition: "Of the reviews held in the period whose child-friendly letter was due by the as-of date, those sent by the due date (only where the profile sets one)." },
  { id: "lac-child-seen-before", section: "looked-after", unit: "share", title: "Children seen or spoken with by the IRO before their review", sources: [SEEN],
    definition: "Of the review records held in the period, those recording the IRO's visit, call or message to the child on or before the review date." },
  { id: "lac-midway", section: "looked-after", unit: "share", title: "Midway reviews and QA progress reviews done where expected",
    definition: "Midway checks and QA progress reviews the profile expects between reviews, due in the period by the as-of date: those done by their due date." },
  { id: "lac-participation", section: "looked-after", unit: "count", labels: [...PARTICIPATION_CODES, NO_CODE], title: "Participation in reviews (PN0–PN7)", sources: [PN],
    definition: "Review records held in the period by participation code: the code the IRO recorded; PN0 where the child was under 4 on the day; PN1 for a child who chaired and PN7 for one who did not take part; otherwise no code (validate asks the IRO for it)." },
  { id: "lac-advocacy-offered", section: "looked-after", unit: "share", title: "Advocacy offered", sources: [ADVOCACY],
    definition: "Of the review records held in the period, those recording that the child was offered an advocate." },
  { id: "lac-advocacy-used", section: "looked-after", unit: "share", title: "Advocacy used", sources: [ADVOCACY],
    definition: "Of the review records held in the period where advocacy was offered, those recording a referral to the advocacy service." },
];

const MIDWAY_KINDS = ["midway-tracking", "qapr-child-in-care"];

/** Adds one case file's looked-after figures. @example contributeLookedAfter(view, tally.add.bind(tally)) */
export const contributeLookedAfter: Contribute = (v, emit) => {
  const reviews = v.items("lac-review");
  for (const item of reviews) {
    const label = STEP_LABELS[item.timescale ?? ""] ?? "Later reviews";
    if (item.done !== undefined && !inPeriod(item.done, v.period)) v.leaveOut("review held outside the period");
    if (inPeriod(item.done, v.period)) {
      emit({ id: "lac-reviews-held", label, cite: item.citation });
      emit({ id: "lac-reviews-in-timescale", num: item.status === "done-on-time" ? 1 : 0, label, cite: item.citation });
    } else if (item.status === "overdue" && inPeriod(item.due, v.period)) {
      emit({ id: "lac-reviews-overdue", label, cite: item.citation });
    }
  }
  for (const item of nationalReviews(v, reviews)) {
    if (!inPeriod(item.done, v.period)) continue;
    emit({ id: "lac-reviews-in-timescale-national", num: item.status === "done-on-time" ? 1 : 0, label: STEP_LABELS[item.timescale ?? ""] ?? "Later reviews", cite: item.citation });
  }
  afterReview(v, "lac-minutes", "lac-minutes-in-timescale", emit);
  afterReview(v, "child-decisions-letter", "lac-child-letter-in-timescale", emit);
  for (const kind of MIDWAY_KINDS) {
    for (const item of v.items(kind)) {
      if (!inPeriod(item.due, v.period) || item.status === "due") continue;
      emit({ id: "lac-midway", num: item.status === "done-on-time" ? 1 : 0, label: item.title, cite: item.citation });
    }
  }
  for (const review of reviewRecords(v)) {
    const seen = review.iroContactBeforeReview !== undefined && review.iroContactBeforeReview.date <= review.reviewDate;
    emit({ id: "lac-child-seen-before", num: seen ? 1 : 0 });
    emit({ id: "lac-participation", label: participationCode(review).code ?? NO_CODE });
    const offered = review.advocacy?.offered === true;
    emit({ id: "lac-advocacy-offered", num: offered ? 1 : 0, cite: v.profile.advocacy.citation });
    if (offered) emit({ id: "lac-advocacy-used", num: review.advocacy?.referredOn !== undefined ? 1 : 0, cite: v.profile.advocacy.citation });
  }
};

/** Looked-after review records held in the period (ISO dates compare as strings). */
export function reviewRecords(v: CaseView): LookedAfterReview[] {
  const out: LookedAfterReview[] = [];
  for (const r of v.caseFile.records) if (r.recordType === "looked-after-review" && inPeriod(r.reviewDate, v.period)) out.push(r);
  return out;
}

/** Items counted from a review (minutes, the child's letter): the review in the period, due by the as-of date. */
function afterReview(v: CaseView, kind: string, id: string, emit: Parameters<Contribute>[1]): void {
  for (const item of v.items(kind)) {
    if (!inPeriod(item.trigger.date, v.period) || item.status === "due") continue;
    emit({ id, num: item.status === "done-on-time" ? 1 : 0, cite: item.citation });
  }
}

const REVIEW_TIMESCALES = Object.keys(STEP_LABELS);

/**
 * The review items under the national floor: the case's own when its profile keeps reg 33's
 * timescales (every shipped profile does), else the timeline built under the england profile.
 */
function nationalReviews(v: CaseView, own: TimelineItem[]): TimelineItem[] {
  const england = loadProfile("england");
  if (keepsNational(v.profile, england)) return own;
  return timelineFor(v.caseFile, { profile: england, calendar: v.calendar, asOf: v.asOf }).items.filter((i) => i.kind === "lac-review");
}

function keepsNational(profile: ResolvedProfile, england: ResolvedProfile): boolean {
  return REVIEW_TIMESCALES.every((id) => {
    const a = profile.timescales[id];
    const b = england.timescales[id];
    return a !== undefined && b !== undefined && a.value === b.value && a.unit === b.unit;
  });
}
