// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PageClaim } from '../utils/messages';
import { DEFAULT_COLORS } from '../utils/settings';
import type { FactCheckStatus } from '../utils/store/types';
import { ClaimList } from './ClaimList';
import { renderRoot } from '../tests/unit/support/render-root';

function claim(id: string, kind: PageClaim['kind'], start: number, text: string, subject: string): PageClaim {
  return {
    id, kind, start, end: start + text.length, text, subject, sentence: subject, value: 1, unit: 'mu', approx: 'exact',
    siValue: 1, siUnit: 'm2', origin: 'engine',
  };
}

// Page order: 25万平方米 (area), 61.48% (percent), 1000亩 (area). Kind order puts both areas first.
const claims = [
  claim('c1', 'area', 5, '25万平方米', '标准厂房'),
  claim('c2', 'percent', 10, '61.48%', '亩均税收增长'),
  claim('c3', 'area', 40, '1000亩', '盘活低效工业用地'),
];

describe('ClaimList', () => {
  let root: HTMLElement;
  const events: string[] = [];
  beforeEach(() => {
    events.length = 0;
    root = renderRoot();
    function Harness() {
      const [activeId, setActiveId] = useState<string | null>(null);
      return (
        <ClaimList
          idPrefix="article-0"
          claims={claims}
          colors={DEFAULT_COLORS}
          activeId={activeId}
          onActivate={setActiveId}
          onScrollTo={(id) => events.push(`scroll ${id}`)}
          onOpenCard={(id) => events.push(`card ${id}`)}
          onSetStatus={(id, status: FactCheckStatus) => events.push(`status ${id} ${status}`)}
        />
      );
    }
    act(() => render(<Harness />, root));
  });

  const press = (key: string) =>
    act(() => {
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });

  it('groups claims by kind, page order within a kind, with one Tab stop', () => {
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['kind_area2', 'kind_percent1']);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.claim-button')];
    expect(buttons.map((b) => b.querySelector('mark')!.textContent)).toEqual(['25万平方米', '1000亩', '61.48%']);
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    // The status menus follow the same stop, so Tab gets past a long list in two presses.
    const menus = () => [...root.querySelectorAll<HTMLSelectElement>('.status-select')].map((m) => m.getAttribute('tabindex'));
    expect(menus()).toEqual(['0', '-1', '-1']);
    act(() => root.querySelector<HTMLButtonElement>('#claim-c2')!.click());
    expect(menus()).toEqual(['-1', '-1', '0']);
  });

  it('moves with j/k and arrows, opens the card with Enter, sets the status with 1–4', () => {
    root.querySelector<HTMLButtonElement>('.claim-button')!.focus();
    press('j');
    expect(document.activeElement?.id).toBe('claim-c3');
    press('ArrowDown');
    expect(document.activeElement?.id).toBe('claim-c2');
    press('j');
    expect(document.activeElement?.id).toBe('claim-c2');
    press('k');
    expect(document.activeElement?.id).toBe('claim-c3');
    press('Enter');
    press('3');
    expect(events).toEqual(['scroll c3', 'scroll c2', 'scroll c3', 'card c3', 'status c3 disputed']);
    // The menu that changed does not have focus: the change is said aloud.
    expect(root.querySelector('[role="status"]')?.textContent).toBe('panel_status_announce:1000亩:status_disputed');
    expect(root.querySelector('[aria-current="true"]')?.id).toBe('claim-c3');
  });

  it('scrolls to a claim on click and sets a status from its menu', () => {
    act(() => root.querySelector<HTMLButtonElement>('#claim-c2')!.click());
    const select = root.querySelector<HTMLSelectElement>('[data-claim-id="c2"] select')!;
    expect(select.getAttribute('aria-label')).toBe('panel_set_status:61.48%');
    act(() => {
      select.value = 'wrong';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(events).toEqual(['scroll c2', 'status c2 wrong']);
  });
});
