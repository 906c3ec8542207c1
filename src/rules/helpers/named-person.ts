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
 * 1 at keyHead of each entry of NOT_A_NAME two characters long or more (all are ASCII). Eleven
 * letters start a placeholder ("s" for "sw", "social worker" and "school"), so the first letter
 * alone sent many names to the lookup ("Sarah", "Tariq", "Nadia"); their first two rarely start one.
 */
const PLACEHOLDER_HEADS = new Uint8Array(128 * 128);
for (const k of NOT_A_NAME) if (k.length >= 2) PLACEHOLDER_HEADS[k.charCodeAt(0) * 128 + k.charCodeAt(1)] = 1;

/**
 * The first two characters of ownerKey(s) as one number (first * 128 + second), read without
 * writing the key, or -1 where they cannot be read so: the first is not an ASCII letter or digit
 * (leadingAlphanumeric), the key has one character, or the second is not ASCII (white space
 * ownerKey drops, or a letter whose lower case may be ASCII, such as the Kelvin sign). Between
 * them only the ASCII characters ownerKey drops are skipped ([\s\-./]: tab to carriage return,
 * space, hyphen, dot, slash), and A-Z are lower-cased, as toLowerCase does to ASCII.
 * @example keyHead(" S.W.") // 115 * 128 + 119 ("sw")
 */
function keyHead(s: string): number {
  const t = s.trimStart();
  const lead = leadingAlphanumeric(t);
  if (lead === -1) return -1;
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 46 || c === 47) continue;
    if (c >= 128) return -1;
    return lead * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return -1;
}

/** True when ownerKey(name) is surely no entry of NOT_A_NAME, read from its first one or two characters. */
function surelyNoPlaceholder(name: string): boolean {
  const lead = leadingAlphanumeric(name);
  if (lead === -1) return false;
  if (PLACEHOLDER_LEADS[lead] === 0) return true;
  const head = keyHead(name);
  return head !== -1 && PLACEHOLDER_HEADS[head] === 0;
}

/** True when ownerKey(a) and ownerKey(b) surely differ, read from their first one or two characters. */
function surelyDifferent(a: string, b: string): boolean {
  const leadA = leadingAlphanumeric(a);
  const leadB = leadingAlphanumeric(b);
  if (leadA !== -1 && leadB !== -1) {
    if (leadA !== leadB) return true;
    const headA = keyHead(a);
    const headB = keyHead(b);
    return headA !== -1 && headB !== -1 && headA !== headB;
  }
  return false;
}

/**
 * NOT_A_NAME.has(ownerKey(name)) || (role !== undefined && ownerKey(name) === ownerKey(role)). Most
 * owners' names start with two characters no placeholder starts with, and differently from their
 * role: the answer is then no, read from those characters, without looking the name up (every
 * decision of every looked-after review asks, and a lookup of a name read from a file hashes and
 * compares its text).
 */
export function notANamedPerson(name: string, role: string | undefined): boolean {
  if (surelyNoPlaceholder(name) && (role === undefined || surelyDifferent(name, role))) return false;
  const k = ownerKey(name);
  return NOT_A_NAME.has(k) || (role !== undefined && k === ownerKey(role));
}
