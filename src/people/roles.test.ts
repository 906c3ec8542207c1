import { describe, expect, it } from "vitest";
import { normaliseRole, roleIsOneOf } from "./roles.js";

describe("roles", () => {
  it("ignore case, spaces, hyphens and full stops", () => {
    // why: the schemas promise roles are compared this way, so "I.R.O." and "iro" are one role.
    expect(normaliseRole("Head-of Service")).toBe("headofservice");
    expect(roleIsOneOf("I.R.O.", ["IRO"])).toBe(true);
    expect(roleIsOneOf("independent  reviewing-officer", ["Independent Reviewing Officer"])).toBe(true);
  });

  it("do not match a different role or a missing one", () => {
    // why: an IRO Service Manager is a manager, not the child's IRO.
    expect(roleIsOneOf("IRO Service Manager", ["IRO", "Independent Reviewing Officer"])).toBe(false);
    expect(roleIsOneOf(undefined, ["IRO"])).toBe(false);
  });
});
