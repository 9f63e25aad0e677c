import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationCollection } from "@sidestilt/domain/evaluation-collection.schema";
import { useEvaluationLanguage } from "./evaluation-format.ts";

/**
 * The sheet handed out in the last session: a large QR code that opens the anonymous form, the address
 * written out for those without a camera, and a few plain words on what answering means.
 */
export function EvaluationHandout({ collection }: { collection: EvaluationCollection }) {
  const { t } = useEvaluationLanguage();
  return (
    <div className="evaluation-handout stack">
      <Heading level={2} data-size="md">
        {t("evaluation.handout.lead")}
      </Heading>
      <img
        className="evaluation-handout__qr"
        src={`/api/evaluation-collections/${encodeURIComponent(collection.id)}/qr.svg`}
        alt={t("evaluation.handout.qrAlt")}
        width="320"
        height="320"
      />
      <ul className="evaluation-handout__lines">
        <li>{t("evaluation.handout.scan")}</li>
        <li>{t("evaluation.handout.anonymous")}</li>
        <li>{t("evaluation.handout.time")}</li>
      </ul>
      <Paragraph>{t("evaluation.handout.orType")}</Paragraph>
      <Paragraph className="evaluation-handout__link">{collection.link}</Paragraph>
      <Paragraph className="evaluation-handout__thanks">{t("evaluation.handout.thanks")}</Paragraph>
    </div>
  );
}
