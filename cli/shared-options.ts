/**
 * Options several commands share. The built-in profiles are named from the generated index
 * (src/profiles/built-in-ids.ts), so a new authority's profile shows in the help with no change here.
 */
import type { Argv } from "yargs";
import { BUILT_IN_PROFILE_IDS } from "../src/profiles/built-in-ids.js";
import { todayIso } from "./today.js";

/** --profile, --as-of, --holidays and --format (text by default), as validate, deadlines and escalate take them. @example common(y).choices("format", ["text", "json"]) */
export const common = (y: Argv) =>
  y
    .option("profile", { type: "string", describe: `built-in profile (${BUILT_IN_PROFILE_IDS.join(", ")}) or a profile file` })
    .option("as-of", { type: "string", describe: "the date treated as today, YYYY-MM-DD", default: todayIso(), defaultDescription: "today" })
    .option("holidays", { type: "string", describe: "a newer GOV.UK bank-holidays.json file" })
    .option("format", { type: "string", default: "text" });

/** --jobs, for validate and report. */
export const JOBS_DESCRIPTION = "threads to use for 1,000 files or more (1: one thread); the output is the same";
