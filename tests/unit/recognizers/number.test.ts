/**
 * Recognizers-Text NumberModel and PercentModel cases (Chinese and English) as numeral and percent
 * tests; their negative cases (no number at all) as traps: the engine must report no claim there.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../utils/quantities/numerals';
import { extractChineseClaims } from '../../../utils/quantities/zh';
import { extractEnglishClaims, parseEnglishNumber } from '../../../utils/quantities/en';
import { numberCheck, percentCheck } from './checks';
import { report, runSpec } from './harness';

const runs = [
  runSpec('Number/Chinese/NumberModel.json', numberCheck(parseChineseNumber, extractChineseClaims)),
  runSpec('Number/Chinese/PercentModel.json', percentCheck(extractChineseClaims)),
  runSpec('Number/English/NumberModel.json', numberCheck(parseEnglishNumber, extractEnglishClaims)),
  runSpec('Number/English/PercentModel.json', percentCheck(extractEnglishClaims)),
];

describe('Recognizers-Text number and percent specs', () => {
  it.each(runs)('$file', (run) => {
    console.log(report(run));
    expect(run.unlistedFailures).toEqual([]);
    expect(run.nowPassing).toEqual([]);
    expect(run.rate).toBeGreaterThanOrEqual(run.floor);
  });
});
