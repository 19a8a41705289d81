import { Button } from '@rijkshuisstijl-community/components-react';
import type { MouseEvent, ReactNode } from 'react';

/**
 * The submit button on its own row, as every form ends. While busy it is aria-disabled rather than
 * disabled, so keyboard focus stays on it instead of falling back to the page.
 */
export function SubmitButton(props: { children: ReactNode; primary?: boolean; disabled?: boolean }) {
  return (
    <div>
      <BusyAwareButton type="submit" primary={props.primary} busy={props.disabled}>
        {props.children}
      </BusyAwareButton>
    </div>
  );
}

export function BusyAwareButton(props: {
  children: ReactNode;
  type?: 'submit' | 'button';
  primary?: boolean;
  busy?: boolean | undefined;
  onClick?: () => void;
}) {
  function click(event: MouseEvent<HTMLButtonElement>) {
    if (props.busy) {
      event.preventDefault();
      return;
    }
    props.onClick?.();
  }
  return (
    <Button
      type={props.type ?? 'button'}
      appearance={props.primary ? 'primary-action-button' : 'secondary-action-button'}
      aria-disabled={props.busy ? true : undefined}
      onClick={click}
    >
      {props.children}
    </Button>
  );
}
