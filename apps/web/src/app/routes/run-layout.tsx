import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, Link as RouterLink, useLocation, useParams } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { evaluationPageOf } from "../../features/evaluation/evaluation-pages.ts";
import { useRun } from "../../features/runs/get-run.ts";
import { isLanguage } from "../../i18n/languages.ts";
import {
  courseHref,
  runAttendanceHref,
  runEvaluationHref,
  runHref,
  runParticipantsHref,
  runProgrammeHref,
  runSignOffHref,
} from "../../lib/config/paths.ts";
import { formatDate } from "../../lib/format.ts";

type RunTab = "plan" | "programme" | "signOff" | "attendance" | "participants" | "evaluation";

const tabOf = (pathname: string): RunTab =>
  evaluationPageOf(pathname)
    ? "evaluation"
    : pathname.endsWith("/participants")
      ? "participants"
      : pathname.endsWith("/attendance")
        ? "attendance"
        : pathname.endsWith("/programme")
          ? "programme"
          : pathname.endsWith("/sign-off")
            ? "signOff"
            : "plan";

/**
 * A run (gjennomføring): the course it belongs to, its dates and phase, and its tabs as links — the
 * didactic plan, the programme, the sign-off, participants and attendance — each a page of its own
 * (and a URL to share).
 * The layout owns the page's one h1, naming the tab and the course; each tab starts at h2.
 */
export function RunLayout() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const runId = useParams().runId ?? "";
  const run = useRun(runId);
  const detail = run.data?.data;
  const { pathname } = useLocation();
  const tab = tabOf(pathname);
  const tabLabel =
    tab === "evaluation"
      ? t(`evaluation.pages.${evaluationPageOf(pathname) ?? "tab"}`)
      : tab === "attendance"
        ? t("attendance.tab")
        : tab === "participants"
          ? t("registrations.tab")
          : t(`runs.tabs.${tab}`);

  return (
    <div className="stack">
      {detail ? (
        <Paragraph data-size="sm">
          <Link asChild>
            <RouterLink to={courseHref(detail.courseId)}>
              {t("runs.backToCourse", { title: detail.courseTitle })}
            </RouterLink>
          </Link>
        </Paragraph>
      ) : null}
      <PageHeading title={t("runs.heading", { tab: tabLabel, course: detail?.courseTitle ?? t("runs.run") })} />
      {run.isPending ? (
        <LoadingStatus label={t("runs.loading")} />
      ) : !detail ? (
        <ErrorAlert
          heading={t("runs.loadError")}
          error={run.error}
          onRetry={() => void run.refetch()}
          retryLabel={t("runs.retry")}
          retrying={run.isFetching}
        />
      ) : (
        <>
          <Paragraph className="run-summary">
            {t("runs.summary", {
              from: formatDate(detail.startsOn, language),
              to: formatDate(detail.endsOn, language),
              phase: t(`enums.phase.${detail.phase}`),
            })}
          </Paragraph>
          <nav aria-label={t("runs.tabsLabel")} className="run-tabs">
            <ul>
              <li>
                <NavLink to={runHref(runId)} end>
                  {t("runs.tabs.plan")}
                </NavLink>
              </li>
              <li>
                <NavLink to={runProgrammeHref(runId)} end>
                  {t("runs.tabs.programme")}
                </NavLink>
              </li>
              <li>
                <NavLink to={runSignOffHref(runId)}>{t("runs.tabs.signOff")}</NavLink>
              </li>
              <li>
                <NavLink to={runParticipantsHref(runId)}>{t("registrations.tab")}</NavLink>
              </li>
              <li>
                <NavLink to={runAttendanceHref(runId)}>{t("attendance.tab")}</NavLink>
              </li>
              <li>
                <NavLink to={runEvaluationHref(runId)}>{t("evaluation.pages.tab")}</NavLink>
              </li>
            </ul>
          </nav>
          <Outlet />
        </>
      )}
    </div>
  );
}
