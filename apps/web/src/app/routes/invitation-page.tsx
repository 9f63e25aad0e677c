import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { SessionView } from "@sidestilt/domain/auth.schema";
import type { InvitationPreview } from "@sidestilt/domain/invitation.schema";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink, useLocation, useNavigate } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useAdoptSession } from "../../features/auth/adopt-session.ts";
import { useSession } from "../../features/auth/get-session.ts";
import { SignOutButton } from "../../features/auth/sign-out-button.tsx";
import { AcceptAsSignedIn } from "../../features/invitation-acceptance/accept-as-signed-in.tsx";
import { invitationPreviewQueryOptions } from "../../features/invitation-acceptance/get-invitation-preview.ts";
import { InvitationDetails } from "../../features/invitation-acceptance/invitation-details.tsx";
import { InvitationProblem } from "../../features/invitation-acceptance/invitation-problem.tsx";
import {
  forgetInvitationToken,
  storedInvitationToken,
  storeInvitationToken,
} from "../../features/invitation-acceptance/invitation-token-store.ts";
import { NewAccountForm } from "../../features/invitation-acceptance/new-account-form.tsx";
import { ApiError } from "../../lib/api-error.ts";
import { paths, signInHref } from "../../lib/config/paths.ts";
import { tokenFromHash } from "../../lib/url-fragment.ts";

/** A token in the link's fragment wins; otherwise the one kept while the invitee went to sign in. */
function useInvitationToken(): string | null {
  const fromHash = tokenFromHash(useLocation().hash);
  useEffect(() => {
    if (fromHash) storeInvitationToken(fromHash);
  }, [fromHash]);
  return fromHash ?? storedInvitationToken();
}

export function InvitationPage() {
  const { t } = useTranslation();
  const token = useInvitationToken();
  return (
    <div className="stack narrow">
      <PageHeading title={t("invitation.title")} />
      {token ? (
        <Invitation token={token} />
      ) : (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t("invitation.missingToken")}</Paragraph>
        </Alert>
      )}
    </div>
  );
}

function Invitation({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const adoptSession = useAdoptSession();
  const session = useSession().data ?? null;
  // Once accepted, the preview is history (and would now answer invitation_used): stop asking for it.
  const [accepted, setAccepted] = useState(false);
  const preview = useQuery({ ...invitationPreviewQueryOptions(token), enabled: !accepted });

  function onAccepted(started: SessionView) {
    setAccepted(true);
    forgetInvitationToken();
    adoptSession(started);
    void navigate(paths.courses, { replace: true });
  }

  if (accepted) return <LoadingStatus label={t("invitation.accepted")} />;
  if (preview.isPending) return <LoadingStatus label={t("invitation.loading")} />;
  if (preview.isError) {
    const final = preview.error instanceof ApiError && preview.error.status < 500;
    return final ? (
      <InvitationProblem
        heading={t("invitation.previewErrorHeading")}
        error={preview.error}
        signedIn={session !== null}
      />
    ) : (
      <ErrorAlert
        heading={t("invitation.previewErrorHeading")}
        error={preview.error}
        onRetry={() => void preview.refetch()}
        retryLabel={t("invitation.retry")}
        retrying={preview.isFetching}
      />
    );
  }

  return (
    <>
      <Paragraph>{t("invitation.intro")}</Paragraph>
      <InvitationDetails preview={preview.data} />
      <NextStep token={token} preview={preview.data} session={session} onAccepted={onAccepted} />
    </>
  );
}

type NextStepProps = {
  token: string;
  preview: InvitationPreview;
  session: SessionView | null;
  onAccepted: (session: SessionView) => void;
};

/** Sign in, accept as the signed-in account, create an account, or sign out first if signed in as someone else. */
function NextStep({ token, preview, session, onAccepted }: NextStepProps) {
  const { t } = useTranslation();
  if (session && session.person.email.toLowerCase() !== preview.email.toLowerCase()) {
    return (
      <Alert data-color="warning" className="stack account-tight">
        <Paragraph>{t("invitation.signedInAsOther", { name: session.person.name })}</Paragraph>
        <Paragraph>{t("errors.invitation_foreign")}</Paragraph>
        <div className="account-actions">
          {/* Signing out keeps the person here: the page then offers the invitation to the right account. */}
          <SignOutButton onSignedOut={() => undefined} />
        </div>
      </Alert>
    );
  }
  if (session) {
    return (
      <section className="stack" aria-labelledby="accept-heading">
        <Heading id="accept-heading" level={2} data-size="sm">
          {t("invitation.acceptHeading")}
        </Heading>
        <Paragraph>{t("invitation.existingSignedIn", { name: session.person.name })}</Paragraph>
        <AcceptAsSignedIn
          token={token}
          onAccepted={onAccepted}
          signOut={<SignOutButton onSignedOut={() => undefined} />}
        />
      </section>
    );
  }
  if (preview.accountExists) {
    return (
      <section className="stack" aria-labelledby="accept-heading">
        <Heading id="accept-heading" level={2} data-size="sm">
          {t("invitation.existingHeading")}
        </Heading>
        <Paragraph>{t("invitation.existingSignIn", { email: preview.email })}</Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to={signInHref({ returnTo: paths.invitation })} onClick={() => storeInvitationToken(token)}>
              {t("invitation.signInToAccept")}
            </RouterLink>
          </Link>
        </Paragraph>
      </section>
    );
  }
  return (
    <section className="stack" aria-labelledby="accept-heading">
      <Heading id="accept-heading" level={2} data-size="sm">
        {t("invitation.createHeading")}
      </Heading>
      <Paragraph>{t("invitation.createIntro")}</Paragraph>
      <NewAccountForm token={token} defaultName={preview.name} onAccepted={onAccepted} />
    </section>
  );
}
