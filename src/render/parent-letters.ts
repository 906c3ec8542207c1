/**
 * Who gets a parents' letter, and what each letter holds (issue 10 point 4; KCP-3.2: information given
 * to parents in plain language; KIRO-4.1 and 4.3: parents involved, and met when they cannot come).
 *
 * After a child protection conference one joint letter goes to the parents, unless the record gives a
 * reason the profile's `parentLetters.splitWhen` names (domestic abuse, a parent seen separately, a
 * parent asking for their own): then every parent in `parents` gets their own letter. A parent's own
 * letter holds the sections the profile shares with every parent and what is theirs alone (their
 * words, their safety plan, plan actions marked for them); never the joint parents' views nor anything
 * private to another parent. A joint letter never holds a private section at all.
 *
 * After a looked-after review every parent who took part (attended, or was met separately) gets their
 * own letter with the review's decisions and their own words.
 */
import { formatLongDate } from "../calendar/index.js";
import type { ParentLetters, ResolvedProfile } from "../profiles/types.js";
import { splitReason } from "../records/parent-letters-split.js";
import type { CpConference, CpPlan, LookedAfterReview } from "../types/index.js";
import { explainForParent } from "./explain-jargon.js";
import { doerSentence, whoForParent } from "./letter-people.js";
import { RenderError } from "./render-error.js";

/** A parent as a letter sees them. @example { id: "mother", name: "Trần Thị Lan", relationship: "Mother" } */
export interface LetterParent {
  id: string;
  name: string;
  relationship: string;
  language?: string;
  whatYouToldUs?: string;
  safetyPlan?: string;
}

/**
 * The copies of the parents' letter a conference gives: each parent's id where letters are split,
 * else one joint letter (`[undefined]`); none where domestic abuse is recorded with no parents
 * listed (no letter can be made safely; kcp-parent-letters-safe names the field).
 * @example conferenceParentParts(nguyenIcpc, loadProfile("gloucestershire")) // ["lan", "hung"]
 */
export function conferenceParentParts(c: CpConference, profile: ResolvedProfile): (string | undefined)[] {
  if (splitReason(c, profile) === undefined) return [undefined];
  return (c.parents ?? []).map((p) => p.id);
}

/**
 * The id a looked-after review's parent's letter is filed under: their own id, else their place in
 * the list ("parent-2").
 * @example reviewParentId(review.parents[1], 1) // "parent-2"
 */
export function reviewParentId(p: LookedAfterReview["parents"][number], index: number): string {
  return p.id ?? `parent-${index + 1}`;
}

/**
 * The parents of a looked-after review who get a letter: those who took part, by attending or by
 * meeting the IRO separately (KIRO-4.3). A parent whose whereabouts are not known gets none.
 * @example reviewParentParts(review) // ["mother", "parent-2"]
 */
export function reviewParentParts(r: LookedAfterReview): string[] {
  return r.parents.flatMap((p, i) => (tookPart(p) ? [reviewParentId(p, i)] : []));
}

/** A review's parent took part: attended, or met the IRO separately (KIRO-4.3). */
function tookPart(p: LookedAfterReview["parents"][number]): boolean {
  return p.attended || p.metSeparatelyOn !== undefined;
}

/** Sections of a conference letter, each on or off, plus what fills them. */
export interface ConferenceParentLetter {
  /** A parent's own letter (split), not the joint one. */
  own: boolean;
  /** Who it is addressed to: the parents' names. */
  dear: string[];
  worries: boolean;
  workingWell: boolean;
  needsToHappen: boolean;
  /** The plan, outcome by outcome, each action with who (second person) and by when. */
  plan: { outcome: string; actions: { text: string; doer: string }[] }[];
  whatYouToldUs?: string;
  safetyPlan?: string;
  /** The language the letter is offered in. */
  language?: string;
  /** The day the letter was sent (the parent's letter.sentOn), else the conference day. */
  letterDate: string;
}

const PARENT_ROLE = /\b(mother|father|mum|dad|parent|step-?parent|carer|guardian|grand(mother|father|parent))\b/i;

/** Sections of a parent's own letter when the profile says nothing: private ones only to their parent, the rest shared. */
const DEFAULT_SECTIONS: ParentLetters["sections"] = {
  worries: "every-parent",
  workingWell: "every-parent",
  needsToHappen: "every-parent",
  plan: "every-parent",
  whatYouToldUs: "own-parent",
  safetyPlan: "own-parent",
};

/**
 * What one conference parents' letter holds: the joint letter (`parentId` undefined, where letters
 * are not split) or one parent's own.
 * @example conferenceParentLetter(c, plans, profile, "lan").safetyPlan // her safety plan, in no other letter
 */
