import { Heading } from '@rijkshuisstijl-community/components-react';
import { useEffect } from 'react';
import { nl } from '../messages/nl';

const PAGE_TITLE_ID = 'paginatitel';
/** On the first page of a visit focus stays at the start, where the skip link is. */
let firstPage = true;

/**
 * The page's one h1. It sets the document title and takes focus when the page opens after a
 * navigation, so screen-reader and keyboard users land on the new content.
 * (The NL Design System Heading takes `ref` as a React 19 prop, which React 18 drops, so the
 * heading is found by its id.)
 */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} — ${nl.app.name}`;
    if (firstPage) firstPage = false;
    else document.getElementById(PAGE_TITLE_ID)?.focus();
  }, [children]);
  return (
    <Heading level={1} id={PAGE_TITLE_ID} tabIndex={-1} className="samenhang-page-title">
      {children}
    </Heading>
  );
}
