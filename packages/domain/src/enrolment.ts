import type { RunPhase } from "./phase.ts";
import { fundingHoursMet, fundingTeachingMinutes } from "./programme.ts";

// Who may join a run, and when: pure rules shared by the catalogue (which shows the state), the
// sign-up service (which enforces it under the run's lock) and staff screens.

/** Phases in which a run is published in the public catalogue: signed ready, or under way. */
export const publishedPhases = ["READY", "RUNNING"] as const satisfies readonly RunPhase[];

/** Statuses that hold a seat: a confirmed participant, or one with a seat on offer. */
export const seatHoldingStatuses = ["CONFIRMED", "OFFERED"] as const;
/** Statuses that count as signed up (a second sign-up with the same email is a duplicate). */
export const activeStatuses = ["CONFIRMED", "WAITING", "OFFERED"] as const;

/** How long a freed seat is held for the next person on the waiting list. */
export const offerHoldHours = 48;

export type SignupFacts = {
  phase: RunPhase;
  enrolment: "DIRECT" | "REFERRAL";
  /** ISO dates (YYYY-MM-DD). */
  startsOn: string;
  signupClosesOn: string | null;
  capacity: number;
  /** Seats held now (confirmed + offered). */
  seatsTaken: number;
  /** People waiting (waiting + offered beyond capacity never happens: offers hold seats). */
  waiting: number;
};

/**
 * The sign-up state of a run on a given day (Europe/Oslo calendar date, YYYY-MM-DD):
 * `open` (a seat is free), `waiting_list` (full: a sign-up joins the waiting list), `referral`
 * (staff register referred participants), or `closed` with a reason.
 */
export type SignupState =
  | { state: "open"; seatsLeft: number }
  | { state: "waiting_list"; waiting: number }
  | { state: "referral" }
  | { state: "closed"; reason: "not_published" | "cancelled" | "deadline_passed" | "started" };

/** The last day to sign up: the run's own deadline, or the day before it starts. */
export const lastSignupDay = (facts: Pick<SignupFacts, "startsOn" | "signupClosesOn">): string =>
  facts.signupClosesOn ?? addDays(facts.startsOn, -1);

export function signupState(facts: SignupFacts, today: string): SignupState {
  if (facts.phase === "CANCELLED") return { state: "closed", reason: "cancelled" };
  if (!(publishedPhases as readonly RunPhase[]).includes(facts.phase))
    return { state: "closed", reason: "not_published" };
  if (today >= facts.startsOn) return { state: "closed", reason: "started" };
  if (today > lastSignupDay(facts)) return { state: "closed", reason: "deadline_passed" };
  if (facts.enrolment === "REFERRAL") return { state: "referral" };
  if (placementFor(facts) === "CONFIRMED") return { state: "open", seatsLeft: facts.capacity - facts.seatsTaken };
  return { state: "waiting_list", waiting: facts.waiting };
}

/** Where a new registration goes: a free seat when nobody is waiting for one, else the waiting list. */
export function placementFor(facts: Pick<SignupFacts, "capacity" | "seatsTaken" | "waiting">): "CONFIRMED" | "WAITING" {
  return facts.capacity - facts.seatsTaken > 0 && facts.waiting === 0 ? "CONFIRMED" : "WAITING";
}

/**
 * Whether a freed seat goes on to the waiting list: while the run is neither closed nor being evaluated,
 * and has not started (a seat on a course that is under way is no use to the next in line).
 */
export function offersSeats(facts: Pick<SignupFacts, "phase" | "startsOn">, today: string): boolean {
  const over = facts.phase === "COMPLETED" || facts.phase === "CANCELLED" || facts.phase === "EVALUATION";
  return !over && today < facts.startsOn;
}

/** Until when a seat offered now is held for the person it is offered to. */
export const offerExpiry = (now: Date): Date => new Date(now.getTime() + offerHoldHours * 60 * 60 * 1000);

/** Why a referral date is refused: missing on a referral run, or a day that has not come yet. */
export type ReferralDateIssue = "referral_date_required" | "referral_date_in_future";

export function referralDateIssue(
  enrolment: SignupFacts["enrolment"],
  referralDate: string | null,
  today: string,
): ReferralDateIssue | null {
  if (referralDate === null) return enrolment === "REFERRAL" ? "referral_date_required" : null;
  return referralDate > today ? "referral_date_in_future" : null;
}

/** The hospital funding rule: at least 7 teaching hours (programme.ts) and at least 80 % attendance. */
export const fundingRule = { minTeachingMinutes: fundingTeachingMinutes, minAttendanceRate: 0.8 } as const;

export type FundingCheck = {
  teachingMinutes: number;
  /** Share of the expected (participant, session) pairs attended, 0–1; null while nothing counts yet. */
  attendanceRate: number | null;
  enoughHours: boolean;
  enoughAttendance: boolean;
  met: boolean;
};

