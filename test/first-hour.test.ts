/**
 * A new user's first hour (issue 14): from `reviewkit new looked-after-review --profile knowsley` to
 * a valid record and the child's letter, guided only by what the tool prints. The test plays the
 * person: each round it reads `validate`'s findings and types what each message asks for, choosing
 * the value from the kind of answer the message names (a date, true or false, one of a list, text)
 * and the field's title, as a person reading it would. It knows nothing of the schema or the rules:
 * a message that does not say what to write fails the test.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runCliInProcess } from "./helpers/run-cli.js";

const AS_OF = "2026-12-10";

interface JsonFinding {
  ruleId: string;
  severity: string;
  path: string;
  message: string;
}

/** What the person types for a date, by the field's title. */
const DATES: [RegExp, string][] = [
  [/date of birth/i, "2015-03-14"],
  [/placement start/i, "2026-06-01"],
  [/next review/i, "2027-06-10"],
  [/due date/i, "2027-02-26"],
  [/met separately/i, "2026-12-08"],
  [/referred/i, "2026-11-20"],
  [/./, AS_OF],
];

/** What the person types for text, by the field's title. */
const TEXTS: [RegExp, string][] = [
  [/child's name/i, "Amara Okafor"],
  [/parent's name/i, "Chinwe Okafor"],
  [/ID/, "KN-4417-R3"],
  [/^"Role"|^"role"/, "Social Worker"],
  [/^"Name" in "IRO"/, "Siân Llŷr"],
  [/name/i, "Łukasz Wróbel"],
  [/relationship/i, "Mother"],
  [/role/i, "Social Worker"],
  [/language/i, "English"],
  [/method/i, "Talking"],
  [/./, "Amara chose to hold the review after school at her foster home."],
];

/** What the person types for true or false, by the field's title: a parent who stayed away, else yes. */
const BOOLEANS: [RegExp, boolean][] = [
  [/attended the review/i, false],
  [/./, true],
];

function pick<T>(table: [RegExp, T][], title: string): T {
  const hit = table.find(([re]) => re.test(title));
  if (!hit) throw new Error(`no answer for ${title}`);
  return hit[1];
}

/** The value a message asks for, or undefined when it does not say what to write. */
function answer(message: string): { value: unknown; key?: string } | undefined {
  const title = message.match(/^"[^"]*"(?: in "[^"]*"(?: item \d+)?)*/)?.[0] ?? message;
  // A rule finding names the field to write: `Write "key": <what>.`, or says "write the date in key".
  const write = message.match(/Write "([^"]+)": (.*)\.$/);
  const what = write ? write[2]! : message;
  const key = write?.[1];
  const kind = (v: unknown) => (key === undefined ? { value: v } : { value: v, key });
  if (/^\{/.test(what)) return kind({}); // a group: the next round names its fields
  if (/one of:? /.test(what)) {
    const first = what.match(/one of:? "?([a-z0-9-]+)/i)?.[1];
    return first ? kind(first) : undefined;
  }
  if (/real date/.test(what) || /write the date in/.test(what)) return kind(pick(DATES, `${title} ${key ?? ""}`));
  if (/true or false/.test(what)) return kind(pick(BOOLEANS, title));
  if (/whole number/.test(what)) return kind(3);
  if (/must not be empty|^text$/.test(what)) return kind(pick(TEXTS, key === undefined ? title : `"${key}"`));
  return undefined;
}

function setAt(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = pointer.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: Record<string, unknown> = root;
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== "object" || node[k] === null) node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

describe("a new user's first hour", () => {
  it("goes from `reviewkit new` to a valid Knowsley review and its child's letter, guided by the messages alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-first-hour-"));
    // The person works in a folder of their own: `new` runs there (a process: $schema is written
    // relative to it); every later step names the file by its full path, and runs in this process.
    const made = runCli(["new", "looked-after-review", "--profile", "knowsley", "--as-of", AS_OF], { cwd: dir });
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    const record = JSON.parse(made.stdout) as Record<string, unknown>;
    expect(record.$schema).toMatch(/schemas\/looked-after-review\.schema\.json$/);
    expect(record.reviewDate).toBe(AS_OF);
    expect((record.iro as Record<string, unknown>).organisation).toBe("Knowsley Council");
    const file = join(dir, "review.json");
    writeFileSync(file, made.stdout);

    const rounds: number[] = [];
    for (let round = 0; ; round++) {
      const r = await runCliInProcess(["validate", file, "--profile", "knowsley", "--as-of", AS_OF, "--format", "json"]);
      const report = JSON.parse(r.stdout) as { files: { findings: JsonFinding[] }[] };
      const errors = report.files[0]!.findings.filter((f) => f.severity === "error");
      rounds.push(errors.length);
      // the standards' round points at the exact field to fill, not at the parent as a whole
      if (round === 1) expect(errors.map((e) => e.path)).toContain("/parents/0/metSeparatelyOn");
      if (errors.length === 0) {
        expect(r.status).toBe(0);
        break;
      }
      expect(round, `still ${errors.length} errors after ${round} rounds: ${rounds.join(" → ")}`).toBeLessThan(6);
      const current = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      for (const f of errors) {
        const a = answer(f.message);
        expect(a, `${f.path}: the message does not say what to write: ${f.message}`).toBeDefined();
        // "Write "key": …" names the field: the one in the finding's path, or the outermost missing on the way to it
        const segments = f.path.split("/");
        const at = a!.key === undefined ? f.path : segments.slice(0, segments.indexOf(a!.key) + 1).join("/");
        setAt(current, at, a!.value);
      }
      writeFileSync(file, JSON.stringify(current, null, 2));
    }
    // the schema's first round shows every field at once; the standards' rounds follow
    expect(rounds.length).toBeLessThanOrEqual(6);

    const out = join(dir, "out");
    const rendered = await runCliInProcess(["render", file, "--document", "child-letter", "--format", "html", "--out", out, "--profile", "knowsley"]);
    expect(rendered.stderr).toBe("");
    expect(rendered.status).toBe(0);
    const [letter] = readdirSync(out);
    expect(letter).toMatch(/child-letter\.html$/);
    const html = readFileSync(join(out, letter!), "utf8");
    expect(html).toContain("Amara");
    expect(html).toContain("Knowsley");
  });
});
