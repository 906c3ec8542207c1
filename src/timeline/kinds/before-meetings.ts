/**
 * Things due before a meeting, for each review or conference with a record and for the next one
 * scheduled: reports reach the IRO (Knowsley Practice Standards section 8, KSW-8.REP), review
 * conference reports are shared with the family (section 4, KSW-4.RCPC), the IRO sees or speaks with
 * the child (Knowsley IRO Standard 1.7, KIRO-1.7) and the chair meets the parents (CP Chair Standard
 * 2.1, KCP-2.1). Each reads the record as its rule does, so the timeline and `validate` agree.
 *
 * The initial conference's reports (section 3, KSW-3.REP) are not here: a case file cannot say when
 * an initial conference is scheduled (there is no record until it is held), so there is no date to
 * count back from while it could still be met; rule conference-report-shared-in-time judges it after.
 */
import { compareMoment } from "../item.js";
import type { ItemKind, Occurrence, TimelineEnv, Trigger } from "../types.js";
import { beforeTrigger, citeIfOn, conferenceMeetings, reviewMeetings, type Meeting } from "./meetings.js";

/** The latest date "at least N before" the meeting, as the rules' checkBefore counts it (the meeting is day 0). */
function latestBefore(env: TimelineEnv, meeting: string, timescale: string): string | undefined {
  const t = env.profile.timescales[timescale];
  return t === undefined ? undefined : env.calendar.addDuration(meeting, { value: -t.value, unit: t.unit });
}

/** The record a held meeting's trigger points at. */
function recordAt(env: TimelineEnv, trigger: Trigger) {
  return trigger.path.startsWith("/records/") && !trigger.event.startsWith("scheduled-") ? env.caseFile.records[Number(trigger.path.split("/")[2])] : undefined;
}

/** The last of several completions: "reports" are all in only when the last one is. */
function last(list: Occurrence[]): Occurrence[] {
  const sorted = [...list].sort((a, b) => compareMoment(a.date, b.date));
  return sorted.length ? [sorted[sorted.length - 1] as Occurrence] : [];
}

/**
 * KSW-8.REP: "a report for every review - sent to the Independent Reviewing Officer at least 5 days
 * in advance" (5 working days: profiles/knowsley.json says why). Done when the last dated report
 * reached the IRO. A held review with no dated report is left out, as rule review-reports-in-time
 * leaves it (undated reports are IRO Standard 3.1's concern).
 */
const reviewReports: ItemKind = {
  id: "review-reports",
  title: () => "Reports for the review reach the IRO",
  triggers: (env) =>
    reviewMeetings(env).flatMap((m) => {
      const due = latestBefore(env, m.date, "review-reports");
      if (due === undefined) return [];
      const record = m.recordIndex === undefined ? undefined : env.caseFile.records[m.recordIndex];
      if (record?.recordType === "looked-after-review" && !record.reportsReceived.some((r) => r.receivedOn !== undefined)) return [];
      return [beforeTrigger(env, m, "looked-after-review", due)];
    }),
  done: (env, trigger) => {
    const record = recordAt(env, trigger);
    if (record?.recordType !== "looked-after-review") return [];
    const base = trigger.path.replace(/\/reviewDate$/, "");
    return last(record.reportsReceived.flatMap((r, i) => (r.receivedOn === undefined ? [] : [{ date: r.receivedOn, path: `${base}/reportsReceived/${i}/receivedOn` }])));
  },
  schedule: { type: "dated", citation: (env) => env.profile.timescales["review-reports"]?.citation },
};

/**
 * KSW-4.RCPC: "Reports for Review CP Conferences are prepared at least 5 days before a conference and
 * shared with parents, carers and children/young people in advance" (5 working days). Done when the
 * last report shared with the family was shared, the social worker's too (rule
 * review-conference-reports-in-time checks each).
 */
