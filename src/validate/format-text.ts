import type { Finding } from "../schema/finding.js";
import type { FileFailure, FileResult, ValidateFilesResult } from "./validate-files.js";
import { documentTitle } from "../profiles/document-title.js";
import { printable } from "../io/printable.js";

const MARK: Record<string, string> = { error: "✗ error  ", warning: "! warning", info: "i info   ", internal: "✗ internal" };

/**
 * A finding's citation as every report shows it: the document's title, paragraph, requirement id
 * and rule (the form shows the same words beside each field).
 * @example citation(finding, "knowsley") // "Knowsley Council, IRO Standards, 2.9 [KIRO-2.9] · rule review-minutes-timely"
 */
export function citation(f: Finding, profileId: string): string {
  const req = f.requirement ? ` [${f.requirement}]` : "";
  return `${documentTitle(f.source.document, profileId)}, ${f.source.paragraph}${req} · rule ${f.ruleId}`;
}

/**
 * The text report: findings grouped by file, each with its place, plain-English message and citation.
 * Made of the pieces below (failures, each file's block, the summary), which worker threads also
 * make for their own files (validate-in-workers.ts), so the two print the same bytes.
 * @example process.stdout.write(formatText(validateFiles(["examples"], { asOf: "2026-11-23" })))
 */
export function formatText(result: ValidateFilesResult): string {
  return failuresText(result.failures) + result.files.map(fileText).join("") + summaryText(result);
}

/**
 * The text report's first lines: each file that could not be read, then a blank line (none if none).
 * Every piece ends with a newline and has passed through printable, line by line, so the pieces
 * joined are what printable makes of the whole report.
 * @example failuresText([{ file: "a.json", line: "a.json: not valid JSON" }]) // "✗ a.json: not valid JSON\n\n"
 */
export function failuresText(failures: readonly FileFailure[]): string {
  if (failures.length === 0) return "";
  return printable(failures.map((f) => `✗ ${f.line}\n`).join("")) + "\n";
}

/**
 * One file's block of the text report: a tick and "no findings", or its heading, each finding (place,
 * message, citation) and a blank line.
 * @example fileText(result.files[0]) // "✓ a.json (case file, profile england): no findings\n"
 */
export function fileText(file: FileResult): string {
  const shown = file.findings.filter((f) => f.ruleId !== "schema/rules-not-run" || file.findings.length > 1);
  const head = `${file.file} (${file.recordType.replace(/-/g, " ")}, profile ${file.profile})`;
  if (shown.length === 0) return printable(`✓ ${head}: no findings\n`);
  const lines: string[] = [head];
  for (const f of shown) {
    lines.push(`  ${MARK[f.severity] ?? f.severity}  ${f.path || "/"}`);
    lines.push(`      ${f.field ? `${f.field}: ` : ""}${f.message}`);
    lines.push(`      ${citation(f, file.profile)}`);
  }
  lines.push("", "");
  return printable(lines.join("\n"));
}

/** The text report's last line: files, findings by severity and files that could not be read. */
export function summaryText(result: Pick<ValidateFilesResult, "failures" | "summary"> & { files: { length: number } }): string {
  const { errors, warnings, info } = result.summary;
  const failed = result.failures.length ? `, ${result.failures.length} file(s) could not be read` : "";
  return printable(`${result.files.length + result.failures.length} file(s): ${errors} error(s), ${warnings} warning(s), ${info} info${failed}`) + "\n";
}

/**
 * The JSON report: `{ files: [{ file, recordType, profile, findings }], summary }`, plus `failures`
 * (`[{ file, line }]`, each file that could not be read and the one line the text report prints for
 * it) when any. A finding's `source.document` is the cited document's title, as the text report
 * shows it; `source.documentId` is its id in the profile (for the standards, the file name under
 * standards/), for scripts. Assembled from each file's own JSON (fileJson), as worker threads make
 * it, so the two print the same bytes.
 * @example JSON.parse(formatJson(result)).files[0].findings[0].source.document
 */
export function formatJson(result: ValidateFilesResult): string {
  return jsonReport(result.files.map(fileJson), result);
}

/**
 * One file's entry in the JSON report, as JSON.stringify(report, null, 2) prints it inside the
 * `files` array (indented four spaces: JSON strings hold no raw line breaks, so every line is).
 * @example fileJson(result.files[0]) // '    {\n      "file": "a.json", …'
 */
export function fileJson(f: FileResult): string {
  const entry = {
    file: f.file,
    recordType: f.recordType,
    profile: f.profile,
    findings: f.findings.map(({ ruleId, messageId, severity, path, message, requirement, source, timescale, due }) => ({
      ruleId,
      messageId: messageId ?? null,
      severity,
      path,
      message,
      requirement: requirement ?? null,
      source: { document: documentTitle(source.document, f.profile), documentId: source.document, paragraph: source.paragraph },
      // The timescale a finding measures against and its due date, as `deadlines` shows them.
      ...(timescale !== undefined ? { timescale, due: due ?? null } : {}),
    })),
  };
  return "    " + JSON.stringify(entry, null, 2).replace(/\n/g, "\n    ");
}

/**
 * The JSON report from each file's entry (fileJson, in order), the summary and the failures: the
 * text JSON.stringify({ files, summary, failures }, null, 2) gives, and a final newline.
 * @example jsonReport([], { summary: { errors: 0, warnings: 0, info: 0 }, failures: [] })
 */
export function jsonReport(entries: readonly string[], result: Pick<ValidateFilesResult, "failures" | "summary">): string {
  const files = entries.length ? `[\n${entries.join(",\n")}\n  ]` : "[]";
  const body: Record<string, unknown> = { files: 0, summary: result.summary };
  if (result.failures.length) body["failures"] = result.failures;
  // "files" is the first key: the first `"files": 0` is its value (a function, so no $ patterns).
  return JSON.stringify(body, null, 2).replace('"files": 0', () => `"files": ${files}`) + "\n";
}
