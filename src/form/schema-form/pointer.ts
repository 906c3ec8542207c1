/** JSON Pointers into the record being edited, and the element ids made from them. */

/** Splits a JSON Pointer into unescaped segments. */
export function segments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Appends one segment to a pointer. */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** The id of the control (or group) for a pointer: "f" plus the pointer with safe characters. */
export function idFor(pointer: string, suffix = ""): string {
  return `f${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => (c === "/" ? "." : `_${c.charCodeAt(0).toString(16)}_`))}${suffix}`;
}

/** The value at a pointer, or undefined. */
export function getAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const key of segments(pointer)) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Sets (or, with `undefined`, deletes) the value at a pointer, creating objects on the way. */
export function setAt(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = segments(pointer);
  const last = keys.pop();
  if (last === undefined) return;
  let v: Record<string, unknown> = root;
  for (const key of keys) {
    let next = v[key];
    if (next === null || typeof next !== "object") v[key] = next = {};
    v = next as Record<string, unknown>;
  }
  if (value === undefined) {
    if (Array.isArray(v)) return;
    delete v[last];
  } else v[last] = value;
}
