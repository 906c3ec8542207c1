/**
 * The schemas as the form sees them: by `$id`, with `$ref`s followed across files. The form is
 * generated from these at run time, so a field added to a schema appears with no form code changed.
 */

/** A JSON Schema node (2020-12), as much as the form reads. */
export interface SchemaNode {
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  minItems?: number;
  uniqueItems?: boolean;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
  examples?: unknown[];
}

/** A node with the `$id` its relative `$ref`s resolve against. */
export interface Site {
  node: SchemaNode;
  base: string;
}

/** Every schema by `$id`; resolves `$ref`s. */
export class SchemaIndex {
  private readonly byId = new Map<string, SchemaNode>();

  /** Indexes parsed schema files (each with a `$id`). */
  constructor(schemas: readonly SchemaNode[]) {
    for (const s of schemas) if (typeof s.$id === "string") this.byId.set(s.$id, s);
  }

  /** The top-level schema of a record type, e.g. `root("cp-plan")`. */
  root(recordType: string): Site {
    const id = [...this.byId.keys()].find((k) => k.endsWith(`/${recordType}.schema.json`));
    const node = id === undefined ? undefined : this.byId.get(id);
    if (!node || id === undefined) throw new Error(`no schema for ${recordType}`);
    return { node, base: id };
  }

  /**
   * Follows `$ref`s to the node that says what the value is. The referring node's title and
   * description win: "Review date" rather than the shared definition's "Date".
   */
  deref(site: Site): Site {
    let { node, base } = site;
    let title = node.title;
    let description = node.description;
    for (let hops = 0; node.$ref !== undefined && hops < 20; hops++) {
      const url = new URL(node.$ref, base);
      const fileId = url.href.replace(/#.*$/, "");
      let target = this.byId.get(fileId);
      for (const seg of decodeURIComponent(url.hash.replace(/^#\/?/, "")).split("/").filter(Boolean)) {
        target = (target as Record<string, unknown> | undefined)?.[seg] as SchemaNode | undefined;
      }
      if (!target) throw new Error(`cannot resolve ${node.$ref}`);
      base = fileId;
      node = target;
      title ??= node.title;
      description ??= node.description;
    }
    const out: SchemaNode = { ...node };
    if (title !== undefined) out.title = title;
    if (description !== undefined) out.description = description;
    return { node: out, base };
  }
}

/** The node's JSON type when it has one ("string", "object"…). */
export function typeOf(node: SchemaNode): string | undefined {
  if (Array.isArray(node.type)) return node.type.find((t) => t !== "null");
  if (node.type !== undefined) return node.type;
  if (node.properties) return "object";
  if (node.items) return "array";
  if (node.enum?.every((e) => typeof e === "string")) return "string";
  return undefined;
}
