/**
 * Every figure section in report order, made fresh for each tally (the caseload section remembers
 * the profiles' expected range).
 */
import type { CaseView, Contribute } from "./case-view.js";
import { caseloadSection } from "./figures/caseload.js";
import { CHILD_PROTECTION_FIGURES, contributeChildProtection } from "./figures/child-protection.js";
import { contributeDecisions, DECISION_FIGURES } from "./figures/decisions.js";
import { contributeEscalations, ESCALATION_FIGURES } from "./figures/escalations.js";
import { contributeLookedAfter, LOOKED_AFTER_FIGURES } from "./figures/looked-after.js";
import { contributeThemes, THEME_FIGURES } from "./figures/themes.js";
import { Tally, type FigureDef } from "./tally.js";
import type { Figure } from "./types.js";

/**
 * A tally of every section's figures over the case files given to it.
 * @example const t = new FigureTally(); t.add(view); t.figures()
 */
export class FigureTally {
  private readonly contributors: Contribute[];
  private readonly tally: Tally;
  /** Case files added. */
  caseFiles = 0;

  constructor() {
    const caseload = caseloadSection();
    const defs: FigureDef[] = [...LOOKED_AFTER_FIGURES, ...CHILD_PROTECTION_FIGURES, ...ESCALATION_FIGURES, ...DECISION_FIGURES, ...caseload.defs, ...THEME_FIGURES];
    this.contributors = [contributeLookedAfter, contributeChildProtection, contributeEscalations, contributeDecisions, caseload.contribute, contributeThemes];
    this.tally = new Tally(defs);
  }

  /** Adds one case file. @example tally.add(view) */
  add(view: CaseView): void {
    this.caseFiles++;
    const emit = this.tally.add.bind(this.tally);
    for (const c of this.contributors) c(view, emit);
  }

  /** The figures so far. @example tally.figures().find((f) => f.id === "lac-reviews-held") */
  figures(): Figure[] {
    return this.tally.figures();
  }
}
