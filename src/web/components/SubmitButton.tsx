import { Button } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';

/** The submit button on its own row, as every form ends. */
export function SubmitButton(props: { children: ReactNode; primary?: boolean; disabled?: boolean }) {
  return (
    <div>
      <Button
        type="submit"
        appearance={props.primary ? 'primary-action-button' : 'secondary-action-button'}
        disabled={props.disabled}
      >
        {props.children}
      </Button>
    </div>
  );
}
