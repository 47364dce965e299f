/**
 * Keeps Tab inside a floating panel drawn over a page (the claim card). Our shadow root sits at the end
 * of the page, so without this a Tab past the card's last control lands on the page's first link, far
 * from the figure, while the card stays open out of reach. Escape still closes the card.
 */

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The controls Tab can reach inside `container`, in order (disabled ones and those in closed <details> left out). */
export function tabStops(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    // The attribute, not el.tabIndex: a <summary>'s tabIndex is not reported alike everywhere.
    const tabindex = el.getAttribute('tabindex');
    if ((tabindex !== null && Number(tabindex) < 0) || (el as HTMLButtonElement).disabled) return false;
    if (el.closest('[hidden]')) return false;
    // Only a closed <details>' own summary can take focus; its other content is not rendered.
    const closed = el.closest('details:not([open])');
    return !closed || (el.tagName === 'SUMMARY' && el.parentElement === closed);
  });
}

/** On Tab from the last stop (Shift+Tab from the first, or from the card itself), wrap to the other end. */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const stops = tabStops(container);
  if (stops.length === 0) return;
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement as HTMLElement | null;
  const index = active ? stops.indexOf(active) : -1;
  // Focus on something that is not a stop (the card's heading, which takes focus when the card opens).
  if (index < 0) {
    if (!event.shiftKey) return;
    event.preventDefault();
    stops[stops.length - 1].focus();
  } else if (event.shiftKey && index === 0) {
    event.preventDefault();
    stops[stops.length - 1].focus();
  } else if (!event.shiftKey && index === stops.length - 1) {
    event.preventDefault();
    stops[0].focus();
  }
}
