import { InputError } from "../errors.js";
import { readBounded } from "../io/read-bounded.js";
import { MAX_INPUT_BYTES, parseJsonText } from "../io/read-json.js";
import { markdownToText } from "./markdown-text.js";

/** What check-language was given: prose to check whole, or a record whose fields to check. */
export type LanguageInput =
  | { kind: "text"; file: string; text: string }
  | { kind: "record"; file: string; record: Record<string, unknown> };

const STDIN = "standard input";

/**
 * Reads a check-language input: a file path, or "-" for standard input. A `.json` file, or standard
 * input starting with "{", is a record; a `.md` file is Markdown, read as the text a reader sees;
 * anything else is plain text. Errors name the file and the problem, never the content.
 * @example readLanguageInput("letter.txt") // { kind: "text", file: "letter.txt", text: "…" }
 * @example readLanguageInput("review.json").kind // "record"
 */
export function readLanguageInput(arg: string): LanguageInput {
  const file = arg === "-" ? STDIN : arg;
  const text = decode(readBytes(arg), file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const isJson = arg === "-" ? body.trimStart().startsWith("{") : /\.json$/i.test(arg);
  if (isJson) return { kind: "record", file, record: asRecord(parseJsonText(body, file), file) };
  if (body.trim() === "") throw new InputError("the file is empty", file);
  return { kind: "text", file, text: /\.(md|markdown)$/i.test(arg) ? markdownToText(body) : body };
}

/** Bounded while reading (src/io/read-bounded.ts): /dev/zero or a FIFO cannot hang or exhaust memory. */
function readBytes(arg: string): Buffer {
  return readBounded(arg, MAX_INPUT_BYTES, arg === "-" ? STDIN : arg);
}

function decode(buf: Buffer, file: string): string {
  if (buf.includes(0)) throw new InputError("looks like a binary file, not text", file);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError("is not UTF-8 text", file);
  }
}

function asRecord(data: unknown, file: string): Record<string, unknown> {
  if (Array.isArray(data)) throw new InputError("holds a list; check one record at a time", file);
  if (typeof data !== "object" || data === null || typeof (data as Record<string, unknown>).recordType !== "string") {
    throw new InputError("is not a reviewkit record (it has no recordType)", file);
  }
  return data as Record<string, unknown>;
}
