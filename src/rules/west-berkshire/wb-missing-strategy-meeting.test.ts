import { testRule } from "../test-rule.js";
import { caseFile } from "../../../test/fixtures/records.js";
import type { CaseFile } from "../../types/index.js";
import rule from "./wb-missing-strategy-meeting.js";

// Amara (in care since 1 June 2026) goes missing on Sunday 20 December 2026. Worked by hand with
// 5 calendar days: 20 December + 5 days = 25 December. Back on 25 December is 5 days (not over);
// back on 26 December is over 5 days. Still missing: not over on 25 December, over from 26 December.
type Event = CaseFile["events"][number];
const file = (episode: Partial<Event>, ...meetings: Partial<Event>[]) => {
  const cf = caseFile();
  cf.authority = "west-berkshire";
  cf.events = []; // only the events under test, so paths do not move when the fixture grows
  cf.events.push({ id: "M1", type: "missing-episode", date: "2026-12-20", ...episode });
  meetings.forEach((m, i) => cf.events.push({ id: `S${i}`, type: "missing-strategy-meeting", date: "2026-12-23", ...m }));
  return cf;
};
const iro = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };
const iroByName = { name: "Siân Llŷr" };
const policeChair = { name: "DS Rhys Morgan", role: "Police Sergeant" };

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "missing 20 to 25 December, exactly 5 days: no meeting needed", record: file({ endDate: "2026-12-25" }), asOf: "2027-01-10" },
    { why: "still missing on 25 December (5 days): not over yet", record: file({}), asOf: "2026-12-25" },
    { why: "missing 20 to 26 December, the IRO chaired a meeting on 23 December", record: file({ endDate: "2026-12-26" }, { chairedBy: iro }), asOf: "2027-01-10" },
    { why: "the chair is the child's IRO named in the case file, role not given", record: file({ endDate: "2026-12-30" }, { date: "2026-12-26", chairedBy: iroByName }), asOf: "2027-01-10" },
    { why: "a meeting on the day the child came back still counts", record: file({ endDate: "2026-12-28" }, { date: "2026-12-28", chairedBy: { name: "A N Other", role: "iro" } }), asOf: "2027-01-10" },
    { why: "the fixture case file has no missing episodes", record: caseFile() },
  ],
  invalid: [
    {
      why: "missing 20 to 26 December, over 5 days, no strategy meeting",
      record: file({ endDate: "2026-12-26" }),
      asOf: "2027-01-10",
      errors: [{ messageId: "noMeeting", path: "/events/0" }],
    },
    {
      why: "still missing on 26 December, over 5 days, no meeting yet",
      record: file({}),
      asOf: "2026-12-26",
      errors: [{ messageId: "noMeeting", path: "/events/0" }],
    },
    {
      why: "a meeting was held, but chaired by the police, not the IRO",
      record: file({ endDate: "2026-12-29" }, { chairedBy: policeChair }),
      asOf: "2027-01-10",
      errors: [{ messageId: "notChairedByIro", path: "/events/0" }],
    },
    {
      why: "a meeting with no chair recorded",
      record: file({ endDate: "2026-12-29" }, {}),
      asOf: "2027-01-10",
      errors: [{ messageId: "notChairedByIro", path: "/events/0" }],
    },
    {
      why: "the IRO's meeting was on 30 December, after the child came back on 29 December",
      record: file({ endDate: "2026-12-29" }, { date: "2026-12-30", chairedBy: iro }),
      asOf: "2027-01-10",
      errors: [{ messageId: "noMeeting", path: "/events/0" }],
    },
  ],
});
