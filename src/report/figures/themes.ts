/**
 * Themes: the period's escalations, good practice notes, concerns and QA grades by category or grade,
 * beside the previous period (Leicestershire's quarterly analysis of alerts, themes and learning).
 * The records carry categories and grades, not free tags, so those are the themes counted.
 */
import type { Citation } from "../../profiles/types.js";
import { raisedOn } from "../../rules/helpers/escalation-steps.js";
import type { Contribute } from "../case-view.js";
import { inPeriod } from "../period.js";
import type { FigureDef } from "../tally.js";
import { CATEGORIES, GRADES } from "./escalations.js";

const LEI_THEMES: Citation = { document: "001_184c5097ab010ef4.txt", paragraph: "Positive Challenge (quarterly analysis of alerts, themes and learning)", requirement: "LEI-Q" };
const theme = (id: string, title: string, what: string, labels: readonly string[]): FigureDef => ({
  id, section: "themes", unit: "count", labels, title, sources: [LEI_THEMES],
  definition: `${what} dated in the period, by ${labels === GRADES ? "grade" : "category"}, beside the same count for the previous period of the same length.`,
});

/** The themes section's figures. @example THEME_FIGURES.map((f) => f.id) */
export const THEME_FIGURES: readonly FigureDef[] = [
  theme("themes-escalations", "Escalation themes", "Escalations raised (first step)", CATEGORIES),
  theme("themes-concerns", "Concern themes", "Concern notes", CATEGORIES),
  theme("themes-good-practice", "Good practice themes", "Good practice notes", CATEGORIES),
  theme("themes-qapr", "QA grades", "QA progress reviews", GRADES),
];

/** Adds one case file's themes for the period and the one before. @example contributeThemes(view, emit) */
export const contributeThemes: Contribute = (v, emit) => {
  const count = (id: string, date: string, label: string) => {
    if (inPeriod(date, v.period)) emit({ id, label });
    else if (inPeriod(date, v.previous)) emit({ id, label, previous: true });
  };
  for (const r of v.caseFile.records) {
    if (r.recordType === "escalation") count("themes-escalations", raisedOn(r), r.category);
    else if (r.recordType === "concern-note") count("themes-concerns", r.date, r.category);
    else if (r.recordType === "good-practice-note") count("themes-good-practice", r.date, r.category);
    else if (r.recordType === "qa-progress-review") count("themes-qapr", r.date, r.grade);
  }
};
