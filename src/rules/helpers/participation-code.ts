/**
 * The national participation code of a looked-after review (DfE SSDA903 guide: PN0–PN7), read one
 * way for the rule that checks it and for `reviewkit report` that counts it.
 *
 * PN0 means "the child is under 4 on the day of the review" and nothing else, so a child's age
 * decides it. Otherwise the IRO's recorded code is used; where none is recorded, the older
 * `childParticipation.how` value gives a code only when it can mean exactly one:
 * - "chaired": the child was there and spoke for themselves (PN1);
 * - "did-not-participate": the child neither came nor had their views put (PN7).
 * "attended" (PN1, PN3 or PN4?), "advocate" (PN2 or PN5?), "written" and "met-iro-before" (PN6, or
 * did they also come?) could each be more than one code, so they are not guessed.
 */
import type { LookedAfterReview } from "../../types/index.js";
import { ageOn } from "../../people/age.js";

/** The codes, in order. @example PARTICIPATION_CODES[0] // "PN0" */
export const PARTICIPATION_CODES = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"] as const;
/** One of PARTICIPATION_CODES. @example const c: ParticipationCode = "PN6"; */
export type ParticipationCode = (typeof PARTICIPATION_CODES)[number];

/** Which `how` values name exactly one code (see the file header). @example UNAMBIGUOUS_HOW["chaired"] // "PN1" */
export const UNAMBIGUOUS_HOW: Readonly<Record<string, ParticipationCode>> = { chaired: "PN1", "did-not-participate": "PN7" };

/**
 * Where a review's code comes from: recorded by the IRO, implied by the child's age (PN0), mapped
 * from an unambiguous `how`, or unknown (the IRO must record it).
 * @example { code: "PN1", from: "recorded" }
 */
export type ParticipationReading =
  | { code: ParticipationCode; from: "recorded" | "age" | "mapped" }
  | { code: undefined; from: "unknown"; how: string | undefined };

/** True when the child is under 4 on the review's date: PN0 and only PN0 applies. @example underFour(review) // false */
export function underFour(review: Pick<LookedAfterReview, "child" | "reviewDate">): boolean {
  return ageOn(review.child.dateOfBirth, review.reviewDate) < 4;
}

/**
 * The review's participation code and where it came from. A recorded code wins, even a wrong one
 * (the rule reports a PN0 that does not match the child's age; the report counts what was recorded).
 * @example participationCode(review) // { code: "PN7", from: "mapped" }
 */
export function participationCode(review: LookedAfterReview): ParticipationReading {
  const recorded = review.childParticipation?.code;
  if (recorded !== undefined) return { code: recorded, from: "recorded" };
  if (underFour(review)) return { code: "PN0", from: "age" };
  const how = review.childParticipation?.how;
  const mapped = how === undefined ? undefined : UNAMBIGUOUS_HOW[how];
  return mapped ? { code: mapped, from: "mapped" } : { code: undefined, from: "unknown", how };
}
