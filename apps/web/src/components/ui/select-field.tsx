import { Field, Label, Select, ValidationMessage } from "@digdir/designsystemet-react";
import type { ComponentPropsWithoutRef, ReactNode } from "react";

type Props = Omit<ComponentPropsWithoutRef<typeof Select>, "id"> & {
  id: string;
  label: string;
  description?: ReactNode;
  /** The field's error message, shown below it and tied to it (Designsystemet's field sets aria-describedby). */
  error?: string;
};

/** A native select with its label, optional description and error, like Designsystemet's Textfield. */
export function SelectField({ id, label, description, error, children, ...rest }: Props) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Select id={id} aria-invalid={error ? true : undefined} {...rest}>
        {children}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
