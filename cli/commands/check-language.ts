import { checkLanguageInput } from "../../src/language/check-input.js";
import { formatLanguageJson, formatLanguageText } from "../../src/language/format-report.js";
import type { Audience } from "../../src/language/audience.js";
import { UsageError } from "../../src/errors.js";

interface CheckLanguageArgs {
  /** yargs turns a lone "-" positional into "" (or true), so both are read back as "-" below. */
  input: string | boolean;
  audience?: Audience;
  age?: number;
  profile?: string;
  format: "text" | "json";
}

/**
 * `reviewkit check-language`: prints the report; 0 it passes, 1 it does not, 2 bad usage or input
 * (thrown as UsageError / InputError / ProfileError and mapped to 2 by cli/exit.ts).
 * @example await runCheckLanguage({ input: "letter.txt", age: 9, format: "text" }) // 0 or 1
 */
export async function runCheckLanguage(args: CheckLanguageArgs): Promise<number> {
  const input = typeof args.input === "string" && args.input !== "" ? args.input : process.argv.includes("-") ? "-" : undefined;
  if (input === undefined) throw new UsageError("say which file to check, or - for standard input");
  const result = checkLanguageInput(input, {
    ...(args.audience === undefined ? {} : { audience: args.audience }),
    ...(args.age === undefined ? {} : { age: args.age }),
    ...(args.profile === undefined ? {} : { profile: args.profile }),
  });
  process.stdout.write(args.format === "json" ? formatLanguageJson(result) : formatLanguageText(result));
  return result.report.pass ? 0 : 1;
}
