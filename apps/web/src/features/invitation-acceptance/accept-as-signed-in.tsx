import { Button } from "@digdir/designsystemet-react";
import type { SessionView } from "@sidestilt/domain/auth.schema";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api-error.ts";
import { useAcceptInvitation } from "./accept-invitation.ts";
import { InvitationProblem } from "./invitation-problem.tsx";

type Props = {
  token: string;
  onAccepted: (session: SessionView) => void;
  /** Offered when the server finds the invitation meant for another account (the page owns signing out). */
  signOut: ReactNode;
};

/** Accepting with the account one is signed in as: the new role is added to it. */
export function AcceptAsSignedIn({ token, onAccepted, signOut }: Props) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation(onAccepted);
  return (
    <div className="stack">
      {accept.isError ? (
        <InvitationProblem heading={t("invitation.acceptErrorHeading")} error={accept.error} signedIn>
          {accept.error instanceof ApiError && accept.error.code === "invitation_foreign" ? (
            <div className="account-actions">{signOut}</div>
          ) : null}
        </InvitationProblem>
      ) : null}
      <div>
        <Button
          type="button"
          loading={accept.isPending}
          onClick={() => {
            if (!accept.isPending) accept.mutate({ token });
          }}
        >
          {accept.isPending ? t("invitation.accepting") : t("invitation.accept")}
        </Button>
      </div>
    </div>
  );
}
