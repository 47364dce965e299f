// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { keepTabInside, tabStops } from './focus-loop';

/** A card like the claim card: a heading that takes focus, buttons, a closed form, then a page link after it. */
function card(formOpen: boolean): HTMLElement {
  document.body.innerHTML = `
    <div id="card">
      <h2 tabindex="-1">1000亩</h2>
      <button id="close">Close</button>
      <button id="dismiss">Not a claim</button>
      <button disabled>Saving</button>
      <details ${formOpen ? 'open' : ''}><summary id="summary">Your note</summary>
        <textarea id="note"></textarea><button id="save">Save note</button></details>
    </div>
    <a id="page-link" href="#">第01版</a>`;
  return document.getElementById('card')!;
}

function tab(container: HTMLElement, shift = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: shift, bubbles: true, cancelable: true });
  keepTabInside(event, container);
  return event;
}

const focused = () => document.activeElement?.id;

describe('keeping Tab inside the card', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('lists the reachable controls: not the heading, not disabled ones, not a closed form', () => {
    expect(tabStops(card(false)).map((el) => el.id)).toEqual(['close', 'dismiss', 'summary']);
    expect(tabStops(card(true)).map((el) => el.id)).toEqual(['close', 'dismiss', 'summary', 'note', 'save']);
  });

  it('wraps from the last control to the first, and back with Shift+Tab', () => {
    const container = card(true);
    document.getElementById('save')!.focus();
    expect(tab(container).defaultPrevented).toBe(true);
    expect(focused()).toBe('close');
    expect(tab(container, true).defaultPrevented).toBe(true);
    expect(focused()).toBe('save');
  });

  it('with the form closed, its summary is the last stop', () => {
    const container = card(false);
    document.getElementById('summary')!.focus();
    tab(container);
    expect(focused()).toBe('close');
  });

  it('Shift+Tab from the heading (focused when the card opens) goes to the last control, Tab lets the browser move on', () => {
    const container = card(true);
    container.querySelector('h2')!.focus();
    expect(tab(container).defaultPrevented).toBe(false);
    tab(container, true);
    expect(focused()).toBe('save');
  });

  it('leaves Tab alone in the middle of the card', () => {
    const container = card(true);
    document.getElementById('dismiss')!.focus();
    expect(tab(container).defaultPrevented).toBe(false);
    expect(tab(container, true).defaultPrevented).toBe(false);
  });
});
