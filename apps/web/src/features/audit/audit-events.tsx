import { Button, Paragraph } from "@digdir/designsystemet-react";
import type { AuditList } from "@sidestilt/domain/audit.schema";
import type { InfiniteData, UseInfiniteQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { AuditTable } from "./audit-table.tsx";

type Props = {
  query: UseInfiniteQueryResult<InfiniteData<AuditList>>;
  caption: string;
  empty: string;
};

/** The events loaded so far, and "Vis flere" while the server has more. */
export function AuditEvents({ query, caption, empty }: Props) {
  const { t } = useTranslation();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <div className="stack">
      <Paragraph role="status">{t("audit.showing", { count: items.length })}</Paragraph>
      <AuditTable events={items} caption={caption} />
      {query.isFetchNextPageError ? (
        <ErrorAlert
          heading={t("audit.loadError")}
          error={query.error}
          onRetry={() => void query.fetchNextPage()}
          retryLabel={t("audit.retry")}
          retrying={query.isFetchingNextPage}
        />
      ) : query.hasNextPage ? (
        <div>
          <Button
            type="button"
            variant="secondary"
            loading={query.isFetchingNextPage}
            onClick={() => {
              if (!query.isFetchingNextPage) void query.fetchNextPage();
            }}
          >
            {query.isFetchingNextPage ? t("audit.loadingMore") : t("audit.loadMore")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
