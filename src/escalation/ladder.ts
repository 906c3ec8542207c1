/**
 * The escalation ladder a profile sets for a child's status, and the small lookups every part of
 * the state machine shares: the step for a stage, the order of stages, and role matching.
 * IRO Handbook 2010 para 6.2; Leicestershire Formal Escalation (LEI-FE); Gloucestershire PRP (GL-4.2).
 */
import type { ChildStatus, FormalStage, Ladder, LadderStep, ResolvedProfile } from "../profiles/types.js";
import { FORMAL_STAGES } from "../profiles/types.js";
import { normaliseRole } from "../people/roles.js";

/** A stage an escalation can stand at: informal challenge, or formal stage (level) 1 to 4. */
export const ESCALATION_STAGES = ["informal", ...FORMAL_STAGES] as const;
export type EscalationStage = (typeof ESCALATION_STAGES)[number];

/** True for "informal", "formal-1" … "formal-4". @example isEscalationStage("formal-2") // true */
export function isEscalationStage(value: unknown): value is EscalationStage {
  return typeof value === "string" && (ESCALATION_STAGES as readonly string[]).includes(value);
}

/** True for a formal stage. @example isFormalStage("informal") // false */
export function isFormalStage(stage: string | undefined): stage is FormalStage {
  return stage !== undefined && (FORMAL_STAGES as readonly string[]).includes(stage);
}

/**
 * Position on the ladder: informal 0, formal-1 1 … formal-4 4. Comparing ranks says whether a move
 * goes up, skips stages or goes back.
 * @example stageRank("formal-3") // 3
 */
export function stageRank(stage: EscalationStage): number {
  return ESCALATION_STAGES.indexOf(stage);
}

/**
 * The profile's ladder for a child in care ("looked-after") or on a child protection plan.
 * @example ladderFor(loadProfile("gloucestershire"), "child-protection").stages[1].delegatedTo // "Group Manager"
 */
export function ladderFor(profile: ResolvedProfile, childStatus: ChildStatus): Ladder {
  const ladder = profile.escalation.ladders[childStatus];
  if (!ladder) throw new Error(`profile "${profile.id}" has no escalation ladder for ${childStatus}`);
  return ladder;
}

/**
 * The ladder's step for a stage (its name, the role it goes to, response time, who is told), or
 * undefined where the ladder has fewer formal stages than four.
 * @example stepFor(ladder, "formal-1")?.name // "Stage One – Team Manager" (Leicestershire)
 */
export function stepFor(ladder: Ladder, stage: EscalationStage): LadderStep | undefined {
  if (stage === "informal") return ladder.informal;
  return ladder.stages.find((s) => s.stage === stage);
}

/** The stage after this one on the ladder, or undefined at the top. @example nextStage(l, "informal") // "formal-1" */
export function nextStage(ladder: Ladder, stage: EscalationStage): EscalationStage | undefined {
  const rank = stageRank(stage);
  return ladder.stages
    .map((s) => s.stage as EscalationStage)
    .filter((s) => stageRank(s) > rank)
    .sort((a, b) => stageRank(a) - stageRank(b))[0];
}

/**
 * "Stage Two – Service Manager (formal-2)": the ladder's own name for the stage with its code.
 * @example stageLabel(ladder, "informal") // "Positive Challenge (informal)"
 */
export function stageLabel(ladder: Ladder, stage: EscalationStage): string {
  const step = stepFor(ladder, stage);
  return step ? `${step.name} (${stage})` : stage;
}

/**
 * Roles compare ignoring case, spaces and hyphens, as the schema says ("Team Manager" =
 * "team-manager" = "TEAM MANAGER"), by the same rule every other rule uses (helpers/roles.ts).
 * @example sameRole("Head of Service", "head-of-service") // true
 */
export function sameRole(a: string, b: string): boolean {
  return normaliseRole(a) === normaliseRole(b);
}

/**
 * The roles in `required` that no entry of `given` matches, in the ladder's order.
 * @example missingRoles(["Team Manager", "Social Worker"], [{ role: "team manager" }]) // ["Social Worker"]
 */
export function missingRoles(required: readonly string[], given: readonly { role: string }[] | undefined): string[] {
  return required.filter((role) => !(given ?? []).some((g) => sameRole(g.role, role)));
}

/** Roles listed once each, first spelling kept. @example uniqueRoles(["A", "a", "B"]) // ["A", "B"] */
export function uniqueRoles(roles: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of roles) if (!out.some((o) => sameRole(o, r))) out.push(r);
  return out;
}
