import { Heading } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { nl } from '../messages/nl';

/**
 * The page's one h1. It sets the document title and takes focus when the page opens, so
 * screen-reader and keyboard users land on the new content after navigating.
 */
export function PageTitle({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} — ${nl.app.name}`;
    ref.current?.focus();
  }, [children]);
  return (
    <Heading level={1} ref={ref} tabIndex={-1}>
      {children}
    </Heading>
  );
}
