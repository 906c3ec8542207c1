import { printParseErrorCode, parse, type ParseError } from "jsonc-parser";
import { InputError } from "../errors.js";
import { cleanRecordText } from "./clean-text.js";
import { readBounded } from "./read-bounded.js";

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
    // The reviver costs about 1.5 times the parse itself (a call per value), so it runs only when a
    // `__proto__` key could be there: spelt out, or hidden behind a \u escape.
    const data: unknown = body.includes("__proto__") || body.includes("\\u") ? JSON.parse(body, rejectPrototypeKeys) : JSON.parse(body);
    const dup = duplicateKey(body);
    if (dup === TOO_DEEP) throw new InputError("is nested too deeply to be a record", file);
    if (dup) throw new InputError(`the key "${dup.key.slice(0, 60)}" appears twice in one object (JSON keeps only the last, so one value would be lost silently)`, file, dup.where);
    return cleanRecordText(data, file);
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

/**
 * Deeper than this is refused. A record nests about ten levels; JSON.parse itself takes any depth,
 * but the code that walks a record afterwards recurses, and thousands of levels would overflow it.
 */
const MAX_DEPTH = 1000;
const TOO_DEEP = "too deep";

/**
 * The first key that appears twice in one object, with its place. JSON.parse keeps the last value
 * without a word, and a later rewrite (escalate) would drop the other for good. TOO_DEEP when the
 * brackets nest more than MAX_DEPTH deep.
 */
function duplicateKey(body: string): { key: string; where: string } | typeof TOO_DEEP | undefined {
  // A plain scan of text JSON.parse has already accepted: no recursion (deep nesting cannot overflow
  // it) and about JSON.parse's own speed; jsonc-parser's visitor was 7 times slower than the parse.
  const stack: (Set<string> | undefined)[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      stack.push(c === 0x7b ? new Set() : undefined);
      if (stack.length > MAX_DEPTH) return TOO_DEEP;
    }
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x22) {
      const end = closingQuote(body, i + 1);
      const keys = stack[stack.length - 1];
      if (keys && isKey(body, end + 1)) {
        const raw = body.slice(i + 1, end);
        const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (keys.has(key)) {
          const before = body.slice(0, i);
          return { key, where: `line ${before.split("\n").length} column ${i + 1 - (before.lastIndexOf("\n") + 1)}` };
        }
        keys.add(key);
      }
      i = end;
    }
  }
  return undefined;
}

/** The index of the quote that ends the string whose text starts at `from`. */
function closingQuote(body: string, from: number): number {
  for (let j = from; ; ) {
    const k = body.indexOf('"', j);
    if (k < 0) return body.length;
    let slashes = 0;
    while (body.charCodeAt(k - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return k;
    j = k + 1;
  }
}

/** A string is a key when a colon follows it (after any whitespace). */
function isKey(body: string, from: number): boolean {
  let j = from;
  while (j < body.length && (body.charCodeAt(j) === 0x20 || body.charCodeAt(j) === 0x0a || body.charCodeAt(j) === 0x0d || body.charCodeAt(j) === 0x09)) j++;
  return body.charCodeAt(j) === 0x3a;
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
 * Reads and parses a JSON file, or standard input for "-" (named "<stdin>"): the same limit,
 * encoding and syntax checks either way. The size is checked while reading (src/io/read-bounded.ts).
 * @example readJsonFile("examples/knowsley/amara-okafor.case.json")
 */
export function readJsonFile(file: string): unknown {
  const label = file === "-" ? STDIN_LABEL : file;
  let buf: Buffer;
  try {
    buf = readBounded(file, MAX_INPUT_BYTES, label);
  } catch (err) {
    // Keep the words records are refused with.
    if (err instanceof InputError) throw new InputError(err.message.replace("inputs over", "records over"), label, err.where);
    throw err;
  }
  return parseJsonText(decodeUtf8(buf, label), label);
}

/** How standard input is named in messages. @example "<stdin>: not valid JSON" */
export const STDIN_LABEL = "<stdin>";

/**
 * UTF-8 text, or an InputError: a replacement character silently put in a child's name is worse than a refusal.
 * @example decodeUtf8(readBounded("child.json", MAX_INPUT_BYTES), "child.json")
 */
export function decodeUtf8(buf: Buffer, file: string): string {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new InputError("is UTF-16 text; save it as UTF-8", file);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError("is not UTF-8 text (a binary file, or another encoding)", file);
  }
}
