import type { QueryClient } from "@tanstack/react-query";
import type { LoaderFunction, LoaderFunctionArgs, RouteObject } from "react-router";
import { loadSignedInTexts } from "../i18n/setup.ts";
import { paths } from "../lib/config/paths.ts";
import { catalogueLoader, catalogueRunLoader, homeLoader, rootLoader, signInLoader } from "./public-route-loaders.ts";
import { AppLoading } from "./routes/app-loading.tsx";
import { RootErrorPage } from "./routes/root-error-page.tsx";
import { RootLayout } from "./routes/root-layout.tsx";
import { RouteErrorPage } from "./routes/route-error-page.tsx";

type SignedInLoaders = typeof import("./signed-in-route-loaders.ts");

/**
 * A signed-in page's loader, from a module loaded on first use: the public pages (a phone on the
 * catalogue) never download it. It is the route's `loader`, not part of `lazy`, so the data still starts
 * loading alongside the page's chunk. Made anew for each router, like the lazy page functions below.
 */
function signedInLoader(queryClient: QueryClient, name: keyof SignedInLoaders): LoaderFunction {
  let loader: ((args: LoaderFunctionArgs) => Promise<null>) | undefined;
  return async (args) => {
    if (!loader) {
      const [loaders] = await Promise.all([import("./signed-in-route-loaders.ts"), loadSignedInTexts()]);
      loader = loaders[name](queryClient);
    }
    return loader(args);
  };
}

// Each page is its own chunk, loaded on first visit. (Functions, not shared `lazy` objects: the router
// consumes a lazy object's loaders, so a second router built from the same objects would find them gone.)
async function signInPage() {
  return { Component: (await import("./routes/sign-in-page.tsx")).SignInPage };
}
async function coursesPage() {
  return { Component: (await import("./routes/courses-page.tsx")).CoursesPage };
}
async function newCoursePage() {
  return { Component: (await import("./routes/new-course-page.tsx")).NewCoursePage };
}
async function coursePage() {
  return { Component: (await import("./routes/course-page.tsx")).CoursePage };
}
async function forgotPasswordPage() {
  return { Component: (await import("./routes/forgot-password-page.tsx")).ForgotPasswordPage };
}
async function resetPasswordPage() {
  return { Component: (await import("./routes/reset-password-page.tsx")).ResetPasswordPage };
}
async function invitationPage() {
  return { Component: (await import("./routes/invitation-page.tsx")).InvitationPage };
}
async function profilePage() {
  return { Component: (await import("./routes/profile-page.tsx")).ProfilePage };
}
async function unitsPage() {
  return { Component: (await import("./routes/units-page.tsx")).UnitsPage };
}
async function unitPage() {
  return { Component: (await import("./routes/unit-page.tsx")).UnitPage };
}
async function unitAuditPage() {
  return { Component: (await import("./routes/unit-audit-page.tsx")).UnitAuditPage };
}
async function personPage() {
  return { Component: (await import("./routes/person-page.tsx")).PersonPage };
}
async function runLayout() {
  return { Component: (await import("./routes/run-layout.tsx")).RunLayout };
}
async function runPlanPage() {
  return { Component: (await import("./routes/run-plan-page.tsx")).RunPlanPage };
}
async function runProgrammePage() {
  return { Component: (await import("./routes/run-programme-page.tsx")).RunProgrammePage };
}
async function runProgrammePrintPage() {
  return { Component: (await import("./routes/run-programme-print-page.tsx")).RunProgrammePrintPage };
}
async function runParticipantsPage() {
  return { Component: (await import("./routes/run-participants-page.tsx")).RunParticipantsPage };
}
async function signUpPage() {
  return { Component: (await import("./routes/sign-up-page.tsx")).SignUpPage };
}
async function registrationPage() {
  return { Component: (await import("./routes/registration-page.tsx")).RegistrationPage };
}
async function evaluationPage() {
  return { Component: (await import("./routes/evaluation-page.tsx")).EvaluationPage };
}
async function runEvaluationPage() {
  return { Component: (await import("./routes/run-evaluation-page.tsx")).RunEvaluationPage };
}
async function evaluationMeetingPage() {
  return { Component: (await import("./routes/evaluation-meeting-page.tsx")).EvaluationMeetingPage };
}
async function evaluationResultsPage() {
  return { Component: (await import("./routes/evaluation-results-page.tsx")).EvaluationResultsPage };
}
async function evaluationHandoutPage() {
  return { Component: (await import("./routes/evaluation-handout-page.tsx")).EvaluationHandoutPage };
}
async function evaluationComparisonPage() {
  return { Component: (await import("./routes/evaluation-comparison-page.tsx")).EvaluationComparisonPage };
}
async function evaluationFormPage() {
  return { Component: (await import("./routes/evaluation-form-page.tsx")).EvaluationFormPage };
}
async function runAttendancePage() {
  return { Component: (await import("./routes/run-attendance-page.tsx")).RunAttendancePage };
}
async function runSignOffPage() {
  return { Component: (await import("./routes/run-sign-off-page.tsx")).RunSignOffPage };
}
async function cataloguePage() {
  return { Component: (await import("./routes/catalogue-page.tsx")).CataloguePage };
}
async function catalogueRunPage() {
  return { Component: (await import("./routes/catalogue-run-page.tsx")).CatalogueRunPage };
}
async function notFoundPage() {
  return { Component: (await import("./routes/not-found-page.tsx")).NotFoundPage };
}

