import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { myRegistrationQueryOptions } from "../../features/registrations/my-registration.ts";
import { MyRegistrationView } from "../../features/registrations/my-registration-view.tsx";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { tokenFromHash } from "../../lib/url-fragment.ts";

/**
 * A participant's personal link (`/registration#<token>`), signed in or not: the token is read from the
 * fragment, which browsers never send to a server, and posted to the API.
 */
export function RegistrationPage() {
  const { t } = useTranslation();
  const token = tokenFromHash(useLocation().hash);
  return (
    <div className="stack narrow">
      <PageHeading title={t("registrations.mine.title")} />
      {token ? (
        <MyRegistration token={token} />
      ) : (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t("registrations.mine.missingToken")}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

function MyRegistration({ token }: { token: string }) {
  const { t } = useTranslation();
  const registration = useQuery(myRegistrationQueryOptions(token));
  if (registration.isPending) return <LoadingStatus label={t("registrations.mine.loading")} />;
  if (registration.isError) {
    const final = registration.error instanceof ApiError && registration.error.status < 500;
    return final ? (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t(`errors.${errorKeyOf(registration.error)}`)}</Paragraph>
      </Alert>
    ) : (
      <ErrorAlert
        heading={t("registrations.mine.loadError")}
        error={registration.error}
        onRetry={() => void registration.refetch()}
        retryLabel={t("registrations.retry")}
        retrying={registration.isFetching}
      />
    );
  }
  return <MyRegistrationView token={token} registration={registration.data} />;
}
