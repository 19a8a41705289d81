import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';

/** A titled section holding a form, with the confirmation shown after it succeeded. */
export function FormSection(props: {
  id: string;
  title: string;
  success?: string | false;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.id}>
      <Heading level={2} id={props.id}>
        {props.title}
      </Heading>
      {props.success ? (
        <Alert type="ok">
          <Paragraph role="status">{props.success}</Paragraph>
        </Alert>
      ) : null}
      {props.children}
    </section>
  );
}
