/**
 * Every hand-labelled article in tests/fixtures (the seed page and tests/fixtures/articles/*) scored
 * against its gold with the port of score-claims.py: every required claim found with the right value,
 * unit and qualifier, no false positive, no trap reported.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { parseGold, parseTraps, scoreClaims } from './scoring';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures');

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

/** Targets for the whole corpus (the product targets of issue 2) and a floor for each article. */
const CORPUS_F1 = 0.97;
const CORPUS_VALUE_ACCURACY = 0.98;
const ARTICLE_F1 = 0.9;
/**
 * Floors for how well subjects agree with their labels (scoring.ts subjectAgreement; measured 0.707 zh and 0.628 en).
 * English labels paraphrase more ("GDP growth" for "the county's GDP grew 6.1 percent"), so its floor is lower. The
 * 32nd English set (a broker's note in shorthand, a stock-exchange disclosure, a mayor's speech; 0.464 on its own) took
 * English from 0.598 to 0.594; the third subjects round (ensubj3) brought it back to 0.5986, and the floor to 0.598; the
 * fourth (ensubj4) took it to 0.6050, and the floor to 0.604; the fifth (ensubj5) from 0.6083 to 0.6161, and the floor to
 * 0.615. The 35th English set (a journal article, a credit opinion, a position-paper excerpt; 0.559 on its own, labelled
 * before the engine was run) took English from 0.6154 to 0.6140 (3,400 → 3,489 labels), and the floor to 0.613. The 36th
 * English set (a property site's rent story, a county's Doing Business brochure; 0.498 on its own, labelled before the
 * engine was run) took English from 0.6140 to 0.6120 (3,506 → 3,567 labels), and the floor to 0.611. The sixth subjects round (ensubj6)
 * took English from 0.6120 to 0.6202 (3,567 labels), and the floor to 0.619. The first Chinese subjects round (zhsubj1) took Chinese
 * from 0.663 to 0.694 (0.6628 -> 0.6942 over 5,940 labels with the 34th held-out sets), and its floor from 0.62 to 0.693;
 * the second (zhsubj2) from 0.6937 to 0.7046 (6,057 labels). The 35th Chinese set (a subsidy list, a water-rights
 * results notice, a 绩效自评 table; 0.650 on its own after its fix) and the 21st relevance round's two positives took it to
 * 0.7031 over 6,178 labels, and the floor to 0.702. The 36th Chinese set (a 集体经营性建设用地 results notice, a 光伏帮扶电站
 * income notice, a 工业上楼 story; 0.673 on its own) took it to 0.7026 over 6,282 labels; the third Chinese subjects round
 * (zhsubj3) took it from 0.7031 to 0.7048 on the 6,178 labels it measured, and 0.705 over 6,319 with the 36th set and the 22nd relevance round's positives; the floor to 0.704. The fourth
 * (zhsubj4: a verb said once before a 、-list of figures) from 0.7045 to 0.7058 over 6,319, and the floor to 0.705. The fifth
 * (zhsubj5: a series of figures after 分别 goes item by item with the list before it) from 0.7073 to 0.7084 over 6,436, and
 * the floor to 0.708. The seventh English subjects round (ensubj7) took English from 0.6220 to 0.6280 over 3,658 labels,
 * and, with the 38th English set, the floor to 0.626.
 */
const SUBJECT_AGREEMENT = { zh: 0.708, en: 0.626 };

function score(c: (typeof cases)[number]) {
  const text = readFileSync(c.textFile, 'utf8');
  return scoreClaims(
    text,
    parseGold(readFileSync(c.gold, 'utf8')),
    extractClaims(text),
    c.traps ? parseTraps(readFileSync(c.traps, 'utf8')) : [],
  );
}

describe('hand-labelled corpus', () => {
  it('has the seed article', () => {
    expect(cases.map((c) => c.name)).toContain('seed-zhejiang-page');
  });

  it('seed page: every required claim with the right value, unit and qualifier; no false positive or trap', () => {
    const s = score(cases.find((c) => c.name === 'seed-zhejiang-page')!);
    expect({ misses: s.misses, falsePositives: s.falsePositives, wrong: s.wrong, traps: s.trapHits }).toEqual({
      misses: [], falsePositives: [], wrong: [], traps: [],
    });
  });

  const scores = cases.map((c) => ({ name: c.name, s: score(c) }));

  it.each(scores)('$name: no trap reported, F1 at least ' + ARTICLE_F1, ({ s }) => {
    expect(s.trapHits).toEqual([]);
    expect(s.f1).toBeGreaterThanOrEqual(ARTICLE_F1);
  });

  it(`whole corpus: F1 ≥ ${CORPUS_F1}, value accuracy ≥ ${CORPUS_VALUE_ACCURACY}`, () => {
    const tp = scores.reduce((n, x) => n + x.s.tp, 0);
    const fp = scores.reduce((n, x) => n + x.s.fp, 0);
    const required = scores.reduce((n, x) => n + x.s.required, 0);
    const valueOk = scores.reduce((n, x) => n + x.s.valueAccuracy * x.s.tp, 0);
    const p = tp / (tp + fp);
    const r = tp / required;
    const f1 = (2 * p * r) / (p + r);
    console.log(`corpus: ${scores.length} articles, P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} value ${(valueOk / tp).toFixed(3)}`);
    expect(f1).toBeGreaterThanOrEqual(CORPUS_F1);
    expect(valueOk / tp).toBeGreaterThanOrEqual(CORPUS_VALUE_ACCURACY);
  });

  it.each(['zh', 'en'] as const)(`whole corpus, %s: subjects agree with their labels at least as much as the floor`, (language) => {
    const of = scores.filter((x) => (language === 'en') === /(^|\/)en-/.test(x.name));
    const compared = of.reduce((n, x) => n + x.s.subjectsCompared, 0);
    const agreement = of.reduce((n, x) => n + x.s.subjectAgreement * x.s.subjectsCompared, 0) / compared;
    console.log(`corpus subjects, ${language}: ${compared} compared, agreement ${agreement.toFixed(3)}`);
    expect(agreement).toBeGreaterThanOrEqual(SUBJECT_AGREEMENT[language]);
  });
});
