import { existsSync } from "node:fs";
import { basename } from "node:path";
import { InputError, ProfileError } from "../errors.js";
import { readBounded } from "../io/read-bounded.js";
import { forgetBeforeEachRun } from "../io/run-caches.js";
import { decodeUtf8, parseJsonText } from "../io/read-json.js";
import { shippedPath } from "../paths.js";
import { resolveLogoPath } from "./logo-path.js";
import { validateProfileData } from "./validate-profile.js";
import { BUILT_IN_PROFILE_IDS } from "./built-in-ids.js";
import type { ResolvedProfile, Timescale, Frequency, DueDate, Ladder, ChildStatus, Reading, SignificantChangePolicy, EscalationForm } from "./types.js";

/** The profiles shipped in profiles/, one per file, found at build time (scripts/gen-index.ts). */
export const BUILT_IN_PROFILES = BUILT_IN_PROFILE_IDS;
export type BuiltInProfile = (typeof BUILT_IN_PROFILES)[number];

/** A profile file as written on disk (validated by schemas/profile.schema.json). */
export interface ProfileData {
  id: string;
  name: string;
  extends?: string;
  description: string;
  documents?: { id: string; title: string; authority: string }[];
  timescales?: Record<string, Omit<Timescale, "definedBy">>;
  frequencies?: Record<string, Omit<Frequency, "definedBy">>;
  dueDates?: Record<string, Omit<DueDate, "definedBy">>;
  escalation?: { ladders: Partial<Record<ChildStatus, Ladder>> };
  advocacy?: ResolvedProfile["advocacy"];
  childConferenceLetter?: ResolvedProfile["childConferenceLetter"];
  parentLetters?: ResolvedProfile["parentLetters"];
  caseload?: ResolvedProfile["caseload"];
  authority?: ResolvedProfile["authority"];
  protectiveMarking?: string;
  rules?: { enabled?: string[]; disabled?: { id: string; reason: string }[] };
  adds?: string[];
  overrides?: { path: string; reason: string }[];
  readings?: Reading[];
  significantChanges?: SignificantChangePolicy;
  readability?: ResolvedProfile["readability"];
  escalationForm?: EscalationForm;
}

const cache = new Map<string, ResolvedProfile>();
// A profile file may change between two runs of the command line in one process (cli/main.ts).
forgetBeforeEachRun(() => cache.clear());

/** A profile is policy a person writes (the largest shipped one is ~30 KB): far bigger is not a profile. */
const MAX_PROFILE_BYTES = 2 * 1024 * 1024;

/**
 * Loads a built-in profile by id, or a user's profile file by path, and resolves its `extends` chain.
 * A profile that changes something its parent set must list it under `overrides` with a reason:
 * nothing is shadowed silently.
 * @example const p = loadProfile("knowsley"); p.timescales["lac-minutes"].value // 20
 * @example const mine = loadProfile("./my-authority.json") // { "extends": "knowsley", … }
 */
export function loadProfile(idOrPath: string): ResolvedProfile {
  const cached = cache.get(idOrPath);
  if (cached) return cached;
  const resolved = resolve(idOrPath, []);
  cache.set(idOrPath, resolved);
  return resolved;
}

/**
 * A profile already loaded in this run, by its id: a user's own profile is loaded by file path, and
 * reports that only know its id (e.g. to name a document it cites) find it here.
 * @example loadProfile("./mine.json"); loadedProfile("my-authority")?.name // "My Authority"
 */
export function loadedProfile(id: string): ResolvedProfile | undefined {
  for (const p of cache.values()) if (p.id === id) return p;
  return undefined;
}

