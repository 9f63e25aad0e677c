import { useTranslation } from "react-i18next";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";

/** Shown while the first route loads (before the layout can render). */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <div className="app-loading">
      <LoadingStatus label={t("app.loading")} />
    </div>
  );
}
