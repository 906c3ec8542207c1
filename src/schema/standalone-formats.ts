/**
 * The format table the prebuilt (standalone) validators call into. `createAjv` registers ajv-formats'
 * full formats plus `local-date-time`; code generated from that instance refers to each format by
 * name in this one table, so it must hold exactly the same definitions.
 */
import { fullFormats } from "ajv-formats/dist/formats.js";
import { isLocalDateTime, LOCAL_DATE_TIME_FORMAT } from "./formats.js";

/** The definition `createAjv` gives `local-date-time`; shared so compiled and prebuilt code agree. */
export const localDateTimeFormat = { type: "string", validate: isLocalDateTime } as const;

/** ajv-formats' full formats plus reviewkit's own, keyed by the names schemas use. */
export function standaloneFormats(): Record<string, unknown> {
  return { ...fullFormats, [LOCAL_DATE_TIME_FORMAT]: localDateTimeFormat };
}
