/**
 * Words for the records' coded values, as an IRO would write them in a letter or record. Kept as
 * data so a template shows "Formal stage 2" rather than "formal-2".
 */
const LABELS: Record<string, string> = {
  // attendance
  present: "Present",
  apologies: "Sent apologies",
  "did-not-attend": "Did not attend",
  // decision and action status
  open: "Open",
  done: "Done",
  dropped: "Dropped",
  "in-progress": "In progress",
  "not-done": "Not done",
  "not-started": "Not started",
  "not-applicable": "Not applicable",
  // placements and permanence
  "foster-care": "Foster care",
  kinship: "Kinship care",
  residential: "Residential care",
  "supported-accommodation": "Supported accommodation",
  "placed-with-parents": "Placed with parents",
  adoptive: "Adoptive placement",
  secure: "Secure accommodation",
  other: "Other",
  "return-home": "Return home",
  "long-term-fostering": "Long-term fostering",
  adoption: "Adoption",
  "special-guardianship": "Special guardianship",
  independence: "Independence",
  // legal status
  "s20-accommodated": "Accommodated under section 20",
  "interim-care-order": "Interim care order",
  "care-order": "Care order",
  "placement-order": "Placement order",
  remand: "Remand",
  // child protection
  neglect: "Neglect",
  "physical-abuse": "Physical abuse",
  "emotional-abuse": "Emotional abuse",
  "sexual-abuse": "Sexual abuse",
  initial: "Initial",
  review: "Review",
  "looked-after": "Looked after",
  "child-protection": "Child protection plan",
  // participation
  attended: "Attended",
  chaired: "Chaired their own review",
  "met-iro-before": "Met the IRO before the review",
  written: "Wrote down their views",
  advocate: "Spoke through an advocate",
  drawing: "Did a drawing",
  "views-via-social-worker": "Views brought by the social worker",
  "did-not-participate": "Did not take part",
  visit: "Visit",
  phone: "Phone call",
  video: "Video call",
  message: "Message",
  // escalation
  informal: "Informal",
  "formal-1": "Formal stage 1",
  "formal-2": "Formal stage 2",
  "formal-3": "Formal stage 3",
  "formal-4": "Formal stage 4",
  "raise-informal": "Raised informally",
  "raise-formal": "Raised formally",
  respond: "Response",
  escalate: "Escalated",
  resolve: "Resolved",
  "refer-cafcass": "Referred to Cafcass",
  "legal-advice": "Legal advice sought",
  "senior-meeting": "Senior managers' meeting",
  note: "Note",
  // QA
  iro: "IRO form (child in care)",
  cp: "CP Chair form (child on a plan)",
  yes: "Yes",
  partly: "Partly",
  no: "No",
  none: "No escalation",
  formal: "Formal escalation",
  // units
  working_days: "working days",
  calendar_days: "calendar days",
  weeks: "weeks",
  months: "months",
  hours: "hours",
};

/**
 * The words for a coded value; an unknown code reads as itself with hyphens as spaces.
 * @example label("formal-2") // "Formal stage 2"
 * @example label("foster-care") // "Foster care"
 */
export function label(code: string): string {
  return Object.hasOwn(LABELS, code) ? (LABELS[code] as string) : code.replace(/[-_]/g, " ");
}
