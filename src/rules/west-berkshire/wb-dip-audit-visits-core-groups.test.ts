import { testRule } from "../test-rule.js";
import { cpCaseFile, escalation } from "../../../test/fixtures/records.js";
import type { CaseFile } from "../../types/index.js";
import rule from "./wb-dip-audit-visits-core-groups.js";

// Initial conference Monday 14 December 2026. First core group within 10 working days, worked by
// hand: 15–18 Dec (1–4), 21–24 Dec (5–8), 25 and 28 Dec bank holidays, 29 Dec (9), 30 Dec (10).
// So a first core group on 30 December 2026 is on time and on 31 December is late; with none, it is
// overdue from 31 December. Knowsley's profile adds visits every 4 weeks: 14 December 2026 + 4 weeks
// = 11 January 2027.
type Event = CaseFile["events"][number];
const file = (opts: { coreGroup?: string | null; dip?: string; escalated?: string; visits?: string[]; more?: Partial<Event>[] } = {}) => {
  const cf = cpCaseFile();
  cf.authority = "west-berkshire";
  cf.events = cf.events.filter((e) => e.type !== "core-group");
  if (opts.coreGroup !== null) cf.events.push({ id: "CG1", type: "core-group", date: opts.coreGroup ?? "2026-12-22" });
  if (opts.dip) cf.events.push({ id: "DA1", type: "dip-audit", date: opts.dip });
  (opts.visits ?? []).forEach((date, i) => cf.events.push({ id: `V${i}`, type: "cp-visit", date }));
  if (opts.escalated) {
    const e = escalation();
    e.childStatus = "child-protection";
    e.events[0]!.date = opts.escalated;
    cf.records.push(e);
  }
  return cf;
};

testRule(rule, {
  profile: "west-berkshire",
  valid: [
    { why: "the fixture: first core group on 22 December 2026", record: file(), asOf: "2027-01-10" },
    { why: "first core group on 30 December 2026, day 10", record: file({ coreGroup: "2026-12-30" }), asOf: "2027-01-10" },
    { why: "no core group yet, and today is 30 December 2026, the due day", record: file({ coreGroup: null }), asOf: "2026-12-30" },
    {
      why: "first core group late on 31 December, with a dip audit that day and an escalation on 4 January",
      record: file({ coreGroup: "2026-12-31", dip: "2026-12-31", escalated: "2027-01-04" }),
      asOf: "2027-01-10",
    },
    {
      why: "Knowsley profile: a visit on 11 January 2027 (4 weeks) and core groups every 28 days",
      profile: "knowsley",
      record: (() => {
        const cf = file({ visits: ["2027-01-11"] });
        cf.events.push({ id: "CG2", type: "core-group", date: "2027-01-19" });
        return cf;
      })(),
      asOf: "2027-01-20",
    },
  ],
  invalid: [
    {
      why: "first core group on 31 December 2026, day 11; no dip audit, no escalation",
      record: file({ coreGroup: "2026-12-31" }),
      asOf: "2027-01-10",
      errors: [{ messageId: "neither", path: "/events" }],
    },
    {
      why: "no core group and today is 31 December 2026",
      record: file({ coreGroup: null }),
      asOf: "2026-12-31",
      errors: [{ messageId: "neither", path: "/events" }],
    },
    {
      why: "late first core group with a dip audit but no escalation",
      record: file({ coreGroup: "2026-12-31", dip: "2027-01-04" }),
      asOf: "2027-01-10",
      errors: [{ messageId: "notEscalated" }],
    },
    {
      why: "late first core group escalated, but the only dip audit (29 December) was before it was due",
      record: file({ coreGroup: "2026-12-31", dip: "2026-12-29", escalated: "2027-01-04" }),
      asOf: "2027-01-10",
      errors: [{ messageId: "noDipAudit" }],
    },
    {
      why: "Knowsley profile: a visit on 12 January 2027, a day past 4 weeks",
      profile: "knowsley",
      record: file({ visits: ["2027-01-12"] }),
      asOf: "2027-01-15",
      errors: [{ messageId: "neither", path: "/events" }],
    },
  ],
});