export function fundingCheck(teachingMinutes: number, attendanceRate: number | null): FundingCheck {
  const enoughHours = fundingHoursMet(teachingMinutes);
  // A rate of exactly 80 % is enough: p / e rounds to the same double as 0.8 when p / e is exactly 4 / 5.
  const enoughAttendance = attendanceRate !== null && attendanceRate >= fundingRule.minAttendanceRate;
  return { teachingMinutes, attendanceRate, enoughHours, enoughAttendance, met: enoughHours && enoughAttendance };
}

// Attendance (oppmøte): course leaders mark each confirmed participant present or not, per session.
// The rate is strict, because the funding claim rests on it (docs/decisions/0018): every confirmed
// participant is expected at every session that counts, and a pair nobody marked counts as absent.

/** Phases in which attendance is recorded: from the first day (the run is still READY) to the evaluation. */
export const attendancePhases = ["READY", "RUNNING", "EVALUATION"] as const satisfies readonly RunPhase[];

export const isAttendancePhase = (phase: RunPhase): boolean =>
  (attendancePhases as readonly RunPhase[]).includes(phase);

/**
 * Attendance may be recorded for a session up to this many days before its date (a leader may open
 * the list the evening before, and clocks differ), never further ahead: nobody attends what has not happened.
 */
export const attendanceLeadDays = 1;

/** Whether attendance may be recorded today for a session on `sessionDate` (ISO dates, Europe/Oslo). */
export const isRecordableSession = (sessionDate: string, today: string): boolean =>
  sessionDate <= addDays(today, attendanceLeadDays);

export type AttendanceFacts = {
  /** Europe/Oslo calendar date (YYYY-MM-DD). */
  today: string;
  /** Confirmed participants (registrations): the only ones expected, and the only marks that count. */
  participants: readonly { id: string }[];
  sessions: readonly { id: string; date: string }[];
  marks: readonly { registrationId: string; sessionId: string; present: boolean }[];
};

export type SessionAttendance = {
  sessionId: string;
  /** Whether the session counts in the rate: its day is over, or attendance has been recorded for it. */
  counted: boolean;
  /** Confirmed participants marked present. */
  present: number;
  /** Confirmed participants marked at all (present or not). */
  recorded: number;
};

export type ParticipantAttendance = {
  registrationId: string;
  /** Counted sessions the participant attended. */
  present: number;
  /** present / counted sessions; null while no session counts. */
  rate: number | null;
};

export type AttendanceFigures = {
  /** In the order of `facts.sessions`. */
  sessions: SessionAttendance[];
  /** In the order of `facts.participants`. */
  participants: ParticipantAttendance[];
  /** Pairs (participant, counted session) marked present. */
  present: number;
  /** All pairs (participant, counted session): confirmed participants × counted sessions. */
  expected: number;
  /** present / expected; null while nothing is expected. */
  rate: number | null;
};

/** Attendance rate: attended pairs over expected pairs; null when no pair is expected. */
export const attendanceRate = (present: number, expected: number): number | null =>
  expected === 0 ? null : present / expected;

/**
 * The attendance of a run: per session, per participant and in all. A session counts once its day is
 * over (before `today`) or once anybody marked attendance for it; within a counted session, a
 * confirmed participant nobody marked counts as absent. Marks of other registrations are ignored.
 */
export function attendanceFigures(facts: AttendanceFacts): AttendanceFigures {
  const participantIds = new Set(facts.participants.map((participant) => participant.id));
  const sessionIds = new Set(facts.sessions.map((session) => session.id));
  // One mark per pair; a later mark of the same pair replaces an earlier one.
  const marks = new Map<string, { registrationId: string; sessionId: string; present: boolean }>();
  for (const mark of facts.marks) {
    if (participantIds.has(mark.registrationId) && sessionIds.has(mark.sessionId)) {
      marks.set(`${mark.registrationId}:${mark.sessionId}`, mark);
    }
  }
  const recorded = new Map<string, number>();
  const presentIn = new Map<string, number>();
  for (const mark of marks.values()) {
    recorded.set(mark.sessionId, (recorded.get(mark.sessionId) ?? 0) + 1);
    if (mark.present) presentIn.set(mark.sessionId, (presentIn.get(mark.sessionId) ?? 0) + 1);
  }
  const sessions = facts.sessions.map((session) => ({
    sessionId: session.id,
    counted: session.date < facts.today || (recorded.get(session.id) ?? 0) > 0,
    present: presentIn.get(session.id) ?? 0,
    recorded: recorded.get(session.id) ?? 0,
  }));
  const counted = new Set(sessions.filter((session) => session.counted).map((session) => session.sessionId));
  const participants = facts.participants.map((participant) => {
    let present = 0;
    for (const sessionId of counted) if (marks.get(`${participant.id}:${sessionId}`)?.present) present += 1;
    return { registrationId: participant.id, present, rate: attendanceRate(present, counted.size) };
  });
  const present = participants.reduce((sum, participant) => sum + participant.present, 0);
  const expected = facts.participants.length * counted.size;
  return { sessions, participants, present, expected, rate: attendanceRate(present, expected) };
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
