import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultHighlightCss } from './styles';

describe('the default highlight stylesheet', () => {
  it('is defaultHighlightCss() after its comment (paste the expected text into highlights.css when it changes)', () => {
    const file = readFileSync(join(__dirname, 'highlights.css'), 'utf8');
    const rules = file.replace(/^\/\*[\s\S]*?\*\/\n/, '');
    expect(rules).toBe(`${defaultHighlightCss()}\n`);
  });

  it('colours every kind, status and the keyboard focus, for highlights and for fallback marks', () => {
    const css = defaultHighlightCss();
    for (const name of ['ff-area', 'ff-money', 'ff-percent', 'ff-note', 'ff-focus']) expect(css).toContain(`::highlight(${name})`);
    expect(css).toMatch(/::highlight\(ff-status-wrong\) \{[^}]+\}/);
    expect(css).toContain('figure-finder-mark[data-kind="area"]');
  });
});
