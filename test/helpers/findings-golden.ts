/**
 * The byte-identical findings comparison (issue 15 point 2): a fixed sample of inputs and the
 * findings JSON reviewkit gives for each, so a change meant to be fast (an index, lazy messages)
 * can be shown to change nothing a user sees.
 *
 * The sample: every example under examples/ (each authority's case files under their own profile,
 * as `reviewkit validate` picks it; each invalid example under the profile its `.findings.json`
 * names), plus generated records and case files committed under test/golden/inputs/ (gzipped JSON Lines, seeded, made
 * by the bench's generator once, so a later change to the generator or the examples does not move
 * them), each validated under every built-in profile with its own fixed as-of date.
 *
 * The output is the library's whole result (`validateFiles` and `validateJson`: every finding with
 * its field, data, timescale and due date), written as `JSON.stringify(…, null, 2)`: a superset of
 * what `validate --format json` prints.
 *
 * Regenerate with `npm run golden:update` only when a change is MEANT to change findings (a new
 * rule, a reworded message), and say so in the commit.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { BUILT_IN_PROFILES, loadProfile } from "../../src/profiles/load-profile.js";
import { validateFiles, type ValidateFilesResult } from "../../src/validate/validate-files.js";
import { validateJson } from "../../src/validate/validate-json.js";
import { parseJsonText } from "../../src/io/read-json.js";
import { createCalendar } from "../../src/calendar/index.js";
import { ReviewkitError, InputError } from "../../src/errors.js";

/** The repository root (this file is test/helpers/findings-golden.ts). */
export const ROOT = join(import.meta.dirname, "..", "..");
/** Where the committed golden findings live, one JSON file per group. */
export const GOLDEN_DIR = join(ROOT, "test", "golden", "findings");
/** Where the committed generated inputs live (JSON Lines: one `{ label, asOf, record }` a line). */
export const INPUTS_DIR = join(ROOT, "test", "golden", "inputs");

/** The examples' as-of date (examples/README.md). */
const EXAMPLES_AS_OF = "2026-11-23";
/** How many generated inputs the sample holds: single records and whole case files. */
const SAMPLE = { records: 150, caseFiles: 60 };
const SEED = 20261207;

interface GeneratedInput {
  label: string;
  asOf: string;
  record: unknown;
}

/**
 * Writes the generated inputs (seeded: the same files every time the generator is the same).
 * Only `npm run golden:update -- --inputs` calls this; the committed files are the sample.
 */
export async function writeGoldenInputs(): Promise<void> {
  const { generateRecords } = await import("../../bench/lib/generate-records.js");
  const generated = generateRecords(SAMPLE.records + SAMPLE.caseFiles * 6, SEED);
  const singles = generated.filter((g) => g.recordType !== "case-file").slice(0, SAMPLE.records);
  const cases = generated.filter((g) => g.recordType === "case-file").slice(0, SAMPLE.caseFiles);
  if (singles.length < SAMPLE.records || cases.length < SAMPLE.caseFiles) throw new Error("the generator gave too few records for the sample");
  mkdirSync(INPUTS_DIR, { recursive: true });
  const lines = (xs: typeof generated, kind: string) =>
    xs.map((g, i) => JSON.stringify({ label: `${kind}/${String(i).padStart(3, "0")}-${g.recordType}`, asOf: g.asOf, record: g.record } satisfies GeneratedInput)).join("\n") + "\n";
  // Gzipped: the sample is ~2.7 MB of JSON and ~0.3 MB compressed.
  writeFileSync(join(INPUTS_DIR, "records.jsonl.gz"), gzipSync(lines(singles, "records"), { level: 9 }));
  writeFileSync(join(INPUTS_DIR, "case-files.jsonl.gz"), gzipSync(lines(cases, "case-files"), { level: 9 }));
}

function readInputs(name: string): GeneratedInput[] {
  return gunzipSync(readFileSync(join(INPUTS_DIR, name)))
    .toString("utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as GeneratedInput);
}

const text = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/** Paths relative to the repository, with forward slashes, so the output is the same on every machine. */
function relabel(result: ValidateFilesResult): ValidateFilesResult {
  const rel = (f: string) => relative(ROOT, f).split("\\").join("/");
  for (const f of result.files) f.file = rel(f.file);
  for (const f of result.failures) {
    const abs = f.file;
    f.file = rel(abs);
    f.line = f.line.split(abs).join(f.file);
  }
  return result;
}

/**
 * Every golden file's name and exact contents, computed now. The test compares these byte for byte
 * with the committed files; `npm run golden:update` writes them.
 */
export function goldenOutputs(): Map<string, string> {
  const out = new Map<string, string>();
  // One calendar for the whole run, as the CLI makes; horizon warnings (none expected) dropped.
  const calendar = createCalendar({ onWarning: () => {} });

  // The examples, as `reviewkit validate examples/<authority> --as-of 2026-11-23` runs them.
  for (const authority of BUILT_IN_PROFILES) {
    out.set(`examples-${authority}.json`, text(relabel(validateFiles([join(ROOT, "examples", authority)], { asOf: EXAMPLES_AS_OF, calendar }))));
  }
  // Each invalid example under the profile and as-of date its .findings.json gives.
  const invalidDir = join(ROOT, "examples", "invalid");
  const invalid = readdirSync(invalidDir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".findings.json"))
    .sort()
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(invalidDir, f.replace(/\.json$/, ".findings.json")), "utf8")) as { profile: string; asOf: string };
      return { profile: expected.profile, asOf: expected.asOf, ...relabel(validateFiles([join(invalidDir, f)], { profile: expected.profile, asOf: expected.asOf, calendar })) };
    });
  out.set("examples-invalid.json", text(invalid));

  // The generated sample, each input under every built-in profile.
  for (const [name, inputs] of [["records", "records.jsonl.gz"], ["case-files", "case-files.jsonl.gz"]] as const) {
    const sample = readInputs(inputs);
    for (const id of BUILT_IN_PROFILES) {
      const profile = loadProfile(id);
      const result: ValidateFilesResult & { profile: string } = { profile: id, files: [], failures: [], summary: { errors: 0, warnings: 0, info: 0 } };
      for (const input of sample) {
        try {
          // Parsed as a file's text is (byte-order mark, text cleaning), then validated as the CLI does.
          const json = parseJsonText(JSON.stringify(input.record), input.label);
          const checked = validateJson(json, input.label, { profile, asOf: input.asOf, calendar });
          if ("failure" in checked) result.failures.push(checked.failure);
          else {
            result.files.push({ ...checked.result, asOf: input.asOf } as (typeof result.files)[number]);
            for (const f of checked.result.findings) {
              if (f.severity === "error" || f.severity === "internal") result.summary.errors++;
              else if (f.severity === "warning") result.summary.warnings++;
              else result.summary.info++;
            }
          }
        } catch (err) {
          if (!(err instanceof ReviewkitError)) throw err;
          const located = err.file === undefined ? new InputError(err.message, input.label, err.where) : err;
          result.failures.push({ file: input.label, line: located.toLine() });
        }
      }
      out.set(`${name}-${id}.json`, text(result));
    }
  }
  return out;
}

/** The committed golden files' names (to find ones no longer produced). */
export function committedGoldenNames(): string[] {
  return existsSync(GOLDEN_DIR) ? readdirSync(GOLDEN_DIR).filter((f) => f.endsWith(".json")).sort() : [];
}
