// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cancelInheritedZoom, keepHostOnRoot } from './card-host';

/** Our layer's container under a parent whose effective zoom is `zoom` (happy-dom lays nothing out: the browser's value is given). */
function containerUnder(zoom: number | undefined): HTMLElement {
  const parent = document.createElement('div');
  if (zoom !== undefined) Object.defineProperty(parent, 'currentCSSZoom', { value: zoom, configurable: true });
  const container = document.createElement('div');
  parent.append(container);
  return container;
}

describe('cancelInheritedZoom', () => {
  it('zooms the layer by the inverse of a root zoomed for a 长辈版', () => {
    const container = containerUnder(1.25);
    cancelInheritedZoom(container);
    expect(Number(container.style.getPropertyValue('zoom'))).toBeCloseTo(0.8);
  });

  it('leaves the layer alone under no zoom, or where the browser reports none', () => {
    for (const zoom of [1, undefined]) {
      const container = containerUnder(zoom);
      cancelInheritedZoom(container);
      expect(container.style.getPropertyValue('zoom')).toBe('');
    }
  });

  it('reads the zoom its shadow host inherits, the container being a child of the shadow root', () => {
    const host = containerUnder(1.25);
    const container = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(container);
    Object.defineProperty(host, 'currentCSSZoom', { value: 1.25 });
    cancelInheritedZoom(container);
    expect(Number(container.style.getPropertyValue('zoom'))).toBeCloseTo(0.8);
  });

  it('takes its zoom off again once the page leaves its zoomed mode', () => {
    const container = containerUnder(1.25);
    cancelInheritedZoom(container);
    const root = container.parentElement!;
    Object.defineProperty(root, 'currentCSSZoom', { value: 1 });
    cancelInheritedZoom(container);
    expect(container.style.getPropertyValue('zoom')).toBe('');
  });
});

describe('keepHostOnRoot', () => {
  it('puts the host back on the root after the page rewrote the root (a 阅读模式), with its shadow root, and leaves it alone otherwise', () => {
    const host = document.createElement('figure-finder-ui');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section class="card">12.8亿元</section>';
    document.documentElement.append(host);
    expect(keepHostOnRoot(host, document)).toBe(false);
    document.documentElement.innerHTML = '<head><title>阅读模式</title></head><body><p>完成投资12.8亿元。</p></body>';
    expect(host.isConnected).toBe(false);
    expect(keepHostOnRoot(host, document)).toBe(true);
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.shadowRoot?.querySelector('.card')?.textContent).toBe('12.8亿元');
  });
});
