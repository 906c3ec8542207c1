import type {
  CaseFile,
  ConcernNote,
  CpConference,
  CpPlan,
  Escalation,
  GoodPracticeNote,
  LookedAfterReview,
  QaProgressReview,
  SignificantChange,
} from "../types/index.js";
import type { RecordType } from "../schema/load-schemas.js";

/** Each record type's generated TypeScript type, so a rule's `check` sees the record it applies to. */
export interface RecordTypeMap {
  "looked-after-review": LookedAfterReview;
  "cp-conference": CpConference;
  "cp-plan": CpPlan;
  escalation: Escalation;
  "good-practice-note": GoodPracticeNote;
  "qa-progress-review": QaProgressReview;
  "significant-change": SignificantChange;
  "concern-note": ConcernNote;
  "case-file": CaseFile;
}

export type { RecordType };
/** The record type a rule sees for a union of record type names. */
export type RecordOf<T extends RecordType> = RecordTypeMap[T];
export type CaseFileRecord = CaseFile;
