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
 * NOT_A_NAME.has(ownerKey(name)) || (role !== undefined && ownerKey(name) === ownerKey(role)). Most owners' names
 * start with a letter no placeholder starts with, and with a different letter from their role: the
 * answer is then no, read from two characters, without looking the name up (every decision of every
 * looked-after review asks, and a lookup of a name read from a file hashes and compares its text).
 */
export function notANamedPerson(name: string, role: string | undefined): boolean {
  const lead = leadingAlphanumeric(name);
  if (lead !== -1 && PLACEHOLDER_LEADS[lead] === 0) {
    if (role === undefined) return false;
    const roleLead = leadingAlphanumeric(role);
    if (roleLead !== -1 && roleLead !== lead) return false;
  }
  const k = ownerKey(name);
  return NOT_A_NAME.has(k) || (role !== undefined && k === ownerKey(role));
}
