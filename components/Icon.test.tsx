// @vitest-environment happy-dom
import { render } from 'preact';
import { ChartColumn } from 'lucide';
import { describe, expect, it } from 'vitest';
import { Icon } from './Icon';

describe('Icon', () => {
  it('draws the lucide node as SVG, hidden from screen readers unless labelled', () => {
    const root = document.createElement('div');
    render(<Icon icon={ChartColumn} />, root);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelectorAll('path').length).toBe(ChartColumn.length);
    render(<Icon icon={ChartColumn} label="Chart" size={24} />, root);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe('Chart');
    expect(root.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(root.querySelector('svg')!.getAttribute('width')).toBe('24');
  });
});
