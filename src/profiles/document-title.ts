import { BUILT_IN_PROFILES, loadedProfile, loadProfile } from "./load-profile.js";

/**
 * The human title of a cited document ("Knowsley Council, Social Work Practice Standards"), looked up
 * in the given profile (built-in, or a user's own already loaded this run) and then in every built-in
 * one; a document no profile lists keeps its id.
 * Standards are stored under opaque file names, which mean nothing to an IRO reading a citation.
 * @example documentTitle("CPPCR-2010") // "Care Planning, Placement and Case Review (England) Regulations 2010"
 */
export function documentTitle(id: string, profileId?: string): string {
  const own = profileId === undefined ? undefined : loadedProfile(profileId);
  for (const profile of [own, ...BUILT_IN_PROFILES.map((p) => loadProfile(p))]) {
    const doc = profile?.documents.find((d) => d.id === id);
    if (doc) return `${doc.authority === "England" ? "" : `${doc.authority}, `}${doc.title}`;
  }
  return id;
}
