/**
 * Keyboard access to claims, which have no focusable element of their own:
 *
 * - Alt+Shift+N: next claim (scrolls to it, draws it as focused, announces it to screen readers)
 * - Alt+Shift+P: previous claim
 * - Enter: open the focused claim's card (only while a claim is focused and no form field has focus)
 * - Escape: close the open card, and when none is open, leave claim navigation. Inside our own UI (the
 *   card) Enter and Escape are the UI's: the card steps out of a field first, then closes.
 *
 * The same keys are listed in the README and in the card's help text.
 */

export interface ClaimKeyHandlers {
  next(): void;
  previous(): void;
  /** Returns false when no claim is focused, so the page keeps its Enter. */
  open(): boolean;
  leave(): boolean;
  /** Whether the key was pressed inside our own UI, which handles its Enter and Escape itself. */
  inOwnUi(event: Event): boolean;
}

export function installClaimKeys(target: Document, handlers: ClaimKeyHandlers, signal: AbortSignal): void {
  target.addEventListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented || event.isComposing) return;
      const key = event.key.toLowerCase();
      // event.code too: with Alt held, some layouts (macOS) turn N and P into other characters.
      if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
        if (key === 'n' || event.code === 'KeyN') {
          handlers.next();
          event.preventDefault();
        } else if (key === 'p' || event.code === 'KeyP') {
          handlers.previous();
          event.preventDefault();
        }
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || handlers.inOwnUi(event)) return;
      // The element the key went to, inside a page's web component too (its host is what activeElement says).
      if (isEditable(event.composedPath()[0] as Element)) return;
      if (key === 'enter' && handlers.open()) event.preventDefault();
      else if (key === 'escape' && handlers.leave()) event.preventDefault();
    },
    { signal, capture: true },
  );
}

function isEditable(el: Element | undefined): boolean {
  if (!el || el.nodeType !== 1) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || tag === 'BUTTON' || tag === 'A';
}
