/**
 * Knowsley IRO Standard 1.11 (Working in a Child Centred Manner):
 *   "The IRO will ensure that the child receives a copy of all decisions in a child friendly format
 *   and fully explained to the child according to their age and understanding."
 *
 * The child's letter (templates/child-letter-*.md) is written to the child, as "you", from fields
 * the record holds for it; it never pastes in adult wording or speaks of the child as "she" or "he".
 * So where the child's copy is a written one (a letter, easy read or pictures; no format recorded
 * means a letter), the record must give: what the child told us and how we used it, both written to
 * the child (childDecisionsLetter.whatYouToldUs, .howWeUsedIt); each decision's child-facing wording
 * (childFriendlyText) without a decision id in it; and each decision's named person with their role,
 * so the letter can say "your social worker, Priya". Each gap is an error: `render` validates first,
 * so the letter is not made until the record is fixed (or --force). A spoken or video copy needs no
 * written wording (kiro-decisions-child-friendly asks for the wording there, as a warning).
 */
import { defineRule } from "../define-rule.js";

/** The formats the child's copy is written in; the letter template serves all three. */
const WRITTEN = new Set(["letter", "easy-read", "pictures"]);

export default defineRule({
  id: "kiro-child-letter-wording",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "A written child's letter has, written to the child as \"you\": what they told us, how we used it, every decision's child-facing wording with no decision id, and each decision's named person with their role.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.11", requirement: "KIRO-1.11" },
  messages: {
    noWhatYouToldUs: "The child's letter needs \"whatYouToldUs\" in \"childDecisionsLetter\": what the child told us, written to them as \"you\".",
    noHowWeUsedIt: "The child's letter needs \"howWeUsedIt\" in \"childDecisionsLetter\": how their views shaped the decisions, written to them as \"you\".",
    noChildText: "Decision {{decisionId}} needs \"childFriendlyText\": the decision in words for the child, written to them as \"you\"; every decision of the review goes in their letter.",
    idInText: "Decision {{decisionId}}'s \"childFriendlyText\" contains a decision id; a letter to the child never shows one.",
    noOwnerRole: "Decision {{decisionId}}'s named person needs a \"role\" in \"owner\", so the letter can tell the child who they are (for example \"your social worker\").",
  },
  check(review, ctx) {
    const format = review.childDecisionsLetter?.format ?? "letter";
    if (!WRITTEN.has(format)) {
      ctx.notApplicable("the child's copy is not written");
      return;
    }
    const letter = review.childDecisionsLetter;
    if (blank(letter?.whatYouToldUs)) ctx.report({ messageId: "noWhatYouToldUs", path: "/childDecisionsLetter/whatYouToldUs" });
    if (blank(letter?.howWeUsedIt)) ctx.report({ messageId: "noHowWeUsedIt", path: "/childDecisionsLetter/howWeUsedIt" });
    // Plain loops over the decisions, without a list of their ids or a closure per decision: every
    // looked-after review runs this, most with several decisions.
    const decisions = review.decisions;
    const lead = sharedLead(decisions);
    for (let i = 0; i < decisions.length; i++) {
      const d = decisions[i]!;
      const text = d.childFriendlyText;
      if (text === undefined || blank(text)) {
        ctx.report({ messageId: "noChildText", path: `/decisions/${i}/childFriendlyText`, data: { decisionId: d.id } });
      } else if (firstIdIn(text, decisions, lead) !== undefined) {
        ctx.report({ messageId: "idInText", path: `/decisions/${i}/childFriendlyText`, data: { decisionId: d.id } });
      }
      if (blank(d.owner.role)) ctx.report({ messageId: "noOwnerRole", path: `/decisions/${i}/owner/role`, data: { decisionId: d.id } });
    }
    for (const field of LETTER_TEXTS) {
      const t = letter?.[field];
      const id = t === undefined ? undefined : firstIdIn(t, decisions, lead);
      if (id !== undefined) ctx.report({ messageId: "idInText", path: `/childDecisionsLetter/${field}`, data: { decisionId: id } });
    }
  },
});

/** The letter's own texts, in the order they are checked for decision ids. */
const LETTER_TEXTS = ["whatYouToldUs", "howWeUsedIt"] as const;

/** Whether a text is missing or only white space. */
function blank(s: string | undefined): boolean {
  return s === undefined || s.trim() === "";
}

/**
 * The first character every decision id starts with ("D" of "D1" to "D12"), or undefined when they
 * do not all start alike (or one is empty): a text without it contains none of the ids.
 */
function sharedLead(decisions: readonly { id: string }[]): string | undefined {
  if (decisions.length === 0 || decisions[0]!.id.length === 0) return undefined;
  const lead = decisions[0]!.id[0]!;
  for (let i = 1; i < decisions.length; i++) if (!decisions[i]!.id.startsWith(lead)) return undefined;
  return lead;
}

/**
 * The first decision (in the review's order) whose id the text contains, if any. A text without the
 * ids' shared first character is answered with one search rather than one per decision (each
 * review's decisions are checked against each other's ids: a dozen decisions, 150 searches).
 */
function firstIdIn(text: string, decisions: readonly { id: string }[], lead: string | undefined): string | undefined {
  if (lead !== undefined && !text.includes(lead)) return undefined;
  for (let i = 0; i < decisions.length; i++) if (text.includes(decisions[i]!.id)) return decisions[i]!.id;
  return undefined;
}
