import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-arrangements-consulted.js";

const arrangements = (consultedChild: boolean, basedOnNeeds: string) => {
  const r = lookedAfterReview();
  r.arrangements = { consultedChild, basedOnNeeds };
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "consulted, held after school at the foster home", record: lookedAfterReview() },
    { why: "consulted, held in two parts so the child need not meet a parent", record: arrangements(true, "Two meetings, as the child asked.") },
  ],
  invalid: [
    { why: "the child was not consulted", record: arrangements(false, "Held at the office."), errors: [{ messageId: "notConsulted", path: "/arrangements/consultedChild" }] },
    { why: "how the arrangements met the child's needs is only spaces", record: arrangements(true, " "), errors: [{ messageId: "noNeeds", path: "/arrangements/basedOnNeeds" }] },
  ],
});
