import type { QueryClient } from "@tanstack/react-query";
import { type LoaderFunctionArgs, redirect } from "react-router";
import { attendanceQueryOptions, attendanceSummaryQueryOptions } from "../features/attendance/get-attendance.ts";
import { objectHistoryQueryOptions } from "../features/audit/get-object-history.ts";
import { auditFiltersFrom, unitAuditQueryOptions } from "../features/audit/get-unit-audit.ts";
import { sessionQueryOptions } from "../features/auth/get-session.ts";
import { contributionsQueryOptions } from "../features/courses/get-contributions.ts";
import { courseQueryOptions } from "../features/courses/get-course.ts";
import { courseTemplatesQueryOptions } from "../features/courses/get-course-templates.ts";
import { coursesQueryOptions } from "../features/courses/get-courses.ts";
import { comparisonKindOf, comparisonQueryOptions } from "../features/evaluation/get-comparison.ts";
import { evaluationChainQueryOptions } from "../features/evaluation/get-evaluation-chain.ts";
import { meetingQueryOptions } from "../features/evaluation/get-meeting.ts";
import { resultsQueryOptions } from "../features/evaluation/get-results.ts";
import { runEvaluationQueryOptions } from "../features/evaluation/get-run-evaluation.ts";
import { evaluationFormsQueryOptions } from "../features/evaluation-forms/get-evaluation-forms.ts";
import { personQueryOptions } from "../features/people/get-person.ts";
import { unitPeopleQueryOptions } from "../features/people/get-unit-people.ts";
import { planQueryOptions } from "../features/plan/get-plan.ts";
import { profileQueryOptions } from "../features/profile/get-profile.ts";
import { programmeQueryOptions } from "../features/programme/get-programme.ts";
import { enrolmentQueryOptions } from "../features/registrations/get-enrolment.ts";
import { registrationsQueryOptions } from "../features/registrations/get-registrations.ts";
import { runQueryOptions } from "../features/runs/get-run.ts";
import { signOffQueryOptions } from "../features/sign-off/get-sign-off.ts";
import { unitQueryOptions } from "../features/units/get-unit.ts";
import { unitsQueryOptions } from "../features/units/get-units.ts";
import { workingGroupQueryOptions } from "../features/working-group/get-working-group.ts";
import { signInHref } from "../lib/config/paths.ts";

/*
 * The loaders of the pages for signed-in people. Their query options bring the domain schemas of plans,
 * sign-offs, registrations, attendance and audit with them, which the public pages never need: this
 * module is loaded on the first visit to such a page (see `signedInLoader` in routes.tsx), never by the
 * public catalogue on a phone.
 */

/** Sends anyone not signed in to the sign-in page, remembering where they were going. */
async function requireSession(queryClient: QueryClient, request: Request): Promise<void> {
  const session = await queryClient.ensureQueryData(sessionQueryOptions());
  if (!session) {
    const url = new URL(request.url);
    throw redirect(signInHref({ returnTo: `${url.pathname}${url.search}` }));
  }
}

export function coursesLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    // Start fetching while the page's code loads; the page shows its own loading and error states.
    void queryClient.prefetchInfiniteQuery(coursesQueryOptions());
    return null;
  };
}

/** "Nytt kurs": the templates, and the coordinated units (their partners may co-own the course). */
export function newCourseLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery(courseTemplatesQueryOptions());
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    for (const membership of session?.memberships ?? []) {
      if (membership.role === "COORDINATOR") void queryClient.prefetchQuery(unitQueryOptions(membership.unitId));
    }
    return null;
  };
}

export function courseLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const courseId = params.courseId ?? "";
    void queryClient.prefetchQuery(courseQueryOptions(courseId));
    void queryClient.prefetchQuery(workingGroupQueryOptions(courseId));
    void queryClient.prefetchQuery(contributionsQueryOptions(courseId));
    void queryClient.prefetchQuery(evaluationChainQueryOptions(courseId));
    return null;
  };
}

export function profileLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery(profileQueryOptions());
    return null;
  };
}

export function unitsLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery(unitsQueryOptions());
    return null;
  };
}

export function unitLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const unitId = params.unitId ?? "";
    void queryClient.prefetchQuery(unitQueryOptions(unitId));
    void queryClient.prefetchQuery(unitPeopleQueryOptions(unitId));
    return null;
  };
}

