/**
 * What `reviewkit form` embeds in the page as JSON, besides the files of its in-memory file system.
 * Shared by the builder (Node) and the page's script (browser).
 */

/** A profile the page offers, by the id or path loadProfile takes. */
export interface PageProfile {
  /** What loadProfile takes: a built-in id, or the in-memory path of a user's profile file. */
  ref: string;
  id: string;
  name: string;
}

/** The page's settings. */
export interface PageSettings {
  /** The record type the form starts on. */
  recordType: string;
  /** The record types the page offers. */
  recordTypes: { type: string; title: string }[];
  /** The profile chosen with --profile, or undefined: each case file's own authority, else england. */
  profile: string | undefined;
  profiles: PageProfile[];
  /** The package version, shown in the footer. */
  version: string;
}

/** The whole embedded payload: settings and files (path → text, or base64 bytes under `binary`). */
export interface PageData {
  settings: PageSettings;
  files: Record<string, string>;
  binary: Record<string, string>;
}
