// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClaimCardLayer, type ClaimCardLayerProps } from './ClaimCardLayer';

const noteView = { kind: 'note' as const, quote: '新增工业用地1000亩', box: { top: 10, left: 10, bottom: 30, right: 90 }, takeFocus: true };

function renderLayer(onClose: () => void, shown: Partial<ClaimCardLayerProps> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  const props: ClaimCardLayerProps = {
    view: noteView,
    focusedField: null,
    selection: null,
    announcement: '',
    locale: 'en',
    onClose,
    onDismiss: () => undefined,
    onSaveAnnotation: async () => ({ ok: true }),
    onDeleteAnnotation: async () => ({ ok: true }),
    onAddFigure: () => undefined,
    onAddNote: () => undefined,
    onCardPointer: () => undefined,
    ...shown,
  };
  act(() => render(<ClaimCardLayer {...props} />, root));
  return root;
}

const escape = (target: Element) => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));

describe('ClaimCardLayer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('steps out of a text field on Escape, keeping what was typed, and closes on the next', () => {
    let closed = 0;
    const root = renderLayer(() => closed++);
    const note = root.querySelector('textarea')!;
    note.focus();
    note.value = 'checked against the land bureau';
    escape(note);
    expect(closed).toBe(0);
    expect(document.activeElement).toBe(root.querySelector('h2'));
    expect(note.value).toBe('checked against the land bureau');
    escape(root.querySelector('h2')!);
    expect(closed).toBe(1);
  });

  it('rings the form field whose figure has the keyboard focus, over its box, hidden from screen readers', () => {
    const root = renderLayer(() => undefined, { view: null, focusedField: { top: 40, left: 20, bottom: 64, right: 220 } });
    const ring = root.querySelector<HTMLElement>('.field-focus')!;
    expect(ring.getAttribute('aria-hidden')).toBe('true');
    expect([ring.style.top, ring.style.left, ring.style.width, ring.style.height]).toEqual(['40px', '20px', '200px', '24px']);
    expect(renderLayer(() => undefined, { view: null }).querySelector('.field-focus')).toBeNull();
  });

  it('closes on Escape from a button or choice in the card', () => {
    let closed = 0;
    const root = renderLayer(() => closed++);
    escape(root.querySelector('input[type="radio"]')!);
    escape(root.querySelector('button[type="submit"]')!);
    expect(closed).toBe(2);
  });
});
