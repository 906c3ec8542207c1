/**
 * The one finding shape every check returns: schema errors and the standards' rules alike.
 * See DESIGN.md, "One finding shape".
 */

/** How serious a finding is. */
export const severities = {
  /** A standard (or the record's structure) is breached. */
  ERROR: "error",
  /** Please check: something looks wrong or is due soon. */
  WARNING: "warning",
  /** Good practice, or something worth knowing. */
  INFO: "info",
  /** reviewkit itself failed (a rule threw); the run went on. */
  INTERNAL: "internal",
} as const;

/** One of {@link severities}. */
export type Severity = (typeof severities)[keyof typeof severities];

/** Where a finding's standard comes from. */
export interface FindingSource {
  /** The source document, e.g. `"000_e97c8872ca661401.txt"` or, for schema findings, `"schemas/looked-after-review.schema.json"`. */
  document: string;
  /** The paragraph in it, e.g. `"IRO Standard 2.9"`, or for schema findings the field's title, e.g. `"Minutes sent on"`. */
  paragraph: string;
}

/**
 * A finding about a record. Messages are plain English and never repeat the record's values:
 * records hold children's personal data.
 * @example
 * const f: Finding = {
 *   ruleId: "schema/format",
 *   severity: "error",
 *   path: "/minutes/sentOn",
 *   message: '"Minutes sent on" must be a real date in the form YYYY-MM-DD',
 *   requirement: "KIRO-2.9",
 *   source: { document: "schemas/looked-after-review.schema.json", paragraph: "Minutes sent on" },
 * };
 */
export interface Finding {
  /** The rule's id, or `schema/<keyword>` for a structural error. */
  ruleId: string;
  severity: Severity;
  /** JSON Pointer into the record, e.g. `/decisions/0/dueDate`; `""` for the whole record. */
  path: string;
  message: string;
  /** The requirement id from the standards' requirements list, e.g. `"KIRO-2.9"`, where there is one. */
  requirement?: string;
  source: FindingSource;
  /** Which of the rule's messages this is (e.g. `"late"`), or the schema keyword; stable where wording changes. */
  messageId?: string;
  /** The profile timescale the finding measures against, e.g. `"lac-minutes"`: its owner rule reported it. */
  timescale?: string;
  /** The due date that timescale set, as an ISO date or date-time: the same as its item in `deadlines`. */
  due?: string;
  /** Values for the message's placeholders and for reports; never personal data. */
  data?: Record<string, string | number | boolean>;
  /**
   * The field at `path` named by its schema title and place, e.g. `"Minutes sent on" in "Minutes"`,
   * for people reading a report; set by validateFiles for rule findings (a schema finding's
   * message already names its field).
   */
  field?: string;
}
