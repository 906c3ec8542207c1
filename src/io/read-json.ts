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
    // Thousands of nested brackets overflow the stack (the reviver and jsonc-parser recurse); no record nests like that.
    if (err instanceof RangeError) throw new InputError("is nested too deeply to be a record", file);
    let where: string | undefined;
    let what = "not valid JSON";
    try {
      what = describeSyntaxError(body);
      where = locate(body);
    } catch {
      // A malformed and deeply nested file: say what we can without a location.
    }
    throw new InputError(what, file, where);
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
  return parseJsonText(decodeUtf8(buf, file), file);
}

/** UTF-8 text, or an InputError: a replacement character silently put in a child's name is worse than a refusal. */
function decodeUtf8(buf: Buffer, file: string): string {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new InputError("is UTF-16 text; save it as UTF-8", file);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError("is not UTF-8 text (a binary file, or another encoding)", file);
  }
}