const reviewConferenceReports: ItemKind = {
  id: "review-conference-reports",
  title: () => "Review conference reports shared with the family",
  triggers: (env) =>
    conferenceMeetings(env)
      .filter((m) => m.conferenceType === "review")
      .flatMap((m) => {
        const due = latestBefore(env, m.date, "review-conference-reports");
        return due === undefined ? [] : [beforeTrigger(env, m, "review-conference", due)];
      }),
  done: (env, trigger) => {
    const record = recordAt(env, trigger);
    if (record?.recordType !== "cp-conference") return [];
    const base = trigger.path.replace(/\/conferenceDate$/, "");
    const shared: Occurrence[] = [];
    if (record.socialWorkReport?.sharedWithFamilyAt) shared.push({ date: record.socialWorkReport.sharedWithFamilyAt, path: `${base}/socialWorkReport/sharedWithFamilyAt` });
    record.reportsReceived.forEach((r, i) => {
      if (r.sharedWithFamilyOn) shared.push({ date: r.sharedWithFamilyOn, path: `${base}/reportsReceived/${i}/sharedWithFamilyOn` });
    });
    return last(shared);
  },
  schedule: { type: "dated", citation: (env) => env.profile.timescales["review-conference-reports"]?.citation },
};


/** "Before" the meeting counts the day itself (rules kiro-iro-saw-child-before-review, kcp-chair-met-parents): due on the meeting's date. */
const onTheDay = (env: TimelineEnv, m: Meeting, event: string) => beforeTrigger(env, m, event, m.date);

/**
 * KIRO-1.7: "The IRO will visit or communicate directly with the child prior to the review". Done by
 * the recorded contact, or by the child having met the IRO before the review (their participation
 * says so, with no date: counted as the review day). A contact on or before the previous review
 * planned that one, not this (the window starts the day after it).
 */
const iroSawChild: ItemKind = {
  id: "iro-saw-child-before-review",
  title: () => "IRO sees or speaks with the child before the review",
  triggers: (env) => reviewMeetings(env).map((m) => onTheDay(env, m, "looked-after-review")),
  done: (env, trigger) => {
    const record = recordAt(env, trigger);
    if (record?.recordType !== "looked-after-review") return [];
    const base = trigger.path.replace(/\/reviewDate$/, "");
    if (record.iroContactBeforeReview) return [{ date: record.iroContactBeforeReview.date, path: `${base}/iroContactBeforeReview/date` }];
    return record.childParticipation?.how === "met-iro-before" ? [{ date: record.reviewDate, path: `${base}/childParticipation/how` }] : [];
  },
  schedule: { type: "dated", citation: (env) => citeIfOn(env, "knowsley-iro-cp", "kiro-iro-saw-child-before-review", "iro-saw-child-before-review") },
};

/**
 * KCP-2.1: "CP Chair to meet with parents before the Child Protection Conference". Done by
 * chairMetParents.metOn. A held conference with a recorded reason the chair could not meet them is
 * left out: nothing is left to do by a date, and the rule asks the chair's manager to look at it.
 */
const chairMetParents: ItemKind = {
  id: "chair-met-parents",
  title: () => "Chair meets the parents before the conference",
  triggers: (env) =>
    conferenceMeetings(env).flatMap((m) => {
      const record = m.recordIndex === undefined ? undefined : env.caseFile.records[m.recordIndex];
      const excused = record?.recordType === "cp-conference" && record.chairMetParents?.metOn === undefined && record.chairMetParents?.notMetReason !== undefined;
      return excused ? [] : [onTheDay(env, m, `${m.conferenceType}-conference`)];
    }),
  done: (env, trigger) => {
    const record = recordAt(env, trigger);
    if (record?.recordType !== "cp-conference" || record.chairMetParents?.metOn === undefined) return [];
    return [{ date: record.chairMetParents.metOn, path: `${trigger.path.replace(/\/conferenceDate$/, "")}/chairMetParents/metOn` }];
  },
  schedule: { type: "dated", citation: (env) => citeIfOn(env, "knowsley-iro-cp", "kcp-chair-met-parents", "chair-met-parents") },
};

/**
 * Items due before reviews and conferences.
 * @example BEFORE_MEETING_KINDS.map((k) => k.id) // ["review-reports", "review-conference-reports", …]
 */
export const BEFORE_MEETING_KINDS: readonly ItemKind[] = [reviewReports, reviewConferenceReports, iroSawChild, chairMetParents];
