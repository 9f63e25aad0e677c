import type { EvaluationFormKind } from "@sidestilt/domain/evaluation-form.schema";

/** Every path of the web app, with builders for the ones that take parameters. */
export const paths = {
  home: "/",
  courses: "/courses",
  signIn: "/sign-in",
  units: "/units",
  unit: "/units/:unitId",
  unitAudit: "/units/:unitId/audit",
  person: "/people/:personId",
  profile: "/profile",
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password",
  invitation: "/invitation",
  newCourse: "/courses/new",
  course: "/courses/:courseId",
  run: "/runs/:runId",
  runProgramme: "/runs/:runId/programme",
  runProgrammePrint: "/runs/:runId/programme/print",
  runSignOff: "/runs/:runId/sign-off",
  catalogue: "/catalogue",
  catalogueRun: "/catalogue/runs/:runId",
  catalogueSignUp: "/catalogue/runs/:runId/sign-up",
  runAttendance: "/runs/:runId/attendance",
  runParticipants: "/runs/:runId/participants",
  registration: "/registration",
  evaluation: "/evaluation",
  runEvaluation: "/runs/:runId/evaluation",
  evaluationMeeting: "/runs/:runId/evaluation/meeting",
  evaluationResults: "/runs/:runId/evaluation/:collectionId/results",
  evaluationHandout: "/runs/:runId/evaluation/:collectionId/handout",
  evaluationComparison: "/courses/:courseId/evaluation-comparison",
  /** The form builder of one kind of participant evaluation form (`:kind` as the API names it). */
  evaluationForm: "/courses/:courseId/evaluation-forms/:kind",
} as const;

export const unitHref = (unitId: string): string => `/units/${encodeURIComponent(unitId)}`;
export const unitAuditHref = (unitId: string): string => `${unitHref(unitId)}/audit`;
export const personHref = (personId: string): string => `/people/${encodeURIComponent(personId)}`;

export const courseHref = (courseId: string): string => `/courses/${encodeURIComponent(courseId)}`;
/** A run opens on its plan; the programme and the sign-off are the run's other tabs. */
export const runHref = (runId: string): string => `/runs/${encodeURIComponent(runId)}`;
export const runProgrammeHref = (runId: string): string => `${runHref(runId)}/programme`;
export const runProgrammePrintHref = (runId: string): string => `${runHref(runId)}/programme/print`;
export const runSignOffHref = (runId: string): string => `${runHref(runId)}/sign-off`;
export const runAttendanceHref = (runId: string): string => `${runHref(runId)}/attendance`;
export const runParticipantsHref = (runId: string): string => `${runHref(runId)}/participants`;

/** The run's evaluation tab; the meeting and each collection's results are pages under it. */
export const runEvaluationHref = (runId: string): string => `${runHref(runId)}/evaluation`;
export const evaluationMeetingHref = (runId: string): string => `${runEvaluationHref(runId)}/meeting`;
export const evaluationResultsHref = (runId: string, collectionId: string, breakdown?: string | null): string => {
  const path = `${runEvaluationHref(runId)}/${encodeURIComponent(collectionId)}/results`;
  return breakdown ? `${path}?${new URLSearchParams({ breakdown }).toString()}` : path;
};
/** The printable handout with the QR code (outside the run's layout). */
export const evaluationHandoutHref = (runId: string, collectionId: string): string =>
  `${runEvaluationHref(runId)}/${encodeURIComponent(collectionId)}/handout`;
export const evaluationComparisonHref = (courseId: string, kind?: EvaluationFormKind): string => {
  const path = `${courseHref(courseId)}/evaluation-comparison`;
  return kind ? `${path}?${new URLSearchParams({ kind }).toString()}` : path;
};
export const evaluationFormHref = (courseId: string, kind: EvaluationFormKind): string =>
  `${courseHref(courseId)}/evaluation-forms/${encodeURIComponent(kind)}`;

/** The public catalogue, optionally with its filters as the query string (see features/catalogue). */
export const catalogueHref = (query?: URLSearchParams): string => {
  const search = query?.toString();
  return search ? `/catalogue?${search}` : "/catalogue";
};
export const catalogueRunHref = (runId: string): string => `/catalogue/runs/${encodeURIComponent(runId)}`;
export const catalogueSignUpHref = (runId: string): string => `${catalogueRunHref(runId)}/sign-up`;

export type SignInReason = "session_expired";

/**
 * Only same-app paths are allowed as `returnTo` (no `//host` or `https://…`), so a crafted link
 * cannot send a user to another site after signing in.
 */
export function safeReturnTo(value: string | null | undefined): string | null {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (value === paths.signIn || value.startsWith(`${paths.signIn}?`)) return null;
  return value;
}

export function signInHref(options: { returnTo?: string | null; reason?: SignInReason } = {}): string {
  const params = new URLSearchParams();
  const returnTo = safeReturnTo(options.returnTo);
  if (returnTo && returnTo !== paths.courses) params.set("returnTo", returnTo);
  if (options.reason) params.set("reason", options.reason);
  const query = params.toString();
  return query ? `${paths.signIn}?${query}` : paths.signIn;
}

/** Where the API starts signing in through the OpenID provider; it comes back to `returnTo` when done. */
export function oidcStartHref(returnTo: string | null | undefined): string {
  const params = new URLSearchParams({ returnTo: safeReturnTo(returnTo) ?? paths.courses });
  return `/api/auth/oidc/start?${params.toString()}`;
}
