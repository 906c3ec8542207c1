/**
 * render, escalate and deadlines given input they must refuse: templates that reach for a missing
 * field, the prototype, a helper that is not there or a web image; an output folder that cannot be
 * written; characters the PDF font cannot draw; an illegal step on the escalation ladder (the file
 * must stay byte for byte as it was). Same promises as every bad-input case.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect } from "vitest";
import { badInputCases, type BadCase } from "./harness.js";

const GPN = "{dir}/good-practice-note.json";
/** Renders the good-practice note with one of data/templates/<name>/ into {dir}/out (made empty first). */
const withTemplate = (name: string, format = "all"): Pick<BadCase, "data" | "args" | "mkdirs"> => ({
  data: ["good-practice-note.json", `templates/${name}`],
  mkdirs: ["out"],
  args: ["render", GPN, "--out", "{dir}/out", "--templates", `{dir}/templates/${name}`, "--format", format],
});
const TEMPLATE_LINE = /good-practice-note\.json: GPN-2026-12: .*templates\/[a-z-]+\/good-practice-note\.md: /;

const ESC = "{dir}/escalation.json";
const escalate = (...args: string[]): Pick<BadCase, "data" | "args"> => ({ data: ["escalation.json"], args: ["escalate", ESC, ...args, "--as-of", "2027-01-20"] });

