import { accessSync, constants, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { WorkingDayCalendar } from "../calendar/index.js";
import { InputError, OutputError, ReviewkitError } from "../errors.js";
import { collectJsonFiles } from "../io/collect-files.js";
import { readJsonFile } from "../io/read-json.js";
import { BUILT_IN_PROFILES, loadProfile } from "../profiles/load-profile.js";
import { isRecordType } from "../schema/load-schemas.js";
import { checkSchema } from "../schema/schema-findings.js";
import type { CaseFile, CaseRecord } from "../types/index.js";
import { writeFileSafe } from "../io/safe-write.js";
import type { Finding } from "../schema/finding.js";
import { conferenceLetterChildren, documentParts, partOption, unwrittenConferenceLetters } from "./conference-letter-children.js";
import { documentDate } from "./context.js";
import { DOCUMENT_RULES, DOCUMENTS, documentsFor, outputFileName, type DocumentName } from "./documents.js";
import { buildDocumentModel, writeModel, type OutputFormat } from "./render-document.js";

/**
 * Many inputs → documents in a folder. Each file may be a record or a case file (every record in it,
 * a conference with its plans). The profile is the one asked for, else the case file's authority,
 * else england. A document that cannot be made is reported with one line and the rest go on; an
 * output folder that cannot be written to stops the run before anything is rendered.
 */

/** @example const o: RenderFilesOptions = { outDir: "out", formats: ["pdf"], profile: "knowsley" }; */
export interface RenderFilesOptions {
  outDir: string;
  formats: readonly OutputFormat[];
  /** Only this document (records that do not give it are skipped). */
  document?: DocumentName;
  profile?: string;
  templatesDir?: string;
  calendar?: WorkingDayCalendar;
  /** Show progress recorded after each document's own date, up to this date, labelled as later progress. */
  progressTo?: string;
  /**
   * Validation before rendering, supplied by the caller (the CLI passes the validator; render does not
   * import it). Called once per record and date: the findings for that record as of `asOf`.
   */
  check?: (input: { json: unknown; label: string; record: CaseRecord; recordIndex: number | undefined; asOf: string; profile: string }) => CheckOutcome;
  /** The day the checks treat as today, for every document; default: each document's own date. */
  asOf?: string;
  /** Write documents even when the checks find errors (the findings are reported as forced). */
  force?: boolean;
  /** Called after each input file (for a progress bar). */
  onFile?: (done: number, total: number) => void;
}

/** What a check gives back: the record's findings, or one line when it could not be checked at all. @example { findings: [] } */
export type CheckOutcome = { findings: Finding[] } | { failure: string };

/** A document the checks found errors in: not written, or written anyway under --force. */
export interface CheckedDocument {
  file: string;
  recordId: string;
  document: DocumentName;
  /** The day the checks treated as today. */
  asOf: string;
  /** The error findings (record content never appears in them). */
  findings: Finding[];
  /** Written anyway (--force). */
  forced: boolean;
}

/** What a run did: files written, and one line for each document or input that failed. @example for (const f of result.failures) console.error(f.line) */
export interface RenderFilesResult {
  written: string[];
  /** Documents held back (or forced) because their record has error findings as of the document's date. */
  checked: CheckedDocument[];
  /** Warnings about the whole run, e.g. the placeholder letterhead. */
  warnings: string[];
  failures: { file: string; line: string }[];
  /** Inputs that give no document (a concern note), or not the one asked for. */
  skipped: { file: string; line: string }[];
}

/**
 * Renders every input into `outDir`, writing each file atomically.
 * @example const r = await renderFiles(["examples/knowsley"], { outDir: "out", formats: ["docx", "pdf"] }); r.written.length
 */
export async function renderFiles(inputs: readonly string[], options: RenderFilesOptions): Promise<RenderFilesResult> {
  checkOutDir(options.outDir);
  const files = collectJsonFiles(inputs);
  const result: RenderFilesResult = { written: [], failures: [], skipped: [], checked: [], warnings: [] };
  const placeholderWarned = new Set<string>();
  const taken = new Set<string>();
  for (const [i, file] of files.entries()) {
    const label = file === "-" ? "<stdin>" : file;
    try {
      const json = readJsonFile(file);
      const { records, caseFile } = recordsIn(json, label);
      const profile = options.profile ?? profileOf(caseFile);
      if (options.profile === undefined && profile === "england" && !placeholderWarned.has(profile)) {
        // The national floor names no authority: the letterhead is its placeholder, "Local authority"
        // (a single record names no authority; a case file may name "england" itself).
        placeholderWarned.add(profile);
        result.warnings.push(`${label}: the england profile (the national floor) has no authority's name, so documents are headed with the placeholder "Local authority"; pass --profile with your authority's profile`);
      }
      const checks = new Map<string, CheckOutcome>();
      for (const [recordIndex, record] of records.entries()) {
        if (typeof record?.id !== "string" || record.id === "") {
          result.failures.push({ file: label, line: `${label}: a record has no id, so its files cannot be named` });
          continue;
        }
        const unbounded = outOfBounds(record);
        if (unbounded) {
          // Issue 9: a 10 MB text overflowed the Markdown parser's stack and a 230-character id the
          // file name; the schema's bounds are checked before anything is laid out.
          result.failures.push({ file: label, line: `${label}: ${unbounded.path}: ${unbounded.message}, so no document was made from this record (run reviewkit validate)` });
          continue;
        }
        const documents = documentsFor(record).filter((d) => options.document === undefined || d === options.document);
        if (documents.length === 0) {
          result.skipped.push({ file: label, line: `${label}: ${record.id}: no ${options.document ?? "document"} is made from ${typeName(record.recordType)}` });
        }
        for (const document of documents) {
          if (options.check) {
            const asOf = options.asOf ?? documentDate(record, document);
            const key = `${recordIndex}\u0000${asOf}`;
            let outcome = checks.get(key);
            if (!outcome) {
              outcome = options.check({ json, label, record, recordIndex: caseFile ? recordIndex : undefined, asOf, profile });
              checks.set(key, outcome);
            }
            if ("failure" in outcome) {
              result.failures.push({ file: label, line: outcome.failure });
              continue;
            }
            const errors = outcome.findings.filter(
              (f) => f.severity === "error" && (!Object.hasOwn(DOCUMENT_RULES, f.ruleId) || DOCUMENT_RULES[f.ruleId] === document),
            );
            if (errors.length > 0) {
              const forced = options.force === true;
              result.checked.push({ file: label, recordId: record.id, document, asOf, findings: errors, forced });
              if (!forced) continue;
            }
          }
          // A conference's letter to the child is one letter for each child of the profile's age.
          const resolved = loadProfile(profile);
          const parts = documentParts(record, document, resolved);
          if (document === "child-conference-letter" && record.recordType === "cp-conference") {
            // A child of the letter's age whose wording is not written gets no letter in adult words,
            // and is named (by id and field) rather than skipped without a word.
            for (const u of unwrittenConferenceLetters(record, resolved)) {
              result.skipped.push({ file: label, line: `${label}: ${record.id}: no conference letter for child ${u.childId} yet (KCP-3.3): write ${u.path} (whatWeDecided, whoWillHelp) in words to the child` });
            }
          }
          const noneOfAge = document === "child-conference-letter" && record.recordType === "cp-conference" && conferenceLetterChildren(record, resolved).length === 0;
          if (noneOfAge && options.document === document) {
            result.skipped.push({ file: label, line: `${label}: ${record.id}: no child is of the age the profile gives a conference letter to` });
          }
          for (const part of parts) {
            // The document is filled and laid out once, on the first format wanted, and that one model
            // goes to each writer (issue 15: `--format all` used to fill and parse it three times). A
            // model that cannot be made fails each format with the same line, as it always has.
            const built = once(() => buildDocumentModel(record, document, {
              profile,
              file: label,
              ...(options.templatesDir === undefined ? {} : { templatesDir: options.templatesDir }),
              ...(options.calendar ? { calendar: options.calendar } : {}),
              ...(caseFile ? { caseFile } : {}),
              ...(options.progressTo === undefined ? {} : { progressTo: options.progressTo }),
              ...partOption(document, part),
            }));
            for (const format of options.formats.filter((f) => DOCUMENTS[document].formats.includes(f))) {
              const name = outputFileName(record.id, document, format, part);
              if (taken.has(name)) {
                result.failures.push({ file: label, line: `${label}: ${record.id}: another input has the same record id, so ${name} would be overwritten` });
                continue;
              }
              try {
                const { model: m, context, templateFile } = built();
                const bytes = await writeModel(m, format, { record, profile: context.profile, template: templateFile, file: label });
                const path = join(options.outDir, name);
                writeOut(path, bytes);
                taken.add(name);
                result.written.push(path);
              } catch (err) {
                if (err instanceof OutputError) throw err;
                // A record that is not valid can break a template's assumptions anywhere: report it
                // against the record and go on, rather than lose the rest of the batch.
                const e = err instanceof ReviewkitError ? err : new InputError(`the record could not be rendered (${String((err as Error)?.message ?? err).split("\n")[0]}); check it with reviewkit validate`);
                result.failures.push({ file: label, line: located(e, label, record.id) });
              }
            }
          }
        }
      }
    } catch (err) {
      if (!(err instanceof ReviewkitError) || err instanceof OutputError) throw err;
      result.failures.push({ file: label, line: located(err, label) });
    }
    options.onFile?.(i + 1, files.length);
  }
  return result;
}

/** The output folder could not be written: the run stops (exit 2 at the command line). @example throw new OutputError("cannot write to the output folder", "out") */
export { OutputError };

/** `make` run at most once: its value, or the same error, every time after. */
function once<T>(make: () => T): () => T {
  let outcome: { value: T } | { error: unknown } | undefined;
  return () => {
    if (!outcome) {
      try {
        outcome = { value: make() };
      } catch (error) {
        outcome = { error };
      }
    }
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
  };
}

function checkOutDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    throw new OutputError("cannot write to the output folder", dir);
  }
}

