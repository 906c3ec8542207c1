import { BUILT_IN_PROFILES, loadProfile } from "./load-profile.js";

/**
 * The human title of a cited document ("Knowsley Council, Social Work Practice Standards"), looked up
 * in the given profile and then in every built-in one; a document no profile lists keeps its id.
 * Standards are stored under opaque file names, which mean nothing to an IRO reading a citation.
 * @example documentTitle("CPPCR-2010") // "Care Planning, Placement and Case Review (England) Regulations 2010"
 */
export function documentTitle(id: string, profileId?: string): string {
  const order = profileId === undefined ? BUILT_IN_PROFILES : [profileId, ...BUILT_IN_PROFILES];
  for (const p of order) {
    let doc;
    try {
      doc = loadProfile(p).documents.find((d) => d.id === id);
    } catch {
      continue; // a user's profile that cannot load is reported where it is loaded, not here
    }
    if (doc) return `${doc.authority === "England" ? "" : `${doc.authority}, `}${doc.title}`;
  }
  return id;
}
