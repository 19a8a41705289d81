import { useEffect, useRef } from 'react';

/**
 * After drilling down (or up) the link that was pressed is gone: focus goes to the heading of the
 * new area's figures (it needs tabIndex -1). Not on the first figures of a visit; the page title has it.
 */
export function useFocusOnAreaChange(areaCode: string | undefined, headingId: string) {
  const previous = useRef(areaCode);
  useEffect(() => {
    if (previous.current && areaCode && previous.current !== areaCode)
      document.getElementById(headingId)?.focus();
    if (areaCode) previous.current = areaCode;
  }, [areaCode, headingId]);
}
