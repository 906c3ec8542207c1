/**
 * Typed errors. The library throws these; only cli/ maps them to exit codes (2 for all of them).
 * Messages name the file and the place, never the record's content: records hold children's
 * personal data and messages end up in logs.
 */

/** Base class: an input the library cannot work with. `file` and `where` locate it. */
export class ReviewkitError extends Error {
  override readonly name: string = "ReviewkitError";
  constructor(
    message: string,
    readonly file?: string,
    readonly where?: string,
  ) {
    super(message);
  }
  /** One line for a person: "file: where: problem". */
  toLine(): string {
    return [this.file, this.where, this.message].filter((s) => s !== undefined && s !== "").join(": ");
  }
}

/** The input could not be read or parsed (missing file, malformed JSON, a BOM we cannot strip). */
export class InputError extends ReviewkitError {
  override readonly name: string = "InputError";
}

/** The command line was wrong: unknown option value, missing argument. */
export class UsageError extends ReviewkitError {
  override readonly name = "UsageError";
}

/** A date that is not a real calendar date (2026-02-30) or not in ISO form. */
export class DateError extends ReviewkitError {
  override readonly name = "DateError";
}

/** A profile that does not validate or extends one that does not exist. */
export class ProfileError extends ReviewkitError {
  override readonly name = "ProfileError";
}

/** A bank-holiday file that is not in GOV.UK's bank-holidays.json format. */
export class HolidayDataError extends ReviewkitError {
  override readonly name = "HolidayDataError";
}

/** An output could not be written in full (a full disk, a read-only file, a closed stream); nothing half-written is left. */
export class OutputError extends InputError {
  override readonly name: string = "OutputError";
}