function readProfileData(idOrPath: string): { data: ProfileData; file: string } {
  const builtIn = (BUILT_IN_PROFILES as readonly string[]).includes(idOrPath);
  const file = builtIn ? shippedPath("profiles", `${idOrPath}.json`) : idOrPath;
  if (!builtIn && !existsSync(file)) {
    throw new ProfileError(
      `no built-in profile or file called "${idOrPath}" (built-in: ${BUILT_IN_PROFILES.join(", ")})`,
      idOrPath,
    );
  }
  let data: unknown;
  try {
    // Bounded and checked like a record (size while reading, UTF-8, duplicate and __proto__ keys).
    data = parseJsonText(decodeUtf8(readBounded(file, MAX_PROFILE_BYTES), file), file);
  } catch (err) {
    const why = err instanceof InputError ? err.message : "cannot be read";
    throw new ProfileError(`the profile file: ${why.replace(/^the file /, "")}`, builtIn ? basename(file) : file, err instanceof InputError ? err.where : undefined);
  }
  // A user's file is checked against the profile schema; the shipped ones are checked by the tests
  // (built-in-profiles.test.ts), and compiling that schema here would be ~170 ms of every start.
  if (!builtIn) validateProfileData(data, file);
  const profile = data as ProfileData;
  if (profile.authority?.logo !== undefined) profile.authority = { ...profile.authority, logo: resolveLogoPath(profile.authority.logo, file) };
  return { data: profile, file };
}

function resolve(idOrPath: string, seen: string[]): ResolvedProfile {
  const { data, file } = readProfileData(idOrPath);
  if (seen.includes(data.id)) {
    throw new ProfileError(`profiles extend each other in a loop: ${[...seen, data.id].join(" → ")}`, file);
  }
  const resolved = data.extends === undefined ? fromBase(data) : extend(resolve(data.extends, [...seen, data.id]), data, file);
  checkLadderTimescales(resolved, file);
  return resolved;
}

/**
 * An informal step that names its timescale must match it: one number, stated twice, must not
 * drift apart (the ladder's response date and the timescale's owner would disagree).
 */
function checkLadderTimescales(profile: ResolvedProfile, file: string): void {
  for (const [status, ladder] of Object.entries(profile.escalation.ladders)) {
    const id = ladder.informal.timescale;
    if (id === undefined) continue;
    const t = profile.timescales[id];
    if (t === undefined || !Object.hasOwn(profile.timescales, id)) {
      throw new ProfileError(`the ${status} ladder's informal step names timescale "${id}", which the profile does not have`, file);
    }
    const r = ladder.informal.responseTime;
    if (t.value !== r.value || t.unit !== r.unit) {
      throw new ProfileError(`the ${status} ladder's informal response time (${r.value} ${r.unit}) differs from timescale "${id}" (${t.value} ${t.unit})`, file);
    }
  }
}

function stamp<T>(entries: Record<string, T> | undefined, by: string): Record<string, T & { definedBy: string }> {
  const out: Record<string, T & { definedBy: string }> = {};
  for (const [k, v] of Object.entries(entries ?? {})) out[k] = { ...v, definedBy: by };
  return out;
}

function fromBase(data: ProfileData): ResolvedProfile {
  if (!data.escalation?.ladders["looked-after"] || !data.escalation.ladders["child-protection"]) {
    throw new ProfileError("a base profile (one that extends nothing) must define both escalation ladders", data.id);
  }
  if (!data.advocacy || !data.authority) {
    throw new ProfileError("a base profile must define advocacy and authority", data.id);
  }
  const profile: ResolvedProfile = {
    id: data.id,
    name: data.name,
    lineage: [data.id],
    description: data.description,
    documents: data.documents ?? [],
    timescales: stamp(data.timescales, data.id),
    frequencies: stamp(data.frequencies, data.id),
    dueDates: stamp(data.dueDates, data.id),
    escalation: { ladders: data.escalation.ladders as Record<ChildStatus, Ladder> },
    advocacy: data.advocacy,
    caseload: data.caseload ?? {},
    authority: data.authority,
    protectiveMarking: data.protectiveMarking ?? "OFFICIAL-SENSITIVE",
    enabledRules: new Set(data.rules?.enabled ?? []),
    disabledRules: new Map((data.rules?.disabled ?? []).map((d) => [d.id, d.reason])),
    adds: data.adds ?? [],
    overrides: [],
    readings: data.readings ?? [],
  };
  if (data.readability) profile.readability = data.readability;
  if (data.significantChanges) profile.significantChanges = data.significantChanges;
  if (data.escalationForm) profile.escalationForm = data.escalationForm;
  if (data.childConferenceLetter) profile.childConferenceLetter = data.childConferenceLetter;
  if (data.parentLetters) profile.parentLetters = data.parentLetters;
  return profile;
}

