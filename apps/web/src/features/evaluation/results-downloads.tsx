import { Heading, Link } from "@digdir/designsystemet-react";
import { useId } from "react";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { resultsDownloadHref } from "./get-results.ts";

type Props = { collectionId: string; breakdown: string | null };

/** The results as CSV or Excel, in the UI's language and with the breakdown shown (same rule of five). */
export function ResultsDownloads({ collectionId, breakdown }: Props) {
  const { t, language } = useEvaluationLanguage();
  const headingId = useId();
  return (
    <section className="stack evaluation-tight" aria-labelledby={headingId}>
      <Heading id={headingId} level={3} data-size="2xs">
        {t("evaluation.results.downloadHeading")}
      </Heading>
      <ul className="plain-list evaluation-links">
        <li>
          <Link href={resultsDownloadHref(collectionId, "csv", language, breakdown)} download>
            {t("evaluation.results.downloadCsv")}
          </Link>
        </li>
        <li>
          <Link href={resultsDownloadHref(collectionId, "xlsx", language, breakdown)} download>
            {t("evaluation.results.downloadXlsx")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
