/**
 * Recognizers-Text DimensionModel and CurrencyModel cases as a recall check (each quantity in a unit of
 * our table is found with the same value), and PhoneNumberModel cases as traps (never a claim).
 */
import { describe, expect, it } from 'vitest';
import { extractChineseClaims } from '../../../utils/quantities/zh';
import { extractEnglishClaims } from '../../../utils/quantities/en';
import { phoneCheck, recallCheck } from './checks';
import { report, runSpec } from './harness';

const runs = [
  runSpec('NumberWithUnit/Chinese/DimensionModel.json', recallCheck(extractChineseClaims, 'Dimension')),
  runSpec('NumberWithUnit/Chinese/CurrencyModel.json', recallCheck(extractChineseClaims, 'Currency')),
  runSpec('NumberWithUnit/English/DimensionModel.json', recallCheck(extractEnglishClaims, 'Dimension')),
  runSpec('NumberWithUnit/English/CurrencyModel.json', recallCheck(extractEnglishClaims, 'Currency')),
  runSpec('Sequence/Chinese/PhoneNumberModel.json', phoneCheck(extractChineseClaims)),
];

describe('Recognizers-Text dimension, currency and phone-number specs', () => {
  it.each(runs)('$file', (run) => {
    console.log(report(run));
    expect(run.unlistedFailures).toEqual([]);
    expect(run.nowPassing).toEqual([]);
    expect(run.rate).toBeGreaterThanOrEqual(run.floor);
  });
});
