/**
 * Every timescale has exactly one owner; reporting follows ownership, never citation strings.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ProfileError } from "../errors.js";
import { loadProfile } from "../profiles/load-profile.js";
import { BUILT_IN_PROFILES } from "../profiles/load-profile.js";
import { lookedAfterFrom } from "../../test/fixtures/timeline.js";
import { timescaleOwners } from "./ownership.js";
import { enabledRulesChecked, rulesFor, validateRecord } from "./run-rules.js";

function userProfile(body: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "reviewkit-owner-"));
  const file = join(dir, `${String(body["id"])}.json`);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

describe("timescale ownership", () => {
  it.each(BUILT_IN_PROFILES)("%s: every timescale and frequency has exactly one enabled owner", (id) => {
    const profile = loadProfile(id);
    const { owners, problems } = timescaleOwners(profile, rulesFor(profile));
    expect(problems).toEqual([]);
    expect([...owners.keys()].sort()).toEqual([...Object.keys(profile.timescales), ...Object.keys(profile.frequencies)].sort());
  });

  it("gloucestershire's QAPR frequencies are owned by gl-qapr-child-protection", () => {
    const profile = loadProfile("gloucestershire");
    const owners = timescaleOwners(profile, rulesFor(profile)).owners;
    expect([owners.get("qapr-cp-first-year"), owners.get("qapr-cp-later-years")]).toEqual(["gl-qapr-child-protection", "gl-qapr-child-protection"]);
  });

  it("an authority rule takes a national timescale over with `overrides`", () => {
    const owner = (p: string, t: string) => timescaleOwners(loadProfile(p), rulesFor(loadProfile(p))).owners.get(t);
    expect(owner("england", "care-plan")).toBe("care-and-placement-plans-on-time");
    expect(owner("knowsley", "care-plan")).toBe("care-plan-on-time");
    expect(owner("leicestershire", "escalation-stage-response")).toBe("lei-formal-stage-response");
    expect(owner("gloucestershire", "escalation-total")).toBe("gl-formal-total");
    expect(owner("england", "escalation-total")).toBe("dispute-resolved-in-time");
  });

  it("a user profile re-citing lac-first-review keeps the late first review in `validate`", () => {
    // Same 20 working days, cited to the authority's own standard: the citation changes the
    // finding's source, never whether it is reported.
    const file = userProfile({
      id: "recited-first-review",
      name: "Re-cited",
      extends: "england",
      description: "Re-cites the first review to a local standard.",
      timescales: {
        "lac-first-review": {
          value: 20,
          unit: "working_days",
          description: "First review, from the day the child became looked after.",
          citation: { document: "local-standards", paragraph: "Standard 4", requirement: "LOCAL-4" },
        },
      },
      overrides: [{ path: "timescales/lac-first-review", reason: "Our own standard restates it." }],
    });
    const profile = loadProfile(file);
    // Looked after from Tue 15 Dec 2026: first review due Fri 15 Jan 2027; none held by 18 Jan.
    const { findings } = validateRecord(lookedAfterFrom("2026-12-15"), { profile, asOf: "2027-01-18" });
    const late = findings.filter((f) => f.timescale === "lac-first-review");
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ ruleId: "looked-after-reviews-on-time", messageId: "overdue", due: "2027-01-15", requirement: "LOCAL-4" });
  });

  it("refuses a profile that switches off a timescale's only owner, in one line naming it", () => {
    const file = userProfile({
      id: "no-review-rule",
      name: "No review rule",
      extends: "england",
      description: "Switches the review timing rule off.",
      rules: { disabled: [{ id: "looked-after-reviews-on-time", reason: "Trying it." }] },
    });
    expect(() => enabledRulesChecked(loadProfile(file))).toThrow(ProfileError);
    expect(() => enabledRulesChecked(loadProfile(file))).toThrow(/^timescale "lac-first-review" has no enabled rule that owns it/);
  });

  it("refuses a profile where two enabled rules take one timescale over", () => {
    const file = userProfile({
      id: "two-owners",
      name: "Two owners",
      extends: "leicestershire",
      description: "Also runs Gloucestershire's rules.",
      rules: { enabled: ["gloucestershire"] },
    });
    expect(() => enabledRulesChecked(loadProfile(file))).toThrow(/^timescale "escalation-stage-response" is taken over by more than one enabled rule \(gl-level-response, lei-formal-stage-response\)/);
  });
});