/** The route tree. Loaders stay here (not in the lazy chunks) so they run while a page's chunk loads. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: "root",
      Component: RootLayout,
      loader: rootLoader(queryClient),
      HydrateFallback: AppLoading,
      ErrorBoundary: RootErrorPage,
      children: [
        {
          // Errors in a page render inside the layout, keeping the header and language switch.
          ErrorBoundary: RouteErrorPage,
          children: [
            { index: true, loader: homeLoader(queryClient) },
            {
              path: paths.signIn,
              loader: signInLoader(queryClient),
              lazy: signInPage,
            },
            {
              path: paths.courses,
              loader: signedInLoader(queryClient, "coursesLoader"),
              lazy: coursesPage,
            },
            { path: paths.newCourse, loader: signedInLoader(queryClient, "newCourseLoader"), lazy: newCoursePage },
            { path: paths.course, loader: signedInLoader(queryClient, "courseLoader"), lazy: coursePage },
            // Public: reached from emailed links, signed in or not.
            { path: paths.forgotPassword, lazy: forgotPasswordPage },
            { path: paths.resetPassword, lazy: resetPasswordPage },
            { path: paths.invitation, lazy: invitationPage },
            // The public catalogue: for everyone, signed in or not.
            { path: paths.catalogue, loader: catalogueLoader(queryClient), lazy: cataloguePage },
            { path: paths.catalogueRun, loader: catalogueRunLoader(queryClient), lazy: catalogueRunPage },
            { path: paths.catalogueSignUp, loader: catalogueRunLoader(queryClient), lazy: signUpPage },
            // A participant's personal link (the token is in the fragment), signed in or not.
            { path: paths.registration, lazy: registrationPage },
            // A participant's evaluation (a token or code in the fragment): no sign-in, no cookie.
            { path: paths.evaluation, lazy: evaluationPage },
            {
              path: paths.profile,
              loader: signedInLoader(queryClient, "profileLoader"),
              lazy: profilePage,
            },
            { path: paths.units, loader: signedInLoader(queryClient, "unitsLoader"), lazy: unitsPage },
            { path: paths.unit, loader: signedInLoader(queryClient, "unitLoader"), lazy: unitPage },
            { path: paths.unitAudit, loader: signedInLoader(queryClient, "unitAuditLoader"), lazy: unitAuditPage },
            { path: paths.person, loader: signedInLoader(queryClient, "personLoader"), lazy: personPage },
            {
              // The run's tabs (plan, programme, sign-off) are its children.
              path: paths.run,
              loader: signedInLoader(queryClient, "runLoader"),
              lazy: runLayout,
              children: [
                { index: true, loader: signedInLoader(queryClient, "runPlanLoader"), lazy: runPlanPage },
                {
                  path: "programme",
                  loader: signedInLoader(queryClient, "runProgrammeLoader"),
                  lazy: runProgrammePage,
                },
                { path: "sign-off", loader: signedInLoader(queryClient, "runSignOffLoader"), lazy: runSignOffPage },
                {
                  path: "attendance",
                  loader: signedInLoader(queryClient, "runAttendanceLoader"),
                  lazy: runAttendancePage,
                },
                {
                  path: "participants",
                  loader: signedInLoader(queryClient, "runParticipantsLoader"),
                  lazy: runParticipantsPage,
                },
                {
                  path: "evaluation",
                  loader: signedInLoader(queryClient, "runEvaluationLoader"),
                  lazy: runEvaluationPage,
                },
                {
                  path: "evaluation/meeting",
                  loader: signedInLoader(queryClient, "evaluationMeetingLoader"),
                  lazy: evaluationMeetingPage,
                },
                {
                  path: "evaluation/:collectionId/results",
                  loader: signedInLoader(queryClient, "evaluationResultsLoader"),
                  lazy: evaluationResultsPage,
                },
              ],
            },
            // A document of its own, outside the run's layout (no tabs), for printing.
            {
              path: paths.runProgrammePrint,
              loader: signedInLoader(queryClient, "runProgrammePrintLoader"),
              lazy: runProgrammePrintPage,
            },
            // The evaluation's printable handout (QR code), outside the run's layout like the programme.
            {
              path: paths.evaluationHandout,
              loader: signedInLoader(queryClient, "runEvaluationLoader"),
              lazy: evaluationHandoutPage,
            },
            {
              path: paths.evaluationComparison,
              loader: signedInLoader(queryClient, "evaluationComparisonLoader"),
              lazy: evaluationComparisonPage,
            },
            {
              path: paths.evaluationForm,
              loader: signedInLoader(queryClient, "evaluationFormLoader"),
              lazy: evaluationFormPage,
            },
            { path: "*", lazy: notFoundPage },
          ],
        },
      ],
    },
  ];
}
