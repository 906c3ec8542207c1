import type { Tracked } from "../records/progress.js";
import { formatLongDate } from "../calendar/index.js";
import { label } from "./labels.js";
import { progressText } from "./progress-text.js";

/**
 * The fixed set of Handlebars helpers templates may call. Templates are compiled with
 * knownHelpersOnly, so a template naming any other helper fails to compile. Every helper is pure:
 * no clock, no files, no network. A helper given nothing returns undefined, and the template then
 * fails naming the missing field (see fill-template.ts), never printing "undefined".
 */

/** The three age bands of the child's letter: wording and layout differ for each. @example AGE_BANDS.map((b) => `child-letter-${b}.md`) */
export const AGE_BANDS = ["under-8", "8-12", "13-plus"] as const;
/** @example const b: AgeBand = "8-12"; */
export type AgeBand = (typeof AGE_BANDS)[number];

/** Age in completed years on a date: the one definition, in src/people/age.ts. @example ageOn("2014-05-09", "2026-12-10") // 12 */
export { ageOn } from "../people/age.js";
import { ageOn } from "../people/age.js";

/**
 * The letter's age band on a date: under 8, 8 to 12, or 13 and over.
 * @example ageBand("2014-05-09", "2026-12-10") // "8-12"
 */
export function ageBand(dateOfBirth: string, date: string): AgeBand {
  const age = ageOn(dateOfBirth, date);
  return age < 8 ? "under-8" : age <= 12 ? "8-12" : "13-plus";
}

const isText = (v: unknown): v is string => typeof v === "string";

/**
 * The helpers by name, each documented by example:
 * - `{{longDate reviewDate}}` → "10 December 2026"
 * - `{{label placement.type}}` → "Foster care"; `{{lower (label category)}}` → "neglect" mid-sentence
 * - `{{yesNo complaints.helpOffered}}` → "Yes"; `{{yesNo reportProvided "Not recorded"}}` when it may be missing
 * - `{{nameOf from}}` → a person's name, whether the field holds a name or a person
 * - `{{either decision.childFriendlyText decision.text}}` → the first that has a value
 * - `{{join names ", "}}`, `{{join people ", " "name"}}` → a list in one line
 * - `{{#if (eq status "done")}}`, `(ne a b)`, `(and a b)`, `(or a b)`, `(not a)`
 * - `{{count decisions}}`, `{{inc @index}}` → 1-based numbers
 * - `{{plural (count decisions) "decision" "decisions"}}`
 * - `{{ageBand child.dateOfBirth reviewDate}}` → "8-12"
 * - `{{progress this}}` → a decision's or action's progress as it stood on the document's date
 *   (`doc.asOf`), with later progress labelled when the render asked for it (`doc.progressTo`)
 * @example Handlebars.create().registerHelper(HELPERS)
 */
export const HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  longDate: (d) => (isText(d) ? formatLongDate(d) : undefined),
  label: (code) => (isText(code) ? label(code) : undefined),
  lower: (text) => (isText(text) ? text.toLowerCase() : undefined),
  yesNo: (b, fallback) => (typeof b === "boolean" ? (b ? "Yes" : "No") : isText(fallback) ? fallback : undefined),
  nameOf: (p) => (isText(p) ? p : p !== null && typeof p === "object" && isText((p as { name?: unknown }).name) ? (p as { name: string }).name : undefined),
  either: (...args) => args.slice(0, -1).find((v) => v !== undefined && v !== null && v !== ""),
  join: (list, sep, key) => {
    if (!Array.isArray(list)) return undefined;
    const k = isText(key) ? key : undefined;
    const parts = list.map((item: unknown) => (k !== undefined && item !== null && typeof item === "object" ? (item as Record<string, unknown>)[k] : item));
    return parts.filter(isText).join(isText(sep) ? sep : ", ");
  },
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  and: (...args) => args.slice(0, -1).every(Boolean),
  or: (...args) => args.slice(0, -1).some(Boolean),
  not: (a) => !a,
  count: (list) => (Array.isArray(list) ? list.length : 0),
  inc: (n) => (typeof n === "number" ? n + 1 : undefined),
  plural: (n, one, many) => (n === 1 ? one : many),
  ageBand: (dob, on) => (isText(dob) && isText(on) ? ageBand(dob, on) : undefined),
  progress: (item, options) => {
    const doc = (options as { data?: { root?: { doc?: { asOf?: unknown; progressTo?: unknown } } } } | undefined)?.data?.root?.doc;
    if (item === null || typeof item !== "object" || !isText(doc?.asOf)) return undefined;
    return progressText(item as Tracked, doc.asOf, isText(doc.progressTo) ? doc.progressTo : undefined);
  },
};
