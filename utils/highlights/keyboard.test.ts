// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { installClaimKeys } from './keyboard';

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('installClaimKeys', () => {
  it('maps Alt+Shift+N/P to next/previous, Enter and Escape only when a claim is focused', () => {
    const calls: string[] = [];
    let focused = false;
    const controller = new AbortController();
    installClaimKeys(
      document,
      {
        next: () => calls.push('next'),
        previous: () => calls.push('previous'),
        open: () => (calls.push('open'), focused),
        leave: () => (calls.push('leave'), focused),
      },
      controller.signal,
    );
    expect(press('N', { altKey: true, shiftKey: true, code: 'KeyN' })).toBe(true);
    expect(press('P', { altKey: true, shiftKey: true, code: 'KeyP' })).toBe(true);
    // No claim focused: the page keeps its Enter and Escape.
    expect(press('Enter')).toBe(false);
    focused = true;
    expect(press('Enter')).toBe(true);
    expect(press('Escape')).toBe(true);
    expect(calls).toEqual(['next', 'previous', 'open', 'open', 'leave']);

    // Typing in a form field is never taken over.
    document.body.innerHTML = '<input id="q">';
    const input = document.getElementById('q')!;
    input.focus();
    expect(press('Enter', {}, input)).toBe(false);

    controller.abort();
    expect(press('N', { altKey: true, shiftKey: true, code: 'KeyN' })).toBe(false);
  });
});