export function unitAuditLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const unitId = params.unitId ?? "";
    void queryClient.prefetchQuery(unitQueryOptions(unitId));
    const filters = auditFiltersFrom(new URL(request.url).searchParams);
    void queryClient.prefetchInfiniteQuery(unitAuditQueryOptions(unitId, filters));
    return null;
  };
}

export function personLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const personId = params.personId ?? "";
    void queryClient.prefetchQuery(personQueryOptions(personId));
    void queryClient.prefetchInfiniteQuery(objectHistoryQueryOptions("person", personId));
    return null;
  };
}

/** The run's heading and tabs; each tab's loader prefetches its own data. */
export function runLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery(runQueryOptions(params.runId ?? ""));
    return null;
  };
}

/** The run's plan tab (its index): the six elements. */
export function runPlanLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery(planQueryOptions(params.runId ?? ""));
    return null;
  };
}

/** The run's programme tab: sessions, items, warnings and teaching hours. */
export function runProgrammeLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery(programmeQueryOptions(params.runId ?? ""));
    return null;
  };
}

/** The printable programme, outside the run's layout: the run (course title, dates) and its programme. */
export function runProgrammePrintLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery(runQueryOptions(params.runId ?? ""));
    void queryClient.prefetchQuery(programmeQueryOptions(params.runId ?? ""));
    return null;
  };
}

/**
 * The run's attendance tab: the figures for everyone who may see the run, and the list with names
 * straight after for those the figures say may see it (course leaders).
 */
export function runAttendanceLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const runId = params.runId ?? "";
    void queryClient
      .fetchQuery(attendanceSummaryQueryOptions(runId))
      .then((summary) => {
        if (summary.abilities.canSeeParticipants) return queryClient.prefetchQuery(attendanceQueryOptions(runId));
      })
      // The page shows its own loading and error states.
      .catch(() => undefined);
    return null;
  };
}

/**
 * The run's participants tab: the counts for everyone who may see the run, and the lists straight after
 * for those the counts say may see participants (course leaders).
 */
export function runParticipantsLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const runId = params.runId ?? "";
    void queryClient
      .fetchQuery(enrolmentQueryOptions(runId))
      .then((summary) => {
        if (summary.abilities.canSeeParticipants) return queryClient.prefetchQuery(registrationsQueryOptions(runId));
      })
      // The page shows its own loading and error states.
      .catch(() => undefined);
    return null;
  };
}

/** The run's sign-off tab: steps, signatures, blockers and the checklist. */
export function runSignOffLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery(signOffQueryOptions(params.runId ?? ""));
    return null;
  };
}

/** The run's evaluation tab, and the printable handout (which reads the collection's link from it). */
export function runEvaluationLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery(runEvaluationQueryOptions(params.runId ?? ""));
    return null;
  };
}

/** A collection's results: the overall ones, and the breakdown in the URL as its own query. */
export function evaluationResultsLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const collectionId = params.collectionId ?? "";
    void queryClient.prefetchQuery(resultsQueryOptions(collectionId));
    const breakdown = new URL(request.url).searchParams.get("breakdown");
    if (breakdown) void queryClient.prefetchQuery(resultsQueryOptions(collectionId, breakdown));
    return null;
  };
}

/** The run's evaluation meeting: the record, the proposals and the later runs. */
export function evaluationMeetingLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    void queryClient.prefetchQuery(meetingQueryOptions(params.runId ?? ""));
    return null;
  };
}

/** The course's runs compared: the course (its title) and the kind of form in the URL. */
export function evaluationComparisonLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const courseId = params.courseId ?? "";
    void queryClient.prefetchQuery(courseQueryOptions(courseId));
    const kind = comparisonKindOf(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(comparisonQueryOptions(courseId, kind));
    return null;
  };
}

/** A course's evaluation form builder: the course (its title) and both of its forms. */
export function evaluationFormLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireSession(queryClient, request);
    const courseId = params.courseId ?? "";
    void queryClient.prefetchQuery(courseQueryOptions(courseId));
    void queryClient.prefetchQuery(evaluationFormsQueryOptions(courseId));
    return null;
  };
}
