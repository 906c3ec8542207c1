/**
 * Names a field in a finding: its title, where it sits ("in "Decisions" item 2"), the schema file
 * that declares it, and the one requirement it serves, if it serves exactly one.
 */
import type { Located, PathStep } from "./locate.js";

/** A requirement id from standards/requirements.tsv, as descriptions cite them. */
const REQUIREMENT_ID = /\b(?:KIRO|KCP|LEI|WB|GL|KSW|NAT)-[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*/g;
/** A key we may echo in a message: short and plainly a field name, not free text. */
export const SAFE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]{0,39}$/;

/** How a field is named in a finding. */
export interface Field {
  /** The field's own title, e.g. "Due date" (the finding's source paragraph). */
  readonly title: string;
  /** The title in quotes with where it sits, e.g. `"Due date" in "Decisions" item 2`. */
  readonly label: string;
  readonly file: string;
  readonly requirement: string | undefined;
}

/** Wraps a title or key in double quotes. */
export function quote(s: string): string {
  return `"${s}"`;
}

function itemLabel(steps: readonly PathStep[], i: number): string {
  const list = steps[i - 1]?.title ?? "List";
  return `${quote(list)} item ${Number(steps[i]?.key ?? 0) + 1}`;
}

/**
 * How a finding names the field at a located path.
 * @example fieldOf(locate("looked-after-review", "/decisions/1/dueDate", r)).label // '"Due date" in "Decisions" item 2'
 */
export function fieldOf(loc: Located): Field {
  const rootTitle = typeof loc.root.node.title === "string" ? loc.root.node.title : "Record";
  const steps = loc.steps;
  const last = steps.at(-1);
  if (!last) return { title: rootTitle, label: "The record", file: loc.root.file, requirement: undefined };

  let title: string;
  let label: string;
  let file = last.file;
  let description = last.description;
  let end = steps.length - 1; // index of the step the label names; context comes from before it
  if (last.kind === "item") {
    const list = steps[end - 1];
    title = list?.title ?? "List";
    label = itemLabel(steps, end);
    file = list?.file ?? file;
    description = list?.description;
    end -= 1;
  } else if (last.kind === "map-entry") {
    const map = steps[end - 1];
    title = map?.title ?? last.title ?? "Entry";
    label = SAFE_KEY.test(last.key) ? `${quote(title)} entry ${quote(last.key)}` : `An entry in ${quote(title)}`;
    file = map?.file ?? file;
    description = map?.description ?? description;
    end -= 1;
  } else {
    title = last.title ?? (SAFE_KEY.test(last.key) ? last.key : "This field");
    label = quote(title);
  }

  const context: string[] = [];
  const parentIndex = end - 1;
  const parent = steps[parentIndex];
  if (parent) {
    if (parent.kind === "item") {
      context.push(itemLabel(steps, parentIndex));
    } else if (parent.kind === "map-entry") {
      const map = steps[parentIndex - 1]?.title ?? parent.title ?? "Entry";
      context.push(SAFE_KEY.test(parent.key) ? `${quote(map)} entry ${quote(parent.key)}` : `an entry in ${quote(map)}`);
    } else {
      if (parent.title && !title.toLowerCase().includes(parent.title.toLowerCase())) context.push(quote(parent.title));
      for (let j = parentIndex - 1; j >= 0; j--) {
        if (steps[j]?.kind === "item") {
          context.push(itemLabel(steps, j));
          break;
        }
      }
    }
  }
  label += context.map((c) => ` in ${c}`).join("");
  // Cite a requirement only when the field serves exactly one: a date of birth, used by many
  // checks, names none rather than the first it happens to mention.
  const ids = new Set(description?.match(REQUIREMENT_ID) ?? []);
  const requirement = ids.size === 1 ? [...ids][0] : undefined;
  return { title, label, file, requirement };
}

