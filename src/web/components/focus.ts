/**
 * Moves focus to an element once React has rendered it: to a form that just opened, or to the
 * message that replaced the control the user pressed (so focus never falls back to the page).
 * A field wrapper of the NL Design System gets its control focused.
 */
export function focusById(id: string) {
  window.setTimeout(() => {
    const element = document.getElementById(id);
    if (!element) return;
    const target = element.matches('input, select, textarea, button, a, [tabindex]')
      ? element
      : (element.querySelector<HTMLElement>('input, select, textarea') ?? element);
    if (!target.matches('input, select, textarea, button, a, [tabindex]')) target.tabIndex = -1;
    target.focus();
  }, 0);
}
