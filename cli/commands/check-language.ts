import { checkLanguageInput } from "../../src/language/check-input.js";
import { formatLanguageJson, formatLanguageText } from "../../src/language/format-report.js";
import type { Audience } from "../../src/language/audience.js";
import { UsageError } from "../../src/errors.js";
import { printOut, processIo, type CliIo } from "../io.js";

/** cli/main.ts passes "-" through yargs as this (yargs drops a lone "-"). */
const STDIN_PLACEHOLDER = ":stdin:";

interface CheckLanguageArgs {
  /** A file, or cli/main.ts's stand-in for "-" (yargs mangles a lone "-"), mapped back below. */
  input: string;
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
export async function runCheckLanguage(args: CheckLanguageArgs, io: CliIo = processIo()): Promise<number> {
  const input = args.input === STDIN_PLACEHOLDER ? "-" : args.input;
  if (input === "") throw new UsageError("say which file to check, or - for standard input");
  const result = checkLanguageInput(input, {
    ...(args.audience === undefined ? {} : { audience: args.audience }),
    ...(args.age === undefined ? {} : { age: args.age }),
    ...(args.profile === undefined ? {} : { profile: args.profile }),
  });
  printOut(io, args.format === "json" ? formatLanguageJson(result) : formatLanguageText(result), { data: args.format === "json" });
  return result.report.pass ? 0 : 1;
}
