/**
 * Whether a decision's owner is a named person (Knowsley IRO Standard 2.2: "a named person to
 * implement them"): not a blank, a placeholder such as "TBC" or "unallocated", or a role such as
 * "Social Worker" written where the name goes, and not the same words as the owner's own role.
 * Used by kiro-decision-named-person.
 */
import { leadingAlphanumeric } from "./same-words.js";

/** Lower case, no spaces, hyphens, dots or slashes: "Social-Worker" and "social worker" match, "N/A" is "na". */
export function ownerKey(s: string): string {
  // Owners' names and roles repeat from record to record: each is rewritten once, not at every decision.
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    keys.set(s, (k = s.toLowerCase().replace(/[\s\-./]+/g, "")));
  }
  return k;
}

/** Names and roles already rewritten, up to KEYS_KEPT of them (free text: a long run must not keep every one). */
const keys = new Map<string, string>();
const KEYS_KEPT = 2000;

/** Owners that are not a named person, as keys. */
export const NOT_A_NAME: ReadonlySet<string> = new Set(
  [
    "", "tbc", "tba", "tbd", "to be confirmed", "to be allocated", "unallocated", "unknown", "n/a", "none", "?", "-",
    "social worker", "sw", "team manager", "foster carer", "foster carers", "carer", "carers", "iro", "parent",
    "parents", "school", "local authority", "la", "health", "all",
  ].map(ownerKey),
);

/**
 * 1 at each lower-case ASCII letter or digit that some entry of NOT_A_NAME starts with: a name whose
 * leadingAlphanumeric is any other letter or digit is not one of them (ownerKey drops the white
 * space before it and lower-cases it, so it is the key's first character too).
 */
const PLACEHOLDER_LEADS = new Uint8Array(128);
for (const k of NOT_A_NAME) if (k.length > 0 && k.charCodeAt(0) < 128) PLACEHOLDER_LEADS[k.charCodeAt(0)] = 1;

/**
 * The entries of NOT_A_NAME two characters long or more (all are ASCII), by keyHead. Eleven letters
 * start a placeholder ("s" for "sw", "social worker" and "school"), so the first letter alone sent
 * many names to the lookup ("Sarah", "Tariq", "Nadia"); their first two rarely start one.
 */
const PLACEHOLDERS_BY_HEAD = new Map<number, string[]>();
for (const k of NOT_A_NAME) {
  if (k.length < 2) continue;
  const head = k.charCodeAt(0) * 128 + k.charCodeAt(1);
  const list = PLACEHOLDERS_BY_HEAD.get(head);
  if (list) list.push(k);
  else PLACEHOLDERS_BY_HEAD.set(head, [k]);
}

const END = -1;
const NOT_ASCII = -2;
/** Where keyCharFrom stopped: just after the character it read. */
let readTo = 0;

/**
 * The next character of ownerKey(s) from index `i` of `s`: its code (the ASCII characters ownerKey
 * drops skipped, A-Z lower-cased), END at the end, or NOT_ASCII at a character outside ASCII, which
 * this does not read (Unicode white space ownerKey drops, or a letter whose lower case it writes).
 * Leaves `readTo` just after what it read.
 */
function keyCharFrom(s: string, i: number): number {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 46 || c === 47) continue;
    readTo = i + 1;
    if (c >= 128) return NOT_ASCII;
    return c >= 65 && c <= 90 ? c + 32 : c;
  }
  readTo = i;
  return END;
}

/**
 * The first two characters of ownerKey(s) as one number (first * 128 + second), read in place, or
 * -1 where the key is shorter or keyCharFrom cannot read them (a character outside ASCII first).
 * @example keyHead(" S.W.") // 115 * 128 + 119 ("sw")
 */
function keyHead(s: string): number {
  const first = keyCharFrom(s, 0);
  if (first < 0) return -1;
  const second = keyCharFrom(s, readTo);
  return second < 0 ? -1 : first * 128 + second;
}

/**
 * ownerKey(a) === ownerKey(b), read a character at a time without writing either key: the answer
 * where both keys are ASCII up to their first difference (or to their ends), else undefined.
 * ownerKey lower-cases and drops each ASCII character on its own, so an all-ASCII stretch of a text
 * is the same stretch of its key.
 * @example sameOwnerKey("Social-Worker", "social worker") // true
 * @example sameOwnerKey("Tobi Okafor", "tobeconfirmed") // false, at the fourth character
 */
export function sameOwnerKey(a: string, b: string): boolean | undefined {
  let i = 0;
  let j = 0;
  for (;;) {
    const x = keyCharFrom(a, i);
    i = readTo;
    const y = keyCharFrom(b, j);
    j = readTo;
    if (x === NOT_ASCII || y === NOT_ASCII) return undefined;
    if (x !== y) return false;
    if (x === END) return true;
  }
}

/**
 * NOT_A_NAME.has(ownerKey(name)), or undefined where that cannot be read without the key: first
 * from the name's first one or two characters, then against the entries that start as it does.
 */
function isPlaceholder(name: string): boolean | undefined {
  // Most names start with a letter no placeholder starts with: answered from that one character.
  const lead = leadingAlphanumeric(name);
  if (lead !== -1 && PLACEHOLDER_LEADS[lead] === 0) return false;
  const head = keyHead(name);
  if (head === -1) return undefined;
  const candidates = PLACEHOLDERS_BY_HEAD.get(head);
  if (candidates === undefined) return false;
  for (let i = 0; i < candidates.length; i++) {
    const same = sameOwnerKey(name, candidates[i]!);
    if (same !== false) return same;
  }
  return false;
}

/**
 * NOT_A_NAME.has(ownerKey(name)) || (role !== undefined && ownerKey(name) === ownerKey(role)). Most
 * owners' names are answered from their first characters, read in place: one or two say it is no
 * placeholder, and the first that differs from the role's says it is not the role's words. Only a
 * name or role with a character outside ASCII before that point is looked up (every decision of
 * every looked-after review asks, and a lookup of a name read from a file hashes and compares its
 * text).
 */
export function notANamedPerson(name: string, role: string | undefined): boolean {
  const placeholder = isPlaceholder(name);
  if (placeholder === true) return true;
  if (placeholder === false) {
    if (role === undefined) return false;
    const same = sameOwnerKey(name, role);
    if (same !== undefined) return same;
  }
  const k = ownerKey(name);
  return NOT_A_NAME.has(k) || (role !== undefined && k === ownerKey(role));
}
