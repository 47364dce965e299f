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
        inOwnUi: (event) => event.composedPath().some((n) => (n as Element).id === 'own-ui'),
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
    // Nor in a field inside a page's web component, where the document's activeElement is only the host.
    document.body.innerHTML = '<search-box></search-box>';
    const shadowInput = document.createElement('input');
    document.querySelector('search-box')!.attachShadow({ mode: 'open' }).append(shadowInput);
    shadowInput.focus();
    expect(press('Escape', {}, shadowInput)).toBe(false);
    // Our own card handles its Enter and Escape itself; navigation keys still work from there.
    document.body.innerHTML = '<div id="own-ui"><button>Close</button></div>';
    const close = document.querySelector('button')!;
    expect(press('Escape', {}, close)).toBe(false);
    expect(press('Enter', {}, close)).toBe(false);
    expect(press('N', { altKey: true, shiftKey: true, code: 'KeyN' }, close)).toBe(true);
    expect(calls).toEqual(['next', 'previous', 'open', 'open', 'leave', 'next']);

    controller.abort();
    expect(press('N', { altKey: true, shiftKey: true, code: 'KeyN' })).toBe(false);
  });
});