function extend(parent: ResolvedProfile, data: ProfileData, file: string): ResolvedProfile {
  const declared = new Map((data.overrides ?? []).map((o) => [o.path, o.reason]));
  const mustDeclare = (path: string, parentHas: boolean): void => {
    if (parentHas && !declared.has(path) && !declared.has(path.split("/")[0] ?? "")) {
      throw new ProfileError(
        `"${path}" is already set by "${parent.lineage.join(" → ")}"; list it under "overrides" with a reason to change it`,
        file,
      );
    }
  };
  for (const id of Object.keys(data.timescales ?? {})) mustDeclare(`timescales/${id}`, Object.hasOwn(parent.timescales, id)); // hasOwn: a timescale called "constructor" is not Object.prototype's
  for (const id of Object.keys(data.frequencies ?? {})) mustDeclare(`frequencies/${id}`, Object.hasOwn(parent.frequencies, id));
  for (const id of Object.keys(data.dueDates ?? {})) mustDeclare(`dueDates/${id}`, Object.hasOwn(parent.dueDates, id));
  if (data.escalation) mustDeclare("escalation/ladders", true);
  if (data.advocacy) mustDeclare("advocacy", true);
  for (const role of Object.keys(data.caseload ?? {})) mustDeclare(`caseload/${role}`, role in parent.caseload);
  if (data.authority) mustDeclare("authority", true);
  if (data.significantChanges) mustDeclare("significantChanges", parent.significantChanges !== undefined);
  if (data.escalationForm) mustDeclare("escalationForm", parent.escalationForm !== undefined);
  if (data.childConferenceLetter) mustDeclare("childConferenceLetter", parent.childConferenceLetter !== undefined);
  if (data.parentLetters) mustDeclare("parentLetters", parent.parentLetters !== undefined);
  // Readability targets are per reader: a profile may change one band and keep its parent's others.
  for (const band of Object.keys(data.readability ?? {})) mustDeclare(`readability/${band}`, parent.readability !== undefined && Object.hasOwn(parent.readability, band));

  const enabled = new Set([...parent.enabledRules, ...(data.rules?.enabled ?? [])]);
  const disabled = new Map(parent.disabledRules);
  for (const d of data.rules?.disabled ?? []) {
    enabled.delete(d.id);
    disabled.set(d.id, d.reason);
  }
  const profile: ResolvedProfile = {
    ...parent,
    id: data.id,
    name: data.name,
    lineage: [...parent.lineage, data.id],
    description: data.description,
    documents: [...parent.documents, ...(data.documents ?? [])],
    timescales: { ...parent.timescales, ...stamp(data.timescales, data.id) },
    frequencies: { ...parent.frequencies, ...stamp(data.frequencies, data.id) },
    dueDates: { ...parent.dueDates, ...stamp(data.dueDates, data.id) },
    escalation: data.escalation
      ? { ladders: { ...parent.escalation.ladders, ...data.escalation.ladders } as Record<ChildStatus, Ladder> }
      : parent.escalation,
    advocacy: data.advocacy ?? parent.advocacy,
    caseload: { ...parent.caseload, ...data.caseload },
    authority: data.authority ?? parent.authority,
    protectiveMarking: data.protectiveMarking ?? parent.protectiveMarking,
    enabledRules: enabled,
    disabledRules: disabled,
    adds: [...parent.adds, ...(data.adds ?? [])],
    overrides: [...parent.overrides, ...(data.overrides ?? []).map((o) => ({ ...o, by: data.id }))],
    readings: [...parent.readings, ...(data.readings ?? [])],
  };
  const readability = data.readability ? { ...parent.readability, ...data.readability } : parent.readability;
  if (readability) profile.readability = readability;
  if (data.significantChanges) profile.significantChanges = data.significantChanges;
  if (data.escalationForm) profile.escalationForm = data.escalationForm;
  if (data.childConferenceLetter) profile.childConferenceLetter = data.childConferenceLetter;
  if (data.parentLetters) profile.parentLetters = data.parentLetters;
  return profile;
}
