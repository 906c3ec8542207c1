import { relative } from "node:path";
import { skeletonRecord } from "../../src/schema/skeleton.js";
import { isRecordType, recordTypes, schemaFile } from "../../src/schema/load-schemas.js";
import { closestName } from "../../src/schema/did-you-mean.js";
import { loadProfile } from "../../src/profiles/load-profile.js";
import { readJsonFile } from "../../src/io/read-json.js";
import { shippedPath } from "../../src/paths.js";
import { printOut, processIo, type CliIo } from "../io.js";
import { InputError, UsageError } from "../../src/errors.js";
import { resolveCalendar } from "../options.js";

interface NewArgs {
  type: string;
  profile?: string;
  child?: string;
  "as-of": string;
}

/**
 * `reviewkit new <record type>`: prints a record to fill in (every required field, placeholders
 * that fail `validate` until filled, today's date, the authority, the child from a case file) as
 * JSON on standard output, for `> file.json`. 0 printed, 2 bad usage or input.
 * @example await runNew({ type: "looked-after-review", profile: "knowsley", "as-of": "2026-12-10" }) // 0
 */
export async function runNew(args: NewArgs, io: CliIo = processIo()): Promise<number> {
  const types = Object.values(recordTypes);
  if (!isRecordType(args.type)) {
    const best = closestName(args.type, types);
    const hint = best === undefined ? "" : `did you mean "${best}"? `;
    throw new UsageError(`unknown record type "${args.type.slice(0, 40)}": ${hint}the record types are ${types.join(", ")}`);
  }
  resolveCalendar({ "as-of": args["as-of"] }, io); // checks --as-of is a real date
  const profile = args.profile === undefined ? undefined : loadProfile(args.profile);
  const child = args.child === undefined ? undefined : childOf(args.child);
  const ref = relative(process.cwd(), shippedPath(schemaFile(args.type))).split("\\").join("/");
  const record = skeletonRecord(args.type, {
    today: args["as-of"],
    schemaRef: ref.startsWith(".") ? ref : `./${ref}`,
    ...(profile ? { authorityName: profile.authority.name, profileId: profile.id } : {}),
    ...(child ? { child } : {}),
  });
  printOut(io, `${JSON.stringify(record, null, 2)}\n`, { data: true });
  return 0;
}

/** The child from a case file (`--child`), or one line saying why not. */
function childOf(file: string): Record<string, unknown> {
  const json = readJsonFile(file) as Record<string, unknown> | null;
  const child = json && typeof json === "object" ? json.child : undefined;
  if (json?.recordType !== "case-file" || typeof child !== "object" || child === null || Array.isArray(child)) {
    throw new InputError("--child takes a child's case file (recordType \"case-file\" with a \"child\")", file);
  }
  return child as Record<string, unknown>;
}
