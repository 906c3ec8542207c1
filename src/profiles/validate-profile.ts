import { ProfileError } from "../errors.js";
import { getProfileValidator } from "../schema/load-schemas.js";
import { schemaFindings } from "../schema/schema-findings.js";

/**
 * Checks a profile file against schemas/profile.schema.json; throws one ProfileError naming the
 * file, the field and the problem.
 * @example validateProfileData(JSON.parse(text), "my-authority.json")
 */
export function validateProfileData(data: unknown, file: string): void {
  const validate = getProfileValidator();
  if (validate(data)) return;
  const first = schemaFindings(validate.errors ?? [], validate.schema, data)[0];
  throw new ProfileError(first ? `${first.path || "/"}: ${first.message}` : "does not match the profile schema", file);
}
