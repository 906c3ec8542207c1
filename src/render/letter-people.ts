/**
 * How a letter to the child names the people who will carry out each decision: by role and the
 * name the child knows them by ("your social worker, Priya"), never by splitting a full name (the
 * order of names differs between cultures), and "I" when it is the IRO writing (Knowsley IRO
 * Standard 1.11: decisions explained to the child according to their age and understanding).
 */
import type { Person } from "../types/index.js";

/** Roles that are the child's own people: "your social worker", not "the social worker". */
const THEIRS = /social worker|carer|key worker|adviser|advocate|helper|teacher|tutor|reviewing officer|\biro\b|mum|dad|mother|father|grand|aunt|uncle|nurse|doctor|\bgp\b/i;

/** Names that are a relationship in themselves, as a child says them. */
const FAMILY_NAMES = /^(mum|mummy|mam|mom|dad|daddy|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|babcia|dziadek)$/i;

/**
 * Job titles a child would not know, in plain words (the plain-language targets of issue 5 count
 * them as jargon): the title is replaced, anything after it, such as "(grandmother)", is kept.
 */
const PLAIN_ROLES: readonly [RegExp, string][] = [
  [/^kinship (foster )?carer\b/i, "carer"],
  [/^family group conference coordinator\b/i, "family meeting organiser"],
  [/^personal adviser\b/i, "adviser for when you leave care"],
  [/^virtual school (teacher|caseworker)\b/i, "school helper"],
  [/^advocate\b/i, "helper who speaks up for you"],
  [/^independent reviewing officer\b/i, "IRO"],
  [/^designated safeguarding lead\b/i, "teacher who helps keep you safe"],
];

/** A role as words in a sentence: plain words for a job title, lower case, except an acronym such as "IRO" or "GP". */
function roleWords(title: string): string {
  const plain = PLAIN_ROLES.find(([re]) => re.test(title));
  const role = plain ? title.replace(plain[0], plain[1]) : title;
  return role
    .split(/(\s+)/)
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join("");
}

/**
 * Who will do something, as the child's letter says it: "your social worker, Priya"; "the team
 * manager, Jamal"; the name alone where no role is recorded (a rule asks for it); "I" for the IRO.
 * @example whoForChild({ name: "Priya Raman", knownAs: "Priya", role: "Social Worker" }, iro) // "your social worker, Priya"
 */
export function whoForChild(owner: Person, iro: Person): string {
  if (owner.name === iro.name) return "I";
  const name = owner.knownAs ?? owner.name;
  // "Mum", "Nan" already say who they are: "your mother, Mum" reads oddly.
  if (FAMILY_NAMES.test(name)) return name;
  if (owner.role === undefined || owner.role.trim() === "") return name;
  const words = roleWords(owner.role);
  return `${THEIRS.test(owner.role) || THEIRS.test(words) ? "your" : "the"} ${words}, ${name}`;
}

/**
 * The same, to start a sentence: "Your social worker, Priya".
 * @example sentenceStart("your social worker, Priya") // "Your social worker, Priya"
 */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Workers a parent calls their own: "your social worker", not "the social worker". */
const FAMILY_WORKERS = /social worker|family support|key worker|advocate|health visitor/i;

/**
 * Job titles a parent would not know, in the plain words the glossary gives a parent (KCP-3.2;
 * data/glossary.json): the title is replaced, anything after it is kept.
 */
const PARENT_PLAIN_ROLES: readonly [RegExp, string][] = [
  [/^kinship (foster )?carer\b/i, "family and friends carer"],
  [/^family group conference coordinator\b/i, "family meeting organiser"],
  [/^designated safeguarding lead\b/i, "school's lead for keeping children safe"],
  [/^virtual school (teacher|caseworker|head)\b/i, "worker who helps children in care with school"],
  [/^personal adviser\b/i, "leaving care adviser"],
];

/** A job title as words mid-sentence, for an adult: plain words for a title a parent would not know, lower case, except an acronym such as "GP". */
function titleWords(title: string): string {
  const plain = PARENT_PLAIN_ROLES.find(([re]) => re.test(title));
  return (plain ? title.replace(plain[0], plain[1]) : title)
    .split(/(\s+)/)
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join("");
}

/**
 * Who will do something, as a letter to a parent says it, to start a sentence: "You" for the parent
 * written to, "I" for the writer (the chair or IRO), another parent by name and relationship, and a
 * worker by role and the name they are known by ("Your social worker, Zainab Mahmoud,"; "The
 * domestic abuse worker, Hà Phương,"). After a looked-after review the child's workers are the
 * child's ("Sofia's social worker, Priya,"), so `childName` replaces "your" there. The trailing
 * comma closes the apposition before "will do this".
 * @example whoForParent({ name: "Zainab Mahmoud", role: "Social Worker" }, { writer, you: ["Trần Thị Lan"], parents }) // "Your social worker, Zainab Mahmoud,"
 */
export function whoForParent(
  owner: Person,
  letter: { writer: Person; you: readonly string[]; parents: readonly { name: string; relationship: string }[]; childName?: string },
): string {
  if (owner.name === letter.writer.name) return "I";
  if (letter.you.includes(owner.name)) return letter.you.length === 1 ? "You" : `You, ${owner.name},`;
  const parent = letter.parents.find((p) => p.name === owner.name);
  if (parent) return `${owner.name} (${titleWords(parent.relationship)})`;
  const name = owner.knownAs ?? owner.name;
  if (owner.role === undefined || owner.role.trim() === "") return name;
  const whose = FAMILY_WORKERS.test(owner.role) || THEIRS.test(owner.role) ? (letter.childName === undefined ? "your" : `${letter.childName}'s`) : "the";
  return sentenceStart(`${whose} ${titleWords(owner.role)}, ${name},`);
}

/**
 * The sentence a parent's letter gives each action or decision: who and by when.
 * @example doerSentence("Your social worker, Zainab Mahmoud,", "4 December 2026") // "Your social worker, Zainab Mahmoud, will do this by 4 December 2026."
 */
export function doerSentence(who: string, by: string): string {
  return `${who} will do this by ${by}.`;
}
