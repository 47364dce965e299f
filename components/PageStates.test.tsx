// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { Analysing } from './PageStates';
import { renderRoot } from '../tests/unit/support/render-root';

describe('Analysing', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = renderRoot();
  });

  it('shows a spinner alone before there is progress to tell', () => {
    act(() => render(<Analysing />, root));
    expect(root.textContent).toBe('popup_analysing');
    expect(root.querySelector('progress')).toBeNull();
  });

  it('shows the share analysed in words and as a labelled bar, and the figures found so far', () => {
    act(() => render(<Analysing progress={{ figures: 1234, share: 0.376 }} />, root));
    const bar = root.querySelector('progress')!;
    expect(bar.getAttribute('value')).toBe('37');
    expect(bar.getAttribute('max')).toBe('100');
    expect(bar.getAttribute('aria-label')).toBe('popup_analysing');
    expect(root.textContent).toContain('popup_analysing_share:37');
    expect(root.textContent).toContain('popup_figures_so_far:1,234');
  });

  it('shows a bar with no value (indeterminate) while the page is still being read', () => {
    act(() => render(<Analysing progress={{ figures: 12 }} />, root));
    expect(root.querySelector('progress')!.hasAttribute('value')).toBe(false);
    expect(root.textContent).toContain('popup_analysing');
    expect(root.textContent).toContain('popup_figures_so_far:12');
  });
});
