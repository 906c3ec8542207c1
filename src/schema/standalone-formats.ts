/**
 * The format table the prebuilt (standalone) validators call into. `createAjv` registers ajv-formats'
 * full formats plus `local-date-time`; code generated from that instance refers to each format by
 * name in this one table, so it must hold exactly the same definitions.
 */
import { fullFormats } from "ajv-formats/dist/formats.js";
import { isLocalDateTime, LOCAL_DATE_TIME_FORMAT } from "./formats.js";
import { watchedFormat } from "./extreme-dates.js";

/** The definition `createAjv` gives `local-date-time`; shared so compiled and prebuilt code agree. */
export const localDateTimeFormat = watchedFormat({ type: "string", validate: isLocalDateTime } as const);

/**
 * ajv-formats' `date`, noting extreme dates as it checks (extreme-dates.ts); `createAjv` gives it
 * in place of ajv-formats' own, so compiled and prebuilt code agree.
 */
export const dateFormat = watchedFormat(fullFormats.date as { validate: (value: string) => boolean; compare: (a: string, b: string) => number | undefined });

/** ajv-formats' full formats plus reviewkit's own, keyed by the names schemas use. */
export function standaloneFormats(): Record<string, unknown> {
  return { ...fullFormats, date: dateFormat, [LOCAL_DATE_TIME_FORMAT]: localDateTimeFormat };
}
