import { Button, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { errorKeyOf } from "../../lib/api-error.ts";

/** What a failed page shows: the translated reason and a way to try again. */
export function RouteErrorContent() {
  const { t } = useTranslation();
  const error = useRouteError();
  const key = isRouteErrorResponse(error) && error.status === 404 ? "not_found" : errorKeyOf(error);
  return (
    <div className="stack">
      <PageHeading title={t("routeError.title")} />
      <Paragraph>{t(`errors.${key}`)}</Paragraph>
      <div>
        <Button type="button" onClick={() => window.location.reload()}>
          {t("routeError.reload")}
        </Button>
      </div>
    </div>
  );
}
