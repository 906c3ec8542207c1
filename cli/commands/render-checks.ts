import { formatLongDate } from "../../src/calendar/index.js";
import { printable } from "../../src/io/printable.js";
import { loadProfile } from "../../src/profiles/load-profile.js";
import type { CaseRecord } from "../../src/types/index.js";
import type { CheckOutcome, CheckedDocument } from "../../src/render/render-files.js";
import type { WorkingDayCalendar } from "../../src/calendar/index.js";

/**
 * `render` validates first (issue 14): each record is checked against its schema and the profile's
 * rules as of the document's own date (`--as-of` overrides the date, for the checks only), and only
 * its own findings count: for a case file, those pointing into that record.
 * @example renderFiles(inputs, { …, check: renderCheck(calendar) })
 */
export function renderCheck(calendar: WorkingDayCalendar) {
  return async function load() {
    const { validateJson } = await import("../../src/validate/validate-json.js");
    return (input: { json: unknown; label: string; record: CaseRecord; recordIndex: number | undefined; asOf: string; profile: string }): CheckOutcome => {
      const outcome = validateJson(input.json, input.label, { profile: loadProfile(input.profile), asOf: input.asOf, calendar });
      if ("failure" in outcome) return { failure: outcome.failure.line };
      const prefix = input.recordIndex === undefined ? undefined : `/records/${input.recordIndex}`;
      const own = outcome.result.findings.filter((f) => prefix === undefined || f.path === prefix || f.path.startsWith(`${prefix}/`));
      return { findings: own };
    };
  };
}

/**
 * The lines `render` prints for a document held back (or written under --force) because of error findings.
 * @example checkedLines(doc) // ["reviewkit: a.json: LAR-1: child-letter not written: 1 error as of 30 July 2026 …", "  ✗ /decisions/0/childFriendlyText: …"]
 */
export function checkedLines(doc: CheckedDocument): string[] {
  const n = doc.findings.length;
  const count = `${n} error ${n === 1 ? "finding" : "findings"} as of ${formatLongDate(doc.asOf)}`;
  const head = doc.forced
    ? `reviewkit: warning: ${doc.file}: ${doc.recordId}: ${doc.document} written with ${count} (--force)`
    : `reviewkit: ${doc.file}: ${doc.recordId}: ${doc.document} not written: ${count}; fix the record, or pass --force to write it anyway`;
  return [printable(head), ...doc.findings.map((f) => printable(`  ${doc.forced ? "!" : "✗"} ${f.path || "/"}: ${f.message} [${f.ruleId}]`))];
}
