import { FormFieldTextInput } from '@rijkshuisstijl-community/components-react';

/** A labelled text input whose error message is tied to the field (aria-describedby). */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  type?: 'text' | 'password' | 'date' | 'email' | 'tel' | 'search';
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text';
}) {
  return (
    <FormFieldTextInput
      id={props.id}
      label={props.label}
      name={props.id}
      type={props.type ?? 'text'}
      value={props.value}
      description={props.description}
      autoComplete={props.autoComplete}
      required={props.required}
      invalid={Boolean(props.error)}
      errorMessage={props.error}
      onChange={(event: { target: EventTarget | null }) =>
        props.onChange((event.target as HTMLInputElement).value)
      }
    />
  );
}
