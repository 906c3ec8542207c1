/**
 * Knowsley CP Chair Standard 3.2 (Engaging with Children and Families):
 *   "CP Chair to ensure that all agencies provide their information in a manner that reflects the
 *   family's strengths, areas of risks and impact and is in jargon free, plain language so parents
 *   understand."
 *
 * The chair's letter after the conference is how that information reaches the parents. Where one
 * parent is afraid of the other, one letter to both would hand her words, her safety plan and the
 * work done with her to the other parent (issue 10 point 4). So the record must let reviewkit make
 * each parent's letter safely:
 *  - Domestic abuse recorded (domesticAbuse) with no parents listed (parents): no letter can be made,
 *    because nobody says who each letter is for. An error: render holds the parents' letter back.
 *  - Two parents with the same id: their own letters would be filed under one name. An error.
 *  - A plan action marked for one parent (forParent) naming no parent of its conference: it goes in
 *    no letter. An error on the plan.
 *  - Something private to one parent (a safety plan, an action marked for them) where the letter is
 *    not split: it is left out of the joint letter, so that parent never gets it in writing. A
 *    warning: mark them seen separately, or give them a letter of their own (letter.own).
 * Whether a letter is split is the profile's `parentLetters.splitWhen` (src/records/parent-letters-split.ts).
 */
import { defineRule } from "../define-rule.js";
import { splitReason } from "../../records/parent-letters-split.js";
import type { CpConference } from "../../types/index.js";

export default defineRule({
  id: "kcp-parent-letters-safe",
  appliesTo: ["cp-conference", "cp-plan"],
  severity: "error",
  description: "The parents' letter can be made safely: with domestic abuse recorded the parents are listed, each with their own id, and what is private to one parent (a safety plan, an action for them) is for a parent who gets their own letter.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 3.2", requirement: "KCP-3.2" },
  messages: {
    noParents: "Domestic abuse is recorded, so each parent gets a letter of their own, holding only what they may see; list the parents in \"parents\" (id, name, relationship), or no parents' letter can be made safely.",
    sameId: "Two parents have the id \"{{id}}\"; each parent's own letter is filed under their id, so give each a different one.",
    unknownParent: "This action is marked for one parent (\"forParent\"), but its conference lists no parent with that id, so it would go in no letter; use the id of a parent in the conference's \"parents\".",
    privateInJoint: "{{what}} is private to one parent, but this conference's parents share one letter, so it is left out; mark the parent \"seenSeparately\", or set \"letter.own\", so they get a letter of their own.",
  },
  check(record, ctx) {
    if (record.recordType === "cp-conference") {
      const c = record;
      const parents = c.parents ?? [];
      if (c.domesticAbuse === true && parents.length === 0) ctx.report({ messageId: "noParents", path: "/parents" });
      // Plain loops, and a set of ids only where there are two parents or more to compare: every
      // conference and plan is checked, most with one or two parents and no action marked for one.
      if (parents.length > 1) {
        const seen = new Set<string>();
        for (let i = 0; i < parents.length; i++) {
          const p = parents[i]!;
          if (seen.has(p.id)) ctx.report({ messageId: "sameId", path: `/parents/${i}/id`, data: { id: p.id } });
          seen.add(p.id);
        }
      }
      if (splitReason(c, ctx.profile) === undefined) {
        for (let i = 0; i < parents.length; i++) {
          if (parents[i]!.letter?.safetyPlan !== undefined) ctx.report({ messageId: "privateInJoint", path: `/parents/${i}/letter/safetyPlan`, data: { what: "A safety plan" }, severity: "warning" });
        }
      }
      return;
    }
    const plan = record;
    const marked: { forParent: string; path: string }[] = [];
    for (let i = 0; i < plan.outcomes.length; i++) {
      const actions = plan.outcomes[i]!.actions;
      for (let j = 0; j < actions.length; j++) {
        const forParent = actions[j]!.forParent;
        if (forParent !== undefined) marked.push({ forParent, path: `/outcomes/${i}/actions/${j}/forParent` });
      }
    }
    if (marked.length === 0) {
      ctx.notApplicable("no action is marked for one parent");
      return;
    }
    // The plan's conference says who the parents are; a plan checked on its own, or one whose
    // conference is not in the case file (another rule's finding), cannot be checked here.
    const conference = ctx.caseFile?.records.find((r): r is CpConference => r.recordType === "cp-conference" && r.id === plan.conferenceId);
    if (conference === undefined) {
      ctx.notApplicable("the plan's conference is not in the case file");
      return;
    }
    for (const m of marked) {
      if (!(conference.parents ?? []).some((p) => p.id === m.forParent)) {
        ctx.report({ messageId: "unknownParent", path: m.path });
      } else if (splitReason(conference, ctx.profile) === undefined) {
        ctx.report({ messageId: "privateInJoint", path: m.path, data: { what: "This action" }, severity: "warning" });
      }
    }
  },
});
