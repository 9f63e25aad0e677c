import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { paths, signInHref } from "../../lib/config/paths.ts";

type Props = {
  heading: string;
  error: unknown;
  signedIn: boolean;
  /** Further ways on that the page knows of (try again, sign out). */
  children?: ReactNode;
};

/** Why the invitation cannot be used or accepted, in words, and the way on where there is one. */
export function InvitationProblem({ heading, error, signedIn, children }: Props) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : null;
  let action: ReactNode = null;
  if (code === "account_exists" && !signedIn) {
    action = <RouterLink to={signInHref({ returnTo: paths.invitation })}>{t("invitation.signInToAccept")}</RouterLink>;
  } else if (code === "invitation_used") {
    action = signedIn ? (
      <RouterLink to={paths.courses}>{t("invitation.goToCourses")}</RouterLink>
    ) : (
      <RouterLink to={paths.signIn}>{t("invitation.goToSignIn")}</RouterLink>
    );
  }
  return (
    <Alert data-color="danger" role="alert" className="stack account-tight">
      <Heading level={2} data-size="xs">
        {heading}
      </Heading>
      <Paragraph>{t(`errors.${errorKeyOf(error)}`)}</Paragraph>
      {action ? (
        <Paragraph>
          <Link asChild>{action}</Link>
        </Paragraph>
      ) : null}
      {children}
    </Alert>
  );
}
