import { InputError } from "../errors.js";

/**
 * Text in a record is checked once, as it is read, so every command and every output sees the same
 * characters: U+2028 and U+2029 (line and paragraph separators, which emptied the decisions table
 * in every format) become an ordinary line break; a lone UTF-16 surrogate (half a character, shown
 * as U+FFFD in DOCX and HTML) and control characters other than tab and line breaks (ESC, BEL, NUL,
 * the C1 set) are refused naming the field, never the text.
 * @example cleanRecordText({ text: "a\u2028b" }, "child.json") // { text: "a\nb" }
 */
export function cleanRecordText(data: unknown, file: string): unknown {
  // An explicit stack, not recursion: a record nested deep, or a list of 20,000 items, cannot overflow it.
  const root = { value: data };
  const stack: { holder: Record<string, unknown> | unknown[]; key: string | number; path: string }[] = [{ holder: root as never, key: "value", path: "" }];
  while (stack.length) {
    const { holder, key, path } = stack.pop()!;
    const value = (holder as Record<string | number, unknown>)[key];
    if (typeof value === "string") {
      const clean = cleanString(value, path, file);
      if (clean !== value) (holder as Record<string | number, unknown>)[key] = clean;
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ holder: value, key: i, path: `${path}/${i}` });
    } else if (value !== null && typeof value === "object") {
      for (const k of Object.keys(value)) {
        const where = `${path}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        if (BAD.test(k) || LONE.test(k)) throw new InputError("a key holds a control character or half of a character; keys are field names", file, path || "/");
        stack.push({ holder: value as Record<string, unknown>, key: k, path: where });
      }
    }
  }
  return root.value;
}

// C0 controls but tab, line feed and carriage return; DEL; the C1 set.
const BAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SEPARATORS = /[\u2028\u2029]/g;

function cleanString(value: string, path: string, file: string): string {
  const bad = BAD.exec(value);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new InputError(`holds the control character U+${code}, which no document can show; remove it`, file, path);
  }
  if (LONE.test(value)) throw new InputError("holds half of a character (a lone UTF-16 surrogate, from a \\ud800-style escape); write the whole character", file, path);
  return value.replace(SEPARATORS, "\n");
}
