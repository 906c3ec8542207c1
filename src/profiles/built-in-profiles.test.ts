import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shippedPath } from "../paths.js";
import { BUILT_IN_PROFILES } from "./load-profile.js";
import { validateProfileData } from "./validate-profile.js";

// loadProfile does not check the shipped profiles against schemas/profile.schema.json at run time
// (compiling that schema is most of a cold start); this is where they are checked instead.
describe("built-in profile files", () => {
  for (const id of BUILT_IN_PROFILES) {
    it(`${id}.json matches the profile schema`, () => {
      const data: unknown = JSON.parse(readFileSync(shippedPath("profiles", `${id}.json`), "utf8").replace(/^\uFEFF/, ""));
      expect(() => validateProfileData(data, `${id}.json`)).not.toThrow();
    });
  }
});
