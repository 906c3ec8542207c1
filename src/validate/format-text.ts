import type { Finding } from "../schema/finding.js";
import type { ValidateFilesResult } from "./validate-files.js";
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
 * @example process.stdout.write(formatText(validateFiles(["examples"], { asOf: "2026-11-23" })))
 */
export function formatText(result: ValidateFilesResult): string {
  const lines: string[] = [];
  for (const failure of result.failures) lines.push(`✗ ${failure.line}`);
  if (result.failures.length) lines.push("");
  for (const file of result.files) {
    const shown = file.findings.filter((f) => f.ruleId !== "schema/rules-not-run" || file.findings.length > 1);
    const head = `${file.file} (${file.recordType.replace(/-/g, " ")}, profile ${file.profile})`;
    if (shown.length === 0) {
      lines.push(`✓ ${head}: no findings`);
      continue;
    }
    lines.push(head);
    for (const f of shown) {
      lines.push(`  ${MARK[f.severity] ?? f.severity}  ${f.path || "/"}`);
      lines.push(`      ${f.field ? `${f.field}: ` : ""}${f.message}`);
      lines.push(`      ${citation(f, file.profile)}`);
    }
    lines.push("");
  }
  const { errors, warnings, info } = result.summary;
  const failed = result.failures.length ? `, ${result.failures.length} file(s) could not be read` : "";
  lines.push(
    `${result.files.length + result.failures.length} file(s): ${errors} error(s), ${warnings} warning(s), ${info} info${failed}`,
  );
  return printable(lines.join("\n")) + "\n";
}

/**
 * The JSON report: `{ files: [{ file, recordType, profile, findings }], summary }`, plus `failures`
 * (`[{ file, line }]`, each file that could not be read and the one line the text report prints for
 * it) when any. A finding's `source.document` is the cited document's title, as the text report
 * shows it; `source.documentId` is its id in the profile (for the standards, the file name under
 * standards/), for scripts.
 * @example JSON.parse(formatJson(result)).files[0].findings[0].source.document
 */
export function formatJson(result: ValidateFilesResult): string {
  const files = result.files.map((f) => ({
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
  }));
  const body: Record<string, unknown> = { files, summary: result.summary };
  if (result.failures.length) body["failures"] = result.failures;
  return JSON.stringify(body, null, 2) + "\n";
}
