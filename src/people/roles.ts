/**
 * Roles as records write them ("Independent Reviewing Officer", "independent-reviewing officer",
 * "IRO"). The schemas say roles are compared ignoring case, spaces and hyphens; this is that rule.
 */

/**
 * A role in the form used for comparison: lower case, without spaces, hyphens or full stops.
 * @example normaliseRole("Head of Service") // "headofservice"
 */
export function normaliseRole(role: string): string {
  return role.toLowerCase().replace(/[\s\-.]+/g, "");
}

/**
 * True when a role is one of the roles listed, compared ignoring case, spaces, hyphens and full stops.
 * @example roleIsOneOf("independent reviewing officer", ["Independent Reviewing Officer", "IRO"]) // true
 */
export function roleIsOneOf(role: string | undefined, roles: readonly string[]): boolean {
  if (role === undefined) return false;
  const r = normaliseRole(role);
  return roles.some((candidate) => normaliseRole(candidate) === r);
}