export function conferenceParentLetter(c: CpConference, plans: readonly CpPlan[], profile: ResolvedProfile, parentId: string | undefined): ConferenceParentLetter {
  const parents: LetterParent[] = (c.parents ?? []).map((p) => ({
    id: p.id,
    name: p.name,
    relationship: p.relationship,
    ...(p.language === undefined ? {} : { language: p.language }),
    ...(p.letter?.whatYouToldUs === undefined ? {} : { whatYouToldUs: p.letter.whatYouToldUs }),
    ...(p.letter?.safetyPlan === undefined ? {} : { safetyPlan: p.letter.safetyPlan }),
  }));
  const interpreterLanguage = c.interpreter?.needed === true ? c.interpreter.language : undefined;
  const split = splitReason(c, profile) !== undefined;
  if (split) {
    if (parents.length === 0) {
      throw new RenderError("domestic abuse is recorded, so each parent gets their own letter: list them in parents (id, name, relationship)", undefined, "/parents");
    }
    const index = parentId === undefined ? 0 : parents.findIndex((p) => p.id === parentId);
    const parent = parents[index];
    if (parent === undefined) throw new RenderError("the conference has no parent with the id asked for", undefined, "/parents");
    const sections = profile.parentLetters?.sections ?? DEFAULT_SECTIONS;
    // An action marked for one parent goes to that parent only; the rest as the profile shares the plan.
    const plan = sections.plan === "left-out" ? [] : planFor(c, plans, parents, [parent.name], (a) => {
      if (a.forParent !== undefined) return a.forParent === parent.id;
      return sections.plan === "every-parent" || a.owner.name === parent.name;
    });
    const language = parent.language ?? interpreterLanguage;
    return {
      own: true,
      letterDate: c.parents?.[index]?.letter?.sentOn ?? c.conferenceDate.slice(0, 10),
      dear: [parent.name],
      worries: sections.worries === "every-parent",
      workingWell: sections.workingWell === "every-parent",
      needsToHappen: sections.needsToHappen === "every-parent",
      plan,
      ...(sections.whatYouToldUs === "own-parent" && parent.whatYouToldUs !== undefined ? { whatYouToldUs: parent.whatYouToldUs } : {}),
      ...(sections.safetyPlan === "own-parent" && parent.safetyPlan !== undefined ? { safetyPlan: parent.safetyPlan } : {}),
      ...(language === undefined ? {} : { language }),
    };
  }
  // One joint letter: to the listed parents, else to the parents in the attendance and those the
  // chair met. Nothing private to one parent goes in it.
  const names = parents.length > 0
    ? parents.map((p) => p.name)
    : [...new Set([...c.attendance.filter((a) => PARENT_ROLE.test(a.role)).map((a) => a.name), ...(c.chairMetParents?.parents ?? [])])];
  const languages = [...new Set(parents.map((p) => p.language).filter((l): l is string => l !== undefined))];
  const language = interpreterLanguage ?? (languages.length === 1 ? languages[0] : undefined);
  return {
    own: false,
    letterDate: c.conferenceDate.slice(0, 10),
    dear: names,
    worries: true,
    workingWell: true,
    needsToHappen: true,
    plan: planFor(c, plans, parents, names, (a) => a.forParent === undefined),
    whatYouToldUs: c.jointLetter?.whatYouToldUs ?? c.parentsViews,
    ...(language === undefined ? {} : { language }),
  };
}

type PlanAction = CpPlan["outcomes"][number]["actions"][number];

function planFor(c: CpConference, plans: readonly CpPlan[], parents: readonly LetterParent[], you: readonly string[], keep: (a: PlanAction) => boolean): ConferenceParentLetter["plan"] {
  const out: ConferenceParentLetter["plan"] = [];
  for (const plan of plans) {
    for (const o of plan.outcomes) {
      const actions = o.actions.filter(keep).map((a) => ({
        text: explainForParent(a.text),
        doer: doerSentence(whoForParent(a.owner, { writer: c.chair, you, parents }), formatLongDate(a.dueDate)),
      }));
      if (actions.length > 0) out.push({ outcome: explainForParent(o.outcome), actions });
    }
  }
  return out;
}

/** What a looked-after review's letter to one parent holds. */
export interface ReviewParentLetter {
  parent: LetterParent;
  /** The day the IRO met them separately, where they did not attend. */
  metSeparatelyOn?: string;
  decisions: { text: string; doer: string }[];
  whatYouToldUs?: string;
  language?: string;
  letterDate: string;
}

/**
 * What a looked-after review's letter to one parent holds: every decision of the review in plain
 * words with who (by role and name, "you" and "I" where it is them or the IRO) and by when, and their
 * own words; never another parent's.
 * @example reviewParentLetter(review, "parent-1").decisions[0].doer // "Sofia's social worker, Priya, will do this by 9 January 2027."
 */
export function reviewParentLetter(r: LookedAfterReview, parentId: string | undefined, childName: string): ReviewParentLetter {
  const ids = r.parents.map(reviewParentId);
  const index = parentId === undefined ? r.parents.findIndex(tookPart) : ids.indexOf(parentId);
  const p = r.parents[index];
  if (p === undefined) throw new RenderError("the review has no parent who took part with the id asked for", undefined, "/parents");
  const parent: LetterParent = { id: ids[index]!, name: p.name, relationship: p.relationship };
  const parents = r.parents.map((q) => ({ name: q.name, relationship: q.relationship }));
  const language = p.language ?? (r.interpreter?.needed === true ? r.interpreter.language : undefined);
  return {
    parent,
    ...(p.attended || p.metSeparatelyOn === undefined ? {} : { metSeparatelyOn: p.metSeparatelyOn }),
    decisions: r.decisions.map((d) => ({
      text: d.parentText ?? explainForParent(d.text),
      doer: doerSentence(whoForParent(d.owner, { writer: r.iro, you: [p.name], parents, childName }), formatLongDate(d.dueDate)),
    })),
    ...(p.letter?.whatYouToldUs === undefined ? {} : { whatYouToldUs: p.letter.whatYouToldUs }),
    ...(language === undefined ? {} : { language }),
    letterDate: p.letter?.sentOn ?? r.reviewDate,
  };
}
