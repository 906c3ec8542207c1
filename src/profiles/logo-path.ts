import { realpathSync } from "node:fs";
import { dirname, isAbsolute, resolve, sep } from "node:path";
import { ProfileError } from "../errors.js";

/**
 * Where a profile's logo is: `authority.logo` is relative to the profile file (the schema says so),
 * not to the folder the command runs in, and must be a file in the profile's own folder or below:
 * a profile is data someone may pass around, and its logo must not read a file from anywhere else
 * on the machine into every document. An address (`https://…`) is left for the renderer to refuse.
 * @example resolveLogoPath("logo.png", "/work/council/profile.json") // "/work/council/logo.png"
 */
export function resolveLogoPath(logo: string, profileFile: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(logo) && !isAbsolute(logo)) return logo;
  const folder = dirname(resolve(profileFile));
  const path = resolve(folder, logo);
  const root = safeRealpath(folder);
  const real = safeRealpath(path);
  if (!real.startsWith(root + sep)) {
    throw new ProfileError("authority.logo must name a PNG file in the profile's own folder (or a folder below it)", profileFile, "/authority/logo");
  }
  return path;
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path); // not there: the renderer says it cannot be read
  }
}
