import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { errorKeyOf } from "../../lib/api-error.ts";

type Props = {
  /** What failed, e.g. "We could not load the courses." */
  heading: string;
  error: unknown;
  onRetry?: () => void;
  retryLabel?: string;
  retrying?: boolean;
};

/** An error from the API, explained in the UI language from its problem code, with an optional retry. */
export function ErrorAlert({ heading, error, onRetry, retryLabel, retrying = false }: Props) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert" className="error-alert">
      <Heading level={2} data-size="xs">
        {heading}
      </Heading>
      <Paragraph>{t(`errors.${errorKeyOf(error)}`)}</Paragraph>
      {onRetry && retryLabel ? (
        <Button type="button" variant="secondary" data-size="sm" onClick={onRetry} loading={retrying}>
          {retryLabel}
        </Button>
      ) : null}
    </Alert>
  );
}
