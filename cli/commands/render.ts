import { closestName } from "../../src/schema/did-you-mean.js";
import { parseIsoDate } from "../../src/calendar/index.js";
import { DateError, UsageError } from "../../src/errors.js";
import { printable } from "../../src/io/printable.js";
import { printOut, processIo, type CliIo } from "../io.js";
import { resolveCalendar } from "../options.js";
import { progressFor } from "../progress.js";
import { checkedLines, renderCheck } from "./render-checks.js";

interface RenderArgs {
  inputs: string[];
  document?: string;
  format: string;
  out: string;
  profile?: string;
  templates?: string;
  holidays?: string;
  "progress-to"?: string;
  "as-of"?: string;
  force?: boolean;
}

/**
 * `reviewkit render`: writes each record's documents into --out, one line per file on stdout.
 * Validates first: each record as of each document's own date (--as-of overrides it, for the checks
 * only); a document whose record has error findings is not written and they are printed (exit 1),
 * unless --force, which writes it and prints them as warnings.
 * 0 every document written; 1 a document held back by error findings; 2 a usage error, an unreadable input, a document that could not be made,
 * or an output folder that cannot be written (one line on stderr, nothing half-written).
 * The renderer is imported here, not at start-up: pdfmake and docx cost a few hundred milliseconds.
 * @example await runRender({ inputs: ["examples/knowsley"], format: "all", out: "out" }) // 0
 */
export async function runRender(args: RenderArgs, io: CliIo = processIo()): Promise<number> {
  const { renderFiles, isDocumentName, DOCUMENT_NAMES, FORMATS } = await import("../../src/render/index.js");
  if (args.document !== undefined && !isDocumentName(args.document)) {
    const best = closestName(args.document, DOCUMENT_NAMES);
    throw new UsageError(`--document must be one of ${DOCUMENT_NAMES.join(", ")}${best ? `; did you mean ${best}?` : ""}`);
  }
  const formats = args.format === "all" ? [...FORMATS] : FORMATS.filter((f) => f === args.format);
  if (formats.length === 0) throw new UsageError(`--format must be one of ${FORMATS.join(", ")} or all`);
  const calendar = resolveCalendar(args, io);
  const progressTo = args["progress-to"];
  if (progressTo !== undefined) {
    try {
      parseIsoDate(progressTo);
    } catch (err) {
      if (err instanceof DateError) throw new UsageError(`--progress-to ${err.message}`);
      throw err;
    }
  }
  const progress = progressFor("rendering", io);
  const result = await renderFiles(args.inputs, {
    outDir: args.out,
    formats,
    calendar,
    onFile: progress.update,
    ...(args.document !== undefined && isDocumentName(args.document) ? { document: args.document } : {}),
    ...(args.profile === undefined ? {} : { profile: args.profile }),
    ...(args.templates === undefined ? {} : { templatesDir: args.templates }),
    ...(progressTo === undefined ? {} : { progressTo }),
    ...(args["as-of"] === undefined ? {} : { asOf: args["as-of"] }),
    ...(args.force === true ? { force: true } : {}),
    check: await renderCheck(calendar)(),
  }).finally(() => progress.stop());
  for (const w of result.warnings) io.stderr(`reviewkit: warning: ${printable(w)}\n`);
  for (const doc of result.checked) io.stderr(`${checkedLines(doc).join("\n")}\n`);
  // File names come from record ids: printed through printable (a name holding ESC must not drive the terminal).
  for (const path of result.written) printOut(io, `${path}\n`);
  for (const s of result.skipped) io.stderr(`reviewkit: note: ${printable(s.line)}\n`);
  for (const f of result.failures) io.stderr(`reviewkit: ${printable(f.line)}\n`);
  if (result.failures.length > 0) return 2;
  return result.checked.some((d) => !d.forced) ? 1 : 0;
}
