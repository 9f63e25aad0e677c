import type { SessionView } from "@sidestilt/domain/auth.schema";
import type { Profile } from "@sidestilt/domain/person.schema";
import type { Locale } from "@sidestilt/domain/roles";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { sessionQueryKey } from "../../features/auth/get-session.ts";
import { DataExportSection } from "../../features/profile/data-export-section.tsx";
import { useProfile } from "../../features/profile/get-profile.ts";
import { NoPasswordNote } from "../../features/profile/no-password-note.tsx";
import { PasswordChangeForm } from "../../features/profile/password-change-form.tsx";
import { ProfileForm } from "../../features/profile/profile-form.tsx";
import { SignInProvidersSection } from "../../features/profile/sign-in-providers-section.tsx";
import { TwoFactorSection } from "../../features/profile/two-factor-section.tsx";
import { changeLanguage } from "../../i18n/setup.ts";

export function ProfilePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const profile = useProfile();

  function onSaved(saved: Profile, previousLocale: Locale) {
    // The header shows the name from the session; keep it in step without asking the server again.
    queryClient.setQueryData<SessionView | null>(sessionQueryKey, (session) =>
      session ? { ...session, person: { ...session.person, name: saved.name, locale: saved.locale } } : session,
    );
    // A newly saved language is a choice made here and now: speak it, and remember it in this browser.
    if (saved.locale !== previousLocale) void changeLanguage(saved.locale);
  }

  return (
    <div className="stack narrow">
      <PageHeading title={t("profile.title")} />
      {profile.isPending ? (
        <LoadingStatus label={t("profile.loading")} />
      ) : profile.isError ? (
        <ErrorAlert
          heading={t("profile.loadError")}
          error={profile.error}
          onRetry={() => void profile.refetch()}
          retryLabel={t("profile.retry")}
          retrying={profile.isFetching}
        />
      ) : (
        <>
          <ProfileForm current={profile.data} onSaved={onSaved} />
          {profile.data.profile.hasPassword ? <PasswordChangeForm /> : <NoPasswordNote />}
          <TwoFactorSection profile={profile.data.profile} />
          <SignInProvidersSection identities={profile.data.profile.oidcIdentities} />
          <DataExportSection />
        </>
      )}
    </div>
  );
}
