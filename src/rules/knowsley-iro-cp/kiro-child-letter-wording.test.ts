import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-child-letter-wording.js";

const withLetter = (change: (r: ReturnType<typeof lookedAfterReview>) => void) => {
  const r = lookedAfterReview();
  change(r);
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the letter's own fields are written to the child, and every decision has wording and a role", record: lookedAfterReview() },
    {
      why: "the child's copy is spoken: nothing is written for them (not applicable)",
      record: withLetter((r) => {
        r.childDecisionsLetter = { format: "spoken" };
        delete r.decisions[0]!.childFriendlyText;
      }),
    },
    {
      why: "no decisions were made, and the letter still says what the child told us",
      record: withLetter((r) => (r.decisions = [])),
    },
    {
      why: "ids sharing their first character, and wording that has it but no whole id (\"Dad\" beside D1 and D2)",
      record: withLetter((r) => {
        r.decisions[1]!.childFriendlyText = "Dad will come to see you every week.";
      }),
    },
  ],
  invalid: [
    {
      why: "no letter fields at all: a written letter is the default",
      record: withLetter((r) => delete r.childDecisionsLetter),
      errors: [
        { messageId: "noWhatYouToldUs", path: "/childDecisionsLetter/whatYouToldUs" },
        { messageId: "noHowWeUsedIt", path: "/childDecisionsLetter/howWeUsedIt" },
      ],
    },
    {
      why: "a decision with no child-facing wording, and one whose wording is only spaces",
      record: withLetter((r) => {
        delete r.decisions[0]!.childFriendlyText;
        r.decisions[1]!.childFriendlyText = "  ";
      }),
      errors: [
        { messageId: "noChildText", path: "/decisions/0/childFriendlyText" },
        { messageId: "noChildText", path: "/decisions/1/childFriendlyText" },
      ],
    },
    {
      why: "a decision id in the child's words (\"agreed (D2)\")",
      record: withLetter((r) => {
        r.decisions[1]!.childFriendlyText = "You will see Tobi every week (D2).";
        r.childDecisionsLetter!.howWeUsedIt = "Because you asked, we agreed D1.";
      }),
      errors: [
        { messageId: "idInText", path: "/decisions/1/childFriendlyText" },
        { messageId: "idInText", path: "/childDecisionsLetter/howWeUsedIt" },
      ],
    },
    {
      why: "ids that do not share a first character are each still found in the child's words",
      record: withLetter((r) => {
        r.decisions[0]!.id = "A-7";
        r.decisions[1]!.id = "Z9";
        r.decisions[1]!.childFriendlyText = "You told us about school (A-7), so we changed it.";
        r.childDecisionsLetter!.whatYouToldUs = "You said you wanted this: Z9.";
      }),
      errors: [
        { messageId: "idInText", path: "/decisions/1/childFriendlyText" },
        { messageId: "idInText", path: "/childDecisionsLetter/whatYouToldUs" },
      ],
    },
    {
      why: "the named person has no role, so the letter cannot say who they are",
      record: withLetter((r) => {
        r.decisions[0]!.owner = { name: "Łukasz Wróbel" };
      }),
      errors: [{ messageId: "noOwnerRole", path: "/decisions/0/owner/role" }],
    },
  ],
});
