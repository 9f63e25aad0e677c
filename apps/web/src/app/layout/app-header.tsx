import { Link } from "@digdir/designsystemet-react";
import type { SessionView } from "@sidestilt/domain/auth.schema";
import { useTranslation } from "react-i18next";
import { NavLink, Link as RouterLink, useNavigate } from "react-router";
import { LanguageSwitch } from "../../components/ui/language-switch.tsx";
import { SignOutButton } from "../../features/auth/sign-out-button.tsx";
import { paths } from "../../lib/config/paths.ts";

/** Product name, main navigation and account (when signed in), and the language switch. */
export function AppHeader({ session }: { session: SessionView | null | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <RouterLink to={paths.home} className="app-header__brand">
          {t("app.name")}
        </RouterLink>
        {session ? (
          <nav aria-label={t("nav.label")} className="app-header__nav">
            <ul>
              <li>
                <Link asChild>
                  <NavLink to={paths.courses}>{t("nav.courses")}</NavLink>
                </Link>
              </li>
              <li>
                <Link asChild>
                  <NavLink to={paths.units}>{t("nav.units")}</NavLink>
                </Link>
              </li>
              <li>
                <Link asChild>
                  <NavLink to={paths.profile}>{t("nav.profile")}</NavLink>
                </Link>
              </li>
            </ul>
          </nav>
        ) : null}
        <LanguageSwitch />
        {session ? (
          <div className="app-header__account">
            <span>{t("account.signedInAs", { name: session.person.name })}</span>
            <SignOutButton onSignedOut={() => void navigate(paths.signIn, { replace: true })} />
          </div>
        ) : null}
      </div>
    </header>
  );
}
