// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildTextMap } from '../text-map';
import { Highlighter, type HighlightItem } from './highlighter';
import { DEFAULT_KIND_COLORS, FALLBACK_MARK_TAG } from './names';
import { customHighlightCss, safeColor } from './styles';

function itemsFor(html: string, figures: Array<[string, HighlightItem['kind']]>) {
  document.body.innerHTML = html;
  const map = buildTextMap(document.body);
  return figures.map(([figure, kind], i) => {
    const start = map.text.indexOf(figure);
    return { id: `c${i}`, kind, range: map.toRange(start, start + figure.length)! };
  });
}

describe('Highlighter without the Custom Highlight API (fallback marks)', () => {
  const html = '<p>出让<span>1000</span>亩，投资<b>42.3</b>亿元，占比61.48%。</p>';

  it('happy-dom has no CSS.highlights, so the fallback is used', () => {
    expect(new Highlighter(document).usesHighlightApi).toBe(false);
  });

  it('wraps exactly the claim text, keeps the page text, and ranges still cover the figures', () => {
    const items = itemsFor(html, [['1000亩', 'area'], ['42.3亿元', 'money'], ['61.48%', 'percent']]);
    const before = document.body.textContent;
    const highlighter = new Highlighter(document);
    highlighter.draw(items);
    expect(document.body.textContent).toBe(before);
    const marked = new Map<string, string>();
    for (const mark of document.querySelectorAll<HTMLElement>(FALLBACK_MARK_TAG)) {
      marked.set(mark.dataset.id!, (marked.get(mark.dataset.id!) ?? '') + mark.textContent);
    }
    expect(Object.fromEntries(marked)).toEqual({ c0: '1000亩', c1: '42.3亿元', c2: '61.48%' });
    expect(items.map((i) => i.range.toString())).toEqual(['1000亩', '42.3亿元', '61.48%']);
  });

  it('does not draw dismissed claims, and clear() restores the DOM as it was', () => {
    const items = itemsFor(html, [['1000亩', 'area'], ['61.48%', 'percent']]);
    const original = document.body.innerHTML;
    const highlighter = new Highlighter(document);
    highlighter.draw([{ ...items[0], dismissed: true }, { ...items[1], status: 'wrong' }]);
    const marks = [...document.querySelectorAll<HTMLElement>(FALLBACK_MARK_TAG)];
    expect(marks.map((m) => [m.textContent, m.dataset.status])).toEqual([['61.48%', 'wrong']]);
    highlighter.clear();
    expect(document.body.innerHTML).toBe(original);
  });
});

describe('Highlighter with the Custom Highlight API', () => {
  it('draws a page of more figures than a function takes arguments (a hostile page) without overflowing the stack', () => {
    const [item] = itemsFor('<p>出让1000亩。</p>', [['1000亩', 'area']]);
    const registry = new Map<string, Set<Range>>();
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    vi.stubGlobal('Highlight', class extends Set<Range> {
      priority = 0;
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    });
    try {
      const highlighter = new Highlighter(document);
      expect(highlighter.usesHighlightApi).toBe(true);
      const many = 300_000;
      highlighter.draw(Array.from({ length: many }, (_, i) => ({ ...item, id: `c${i}`, range: i % 2 ? item.range : item.range.cloneRange() })));
      expect(registry.get('ff-area')?.size).toBe(many / 2 + 1);
    } finally {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(window, 'CSS');
    }
  });
});

describe('highlight styles', () => {
  it.each([
    ['#ffcc00', '#ffcc00'],
    ['rgb(10, 20, 30)', 'rgb(10, 20, 30)'],
    ['red; } body { display:none', null],
    ['url(javascript:alert(1))', null],
    ['', null],
  ])('safeColor(%j) → %j', (input, expected) => {
    expect(safeColor(input)).toBe(expected);
  });

  it('adds rules for the kind colours a reader changed and for note colours, only when they are safe', () => {
    const css = customHighlightCss({ kindColors: { area: '#00ff00', money: 'x;}', percent: DEFAULT_KIND_COLORS.percent.toUpperCase() }, readerColors: ['#123456'] });
    expect(css).toContain('::highlight(ff-area) { background-color: #00ff00;');
    expect(css).toContain('::highlight(ff-color-0) { background-color: #123456; }');
    // An unsafe colour and a default one need no rule: the default stylesheet has them.
    expect(css).not.toContain('x;}');
    expect(css).not.toContain('ff-money');
    expect(css).not.toContain('ff-percent');
    expect(customHighlightCss({ kindColors: { ...DEFAULT_KIND_COLORS }, readerColors: [] })).toBe('');
  });
});