const cases: BadCase[] = [
  // --- render: templates
  { name: "render: a template that names a missing field fails naming the field and line, writes nothing", ...withTemplate("missing-field"), exit: 2, stderr: /line 8: \{\{child\.nickname\}\} has no value in the record/ },
  { name: "render: {{constructor.constructor}} reaches nothing", ...withTemplate("constructor"), exit: 2, stderr: "{{constructor.constructor}} has no value in the record" },
  { name: "render: {{__proto__}} reaches nothing", ...withTemplate("proto"), exit: 2, stderr: "{{__proto__}} has no value in the record" },
  { name: 'render: {{lookup this "constructor"}} reaches nothing', ...withTemplate("lookup-constructor"), exit: 2, stderr: "has no value in the record" },
  { name: "render: nested lookups reach nothing", ...withTemplate("lookup-nested"), exit: 2, stderr: "has no value in the record" },
  {
    name: "render: a lookup of the prototype inside #with prints nothing from it",
    ...withTemplate("with-lookup", "html"),
    exit: 0,
    creates: ["out/GPN-2026-12.good-practice-note.html"],
    check: (_run, dir) => {
      const html = readFileSync(join(dir, "out", "GPN-2026-12.good-practice-note.html"), "utf8");
      expect(html).toContain("Nothing else.");
      expect(html).not.toMatch(/function|\[object|Object\b|native code/);
    },
  },
  { name: "render: triple-stash {{{ }}} (unescaped record text) is refused", ...withTemplate("triple-stash"), exit: 2, stderr: "{{{ }}} is not allowed" },
  { name: "render: a helper that is not allowed (log) is named, not a JavaScript error", ...withTemplate("log-helper"), exit: 2, stderr: /log/, absent: ["Cannot read properties", "undefined (reading"] },
  { name: "render: a template that is not valid Handlebars", ...withTemplate("not-handlebars"), exit: 2, stderr: TEMPLATE_LINE },
  { name: "render: a template with a web image is refused (nothing fetched)", ...withTemplate("image-url"), exit: 2, stderr: "templates may not show images" },
  { name: "render: a template with an HTML image is refused", ...withTemplate("html-image"), exit: 2, stderr: "templates may not contain HTML" },
  { name: "render: a --templates folder that does not exist", data: ["good-practice-note.json"], mkdirs: ["out"], args: ["render", GPN, "--out", "{dir}/out", "--templates", "{dir}/nope"], exit: 2, stderr: "{dir}/nope" },

  // --- render: inputs and outputs
  {
    name: "render: an output folder that cannot be written (its parent is a file) stops the run, nothing written",
    data: ["good-practice-note.json"],
    args: ["render", GPN, "--out", "{dir}/good-practice-note.json/out"],
    exit: 2,
    stderr: "{dir}/good-practice-note.json/out: cannot write to the output folder",
  },
  {
    name: "render: characters the PDF font cannot draw are named, and no PDF is left",
    data: ["undrawable-characters.json"],
    mkdirs: ["out"],
    args: ["render", "{dir}/undrawable-characters.json", "--out", "{dir}/out", "--format", "pdf"],
    exit: 2,
    stderr: /undrawable-characters\.json.*(漢|U\+6F22|🦄|U\+1F984)/u,
    check: (_run, dir) => expect(readdirSync(join(dir, "out"))).toEqual([]),
  },
  { name: "render: truncated JSON, nothing written", data: ["truncated.json"], mkdirs: ["out"], args: ["render", "{dir}/truncated.json", "--out", "{dir}/out"], exit: 2, stderr: /truncated\.json: line \d+ column \d+: not valid JSON/ },
  { name: "render: an unknown record type, nothing written", data: ["unknown-record-type.json"], mkdirs: ["out"], args: ["render", "{dir}/unknown-record-type.json", "--out", "{dir}/out"], exit: 2, stderr: "{dir}/unknown-record-type.json" },
  { name: "render: JSON null, nothing written", data: ["null.json"], mkdirs: ["out"], args: ["render", "{dir}/null.json", "--out", "{dir}/out"], exit: 2, stderr: "{dir}/null.json" },
  { name: "render: an unknown --format", data: ["good-practice-note.json"], args: ["render", GPN, "--out", "{dir}/out", "--format", "rtf"], exit: 2, stderr: /reviewkit: .*rtf/ },
  { name: "render: an unknown --document", data: ["good-practice-note.json"], args: ["render", GPN, "--out", "{dir}/out", "--document", "birthday-card"], exit: 2, stderr: "--document must be one of" },
  { name: "render: no --out", data: ["good-practice-note.json"], args: ["render", GPN], exit: 2, stderr: /reviewkit: .*out/ },

  // --- escalate: illegal moves leave the file as it was
  { name: "escalate: raising an escalation that is already raised; file untouched", ...escalate("raise", "--date", "2027-01-20"), exit: 2, stderr: "{dir}/escalation.json: This escalation was already raised" },
  { name: "escalate: a step dated before the last one; file untouched", ...escalate("respond", "--date", "2027-01-10", "--text", "Done"), exit: 2, stderr: "steps are added in date order" },
  { name: "escalate: escalating to the stage it is already at; file untouched", ...escalate("escalate", "--stage", "informal", "--date", "2027-01-19"), exit: 2, stderr: "escalating moves up the ladder" },
  { name: "escalate: resolving without saying how; file untouched", ...escalate("resolve", "--date", "2027-01-19"), exit: 2, stderr: "{dir}/escalation.json" },
  { name: "escalate: --date 2027-02-29; file untouched", ...escalate("respond", "--date", "2027-02-29", "--text", "Done"), exit: 2, stderr: "--date" },
  { name: "escalate: an unknown action", ...escalate("promote"), exit: 2, stderr: /reviewkit: .*promote/ },
  { name: "escalate: a review record, not an escalation; file untouched", data: ["valid-review.json"], args: ["escalate", "{dir}/valid-review.json", "raise", "--as-of", "2027-01-20"], exit: 2, stderr: "{dir}/valid-review.json: is a looked-after-review record, not an escalation" },
  { name: "escalate: truncated JSON; file untouched", data: ["truncated.json"], args: ["escalate", "{dir}/truncated.json", "status", "--as-of", "2027-01-20"], exit: 2, stderr: /truncated\.json: line \d+ column \d+/ },

  // --- deadlines
  { name: "deadlines: --within -3", data: ["valid-review.json"], args: ["deadlines", "{dir}/valid-review.json", "--within", "-3", "--as-of", "2026-12-30"], exit: 2, stderr: "--within" },
  { name: "deadlines: an unknown --format", data: ["valid-review.json"], args: ["deadlines", "{dir}/valid-review.json", "--format", "xml"], exit: 2, stderr: /reviewkit: .*xml/ },
  { name: "deadlines: truncated JSON", data: ["truncated.json"], args: ["deadlines", "{dir}/truncated.json", "--as-of", "2026-12-30"], exit: 2, stderr: /truncated\.json: line \d+ column \d+/ },
  { name: "deadlines: --as-of 2026-13-01", data: ["valid-review.json"], args: ["deadlines", "{dir}/valid-review.json", "--as-of", "2026-13-01"], exit: 2, stderr: "--as-of" },
  { name: "deadlines: a folder with no JSON", data: ["folder-without-json"], args: ["deadlines", "{dir}/folder-without-json", "--as-of", "2026-12-30"], exit: 2, stderr: "no .json files" },
];

describe("render, escalate and deadlines: bad input", () => badInputCases(cases));
