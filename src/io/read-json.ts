import { readFileSync } from "node:fs";
import { printParseErrorCode, parse, type ParseError } from "jsonc-parser";
import { InputError } from "../errors.js";

/** Files larger than this are refused before parsing: no record is anywhere near it. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Parses JSON text from a file. A byte-order mark is dropped (Word and Excel on Windows add one).
 * Errors name the file, line and column, never the text around it: records hold personal data and
 * JSON.parse's own messages quote the input.
 * @example parseJsonText('{"recordType":"case-file"}', "child.json")
 */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") throw new InputError("the file is empty", file);
  try {
    return JSON.parse(body, rejectPrototypeKeys);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(err.message, file, err.where);
    throw new InputError(describeSyntaxError(body), file, locate(body));
  }
}

/** `__proto__` in a record is never data a person typed; refusing it keeps it off every object. */
function rejectPrototypeKeys(key: string, value: unknown): unknown {
  if (key === "__proto__") throw new InputError('a key named "__proto__" is not allowed', undefined, "__proto__");
  return value;
}

function firstError(body: string): ParseError | undefined {
  const errors: ParseError[] = [];
  parse(body, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  return errors[0];
}

function describeSyntaxError(body: string): string {
  const e = firstError(body);
  if (!e) return "not valid JSON";
  const what = printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return `not valid JSON (${what})`;
}

function locate(body: string): string {
  const e = firstError(body);
  const offset = e?.offset ?? body.length;
  const before = body.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line} column ${column}`;
}

/**
 * Reads and parses a JSON file, refusing files too large to be a record.
 * @example readJsonFile("examples/knowsley/amara-okafor.case.json")
 */
export function readJsonFile(file: string): unknown {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : code === "EACCES" ? "permission denied" : "cannot be read";
    throw new InputError(why, file);
  }
  if (buf.length > MAX_INPUT_BYTES) {
    throw new InputError(`the file is ${Math.round(buf.length / 1048576)} MB; records over ${MAX_INPUT_BYTES / 1048576} MB are refused`, file);
  }
  return parseJsonText(buf.toString("utf8"), file);
}
