/**
 * Bad command lines and bad policy files: profiles, bank holidays, --as-of, --format, unknown
 * commands and options, and check-language's inputs. Same promises as every bad-input case.
 */
import { describe } from "vitest";
import { badInputCases, MARKER, type BadCase } from "./harness.js";

const REVIEW = "{dir}/valid-review.json";
const withReview = (...args: string[]): Pick<BadCase, "data" | "args"> => ({ data: ["valid-review.json"], args: ["validate", REVIEW, ...args] });

const cases: BadCase[] = [
  // --- profiles
  { name: "a profile file that extends an unknown profile", ...withReview("--profile", "{dir}/profile-unknown-parent.json"), data: ["valid-review.json", "profile-unknown-parent.json"], exit: 2, stderr: 'no built-in profile or file called "narnia"' },
  { name: "a profile that silently shadows a parent timescale is refused", ...withReview("--profile", "{dir}/profile-shadows-parent.json"), data: ["valid-review.json", "profile-shadows-parent.json"], exit: 2, stderr: /timescales\/lac-minutes.*already set by.*knowsley.*overrides/ },
  { name: "a profile that does not match the profile schema", ...withReview("--profile", "{dir}/profile-invalid.json"), data: ["valid-review.json", "profile-invalid.json"], exit: 2, stderr: "{dir}/profile-invalid.json" },
  {
    name: "profiles that try to extend each other by path (a loop) are refused: extends names a profile id",
    make: (dir) => ({
      "a.json": JSON.stringify({ id: "a", name: "A", extends: `${dir}/b.json`, description: "a" }),
      "b.json": JSON.stringify({ id: "b", name: "B", extends: `${dir}/a.json`, description: "b" }),
    }),
    data: ["valid-review.json"],
    args: ["validate", REVIEW, "--profile", "{dir}/a.json"],
    exit: 2,
    stderr: /a\.json: \/extends: "Extends" must be/,
  },
  { name: "a profile file that is not JSON", make: () => ({ "p.json": `{ "id": "x", "name": "${MARKER}"` }), data: ["valid-review.json"], args: ["validate", REVIEW, "--profile", "{dir}/p.json"], exit: 2, stderr: "not valid JSON" },
  { name: "an unknown built-in profile name", ...withReview("--profile", "narnia"), exit: 2, stderr: 'no built-in profile or file called "narnia"' },

  // --- bank holidays
  { name: "a --holidays file not in GOV.UK's format", ...withReview("--holidays", "{dir}/holidays-bad.json"), data: ["valid-review.json", "holidays-bad.json"], exit: 2, stderr: /holidays-bad\.json: .*events.* not a list/ },
  { name: "a --holidays file that is not JSON", ...withReview("--holidays", "{dir}/holidays-not-json.json"), data: ["valid-review.json", "holidays-not-json.json"], exit: 2, stderr: "{dir}/holidays-not-json.json" },
  { name: "a --holidays file that does not exist", ...withReview("--holidays", "{dir}/nope.json"), exit: 2, stderr: "{dir}/nope.json" },
  { name: "a --holidays record by mistake (a review, not holidays): keys named, values not", ...withReview("--holidays", REVIEW), exit: 2, stderr: "england-and-wales" },

  // --- dates and formats on the command line
  { name: "--as-of 2026-13-01 (no 13th month)", ...withReview("--as-of", "2026-13-01"), exit: 2, stderr: "--as-of" },
  { name: "--as-of 2026-02-30", ...withReview("--as-of", "2026-02-30"), exit: 2, stderr: "--as-of" },
  { name: "--as-of in words", ...withReview("--as-of", "tomorrow"), exit: 2, stderr: "--as-of" },
  { name: "--as-of with a time zone", ...withReview("--as-of", "2026-12-30T10:00Z"), exit: 2, stderr: "--as-of" },
  { name: "an unknown --format", ...withReview("--format", "xml"), exit: 2, stderr: /reviewkit: .*format.*xml/i },
  { name: "an unknown option", ...withReview("--frobnicate"), exit: 2, stderr: /reviewkit: .*frobnicate/i },
  { name: "an unknown command", args: ["frobnicate", "x.json"], exit: 2, stderr: /reviewkit: .*frobnicate/i },
  { name: "no command at all", args: [], exit: 2, stderr: "reviewkit:" },
  { name: "validate with nothing to validate", args: ["validate"], exit: 2, stderr: "reviewkit:" },

  // --- check-language
  { name: "check-language: a missing file", args: ["check-language", "{dir}/letter.txt"], exit: 2, stderr: "{dir}/letter.txt: no such file" },
  { name: "check-language: a binary file", data: ["binary.json"], args: ["check-language", "{dir}/binary.json"], exit: 2, stderr: "{dir}/binary.json" },
  { name: "check-language: truncated JSON", data: ["truncated.json"], args: ["check-language", "{dir}/truncated.json"], exit: 2, stderr: /truncated\.json: line \d+ column \d+: not valid JSON/ },
  { name: "check-language: a JSON array", data: ["array.json"], args: ["check-language", "{dir}/array.json"], exit: 2, stderr: "{dir}/array.json" },
  { name: "check-language: 10,000 levels of nesting", make: () => ({ "deep.json": `${"[".repeat(10_000)}"${MARKER}"${"]".repeat(10_000)}` }), args: ["check-language", "{dir}/deep.json"], exit: 2, stderr: "{dir}/deep.json" },
  { name: "check-language: an unknown --audience", make: () => ({ "letter.txt": `Dear ${MARKER}, we met today.` }), args: ["check-language", "{dir}/letter.txt", "--audience", "alien"], exit: 2, stderr: /reviewkit: .*audience/i },
  { name: "check-language: an empty file", data: ["empty.json"], args: ["check-language", "{dir}/empty.json"], exit: 2, stderr: "{dir}/empty.json: the file is empty" },
];

describe("options, profiles, holidays and check-language: bad input", () => badInputCases(cases));
