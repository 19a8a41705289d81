import { FormFieldTextarea } from '@rijkshuisstijl-community/components-react';

/** A labelled multi-line field whose error message is tied to it, like TextField. */
export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  rows?: number;
}) {
  return (
    <FormFieldTextarea
      id={props.id}
      label={props.label}
      name={props.id}
      value={props.value}
      rows={props.rows ?? 4}
      description={props.description}
      invalid={Boolean(props.error)}
      errorMessage={props.error}
      onChange={(event: { target: EventTarget | null }) =>
        props.onChange((event.target as HTMLTextAreaElement).value)
      }
    />
  );
}
