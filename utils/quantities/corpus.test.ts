/**
 * Every hand-labelled article in tests/fixtures (the seed page and tests/fixtures/articles/*) scored
 * against its gold with the port of score-claims.py: every required claim found with the right value,
 * unit and qualifier, no false positive, no trap reported.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { parseGold, parseTraps, scoreClaims } from './scoring';

const fixtures = join(__dirname, '../../tests/fixtures');

function goldFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.gold.jsonl')).map((f) => join(dir, f));
}

const cases = [...goldFiles(fixtures), ...goldFiles(join(fixtures, 'articles'))].map((gold) => {
  const base = gold.replace(/\.gold\.jsonl$/, '');
  const textFile = [`${base}.txt`, `${base}.html`].find((f) => existsSync(f));
  if (!textFile) throw new Error(`no article text for ${gold}`);
  return { name: base.slice(fixtures.length + 1), gold, textFile, traps: existsSync(`${base}.traps.txt`) ? `${base}.traps.txt` : null };
});

describe('hand-labelled corpus', () => {
  it('has the seed article', () => {
    expect(cases.map((c) => c.name)).toContain('seed-zhejiang-page');
  });

  it.each(cases)('$name: all required claims, right values, no false positives or traps', ({ gold, textFile, traps }) => {
    const text = readFileSync(textFile, 'utf8');
    const score = scoreClaims(
      text,
      parseGold(readFileSync(gold, 'utf8')),
      extractClaims(text),
      traps ? parseTraps(readFileSync(traps, 'utf8')) : [],
    );
    expect({ misses: score.misses, falsePositives: score.falsePositives, wrong: score.wrong, traps: score.trapHits }).toEqual({
      misses: [], falsePositives: [], wrong: [], traps: [],
    });
    expect(score.f1).toBe(1);
  });
});
