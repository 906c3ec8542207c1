import { BUILT_IN_PROFILES, loadProfile } from "./load-profile.js";
import type { ResolvedProfile } from "./types.js";

/**
 * The profile a record asks for: its `authority` when that names a built-in profile, else the
 * national floor (england). A user's own profile file is only ever chosen explicitly (--profile),
 * never by a record: a record must not make reviewkit read a file it names.
 * @example profileFor({ recordType: "case-file", authority: "knowsley" }).id // "knowsley"
 * @example profileFor({ recordType: "cp-plan" }).id // "england"
 */
export function profileFor(json: unknown): ResolvedProfile {
  const authority = typeof json === "object" && json !== null ? (json as { authority?: unknown }).authority : undefined;
  if (typeof authority === "string" && (BUILT_IN_PROFILES as readonly string[]).includes(authority)) {
    return loadProfile(authority);
  }
  return loadProfile("england");
}
