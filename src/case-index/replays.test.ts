import { describe, expect, it } from "vitest";
import { escalation } from "../../test/fixtures/records.js";
import { createCalendar } from "../calendar/index.js";
import { replayEscalation } from "../escalation/replay.js";
import { loadProfile } from "../profiles/load-profile.js";
import { withCaseIndex } from "./active-index.js";
import { replayOnce } from "./replays.js";

describe("replayOnce", () => {
  const profile = loadProfile("leicestershire");
  const calendar = createCalendar({ onWarning: () => {} });

  it("gives what replayEscalation gives", () => {
    const e = escalation();
    expect(replayOnce(e, e, profile, calendar)).toEqual(replayEscalation(e, profile, calendar));
  });

  it("replays once per validation and per profile, afresh after it", () => {
    const e = escalation();
    withCaseIndex(e as never, () => {
      const first = replayOnce(e, e, profile, calendar);
      expect(replayOnce(e, e, profile, calendar)).toBe(first);
      expect(replayOnce(e, e, loadProfile("knowsley"), calendar)).not.toBe(first);
    });
    expect(replayOnce(e, e, profile, calendar)).not.toBe(replayOnce(e, e, profile, calendar));
  });
});
