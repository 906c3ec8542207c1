/**
 * Trigger events in words, for messages and tables ("20 working days from the child becoming looked
 * after"). Our own wording only: never record content.
 */

/**
 * Each trigger event name as it reads after "from".
 * @example TRIGGER_LABELS["placement-start"] // "the start of the placement"
 */
export const TRIGGER_LABELS: Readonly<Record<string, string>> = {
  "became-looked-after": "the child becoming looked after",
  "placement-start": "the start of the placement",
  "16th-birthday": "the 16th birthday",
  "advocacy-age": "the child reaching the advocacy referral age",
  "looked-after-review": "the looked-after review",
  "significant-change": "the decision after a significant change",
  "strategy-discussion-decision": "the decision to hold a strategy discussion",
  "strategy-discussion": "the strategy discussion",
  "initial-conference": "the initial conference",
  "review-conference": "the review conference",
  "cp-plan-start": "the start of the child protection plan",
  "cp-plan-12-months": "the child reaching 12 months on the plan",
  "core-group": "the core group meeting",
  "cin-start": "the need for a child in need plan becoming apparent",
  "cin-meeting": "the child in need meeting",
  "health-assessment": "the last health assessment",
  pep: "the last PEP",
  supervision: "the supervision session",
  "case-note": "the event the note records",
  "regulation-24-placement": "the start of the regulation 24 placement",
  // Items due before a meeting count back from it (src/timeline/kinds/before-meetings.ts).
  "scheduled-looked-after-review": "the next looked-after review, as scheduled",
  "scheduled-review-conference": "the next review conference, as scheduled",
  "cp-conference": "the child protection conference",
  "exclusion-risk": "the child being identified as at risk of exclusion",
  "escalation-stage": "the escalation reaching the stage",
  "escalation-formal": "the first formal step of the escalation",
  "escalation-resolved": "the escalation being resolved",
};

/**
 * The words for a trigger event; an unlisted one (an event type) reads as its name with spaces.
 * @example triggerLabel("cp-visit") // "the cp visit"
 */
export function triggerLabel(event: string): string {
  return TRIGGER_LABELS[event] ?? `the ${event.replace(/-/g, " ")}`;
}

/**
 * "1st", "2nd", "3rd", "4th" … for review numbers in titles.
 * @example ordinal(2) // "2nd"
 */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}
