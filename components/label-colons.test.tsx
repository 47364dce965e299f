/**
 * Chinese text takes the full-width colon (地区：…), English the ASCII one with a space. Interface text that
 * introduces something (a screen-reader prefix, an accessible name, a message) goes through `labelled`,
 * which picks the colon of the interface language; a colon typed after a translated string is the same in
 * both, and wrong in one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_STRINGS } from './dashboard-strings';
import { exchangeStrings } from './exchange-strings';

const root = resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('colons after labels', () => {
  it('has no ASCII colon typed after a translated string in the interface code', () => {
    // `t('popup_regions')}: `, `${s('delete')}: …`: the string, maybe closing a JSX or template expression, then a colon.
    const typedColon = /\b[ts]\('[A-Za-z0-9_]+'(?:,[^()]*)?\)\}?:/g;
    const found = ['components', 'entrypoints'].flatMap((dir) =>
      sources(join(root, dir)).flatMap((path) => (readFileSync(path, 'utf8').match(typedColon) ?? []).map((hit) => `${relative(root, path)}: ${hit}`)),
    );
    expect(found).toEqual([]);
  });

  it('writes no ASCII colon in the dashboard’s Chinese text', () => {
    for (const [key, text] of Object.entries(DASHBOARD_STRINGS['zh-CN'])) expect(text, key).not.toMatch(/:/);
    // The export and import panel's, with every message filled in (file names and counts hold no colon).
    const texts = (value: unknown): string[] =>
      typeof value === 'string' ? [value]
      : typeof value === 'function' ? texts((value as (...args: unknown[]) => unknown)(2, 'backup.json', 3))
      : value && typeof value === 'object' ? Object.values(value).flatMap(texts)
      : [];
    const { problem: _problems, ...panel } = exchangeStrings('zh-CN');
    for (const text of texts(panel)) expect(text).not.toMatch(/:/);
  });
});