/** A document is written whole or not at all (src/io/safe-write.ts); a failure stops the run. */
function writeOut(path: string, bytes: Uint8Array): void {
  writeFileSafe(path, bytes);
}

function located(err: ReviewkitError, label: string, recordId?: string): string {
  // The input first, then the record, then where in a template or the record the problem is.
  const where = [label, recordId, err.file, err.where].filter((s) => s !== undefined && s !== "");
  return `${[...new Set(where)].join(": ")}: ${err.message}`;
}

function recordsIn(json: unknown, label: string): { records: CaseRecord[]; caseFile?: CaseFile } {
  const type = (json as { recordType?: unknown } | null)?.recordType;
  if (type === "case-file") {
    const caseFile = json as CaseFile;
    if (!Array.isArray(caseFile.records)) throw new InputError("the case file has no records list", label, "/records");
    return { records: caseFile.records, caseFile };
  }
  // Any record type the schemas know is accepted; one that gives no document (a concern note) is skipped with a note.
  if (!isRecordType(type)) {
    throw new InputError("not a reviewkit record or case file (no known recordType)", label, "/recordType");
  }
  return { records: [json as CaseRecord] };
}

function profileOf(caseFile: CaseFile | undefined): string {
  const authority = caseFile?.authority;
  return authority !== undefined && (BUILT_IN_PROFILES as readonly string[]).includes(authority) ? authority : "england";
}

/** "a concern-note record", or for a recordType that is not one of ours, words that do not repeat it: it is record text. */
function typeName(type: unknown): string {
  return isRecordType(type) ? `${/^[aeiou]/.test(type) ? "an" : "a"} ${type} record` : "a record of an unknown type";
}

/** The first finding about a bound (length, count, the id's form), if the record is outside one. */
function outOfBounds(record: CaseRecord): { path: string; message: string } | undefined {
  if (!isRecordType(record.recordType)) return undefined;
  return checkSchema(record, record.recordType).find((f) => /^schema\/(maxLength|maxItems)$/.test(f.ruleId) || (f.ruleId === "schema/pattern" && f.path === "/id"));
}
