import type { EscalationForm } from "../profiles/types.js";
import type { Escalation } from "../types/index.js";

/**
 * What an authority's own escalation form needs beyond the record: the steps grouped into the
 * levels (stages) the form has a part for, each with what was raised, the manager's response and how
 * the level ended. Gloucestershire's PRP form is delegated to a manager at each level, who responds
 * on the form; the IRO or CP Chair then completes the comments section, resolving or escalating
 * (GL-4.2 and the PRP flow chart). Leicestershire's Formal Escalation step is sent to the stage's
 * manager, who responds within 5 working days, and the chair records in the final section whether
 * they are satisfied (LEI-FE, stages one to four).
 */

type Event = Escalation["events"][number];

/** One row of the ladder as the template context has it (context.ts ladderRow). */
interface LadderRow {
  stage: string;
  name: string;
  delegatedTo: string;
  notify: string[];
  responseTime: string;
}

/**
 * One level of the form: the step that opened it, the responses, and the step that closed it. When
 * no response is recorded yet, `awaitingResponse` is true and the form leaves the response box empty
 * for the manager to fill in.
 * @example level.name // "Formal Level 1"
 */
export interface FormLevel {
  stage: string;
  name: string;
  delegatedToRole: string;
  responseTime: string;
  notify: string[];
  raised: Event;
  responses: Event[];
  awaitingResponse: boolean;
  /** The escalation or resolution that ended this level, with the next level's name when escalated. */
  closed?: Event & { nextName?: string };
  informal: boolean;
}

/**
 * The record's steps by level, in order. Steps that are not about a level (Cafcass, legal advice, a
 * senior managers' meeting, a note) are left to the form's own parts for them.
 * @example escalationLevels(record, doc.ladderSteps).map((l) => l.name) // ["Formal Level 1", "Formal Level 2"]
 */
export function escalationLevels(record: Escalation, ladder: readonly LadderRow[]): FormLevel[] {
  const levels: FormLevel[] = [];
  const rowFor = (stage: string | undefined) => ladder.find((r) => r.stage === stage);
  for (const ev of record.events) {
    const current = levels[levels.length - 1];
    if (ev.type === "raise-informal" || ev.type === "raise-formal" || ev.type === "escalate") {
      const row = rowFor(ev.stage ?? (ev.type === "raise-informal" ? "informal" : undefined));
      // Escalating, or going formal after an informal step, ends the level before it unresolved.
      if (current && !current.closed && ev.type !== "raise-informal") current.closed = { ...ev, ...(row ? { nextName: row.name } : {}) };
      levels.push({
        stage: row?.stage ?? ev.stage ?? "",
        name: row?.name ?? ev.stage ?? "",
        delegatedToRole: row?.delegatedTo ?? "",
        responseTime: row?.responseTime ?? "",
        notify: row?.notify ?? [],
        raised: ev,
        responses: [],
        awaitingResponse: true,
        informal: (row?.stage ?? ev.stage) === "informal",
      });
    } else if (ev.type === "respond" && current) {
      current.responses.push(ev);
      current.awaitingResponse = false;
    } else if (ev.type === "resolve" && current && !current.closed) {
      current.closed = ev;
    }
  }
  return levels;
}

/**
 * The template a profile's escalation form is written with: one per layout, so an authority's form
 * reads as its own.
 * @example escalationTemplate({ title: "Progress Resolution Pathway (PRP) form", layout: "progress-resolution-pathway", citation }) // "escalation-form-prp"
 */
export function escalationTemplate(form: EscalationForm | undefined): string {
  switch (form?.layout) {
    case "progress-resolution-pathway":
      return "escalation-form-prp";
    case "positive-challenge-formal-escalation":
      return "escalation-form-positive-challenge";
    default:
      return "escalation-form";
  }
}
