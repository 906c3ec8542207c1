import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ProfileError, UsageError } from "../errors.js";
import { checkLanguageInput } from "./check-input.js";

const dir = mkdtempSync(join(tmpdir(), "reviewkit-check-input-"));
const letter = join(dir, "letter.txt");
writeFileSync(letter, "You will keep living with Sam and Jo. They love having you.");

describe("checkLanguageInput", () => {
  it("checks plain text for a child by default, with the england profile", () => {
    const { file, report } = checkLanguageInput(letter);
    expect(file).toBe(letter);
    expect(report.target).toMatchObject({ band: "child-under-8", age: null });
  });

  it("passes --audience, --age and --profile through", () => {
    expect(checkLanguageInput(letter, { age: 14 }).report.target.band).toBe("child-13-plus");
    expect(checkLanguageInput(letter, { audience: "parent", profile: "knowsley" }).report.target.band).toBe("parent");
  });

  it.each([-1, 26, 9.5, Number.NaN])("refuses age %s as a usage error: ages are whole years from 0 to 25", (age) => {
    expect(() => checkLanguageInput(letter, { age })).toThrow(UsageError);
  });

  it("reports an unknown profile as a ProfileError (exit 2 on the command line)", () => {
    expect(() => checkLanguageInput(letter, { profile: "atlantis" })).toThrow(ProfileError);
  });
});
