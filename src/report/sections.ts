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
import { Tally, type Contribution, type FigureDef } from "./tally.js";
import type { ResolvedProfile } from "../profiles/types.js";
import type { Figure } from "./types.js";

/**
 * A tally of every section's figures over the case files given to it.
 * @example const t = new FigureTally(); t.add(view); t.figures()
 */
export class FigureTally {
  private readonly caseload = caseloadSection();
  private readonly tally: Tally;
  /** Case files added. */
  caseFiles = 0;

  constructor() {
    const defs: FigureDef[] = [...LOOKED_AFTER_FIGURES, ...CHILD_PROTECTION_FIGURES, ...ESCALATION_FIGURES, ...DECISION_FIGURES, ...this.caseload.defs, ...THEME_FIGURES];
    this.tally = new Tally(defs);
  }

  /**
   * Adds one case file from its recorded contributions (recordContributions), made on this thread
   * or a worker's. `caseload` is the case file's profile's expected caseloads.
   * @example tally.addRecorded(view.profile.caseload, contributions)
   */
  addRecorded(caseload: ResolvedProfile["caseload"], contributions: readonly Contribution[]): void {
    this.caseFiles++;
    this.caseload.noteRanges(caseload);
    for (const c of contributions) this.tally.add(c);
  }

  /** The figures so far. @example tally.figures().find((f) => f.id === "lac-reviews-held") */
  figures(): Figure[] {
    return this.tally.figures();
  }
}

/** Every section's contributor, in report order. contribute() keeps no state (caseload.ts). */
const CONTRIBUTORS: readonly Contribute[] = [contributeLookedAfter, contributeChildProtection, contributeEscalations, contributeDecisions, caseloadSection().contribute, contributeThemes];

/**
 * One case file's contributions to every figure, in the order a tally adds them, pushed onto `into`
 * as they are made (so a section that fails part way leaves those before it recorded).
 * @example const cs: Contribution[] = []; recordContributions(view, cs); tally.addRecorded(view.profile.caseload, cs)
 */
export function recordContributions(view: CaseView, into: Contribution[]): void {
  const emit = (c: Contribution) => {
    into.push(c);
  };
  for (const c of CONTRIBUTORS) c(view, emit);
}
