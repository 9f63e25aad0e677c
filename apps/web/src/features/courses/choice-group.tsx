import { Fieldset, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

type Props = {
  legend: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: ReactNode;
};

/**
 * A group of radios or checkboxes with one error for the whole group. Designsystemet ties a message
 * that is a direct child of the fieldset to every option (aria-describedby, aria-invalid), but each
 * option's field reads it only when it connects: the group is remounted when its error changes (errors
 * change on submit, so focus is never inside the group then).
 */
export function ChoiceGroup({ legend, description, error, className, children }: Props) {
  return (
    <Fieldset key={error ?? ""} className={className}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {children}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
